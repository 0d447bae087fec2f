using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A second deed of a day already told, by an official the article named in full with a post before and now names
/// short ('ông Widodo' after 'Tổng thống Indonesia Joko Widodo'): an event of its own, unless the day's report names him.
/// </summary>
public sealed class SecondDeedByAnOfficialNamedShortTests
{
    private static readonly AnchorDate Anchor = new(2024, 9, 20, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> OnTheTenth(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor).Events.Where(e => e.Date?.Iso == "2024-09-10").ToList();

    [Fact]
    public void An_official_named_short_doing_another_deed_that_day_is_a_second_event()
    {
        var events = OnTheTenth("Tổng thống Indonesia Joko Widodo ngày 8/9 tới thăm Bali. "
            + "Ngày 10/9, Chủ tịch Hạ viện Indonesia Puan Maharani tiếp Đại sứ Nhật Bản. "
            + "Ông Widodo hội đàm với Thủ tướng Malaysia vào tối 10/9.");
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Name.Contains("Hội đàm", StringComparison.Ordinal) && e.Name.Contains("Widodo", StringComparison.Ordinal));
    }

    [Fact]
    public void The_day_s_report_naming_him_already_is_told_again()
    {
        var events = OnTheTenth("Tổng thống Indonesia Joko Widodo ngày 8/9 tới thăm Bali. "
            + "Ngày 10/9, Tổng thống Joko Widodo tiếp Đại sứ Nhật Bản tại Jakarta. "
            + "Ông Widodo hội đàm với Đại sứ Nhật Bản vào sáng 10/9.");
        Assert.Single(events);
    }

    [Fact]
    public void A_short_name_no_official_was_given_earlier_is_left_alone()
    {
        var events = OnTheTenth("Ngày 10/9, Chủ tịch Hạ viện Indonesia Puan Maharani tiếp Đại sứ Nhật Bản. "
            + "Ông Budi hội đàm với một doanh nhân vào tối 10/9.");
        Assert.Single(events);
    }
}
