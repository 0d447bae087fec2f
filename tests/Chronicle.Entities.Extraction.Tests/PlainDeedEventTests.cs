using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A day the article dates a deed to, told with a verb no list knows ('nhất trí hủy', 'chỉ trích',
/// 'ký thỏa thuận đặt cọc'): the deed of an official, a body or a country is that day's event, when
/// no other event was read for the day. A private person's errand, a span and a day to come are not.
/// </summary>
public sealed class PlainDeedEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 7, 20)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_country_that_criticises_on_a_day_gives_that_days_event()
    {
        var deed = Assert.Single(Read("Ngày 16/7, Ba Lan đã phản đối gay gắt kế hoạch của Ủy ban châu Âu về khí đốt."));
        Assert.Equal("2024-07-16", deed.Date?.Iso);
        Assert.Contains("phản đối", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_official_who_does_something_unlisted_on_a_day_gives_that_days_event()
    {
        var deed = Assert.Single(Read("Chiều 12/7, Bộ trưởng Bộ Tài chính Hồ Đức Phớc đã cắt băng mở cửa trung tâm dữ liệu mới của ngành thuế."));
        Assert.Equal("2024-07-12", deed.Date?.Iso);
        Assert.Equal("Hồ Đức Phớc", Assert.Single(deed.Participants));
    }

    [Fact]
    public void A_private_persons_errand_is_no_event() =>
        Assert.Empty(Read("Ngày 3/7, bà Lê Thị Hoa đến bưu điện huyện để nhận lại giấy tờ bị thất lạc."));

    [Fact]
    public void A_span_opening_from_a_day_is_no_deed_of_that_day() =>
        Assert.Empty(Read("Từ ngày 1/7, Bộ Tài chính áp dụng mức lương cơ sở mới cho cán bộ, công chức."));

    [Fact]
    public void A_day_already_told_by_a_known_event_takes_no_second_reading()
    {
        var events = Read(
            "Sáng 15/7, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản Ito Naoki. "
            + "Sáng 15/7, Thủ tướng Phạm Minh Chính cũng nhắc lại cam kết hợp tác lâu dài giữa hai nước.");
        Assert.Single(events);
    }

    [Fact]
    public void A_saying_of_someone_who_speaks_for_no_state_is_no_deed() =>
        Assert.Empty(Read("Ngày 9/7, giới chuyên gia cho biết hai nước giữ liên lạc thường xuyên về vấn đề biển.").Select(e => e.Name));

    [Fact]
    public void A_state_body_that_acts_on_a_day_gives_that_days_event()
    {
        var deed = Assert.Single(Read("Ngày 11/7, UBND huyện Mê Linh thực hiện việc cưỡng chế thu hồi khu đất bỏ hoang ven sông."));
        Assert.Equal("2024-07-11", deed.Date?.Iso);
    }

    [Fact]
    public void A_private_person_the_deed_concerns_does_not_make_it_theirs()
    {
        var deed = Assert.Single(Read("Ngày 8/7, Văn phòng Chính phủ chuyển đơn của ông Trần Văn Bốn đến Thanh tra Chính phủ."));
        Assert.StartsWith("Văn phòng Chính phủ chuyển đơn", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_day_an_anniversary_counts_from_dates_no_ceremony() =>
        Assert.DoesNotContain(
            ArticleAnalyzer.Analyze("", "Tỉnh đang chuẩn bị Lễ kỷ niệm 80 năm Ngày thành lập Đội Việt Nam Tuyên truyền Giải phóng quân (22/12/1944 - 22/12/2024) với nhiều hoạt động.",
                Anchor(2024, 9, 6)).Events,
            e => e.Date?.Iso?.StartsWith("1944", StringComparison.Ordinal) == true && e.Name.Contains("kỷ niệm", StringComparison.OrdinalIgnoreCase));
}
