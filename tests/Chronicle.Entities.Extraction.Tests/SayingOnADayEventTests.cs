using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// What a state body, a country or an official says on a day ('Bộ Ngoại giao hôm 9/7 cho biết …', 'Ngày 2/9,
/// Philippines cho biết …') is that day's event, when no other event was read for the day.
/// A saying of those who speak for no state (experts, a paper, a private person) is not.
/// </summary>
public sealed class SayingOnADayEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 9, 6)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_body_that_speaks_on_the_day_inside_its_clause_gives_that_days_event()
    {
        var saying = Assert.Single(Read("Bộ Ngoại giao Nhật Bản hôm 3/9 cho biết nguồn cung gạo cho thị trường trong nước vẫn ổn định."));
        Assert.Equal("2024-09-03", saying.Date?.Iso);
        Assert.StartsWith("Bộ Ngoại giao Nhật Bản", saying.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_that_speaks_after_a_lead_day_gives_that_days_event()
    {
        var saying = Assert.Single(Read("Ngày 2/9, Philippines cho biết tàu nước ngoài vẫn neo đậu trái phép gần bãi cạn."));
        Assert.Equal("2024-09-02", saying.Date?.Iso);
    }

    [Fact]
    public void A_notice_from_a_body_after_a_lead_day_gives_that_days_event()
    {
        var notice = Assert.Single(Read("Chiều 4/9, thông tin từ Công an tỉnh Nam Định cho biết hai xe tải đã được giải cứu khỏi vùng ngập."));
        Assert.Equal("2024-09-04", notice.Date?.Iso);
        Assert.StartsWith("Công an tỉnh Nam Định cho biết", notice.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void News_from_social_media_after_a_lead_day_gives_no_event() =>
        Assert.Empty(Read("Tối 4/9, thông tin từ mạng xã hội cho biết một ca sĩ trẻ sắp kết hôn."));

    [Fact]
    public void A_paper_that_reports_on_a_day_gives_no_event() =>
        Assert.Empty(Read("Truyền thông Hàn Quốc ngày 1/9 cho biết thời tiết sẽ nắng nóng kéo dài trong tuần tới."));

    [Fact]
    public void A_saying_on_a_day_already_told_by_a_known_event_takes_no_second_reading()
    {
        var events = Read("Sáng 5/9, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hàn Quốc tại Hà Nội. "
            + "Ngày 5/9, Bộ Ngoại giao cho biết hai bên nhất trí tăng cường trao đổi đoàn.");
        Assert.Single(events);
    }
}
