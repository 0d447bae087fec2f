using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>
/// The day right after the publication date: the day reported when the feed filed the piece a day
/// early, but a day still to come when the text says so.
/// </summary>
public class AnnouncedNextDayTests
{
    private static readonly DateOnly Published = new(2024, 8, 15);

    [Fact]
    public void A_sitting_the_text_says_will_be_called_the_next_day_leaves_the_publication_day()
    {
        var anchor = AnchorDateResolver.Resolve("Chủ tịch Hạ viện cho biết sẽ triệu tập phiên họp bất thường vào sáng 16/8 để bầu lãnh đạo mới.", Published);
        Assert.Equal("2024-08-15", anchor.ToIso());
        Assert.False(anchor.FromText);
        Assert.Contains("still to come", anchor.Reason);
    }

    [Fact]
    public void A_trip_of_several_days_opening_the_next_day_leaves_the_publication_day()
    {
        var anchor = AnchorDateResolver.Resolve("Chuyến thăm của đoàn đại biểu cấp cao diễn ra từ 16 đến 20/8 theo lời mời của nước chủ nhà.", Published);
        Assert.Equal("2024-08-15", anchor.ToIso());
    }

    [Fact]
    public void A_question_about_the_next_day_leaves_the_publication_day()
    {
        var anchor = AnchorDateResolver.Resolve("Liệu liên minh mới có nắm quyền vào ngày 16/8 hay không?", Published);
        Assert.Equal("2024-08-15", anchor.ToIso());
    }

    [Fact]
    public void A_report_of_the_next_day_without_a_word_of_the_future_keeps_it()
    {
        var anchor = AnchorDateResolver.Resolve("Sáng 16/8, người phát ngôn của bộ thông báo kết quả điều tra ban đầu.", Published);
        Assert.Equal("2024-08-16", anchor.ToIso());
    }

    [Fact]
    public void A_report_on_this_morning_with_the_next_day_ahead_was_filed_early()
    {
        var anchor = AnchorDateResolver.Resolve(
            "Sáng nay, đông đảo người dân có mặt tại quảng trường. Lễ tưởng niệm sẽ kéo dài trong hai ngày 16 và 17/8.", Published);
        Assert.Equal("2024-08-16", anchor.ToIso());
    }

    [Fact]
    public void A_lead_over_a_week_old_followed_by_a_day_of_the_publication_week_only_sets_the_scene()
    {
        var anchor = AnchorDateResolver.Resolve(
            "Ngày 2/8, nước này bắt đầu nhiệm kỳ chủ tịch luân phiên của khối.\n\nỦy ban ra quyết định tẩy chay các cuộc họp vào ngày 14/8.", Published);
        Assert.Equal("2024-08-15", anchor.ToIso());
    }

    [Fact]
    public void A_lead_over_a_week_old_without_a_later_day_is_still_the_day_reported()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 2/8, nước này bắt đầu nhiệm kỳ chủ tịch luân phiên của khối.\n\nỦy ban chưa có phản ứng.", Published);
        Assert.Equal("2024-08-02", anchor.ToIso());
    }
}
