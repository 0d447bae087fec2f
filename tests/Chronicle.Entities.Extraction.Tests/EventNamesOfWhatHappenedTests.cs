using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An event read on its day is named by what happened there: a trip by where it went, a long exhibition's name by the
/// short name it is known by, a session known only by its kind by the assembly whose president opens it, and who acted without the time words and auxiliaries around them.
/// </summary>
public sealed class EventNamesOfWhatHappenedTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text, int year = 2024, int month = 9, int day = 20) =>
        ArticleAnalyzer.Analyze("", text, Anchor(year, month, day)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_trip_is_named_with_the_place_it_went_to()
    {
        var events = Read("Các chiến sĩ biên phòng đón Chủ tịch nước tại cửa khẩu trong chuyến công tác của Chủ tịch nước tại tỉnh Cao Bằng vào tháng 5-2023.");
        Assert.Contains(events, e => e.Date?.Iso == "2023-05" && e.Name.EndsWith("tại tỉnh Cao Bằng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conference_keeps_no_place_after_tai()
    {
        var events = Read("Sáng 12/9, Hội nghị xúc tiến đầu tư vùng Tây Nguyên tại Đắk Lắk thu hút hàng trăm doanh nghiệp.");
        Assert.Contains(events, e => e.Date?.Iso == "2024-09-12");
        Assert.DoesNotContain(events, e => e.Name.Contains("Đắk Lắk", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_exhibition_name_keeps_the_short_name_that_closes_it()
    {
        var events = Read("Ngày 12/9, tại TP.HCM, Triển lãm Quốc tế về nông nghiệp, thủy sản, chế biến thực phẩm, bao bì 2024 (Agro Expo) đã được khai mạc.");
        var fair = Assert.Single(events, e => e.Date?.Iso == "2024-09-12");
        Assert.Equal("Triển lãm Quốc tế về nông nghiệp (Agro Expo)", fair.Name);
    }

    [Fact]
    public void A_place_in_brackets_is_no_short_name()
    {
        var events = Read("Ngày 12/9, Hội chợ hàng nông sản, đặc sản vùng miền khai mạc tại Công viên Thống Nhất (Hà Nội).");
        Assert.DoesNotContain(events, e => e.Name.Contains("Hà Nội", StringComparison.Ordinal));
    }

    [Fact]
    public void The_abbreviation_of_a_body_opening_the_next_clause_is_no_short_name_of_the_session()
    {
        var events = Read("Sáng 14/10, tại phiên họp thứ 38, Ủy ban Thường vụ Quốc hội (UBTVQH) cho ý kiến về dự thảo Luật Địa chất và khoáng sản.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Name.Contains("UBTVQH", StringComparison.Ordinal));
    }

    [Fact]
    public void A_session_opened_by_the_president_of_an_assembly_is_that_assembly_session()
    {
        var events = Read("Đêm 11-9, Chủ tịch Quốc hội Nhật Bản Nukaga Fukushiro đã khai mạc phiên toàn thể bất thường để bàn về ngân sách bổ sung.");
        Assert.Contains(events, e => e.Date?.Iso == "2024-09-11" && e.Name == "Phiên toàn thể bất thường của Quốc hội Nhật Bản");
    }

    [Fact]
    public void The_time_shared_with_another_deed_is_no_part_of_who_acted()
    {
        var events = Read("Cùng thời điểm Trần Văn Tâm bị bắt giữ trong đêm 14/3/2019, công an huyện đã khám xét nhà của y.");
        var arrest = Assert.Single(events, e => e.Date?.Iso == "2019-03-14");
        Assert.StartsWith("Trần Văn Tâm bị bắt giữ", arrest.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_month_and_the_word_tung_stay_out_of_the_name()
    {
        var events = Read("Hai nhà lãnh đạo từng điện đàm hồi tháng 3, nhưng chưa gặp nhau kể từ đầu năm.");
        var call = Assert.Single(events, e => e.Date?.Iso == "2024-03");
        Assert.Equal("Hai nhà lãnh đạo điện đàm", call.Name);
    }
}
