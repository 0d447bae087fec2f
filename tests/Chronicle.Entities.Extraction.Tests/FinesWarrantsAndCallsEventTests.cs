using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Deeds a month or a day dates as news: a fine someone was given ('bị phạt 5 triệu đồng'), a warrant put out ('phát
/// lệnh bắt'), a telephone call between leaders, a campaign for office ended. A fine a rule only threatens ('sẽ bị
/// phạt', 'có thể bị phạt') is no one's fine.
/// </summary>
public sealed class FinesWarrantsAndCallsEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 9, 10)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_fine_of_a_past_month_is_an_event_of_that_month()
    {
        var fine = Assert.Single(Read("Tháng 11/2022, ca sĩ Trần Thị Mai bị phạt 9 triệu đồng vì quảng cáo sai sự thật trên mạng."));
        Assert.Equal("2022-11", fine.Date?.Iso);
        Assert.Contains("bị phạt 9 triệu đồng", fine.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fine_of_a_day_is_an_event_of_that_day()
    {
        var fine = Assert.Single(Read("Ngày 4/9, tài xế Lê Văn Toàn bị xử phạt hành chính vì chở hàng quá tải trên quốc lộ 1."));
        Assert.Equal("2024-09-04", fine.Date?.Iso);
    }

    [Fact]
    public void A_fine_a_rule_threatens_is_no_event() =>
        Assert.Empty(Read("Từ ngày 1/9, người điều khiển xe máy không đội mũ bảo hiểm sẽ bị phạt 2 triệu đồng."));

    [Fact]
    public void A_fine_that_may_be_given_is_no_event() =>
        Assert.Empty(Read("Theo quy định mới, ngày 5/9, chủ cửa hàng có thể bị phạt tiền nếu bán rượu cho người dưới 18 tuổi."));

    [Fact]
    public void A_warrant_put_out_in_a_past_month_is_an_event_of_that_month()
    {
        var warrant = Assert.Single(Read("Tháng 5/2023, Tòa án Hình sự Quốc tế đã phát lệnh bắt cựu Tổng thống Sudan Omar al-Bashir."));
        Assert.Equal("2023-05", warrant.Date?.Iso);
        Assert.Contains("phát lệnh bắt", warrant.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_telephone_call_of_a_past_month_is_an_event_of_that_month()
    {
        var call = Assert.Single(Read("Hai nhà lãnh đạo đã nói chuyện qua điện thoại hồi tháng 6 nhưng chưa gặp nhau."));
        Assert.Equal("2024-06", call.Date?.Iso);
    }

    [Fact]
    public void A_campaign_for_office_ended_in_a_past_month_is_an_event_of_that_month()
    {
        var ended = Assert.Single(Read("Thượng nghị sĩ Bernie Sanders dừng chiến dịch tranh cử hồi tháng 4 sau nhiều thất bại."));
        Assert.Equal("2024-04", ended.Date?.Iso);
    }
}
