using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An appointment or a sanction dated by the act that decided it: the act framing the sentence
/// ('Tại Quyết định số … ngày …, …') or cited in brackets after the deed gives the deed its day.
/// </summary>
public sealed class ActDatedDeedTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void An_act_framing_the_sentence_dates_the_appointment_it_decides()
    {
        var appointment = Assert.Single(Read("Theo Quyết định số 57/QĐ-TTg ngày 14-2-2025, Thủ tướng Chính phủ bổ nhiệm ông Lê Văn Sơn giữ chức Thứ trưởng Bộ Tài chính.", Anchor(2025, 2, 15)));
        Assert.Equal("2025-02-14", appointment.Date?.Iso);
        Assert.Contains("bổ nhiệm", appointment.Name);
    }

    [Fact]
    public void An_act_in_brackets_after_a_sanction_dates_the_sanction()
    {
        var sanction = Assert.Single(Read("Ông Phạm Quang Huy từng bị Ủy ban Kiểm tra Trung ương thi hành kỷ luật bằng hình thức khiển trách (Quyết định số 402-QĐ/UBKTTW ngày 3/5/2021).", Anchor(2024, 10, 2)));
        Assert.Equal("2021-05-03", sanction.Date?.Iso);
        Assert.StartsWith("Ủy ban Kiểm tra Trung ương thi hành kỷ luật", sanction.Name);
    }

    [Fact]
    public void An_act_cited_after_a_career_step_dates_no_event() =>
        Assert.Empty(Read("Bà Hoàng Thị Lan được bổ nhiệm làm Phó Giám đốc Sở Y tế tại Quyết định số 310/QĐ-UBND ngày 8/3/2019.", Anchor(2024, 10, 2)));

    [Fact]
    public void Each_act_framing_its_sentence_gives_the_appointment_of_that_sentence()
    {
        var events = Read("Cụ thể, tại Quyết định số 12/QĐ-TTg ngày 3-2-2025, Thủ tướng Chính phủ bổ nhiệm Thiếu tướng Đào Văn Kiên, Tư lệnh Quân khu 2, giữ chức Phó Tổng Tham mưu trưởng. "
            + "Tại Quyết định số 14/QĐ-TTg ngày 3-2-2025, Thủ tướng Chính phủ bổ nhiệm bà Võ Thị Hạnh, Vụ trưởng Vụ Tổng hợp, giữ chức Trợ lý Phó Thủ tướng.", Anchor(2025, 2, 4));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("2025-02-03", e.Date?.Iso));
    }
}
