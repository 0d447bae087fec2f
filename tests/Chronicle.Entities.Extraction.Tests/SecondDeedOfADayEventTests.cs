using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A day already told, written again inside a later sentence: the same happening retold, unless another official or
/// body did another deed that day; and a day of a year far from the report's is not the report's day of that date.
/// </summary>
public sealed class SecondDeedOfADayEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text, int year = 2024, int month = 9, int day = 20) =>
        ArticleAnalyzer.Analyze("", text, Anchor(year, month, day)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void Another_official_doing_another_deed_that_day_is_a_second_event()
    {
        var events = Read("Sáng 12/9, Thủ tướng Phạm Minh Chính chủ trì cuộc họp với các tỉnh miền núi phía Bắc về thiệt hại do bão số 3 gây ra. "
            + "Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã thị sát vùng lũ tỉnh Yên Bái vào chiều 12/9.");
        Assert.Equal(2, events.Count(e => e.Date?.Iso == "2024-09-12"));
        Assert.Contains(events, e => e.Name.Contains("thị sát vùng lũ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_guest_retelling_the_day_is_no_second_event()
    {
        var events = Read("Sáng 12/9, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki tại trụ sở Chính phủ. "
            + "Đại sứ Ito Naoki đã gặp Thủ tướng Phạm Minh Chính vào sáng 12/9 với nhiều đề xuất về đầu tư.");
        Assert.Single(events, e => e.Date?.Iso == "2024-09-12");
    }

    [Fact]
    public void A_deed_told_on_the_way_with_the_day_far_from_its_verb_is_no_second_event()
    {
        var events = Read("Sáng 12/9, Thủ tướng Phạm Minh Chính chủ trì cuộc họp với các tỉnh miền núi phía Bắc về thiệt hại do bão số 3 gây ra. "
            + "Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã thị sát vùng lũ, nơi hàng trăm hộ dân phải sơ tán khẩn cấp trong đêm, vào chiều 12/9.");
        Assert.Single(events, e => e.Date?.Iso == "2024-09-12");
    }

    [Fact]
    public void A_private_person_doing_something_that_day_is_no_second_event()
    {
        var events = Read("Sáng 12/9, Thủ tướng Phạm Minh Chính chủ trì cuộc họp với các tỉnh miền núi phía Bắc về thiệt hại do bão số 3 gây ra. "
            + "Một người dân đã thăm họ hàng ở Yên Bái vào chiều 12/9.");
        Assert.Single(events, e => e.Date?.Iso == "2024-09-12");
    }

    [Fact]
    public void A_day_of_a_year_long_past_is_not_the_report_day_of_that_date()
    {
        var events = Read("Sáng 19/9, Tỉnh ủy Phú Thọ tổ chức lễ dâng hương tại Đền Hùng. "
            + "Bảy mươi năm trước, Chủ tịch Hồ Chí Minh đã ghé thăm Đền Hùng vào ngày 19/9/1954 và nói chuyện với bộ đội.");
        Assert.Contains(events, e => e.Date?.Iso == "2024-09-19");
        Assert.Contains(events, e => e.Date?.Iso == "1954-09-19" && e.Name.Contains("thăm Đền Hùng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_written_with_the_year_before_a_report_of_early_January_is_still_the_day_told()
    {
        var events = Read("Chiều 28/12, Thủ tướng Phạm Minh Chính chủ trì hội nghị tổng kết năm của Chính phủ. "
            + "Thủ tướng Phạm Minh Chính đã phát biểu bế mạc hội nghị vào chiều 28/12/2023.", 2024, 1, 3);
        Assert.Single(events);
    }
}
