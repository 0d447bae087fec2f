using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Events a dated sentence tells besides its first: a later clause with a day of its own, the
/// meeting a notice reports, and the ceremony a deed followed;
/// and dates that are no event's (a term recalled).
/// </summary>
public sealed class LaterClauseEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_clause_after_a_semicolon_with_its_own_day_is_an_event_of_that_day()
    {
        var events = Read("Lễ viếng được tổ chức từ 8h đến 20h ngày 14/3; lễ truy điệu 9h ngày 15/3. "
            + "Lễ an táng lúc 13h cùng ngày tại Nghĩa trang Mai Dịch.", Anchor(2024, 3, 12));
        Assert.Contains(events, e => e.Name == "Lễ truy điệu" && e.Date?.Iso == "2024-03-15");
        Assert.Contains(events, e => e.Name.StartsWith("Lễ an táng", StringComparison.Ordinal) && e.Date?.Iso == "2024-03-15");
    }

    [Fact]
    public void A_second_sanction_dated_by_its_own_act_is_an_event_of_its_own()
    {
        var events = Read("Ông Trần Văn Lộc đã bị Ban Bí thư thi hành kỷ luật bằng hình thức Cảnh cáo (Quyết định số 210-QĐ/TW ngày 12/5/2023) "
            + "và Thủ tướng Chính phủ cũng đã thi hành kỷ luật bằng hình thức Cảnh cáo (Quyết định số 901/QĐ-TTg ngày 20/7/2023) đối với vị cựu thứ trưởng.", Anchor(2024, 6, 1));
        Assert.Contains(events, e => e.Date?.Iso == "2023-05-12");
        Assert.Contains(events, e => e.Name.StartsWith("Thủ tướng Chính phủ thi hành kỷ luật", StringComparison.Ordinal) && e.Date?.Iso == "2023-07-20");
    }

    [Fact]
    public void A_notice_and_the_meeting_it_reports_each_keep_their_own_day()
    {
        var events = Read("Sáng 20-9, Ủy ban Kiểm tra (UBKT) Trung ương ra thông báo cho biết, từ ngày 17 đến ngày 19-9, tại Đà Nẵng, UBKT Trung ương đã họp kỳ thứ 50.", Anchor(2024, 9, 20));
        Assert.Contains(events, e => e.Name.EndsWith("ra thông báo", StringComparison.Ordinal) && e.Date?.Iso == "2024-09-20");
        Assert.Contains(events, e => e.Name.Contains("họp kỳ thứ 50", StringComparison.Ordinal) && e.Date?.Iso == "2024-09-17");
    }

    [Fact]
    public void The_ceremony_a_dated_deed_followed_is_an_event_of_that_day()
    {
        var events = Read("Sáng 12/6, sau lễ đón chính thức, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Malaysia Anwar Ibrahim.", Anchor(2024, 6, 12));
        Assert.Contains(events, e => e.Name == "Lễ đón chính thức" && e.Date?.Iso == "2024-06-12");
        Assert.Contains(events, e => e.Name.StartsWith("Hội đàm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_with_two_deeds_keeps_both_in_its_name()
    {
        var events = Read("Sáng 5/11, Ban Tổ chức Trung ương tổ chức hội nghị công bố, trao quyết định của Bộ Chính trị về công tác cán bộ tại tỉnh Nam Định.", Anchor(2024, 11, 5));
        Assert.Contains(events, e => e.Name.Contains("công bố, trao quyết định", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_post_held_from_a_day_of_an_earlier_year_is_a_term_not_an_event()
    {
        var events = Read("Được Bộ Công an điều động giữ chức vụ Giám đốc Công an tỉnh Nghệ An từ ngày 1/3/2021, Thiếu tướng Lê Văn Hùng đã có nhiều đóng góp.", Anchor(2024, 8, 1));
        Assert.DoesNotContain(events, e => e.Date?.Iso == "2021-03-01");
    }

    [Fact]
    public void A_resolution_a_body_adopted_on_a_day_is_that_days_vote()
    {
        var events = Read("Nghị quyết được Ủy ban Thường vụ Quốc hội thông qua ngày 12.3, theo đề nghị của Viện kiểm sát nhân dân tối cao.", Anchor(2024, 3, 14));
        Assert.Contains(events, e => e.Name.Contains("thông qua", StringComparison.Ordinal) && e.Date?.Iso == "2024-03-12");
    }

    [Fact]
    public void A_meeting_with_a_list_of_names_before_its_date_is_still_dated()
    {
        var events = Read("Tại cuộc gặp các cựu lãnh đạo Đảng, Nhà nước vào ngày 19/8, Tổng Bí thư Tô Lâm nêu kế hoạch sắp xếp bộ máy.", Anchor(2024, 10, 1));
        Assert.Contains(events, e => e.Name.StartsWith("Cuộc gặp", StringComparison.Ordinal) && e.Date?.Iso == "2024-08-19");
    }
}
