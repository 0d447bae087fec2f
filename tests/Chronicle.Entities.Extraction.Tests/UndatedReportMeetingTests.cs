using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The main event of a report that writes no day: the meeting its lead tells being held, not a
/// meeting named only to say when ('ngay sau phiên bế mạc Hội nghị Trung ương 9').
/// </summary>
public sealed class UndatedReportMeetingTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    [Fact]
    public void A_meeting_the_lead_opens_on_as_held_is_the_main_event()
    {
        var events = ArticleAnalyzer.Analyze("", "Cuộc họp giao ban các cơ quan khối nội chính diễn ra ngay sau phiên bế mạc Hội nghị Trung ương 10, để bàn việc chuẩn bị kỳ họp cuối năm.", Anchor(2024, 9, 21)).Events;
        var main = Assert.Single(events, e => e.IsMainEvent);
        Assert.Equal("Cuộc họp giao ban các cơ quan khối nội chính", main.Name);
    }

    [Fact]
    public void A_meeting_named_after_sau_is_not_the_main_event() =>
        Assert.DoesNotContain(ArticleAnalyzer.Analyze("", "Ngay sau Hội nghị Trung ương 10, các tỉnh đã tổ chức quán triệt nghị quyết.", Anchor(2024, 9, 21)).Events, e => e.IsMainEvent);
}
