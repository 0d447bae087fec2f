using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A chronology laid out line by line, each a full day, a colon and a deed in lower case: every line is the event
/// of its day. One or two such lines are no chronology; a line of a career step is left to the roles.
/// </summary>
public sealed class ChronologyLineEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 9, 10)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void Each_line_of_a_chronology_of_days_is_the_event_of_its_day()
    {
        var events = Read(
            "Quá trình cấp phép của dự án như sau:\n\n"
            + "3/4/2018: nộp hồ sơ xin chủ trương đầu tư lên tỉnh\n\n"
            + "20/9/2018: nhận quyết định chấp thuận chủ trương\n\n"
            + "14/2/2020: khởi công hạng mục nhà máy chính\n\n"
            + "1/6/2022: vận hành thương mại toàn bộ nhà máy\n\n"
            + "Hiện nhà máy đang hoạt động ổn định.");
        Assert.Contains(events, e => e.Date?.Iso == "2018-04-03" && e.Name.StartsWith("Nộp hồ sơ", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Date?.Iso == "2018-09-20");
        Assert.Contains(events, e => e.Date?.Iso == "2022-06-01");
    }

    [Fact]
    public void Two_dated_lines_make_no_chronology()
    {
        var events = Read(
            "Một vài mốc đáng nhớ:\n\n"
            + "3/4/2018: nộp bản vẽ thiết kế cơ sở\n\n"
            + "20/9/2018: gửi văn bản xin ý kiến môi trường\n\n"
            + "Hiện nhà máy đang hoạt động ổn định.");
        Assert.DoesNotContain(events, e => e.Date?.Iso is "2018-04-03" or "2018-09-20");
    }

    [Fact]
    public void A_career_step_among_the_lines_takes_no_second_reading()
    {
        var events = Read(
            "Quá trình công tác của ông Lâm:\n\n"
            + "2/1/2010: nhận công tác tại phòng kế hoạch của sở\n\n"
            + "5/3/2015: được giao giữ chức trưởng phòng kế hoạch\n\n"
            + "8/8/2019: hoàn thành khóa đào tạo cao cấp lý luận\n\n"
            + "Ông được đánh giá cao trong công việc.");
        Assert.DoesNotContain(events, e => e.Date?.Iso == "2015-03-05");
        Assert.Contains(events, e => e.Date?.Iso == "2019-08-08");
    }
}
