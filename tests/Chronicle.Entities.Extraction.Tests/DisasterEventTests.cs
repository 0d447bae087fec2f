using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>A disaster on a named day ('xảy ra vụ sạt lở', 'sự cố vỡ đê') is that day's event.</summary>
public sealed class DisasterEventTests
{
    private static IReadOnlyList<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text,
            new AnchorDate(2024, 9, 12, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).Events;

    [Fact]
    public void A_landslide_on_a_day_is_that_days_event()
    {
        var events = Read("Theo báo cáo của huyện, rạng sáng ngày 10/9, tại thôn Làng Nủ đã xảy ra vụ sạt lở đất vùi lấp nhiều nhà dân.");
        Assert.Contains(events, e => e.Date?.Iso == "2024-09-10" && e.Name.Contains("sạt lở", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_drowning_on_a_day_is_that_days_event()
    {
        var events = Read("Chiều 8/9, tại khúc sông chảy qua xã Ia Dom xảy ra vụ đuối nước khiến hai học sinh thiệt mạng.");
        Assert.Contains(events, e => e.Date?.Iso == "2024-09-08" && e.Name.Contains("đuối nước", StringComparison.OrdinalIgnoreCase));
    }
}
