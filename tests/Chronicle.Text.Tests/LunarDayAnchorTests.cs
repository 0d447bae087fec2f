using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>A day of the lunar calendar names an anniversary, not the day the article reports on.</summary>
public class LunarDayAnchorTests
{
    [Fact]
    public void A_lunar_day_before_the_lead_day_is_not_the_event()
    {
        var anchor = AnchorDateResolver.Resolve(
            "Nhân ngày giỗ cố Chủ tịch Hội đồng Bộ trưởng (12/5 âm lịch), sáng 14/6, đoàn công tác của tỉnh đã dâng hương tại khu lưu niệm.",
            new DateOnly(2024, 6, 14));

        Assert.Equal("2024-06-14", anchor.ToIso());
        Assert.Equal("sáng 14/6", anchor.Mention?.Text);
    }
}
