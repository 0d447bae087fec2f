using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Heads of companies named by the brand alone hold a post of that company; our own bodies' and world bodies' initials are no brand.</summary>
public sealed class CompanyTitlesTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Buổi tọa đàm do Chủ tịch FPT Trương Gia Bình chủ trì.", "Trương Gia Bình | Chủ tịch FPT")]
    [InlineData("Ông Lê Quang Minh, Tổng Giám đốc Vietcombank, trả lời báo chí.", "Lê Quang Minh | Tổng Giám đốc Vietcombank")]
    [InlineData("Bà Đỗ Thu Hà – Phó Giám đốc Trung tâm thẻ HDBank trao giải.", "Đỗ Thu Hà | Phó Giám đốc Trung tâm thẻ HDBank")]
    [InlineData("Theo ông Vũ Thế Anh - Chủ tịch HĐQT ACV, gói thầu đã hoàn tất.", "Vũ Thế Anh | Chủ tịch Hội đồng quản trị ACV")]
    public void A_brand_after_a_company_head_is_the_company(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Đại tá Lê Văn Hòa, Phó Giám đốc CATP, trao giấy khen.", "CATP")]
    [InlineData("Ông Trần Văn Đẩu - Chủ tịch HĐH Quảng Nam phát biểu.", "HĐH")]
    [InlineData("Tổng thống Brazil, Chủ tịch G20 Luiz Inácio Lula da Silva đón đoàn.", "G20")]
    public void Initials_of_our_bodies_and_of_world_bodies_are_no_brand(string sentence, string initials)
    {
        Assert.DoesNotContain(Roles(sentence), r => r.Contains(initials, StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_name_right_after_a_head_is_a_person_not_a_brand()
    {
        Assert.DoesNotContain(Roles("Giám đốc Marc Knapper phát biểu khai mạc."), r => r.Contains("Giám đốc Marc", StringComparison.Ordinal));
    }
}
