using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>How an event read from who did what is named.</summary>
public sealed class EventNameTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_retired_official_is_named_with_the_post_left()
    {
        var visit = Assert.Single(Read("Sáng 12/3, đồng chí Trần Văn Lâm - nguyên Phó Chủ tịch Quốc hội đã đến thăm Trường Tiểu học Hòa Vang.", Anchor(2024, 3, 12)));
        Assert.StartsWith("Nguyên Phó Chủ tịch Quốc hội Trần Văn Lâm", visit.Name);
        Assert.Equal("2024-03-12", visit.Date?.Iso);
    }

    [Fact]
    public void A_post_held_is_preferred_to_a_post_left()
    {
        var visit = Assert.Single(Read("Sáng 6/5, Chủ tịch Quốc hội Trần Văn Lâm, nguyên Bí thư Tỉnh ủy Quảng Nam, thăm Bệnh viện Đa khoa tỉnh.", Anchor(2024, 5, 6)));
        Assert.StartsWith("Chủ tịch Quốc hội Trần Văn Lâm", visit.Name);
    }

    [Fact]
    public void An_act_done_on_this_occasion_takes_the_day_of_the_event_before()
    {
        var events = Read("Chiều 7/11, Thủ tướng Nguyễn Văn An hội đàm với Thủ tướng Lào Sonexay Siphandone. Nhân dịp này, Thứ trưởng Bộ Ngoại giao Lê Minh Tâm và Thứ trưởng Bộ Ngoại giao Lào Phoxay Khaykhamphithoune đã trao đổi công hàm về việc mở Tổng Lãnh sự quán tại Luang Prabang.", Anchor(2024, 11, 8));
        var notes = Assert.Single(events, e => e.Name.Contains("trao đổi công hàm", StringComparison.Ordinal));
        Assert.Equal("2024-11-07", notes.Date?.Iso);
    }

    [Fact]
    public void A_court_ruling_on_a_day_is_an_event()
    {
        var ruling = Assert.Single(Read("Tòa án Hiến pháp Thái Lan ngày 14/8 ra phán quyết bãi nhiệm Thủ tướng Srettha Thavisin vì vi phạm đạo đức.", Anchor(2024, 8, 15)));
        Assert.Contains("phán quyết", ruling.Name, StringComparison.Ordinal);
        Assert.Equal("2024-08-14", ruling.Date?.Iso);
    }

    [Fact]
    public void A_state_of_emergency_declared_in_a_past_month_is_an_event()
    {
        var emergency = Assert.Single(Read("Tháng 3/2010, chính phủ nước này đã ban bố tình trạng khẩn cấp trên toàn quốc.", Anchor(2024, 8, 15)));
        Assert.Equal("2010-03", emergency.Date?.Iso);
    }

    [Fact]
    public void An_election_of_a_past_month_is_dated_to_the_article_s_year()
    {
        var events = Read("Hồi tháng 1/2007, quân đội đã ban bố tình trạng khẩn cấp. Liên minh cầm quyền giành đa số ghế trong cuộc tổng tuyển cử hồi tháng 1.", Anchor(2024, 8, 5));
        Assert.Equal(2, events.Count);
        Assert.Equal("2024-01", events[1].Date?.Iso);
    }

    [Fact]
    public void An_anniversary_span_written_with_dashes_dates_no_event() =>
        Assert.Empty(Read("Nhân 70 năm Ngày giải phóng Thủ đô (10-10-1954 - 10-10-2024), thành phố tặng quà các gia đình chính sách.", Anchor(2024, 10, 9)));

    [Fact]
    public void Signing_a_decision_is_a_document_not_an_event()
    {
        var result = ArticleAnalyzer.Analyze("", "Ngày 3/4/2023, Thủ tướng Chính phủ đã ký quyết định giao ông Trần Văn Bình phụ trách Bộ Xây dựng.", Anchor(2024, 8, 23));
        Assert.DoesNotContain(result.Events, e => e.Date?.Iso is not null);
        Assert.Equal("2023-04-03", Assert.Single(result.LegalDocuments).Issued?.Iso);
    }

    [Fact]
    public void Signing_a_treaty_stays_an_event()
    {
        var signing = Assert.Single(Read("Sáng 5/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào đã ký kết Hiệp định về quy chế biên giới.", Anchor(2024, 6, 5)));
        Assert.Equal("2024-06-05", signing.Date?.Iso);
    }

    [Fact]
    public void A_post_given_by_a_vote_of_the_same_day_is_no_event_of_its_own()
    {
        var vote = Assert.Single(Read("Kể từ ngày 5-6, ông Lê Văn Hòa được phân công điều hành Ủy ban, sau khi Hội đồng nhân dân tỉnh thông qua nghị quyết cho ông Trần Văn Nam thôi giữ chức Chủ tịch vào cùng ngày.", Anchor(2024, 6, 20)));
        Assert.Contains("thôi giữ chức", vote.Name, StringComparison.Ordinal);
        Assert.Equal("2024-06-05", vote.Date?.Iso);
    }

    [Fact]
    public void Named_games_of_sport_are_event_nouns()
    {
        var games = Assert.Single(Read("Năm nay, đoàn thể thao sẽ tham dự hai đại hội lớn, trong đó có ASIAD 20 diễn ra tại Nhật Bản từ ngày 19-9 đến 4-10.", Anchor(2026, 1, 5)));
        Assert.StartsWith("ASIAD 20", games.Name, StringComparison.Ordinal);
        Assert.Equal("2026-09-19", games.Date?.Iso);
    }

    [Fact]
    public void A_day_written_in_brackets_after_yesterday_dates_the_lead()
    {
        var deed = Assert.Single(Read("Chiều qua (9-3), Thủ tướng Lê Văn Minh thăm Trường Đại học Cần Thơ.", Anchor(2024, 3, 10)));
        Assert.Equal("2024-03-09", deed.Date?.Iso);
    }

    [Fact]
    public void A_passive_with_the_body_that_acted_is_told_as_the_body_s_deed()
    {
        var discipline = Assert.Single(Read("Ngày 14-6, ông Phạm Văn Tâm, nguyên Bí thư Tỉnh ủy Bình Định, bị Ban Bí thư kỷ luật bằng hình thức khiển trách.", Anchor(2024, 6, 15)));
        Assert.StartsWith("Ban Bí thư kỷ luật ông Phạm Văn Tâm", discipline.Name, StringComparison.Ordinal);
    }
}
