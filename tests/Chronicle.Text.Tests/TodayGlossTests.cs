using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>'hôm nay' written with its day ('phiên họp hôm nay 14/3') names the day of writing, which the publication date only approaches.</summary>
public class TodayGlossTests
{
    [Fact]
    public void Today_written_with_its_day_anchors_the_report_on_that_day()
    {
        var anchor = AnchorDateResolver.Resolve(
            "Ông Nguyễn Văn Bình được giới thiệu vào chức vụ mới.\n\nQuốc hội biểu quyết bằng hình thức bỏ phiếu kín trong phiên họp hôm nay 14/3.",
            new DateOnly(2025, 3, 15));

        Assert.Equal("2025-03-14", anchor.ToIso());
    }

    [Fact]
    public void Today_written_with_a_day_far_from_publication_leaves_the_publication_date()
    {
        var anchor = AnchorDateResolver.Resolve(
            "Ông Nguyễn Văn Bình được giới thiệu vào chức vụ mới.\n\nKết quả được công bố hôm nay, 2/1 tại hội trường.",
            new DateOnly(2025, 3, 15));

        Assert.Equal("2025-03-15", anchor.ToIso());
    }
}
