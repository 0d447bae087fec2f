using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An act named by its number, or a law by its name and year, that takes effect on a day is an event of that
/// day, whether the day follows the verb ('có hiệu lực từ ngày …') or opens the sentence ('Kể từ …, … có hiệu
/// lực'). An act only pointed at ('Thông tư này'), a draft, and an effect of years before the report give none.
/// An act with a coded number said to be issued on a day after its name is that day's issuing; a bare number is not.
/// </summary>
public sealed class DaysOfActsEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Dated(string text) =>
        [.. ArticleAnalyzer.Analyze("", text, Anchor(2024, 10, 3)).Events.Where(e => e.Date?.Iso is not null)];

    [Theory]
    [InlineData("Nghị định 55/2024/NĐ-CP về quản lý chợ truyền thống có hiệu lực thi hành kể từ ngày 15/11/2024.", "Nghị định 55/2024/NĐ-CP có hiệu lực", "2024-11-15")]
    [InlineData("Theo Bộ Tư pháp, Luật Thủ đô năm 2024 chính thức có hiệu lực từ 1-1-2025 với nhiều cơ chế mới.", "Luật Thủ đô năm 2024 có hiệu lực", "2025-01-01")]
    [InlineData("Kể từ 1.10.2024, Thông tư số 12/2024/TT-BYT của Bộ Y tế chính thức có hiệu lực, siết việc kê đơn thuốc.", "Thông tư số 12/2024/TT-BYT có hiệu lực", "2024-10-01")]
    [InlineData("Quy định mới về cấp phép xây dựng được nêu tại Nghị định số 31/2024, cũng có hiệu lực từ ngày 20/9.", "Nghị định số 31/2024 có hiệu lực", "2024-09-20")]
    public void A_named_act_taking_effect_on_a_day_is_that_days_event(string sentence, string name, string day)
    {
        var effect = Assert.Single(Dated(sentence), e => e.Name.EndsWith("có hiệu lực", StringComparison.Ordinal));
        Assert.Equal(name, effect.Name);
        Assert.Equal(day, effect.Date?.Iso);
    }

    [Theory]
    [InlineData("Thông tư này có hiệu lực từ ngày 1/11/2024 và thay thế Thông tư số 08/2019/TT-BYT.")]
    [InlineData("Theo dự thảo, Nghị định 99/2024/NĐ-CP sẽ có hiệu lực từ ngày 1/12/2024.")]
    [InlineData("Luật Thanh niên năm 2005 được thông qua năm 2005, có hiệu lực thi hành từ ngày 1/7/2006 và nay đã được thay thế.")]
    public void An_act_pointed_at_a_draft_or_an_old_effect_gives_no_event(string sentence) =>
        Assert.DoesNotContain(Dated(sentence), e => e.Name.EndsWith("có hiệu lực", StringComparison.Ordinal));

    [Fact]
    public void A_coded_act_said_to_be_issued_on_a_day_after_its_name_is_that_days_issuing()
    {
        var issuing = Assert.Single(Dated("Quyết định 1520/QĐ-TTg về quy hoạch vùng đồng bằng được Thủ tướng ban hành ngày 27/9/2024, theo Cổng thông tin Chính phủ."));
        Assert.Equal("Ban hành Quyết định 1520/QĐ-TTg", issuing.Name);
        Assert.Equal("2024-09-27", issuing.Date?.Iso);
    }

    [Fact]
    public void An_act_with_a_bare_number_said_to_be_issued_on_a_day_gives_no_issuing() =>
        Assert.DoesNotContain(Dated("Chỉ thị 12 về phòng chống thiên tai được ban hành ngày 27/9/2024 sau cơn bão."),
            e => e.Name.StartsWith("Ban hành", StringComparison.Ordinal));
}
