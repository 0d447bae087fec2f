using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Leaders of the region whom the news names by a bare title ('Thủ tướng Hun Manet', 'Chủ tịch
/// Tập Cận Bình') take their country; a company whose English name follows its type ('Tập đoàn
/// Bamboo Capital', '… Investment Pte Ltd') keeps the whole name, and no part of it is a person.
/// </summary>
public sealed class ForeignLeadersSecondRoundTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Sáng nay, Thủ tướng Hun Manet chủ trì cuộc họp nội các tại Phnom Penh.", "Hun Manet | Thủ tướng Campuchia")]
    [InlineData("Chiều qua, Thủ tướng Hasina rời thủ đô bằng trực thăng.", "Sheikh Hasina | Thủ tướng Bangladesh")]
    [InlineData("Tổng thống Ramos-Horta đón đoàn khách tại Dili.", "José Ramos-Horta | Tổng thống Timor-Leste")]
    public void A_bare_title_before_a_regional_leader_takes_his_country(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void The_european_commission_written_short_is_the_commission() =>
        Assert.Contains("Ursula von der Leyen | Chủ tịch Ủy ban châu Âu",
            Roles("Chủ tịch EC Ursula von der Leyen nói các ủy viên sẽ không dự cuộc họp ở Budapest."));

    [Theory]
    [InlineData("Tại đại hội cổ đông, ông Lê Văn Nam thôi giữ chức Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Bamboo Capital.", "Bamboo Capital")]
    [InlineData("Hiện ông làm Giám đốc Công ty Harvest Global Investment Pte Ltd, có trụ sở ở Singapore.", "Pte Ltd")]
    public void An_english_company_name_is_no_person(string sentence, string notAPerson)
    {
        Assert.DoesNotContain(Roles(sentence), r => r.StartsWith(notAPerson + " |", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tư lệnh quân đội Colombia Helder Giraldo cho biết cuộc hành quân đã kết thúc.", "Helder Giraldo | Tư lệnh Quân đội Colombia")]
    [InlineData("Sau biến động ở Dhaka, Tư lệnh quân đội Waker-Uz-Zaman phát biểu trên truyền hình Bangladesh.", "Waker-Uz-Zaman | Tư lệnh Quân đội Bangladesh")]
    public void The_head_of_another_country_s_army_is_read_in_lower_case_too(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_bare_army_head_with_a_vietnamese_name_is_no_foreign_post()
    {
        Assert.DoesNotContain(Roles("Tư lệnh quân đội Nguyễn Văn An kiểm tra đơn vị."), r => r.Contains("Quân đội", StringComparison.Ordinal));
    }

    [Fact]
    public void The_chief_executive_of_a_company_named_in_full_holds_its_post()
    {
        Assert.Contains("Nguyễn Văn Khoa | Giám đốc điều hành Tập đoàn FPT", Roles("Giám đốc điều hành Tập đoàn FPT Nguyễn Văn Khoa phát biểu tại hội thảo."));
    }

    [Fact]
    public void A_minister_of_arab_saudi_is_that_country_s()
    {
        Assert.Contains("Turki Alalshikh | Bộ trưởng Giải trí Arab Saudi", Roles("Bộ trưởng Giải trí Arab Saudi Turki Alalshikh lên kế hoạch cho trận đấu."));
    }

    [Theory]
    [InlineData("Phó chủ tịch LDP Taro Aso không ủng hộ ông.", "Taro Aso | Phó Chủ tịch Đảng Dân chủ Tự do Nhật Bản")]
    [InlineData("Chủ tịch Đảng Dân chủ tự do (LDP) Fumio Kishida tuyên bố không tái tranh cử.", "Fumio Kishida | Chủ tịch Đảng Dân chủ Tự do Nhật Bản")]
    public void A_post_in_japan_s_ruling_party_is_named_in_full_with_its_country(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Vua Anh Charles III tiếp Thủ tướng tại điện Buckingham.", "Charles III | Vua Anh")]
    [InlineData("Quốc vương Maha Vajiralongkorn chủ trì buổi lễ ở Bangkok.", "Maha Vajiralongkorn | Quốc vương Thái Lan")]
    public void A_monarch_is_read_with_the_country_and_the_ordinal(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void Legendary_kings_of_ours_hold_no_foreign_post()
    {
        Assert.Empty(Roles("Người dân dâng hương tưởng nhớ các Vua Hùng có công dựng nước."));
    }
}
