using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An anniversary written with the day it counts from ('kỷ niệm 70 năm Chiến thắng Điện Biên Phủ
/// (7-5-1954)'): the anniversary's subject is a past event of that day. A day the counted years do not
/// bring to the report's year, a birthday and a bracket of both ends are no such event.
/// </summary>
public sealed class AnniversaryOriginTests
{
    private static IReadOnlyList<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text,
            new AnchorDate(2024, 11, 2, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).Events;

    [Fact]
    public void The_subject_of_an_anniversary_gets_the_day_written_after_it()
    {
        var events = Read("Ngày 8/10, thành phố trao tặng nhiều phần quà cho các gia đình chính sách nhân dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10-10-1954).");
        var liberation = Assert.Single(events, e => e.Date?.Iso == "1954-10-10");
        Assert.Contains("Giải phóng Thủ đô", liberation.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deed_given_the_anniversarys_day_gives_way_to_the_anniversarys_subject()
    {
        var events = Read("Tỉnh đoàn tổ chức hành trình về nguồn chào mừng 79 năm Cách mạng tháng Tám (19-8-1945) cho đoàn viên thanh niên.");
        var revolution = Assert.Single(events, e => e.Date?.Iso == "1945-08-19");
        Assert.StartsWith("Cách mạng tháng Tám", revolution.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_anniversaries_in_a_row_each_takes_its_own_day()
    {
        var events = Read("Đơn vị tổ chức gặp mặt nhân kỷ niệm 35 năm Ngày hội Quốc phòng toàn dân (22-12-1989), 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22-12-1944).");
        Assert.StartsWith("Ngày thành lập Quân đội nhân dân", Assert.Single(events, e => e.Date?.Iso == "1944-12-22").Name, StringComparison.Ordinal);
        Assert.StartsWith("Ngày hội Quốc phòng toàn dân", Assert.Single(events, e => e.Date?.Iso == "1989-12-22").Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_years_of_a_task_date_no_past_event()
    {
        var events = Read("Sau 3 năm thực hiện đề án (1/3/2021), huyện đã hoàn thành phần lớn các chỉ tiêu đề ra.");
        Assert.DoesNotContain(events, e => e.Date?.Iso == "2021-03-01");
    }

    [Fact]
    public void A_birthday_is_not_an_event_of_the_record()
    {
        var events = Read("Đoàn dâng hương tưởng niệm nhân kỷ niệm 120 năm Ngày sinh đồng chí Trần Phú (1-5-1904) tại khu lưu niệm.");
        Assert.DoesNotContain(events, e => e.Date?.Iso == "1904-05-01");
    }
}
