using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An article listing what happened on one day and month across the years ('ngày này năm xưa'): each line of that
/// day is the event of its full date, named by its first sentence. Lines of different days, or one day in fewer than
/// three years, are no such list.
/// </summary>
public sealed class DaysInHistoryEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 3, 8)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void Each_year_of_the_day_is_an_event_of_its_full_date()
    {
        var events = Read(
            "Ngày 9/3 có những sự kiện đáng nhớ nào? Cùng điểm lại các mốc lịch sử của ngày này.\n\n"
            + "Ngày 9/3/1912: Khánh thành cầu sắt bắc qua sông Cầu ở Bắc Ninh. Cây cầu dài hơn 300 mét.\n\n"
            + "Ngày 9/3/1958: Ngày sinh của nhạc sĩ Lê Hoài Nam, tác giả nhiều ca khúc về biển đảo.\n\n"
            + "9/3/1987: Tàu nghiên cứu Hải Âu lần đầu tiên cập cảng Quy Nhơn sau chuyến khảo sát dài ngày.\n\n"
            + "Ngày 9/3/2005: Tỉnh Phú Yên đón nhận danh hiệu đơn vị anh hùng.\n\n"
            + "Mời bạn đọc đón xem các kỳ tiếp theo.");
        Assert.Contains(events, e => e.Date?.Iso == "1912-03-09" && e.Name == "Khánh thành cầu sắt bắc qua sông Cầu ở Bắc Ninh");
        Assert.Contains(events, e => e.Date?.Iso == "1958-03-09" && e.Name == "Ngày sinh của nhạc sĩ Lê Hoài Nam");
        Assert.Contains(events, e => e.Date?.Iso == "1987-03-09");
        Assert.Contains(events, e => e.Date?.Iso == "2005-03-09");
    }

    [Fact]
    public void A_line_run_on_after_a_photo_credit_is_read_apart_from_the_line_before()
    {
        var events = Read(
            "Các sự kiện lịch sử của ngày 21/6:\n\n"
            + "Ngày 21/6/1925: Ra số báo đầu tiên của tờ Tiếng Dân ở Huế.\n\n"
            + "Ngày 21/6/1961: Nhà máy cơ khí Trần Hưng Đạo đi vào sản xuất ẢnhNgày 21/6/1977: Khánh thành nhà máy thủy điện Thác Bà.\n\n"
            + "Ngày 21/6/2006: Ngày mất của họa sĩ Trần Đức Vinh, người vẽ nhiều tranh về Hà Nội.");
        Assert.Contains(events, e => e.Date?.Iso == "1977-06-21" && e.Name == "Khánh thành nhà máy thủy điện Thác Bà");
        Assert.Contains(events, e => e.Date?.Iso == "1961-06-21" && !e.Name.Contains("Thác Bà", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Date?.Iso == "2006-06-21" && e.Name == "Ngày mất của họa sĩ Trần Đức Vinh");
    }

    [Fact]
    public void A_team_s_results_on_different_days_are_no_day_in_history()
    {
        var events = Read(
            "Phong độ gần đây của đội bóng xứ biển:\n\n"
            + "2/2/2024: Khánh Hòa 2-1 Bình Định (V-League)\n\n"
            + "10/2/2024: Hải Phòng 0-0 Khánh Hòa (V-League)\n\n"
            + "18/2/2024: Khánh Hòa 1-3 Nam Định (Cúp Quốc gia)\n\n"
            + "Đội bóng đang đứng thứ 9 trên bảng xếp hạng.");
        Assert.DoesNotContain(events, e => e.Date?.Iso is "2024-02-02" or "2024-02-10" or "2024-02-18");
    }

    [Fact]
    public void One_day_in_two_years_is_no_list()
    {
        var events = Read(
            "Hai lần đội tuyển vô địch đều rơi vào cùng một ngày:\n\n"
            + "Ngày 12/5/2009: Đội tuyển bóng chuyền nữ giành cúp khu vực.\n\n"
            + "Ngày 12/5/2016: Đội tuyển bóng chuyền nữ bảo vệ thành công ngôi vô địch.\n\n"
            + "Năm nay đội đặt mục tiêu vào bán kết.");
        Assert.DoesNotContain(events, e => e.Date?.Iso is "2009-05-12" or "2016-05-12");
    }
}
