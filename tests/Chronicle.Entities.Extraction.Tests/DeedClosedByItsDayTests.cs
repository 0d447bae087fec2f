using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Deeds of a body, a country or an official dated in their own sentence in shapes the plain-deed reading did not
/// take: the day closing the deed ('EU ra quyết định ngày 15-7, …'), told in the passive with the body that acted
/// ('… đã được Ủy ban … phê duyệt ngày 25/4.'), a quotation followed by who said it and the day, a lead day after a
/// frame that ties the sentence to what was told ('Liên quan đến …, vào ngày 25/6, Bộ … đã …'), and a second deed
/// of a day the sentence says it adds ('Cũng trong ngày 15-7, …').
/// </summary>
public sealed class DeedClosedByItsDayTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 8, 20)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_body_named_by_its_acronym_whose_deed_closes_on_its_day_gives_that_days_event()
    {
        var deed = Assert.Single(Read("NATO ra thông điệp chung ngày 12-8, sau nhiều tuần tranh luận giữa các nước thành viên."));
        Assert.Equal("2024-08-12", deed.Date?.Iso);
        Assert.StartsWith("NATO ra thông điệp chung", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deed_in_the_passive_with_the_body_that_acted_gives_the_day_it_closes_on()
    {
        var deed = Assert.Single(Read("Phương án tăng vốn của Ngân hàng đã được Bộ Tài chính chấp thuận ngày 14/8."));
        Assert.Equal("2024-08-14", deed.Date?.Iso);
        Assert.Contains("Bộ Tài chính chấp thuận", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deed_closing_the_sentence_and_not_told_as_done_is_a_caption() =>
        Assert.Empty(Read("Thủ tướng Hà Lan Mark Rutte trò chuyện với người dân bên bờ kênh ở Amsterdam ngày 9/8."));

    [Fact]
    public void A_deed_of_someone_who_is_no_body_nor_official_closing_on_its_day_is_no_event() =>
        Assert.Empty(Read("Giá cà phê nhân xuất khẩu đã giảm mạnh ngày 6/8, theo các đại lý thu mua."));

    [Fact]
    public void A_deed_to_come_on_a_day_is_not_read_as_done() =>
        Assert.Empty(Read("Bộ Y tế sẽ đưa danh sách cơ sở vi phạm lên cổng thông tin ngày 23/8, theo kế hoạch của ngành."));

    [Fact]
    public void Words_quoted_then_an_official_and_the_day_give_that_days_saying()
    {
        var saying = Assert.Single(Read(
            "\"Chúng tôi sẽ không chấp nhận bất kỳ sức ép nào từ bên ngoài đối với chủ quyền của mình\", Ngoại trưởng Hungary Péter Szijjártó nói với báo giới hôm 7/8."));
        Assert.Equal("2024-08-07", saying.Date?.Iso);
        Assert.Contains("nói với báo giới", saying.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_quoted_then_someone_who_speaks_for_no_state_give_no_event() =>
        Assert.Empty(Read("\"Thị trường sẽ còn biến động mạnh trong các tháng cuối năm\", một nhà phân tích nói với phóng viên hôm 7/8."));

    [Fact]
    public void A_lead_day_after_a_frame_that_ties_it_to_the_story_gives_the_bodys_deed()
    {
        var deed = Assert.Single(Read(
            "Liên quan đến vụ cháy nhà xưởng ở Bình Dương, vào ngày 16/8, Sở Xây dựng đã gửi văn bản đề nghị các doanh nghiệp rà soát hệ thống phòng cháy."));
        Assert.Equal("2024-08-16", deed.Date?.Iso);
        Assert.StartsWith("Sở Xây dựng đã gửi văn bản", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_deed_of_a_day_the_sentence_says_it_adds_is_read_too()
    {
        var events = Read(
            "Ngày 9/8, Ba Lan đã phản đối gay gắt kế hoạch phân bổ người di cư của khối. "
            + "Cũng trong ngày 9/8, Séc đã lên tiếng ủng hộ lập trường của Warsaw.");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("2024-08-09", e.Date?.Iso));
    }

    [Fact]
    public void A_second_deed_of_the_same_day_without_saying_so_takes_no_second_reading()
    {
        var events = Read(
            "Ngày 9/8, Ba Lan đã phản đối gay gắt kế hoạch phân bổ người di cư của khối. "
            + "Ngày 9/8, Séc đã lên tiếng ủng hộ lập trường của Warsaw.");
        Assert.Single(events);
    }
}
