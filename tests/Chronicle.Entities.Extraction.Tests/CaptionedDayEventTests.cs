using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A photo's caption that dates what it shows to a day the body tells nothing of gives that day's event;
/// a caption of a day the body reports only retells it. A deed the sentence denies ('chưa thể', 'không')
/// is no event. An event's name ends before the clock time written after it ('lúc 0h30').
/// </summary>
public sealed class CaptionedDayEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Dated(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 5, 16)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_caption_of_a_day_the_body_leaves_empty_gives_that_days_event()
    {
        var events = Dated(
            "Sáng 16/5, Phó Thủ tướng Lê Minh Khái chủ trì cuộc họp của Chính phủ về giải ngân vốn đầu tư công. "
            + "Tổng thống Emmanuel Macron tiếp Thủ tướng Phạm Minh Chính ở Paris ngày 9/5 (Ảnh: Minh Anh).");
        var captioned = Assert.Single(events, e => e.Date?.Iso == "2024-05-09");
        Assert.Contains("tiếp", captioned.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_of_a_day_the_body_reports_adds_nothing()
    {
        var events = Dated(
            "Sáng 16/5, Phó Thủ tướng Lê Minh Khái chủ trì cuộc họp của Chính phủ về giải ngân vốn đầu tư công. "
            + "Phó Thủ tướng Lê Minh Khái kết luận cuộc họp sáng 16/5 (Ảnh: Minh Anh).");
        Assert.Single(events);
    }

    [Fact]
    public void A_deed_the_caption_denies_is_no_event() =>
        Assert.Empty(Dated("Sáng 12/5, nhiều trường ở huyện Bảo Yên vẫn chưa thể đón học sinh vì đường còn ngập - Ảnh: THANH HÀ"));

    [Fact]
    public void An_events_name_ends_before_its_clock_time()
    {
        var session = Assert.Single(Dated("Chủ tịch Quốc hội Pháp tuyên bố khai mạc phiên họp bất thường lúc 0h30 ngày 14/5 (giờ Paris)."));
        Assert.DoesNotContain("lúc", session.Name, StringComparison.Ordinal);
    }
}
