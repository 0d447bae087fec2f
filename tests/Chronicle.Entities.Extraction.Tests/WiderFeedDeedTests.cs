using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Deeds of the wider feed told on a day: an agreement signed with an article before it ('ký một thỏa
/// thuận'), a suspect who gives himself up, a fire that breaks out, a road opened
/// to traffic. Each is that day's event.
/// </summary>
public sealed class WiderFeedDeedTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static EventMention Single(string text) =>
        Assert.Single(ArticleAnalyzer.Analyze("", text, Anchor(2024, 10, 20)).Events, e => e.Date?.Iso is not null);

    [Theory]
    [InlineData("Ngày 14/10, Thủ tướng Ba Lan và Tổng thống Litva đã ký một thỏa thuận hợp tác quốc phòng tại Vilnius.", "2024-10-14")]
    [InlineData("Ngày 11/10, nghi phạm trong vụ trộm két sắt ở quận Hoàng Mai đã ra đầu thú tại Công an quận.", "2024-10-11")]
    [InlineData("Khoảng 22 giờ ngày 9/10, một nhà xưởng ở khu công nghiệp Quang Minh bất ngờ xảy ra hỏa hoạn.", "2024-10-09")]
    [InlineData("Sáng 12/10, Bộ Giao thông vận tải đã thông xe tuyến cao tốc Diễn Châu - Bãi Vọt.", "2024-10-12")]
    public void A_deed_of_the_wider_feed_told_on_a_day_is_that_days_event(string sentence, string day) =>
        Assert.Equal(day, Single(sentence).Date?.Iso);
}
