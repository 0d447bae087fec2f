using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A named body closed by a bare 'tỉnh' ('Ban Quản lý dự án các khu công nghiệp tỉnh') is of the province in
/// scope where it stands, as a bare 'UBND tỉnh' is: in a list of one province's officials inside an article on
/// another, it is not the article's.
/// </summary>
public sealed class BoardProvinceInScopeTests
{
    private static List<(string Person, string Role)> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => (r.PersonName, r.Role))];

    [Fact]
    public void A_listed_board_takes_the_province_its_list_names()
    {
        var roles = Roles("Tỉnh ủy Quảng Ninh nhận hình thức cảnh cáo. UBND tỉnh Quảng Ninh bị phê bình. Đoàn kiểm tra làm việc tại "
            + "Tỉnh ủy Quảng Ninh. Ở tỉnh kia, người chịu trách nhiệm gồm các ông: Trần Văn Cường, nguyên Bí thư Tỉnh ủy Đắk Lắk; "
            + "Lý Văn Từ, Trưởng Ban Quản lý dự án các khu công nghiệp tỉnh và một số đảng viên khác.");
        Assert.Contains(("Lý Văn Từ", "Trưởng Ban Quản lý dự án các khu công nghiệp tỉnh Đắk Lắk"), roles);
        Assert.DoesNotContain(roles, r => r.Person == "Lý Văn Từ" && r.Role.EndsWith("Quảng Ninh", StringComparison.Ordinal));
    }

    [Fact]
    public void A_board_in_an_article_on_one_province_stays_that_provinces()
    {
        var roles = Roles("UBND tỉnh Quảng Ninh họp bàn về đầu tư. Ông Lý Văn Từ, Trưởng Ban Quản lý dự án các khu công nghiệp tỉnh, "
            + "báo cáo tiến độ tại Quảng Ninh.");
        Assert.Contains(("Lý Văn Từ", "Trưởng Ban Quản lý dự án các khu công nghiệp tỉnh Quảng Ninh"), roles);
    }
}
