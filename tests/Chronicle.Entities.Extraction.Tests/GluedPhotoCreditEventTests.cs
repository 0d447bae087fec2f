using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A photo's credit that the page glued to the start of the next sentence ('(Ảnh: AP)Ngày 12/10, …') is no part
/// of that sentence: its day still leads it, and its deed is read as if the credit were not there.
/// </summary>
public sealed class GluedPhotoCreditEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2016, 10, 14)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_day_led_saying_after_a_glued_credit_gives_that_days_event()
    {
        var saying = Assert.Single(Read("Đại sứ quán Peru tại Caracas đóng cửa. (Ảnh: AP)Ngày 12/10, Bộ Ngoại giao Peru cho biết "
            + "nước này triệu hồi đại sứ tại Venezuela để tham vấn."));
        Assert.Equal("2016-10-12", saying.Date?.Iso);
        Assert.StartsWith("Bộ Ngoại giao Peru", saying.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interview_after_a_glued_credit_gives_that_days_event()
    {
        var interview = Assert.Single(Read("Ông Somchai Wongsa tại Bangkok. (Ảnh minh họa: Reuters)Trả lời phỏng vấn hãng tin AFP ngày 11/10, "
            + "Thủ tướng Thái Lan Somchai Wongsa khẳng định chính phủ không có kế hoạch tăng thuế nhập khẩu gạo."));
        Assert.Equal("2016-10-11", interview.Date?.Iso);
    }

    [Fact]
    public void A_credit_closing_a_caption_still_makes_it_a_caption() =>
        Assert.Empty(Read("Bộ trưởng Ngoại giao Peru Luis Marcos tại trụ sở bộ sáng 12/10 (Ảnh: AP)."));
}
