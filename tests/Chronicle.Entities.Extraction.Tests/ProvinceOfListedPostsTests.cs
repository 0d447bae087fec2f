using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The province of a post read in a list: a province since split, written after 'tỉnh' ('Bộ CHQS tỉnh Sông Bé'), is
/// the body's own, neither dropped nor replaced by the province of the person listed before (bare, such a name stays
/// a person's given name); a named body closed by a bare 'tỉnh' ('Ban Quản lý dự án các khu công nghiệp tỉnh') is of
/// the province in scope where it stands, as a bare 'UBND tỉnh' is, not the article's.
/// </summary>
public sealed class ProvinceOfListedPostsTests
{
    private static List<(string Person, string Role)> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => (r.PersonName, r.Role))];

    [Fact]
    public void A_listed_persons_former_province_is_not_the_one_of_the_person_before()
    {
        var roles = Roles("Lãnh đạo tỉnh đến thăm Đại tá Phạm Văn Bình, nguyên Chính ủy Bộ CHQS tỉnh Bình Phước; "
            + "Thiếu tướng Trần Văn Lực, nguyên Chỉ huy trưởng Bộ CHQS tỉnh Sông Bé.");
        Assert.Contains(("Phạm Văn Bình", "Chính ủy Bộ Chỉ huy Quân sự tỉnh Bình Phước"), roles);
        Assert.Contains(("Trần Văn Lực", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sông Bé"), roles);
        Assert.DoesNotContain(("Trần Văn Lực", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bình Phước"), roles);
    }

    [Theory]
    [InlineData("Ông Đỗ Minh Tâm, nguyên Giám đốc Sở Tài chính tỉnh Hà Tây, đã nghỉ hưu từ năm 2008.",
        "Đỗ Minh Tâm", "Giám đốc Sở Tài chính tỉnh Hà Tây")]
    [InlineData("Ông Lê Văn Sơn, nguyên Phó Chủ tịch UBND tỉnh Hà Tây, về thăm quê ở Hà Nội.",
        "Lê Văn Sơn", "Phó Chủ tịch UBND tỉnh Hà Tây")]
    public void A_former_province_closes_the_body_it_is_written_in(string sentence, string person, string post) =>
        Assert.Contains((person, post), Roles(sentence));

    [Fact]
    public void A_former_provinces_name_without_tinh_stays_a_given_name()
    {
        var roles = Roles("Đại sứ Việt Nam tại Italy Dương Hải Hưng giới thiệu cuốn sách tới bạn đọc ở Rome.");
        Assert.Contains(roles, r => r.Person == "Dương Hải Hưng");
    }

    [Fact]
    public void Xa_opens_a_surname()
    {
        var roles = Roles("Kỷ luật khiển trách ông Xà Dương Thắng, nguyên Giám đốc Sở Xây dựng tỉnh Bình Thuận.");
        Assert.Contains(("Xà Dương Thắng", "Giám đốc Sở Xây dựng tỉnh Bình Thuận"), roles);
    }

    [Fact]
    public void A_listed_board_takes_the_province_its_list_names()
    {
        var roles = Roles("Tỉnh ủy Quảng Ninh nhận hình thức cảnh cáo. UBND tỉnh Quảng Ninh bị phê bình. Đoàn kiểm tra làm việc tại "
            + "Tỉnh ủy Quảng Ninh. Ở tỉnh kia, người chịu trách nhiệm gồm các ông: Trần Văn Cường, nguyên Bí thư Tỉnh ủy Đắk Lắk; "
            + "Lý Văn Từ, Trưởng Ban Quản lý dự án các khu công nghiệp tỉnh và hai cán bộ của ban đó.");
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
