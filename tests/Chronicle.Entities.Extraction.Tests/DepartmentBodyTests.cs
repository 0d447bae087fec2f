using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A department's full name may list what it deals with, the items parted by commas ('tội phạm về
/// tham nhũng, kinh tế, buôn lậu'); a lone item before the sentence's end, or words of the sentence,
/// are not the name's. The National Assembly's petitions board is named as its sister committees are, and a
/// provincial association's short name ('Hội CTĐ', 'Hội LHPN') is spelled out.
/// </summary>
public sealed class DepartmentBodyTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_department_s_listed_concerns_are_one_name()
    {
        var roles = Roles("Đại tá Hoàng Minh Đức, Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03), cho biết hồ sơ đã được chuyển đi.");
        Assert.Contains(roles, r => r.StartsWith("Hoàng Minh Đức | Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comma_before_a_word_of_the_sentence_ends_the_name()
    {
        var roles = Roles("Ông Lê Văn Tú, Cục trưởng Cục Quản lý thị trường, nguyên Bí thư Huyện ủy Thanh Chương, đã nghỉ hưu.");
        Assert.Contains("Lê Văn Tú | Cục trưởng Cục Quản lý thị trường", roles);
        Assert.DoesNotContain(roles, r => r.Contains("thị trường, nguyên", StringComparison.Ordinal));
        Assert.Contains("Phan Quốc Việt | Vụ trưởng Vụ Kế hoạch", Roles("Ông Phan Quốc Việt, Vụ trưởng Vụ Kế hoạch, trình bày."));
        Assert.Contains("Nguyễn Hữu Tâm | Cục trưởng Cục Tổ chức cán bộ",
            Roles("Theo Thiếu tướng Nguyễn Hữu Tâm, Cục trưởng Cục Tổ chức cán bộ, năm 2025, việc sắp xếp bộ máy đã xong."));
    }

    [Fact]
    public void A_provincial_association_s_short_name_is_spelled_out()
    {
        Assert.Contains("Trần Văn Nam | Phó Chủ tịch Hội Chữ thập đỏ tỉnh Bình Định",
            Roles("Ông Trần Văn Nam, Phó Chủ tịch Hội CTĐ tỉnh Bình Định, trao quà cho các hộ nghèo."));
        Assert.Contains("Lê Thị Mai | Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh",
            Roles("Bà Lê Thị Mai, Chủ tịch Hội LHPN tỉnh Hà Tĩnh, phát biểu tại buổi gặp mặt."));
    }

    [Fact]
    public void A_body_of_one_of_our_provinces_is_ours_whatever_country_the_sentence_names()
    {
        Assert.Contains("Kim Đê | Phó Chủ tịch Hội Chữ thập đỏ tỉnh Bình Thuận",
            Roles("Đến dự lễ tặng quà còn ông Kim Đê - Phó Chủ tịch Hội CTĐ tỉnh Bình Thuận; bà Lê Thị Hằng Nga - Chủ tịch Hội CTĐ tỉnh Bình Phước."));
    }

    [Fact]
    public void The_petitions_board_is_the_national_assembly_s()
    {
        Assert.Contains("Trịnh Văn Hào | Phó Trưởng Ban Dân nguyện của Quốc hội",
            Roles("Phó Trưởng Ban Dân nguyện Trịnh Văn Hào trả lời các kiến nghị của cử tri."));
    }
}
