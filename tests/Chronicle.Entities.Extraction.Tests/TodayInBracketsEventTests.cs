using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An event named first and then said to be held today or yesterday, the day written in brackets ('Hội thảo … được tổ
/// chức hôm nay (13/5)', '… diễn ra sáng qua (12/5)'), is an event of that day, as it is with 'ngày 13/5' written out.
/// A bracketed day that follows no verb of holding dates nothing the noun names.
/// </summary>
public sealed class TodayInBracketsEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Dated(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 5, 13)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_seminar_held_today_with_its_day_in_brackets_is_of_that_day()
    {
        var events = Dated(
            "Tại Hội thảo “An toàn giao thông đô thị” được tổ chức hôm nay (13/5), Hiệp hội Vận tải cho biết các tuyến xe buýt đã quá tải vào giờ cao điểm.");
        var seminar = Assert.Single(events, e => e.Name.StartsWith("Hội thảo", StringComparison.Ordinal));
        Assert.Equal("2024-05-13", seminar.Date?.Iso);
    }

    [Fact]
    public void A_meeting_held_yesterday_with_its_day_in_brackets_is_of_that_day()
    {
        var events = Dated(
            "Nhiều đại biểu nêu vấn đề giá điện tại phiên thảo luận ở tổ về kinh tế - xã hội diễn ra sáng qua (12/5), khi bàn dự án luật.");
        Assert.Contains(events, e => e.Date?.Iso == "2024-05-12" && e.Name.Contains("phiên thảo luận", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_day_in_brackets_after_no_verb_of_holding_does_not_date_the_noun()
    {
        var events = Dated("Hội nghị thường niên của ngân hàng được nhiều nhà đầu tư nhắc tới trong phiên giao dịch hôm nay (13/5).");
        Assert.DoesNotContain(events, e => e.Name.StartsWith("Hội nghị", StringComparison.Ordinal));
    }
}
