using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An incident told by the day it happened on ('Vụ tai nạn xảy ra lúc 21h ngày 3/11 tại …', 'Theo người nhà, sự việc xảy ra
/// vào chiều 14/9.'): no one acted in it, so no actor is asked for; it is that day's event, named by its words and its place.
/// </summary>
public sealed class IncidentOnItsDayTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 11, 20)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void An_incident_that_happened_at_an_hour_of_a_day_and_a_place_is_that_days_event()
    {
        var incident = Assert.Single(Read("Vụ việc xảy ra lúc 21h ngày 3/11 trên quốc lộ 14 đoạn qua xã Ea Tiêu."));
        Assert.Equal("2024-11-03", incident.Date?.Iso);
        Assert.StartsWith("Vụ việc trên quốc lộ 14", incident.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incident_after_a_frame_of_who_told_it_is_still_read()
    {
        var incident = Assert.Single(Read("Theo người nhà của nạn nhân, sự việc xảy ra vào chiều 14/11."));
        Assert.Equal("2024-11-14", incident.Date?.Iso);
    }

    [Fact]
    public void An_incident_with_its_place_after_the_day_takes_the_place_in_its_name()
    {
        var incident = Assert.Single(Read("Theo Sở Y tế, sự cố trong ca mổ xảy ra ngày 8.11, tại Trung tâm Y tế Lạc Sơn, khiến một bệnh nhân phải chuyển viện."));
        Assert.Equal("2024-11-08", incident.Date?.Iso);
        Assert.Contains("Trung tâm Y tế Lạc Sơn", incident.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Những sự cố như vậy thường xảy ra vào mùa mưa bão, nhất là từ tháng 9 đến tháng 11.")]
    [InlineData("Tai nạn có thể xảy ra vào mọi thời điểm khi tài xế lơ là, phòng cảnh sát giao thông nhắc ngày 12/11.")]
    public void An_incident_told_as_a_risk_or_a_habit_is_no_event(string text) =>
        Assert.DoesNotContain(Read(text), e => e.Name.Contains("xảy ra", StringComparison.Ordinal) || e.Name.StartsWith("Tai nạn", StringComparison.Ordinal));
}
