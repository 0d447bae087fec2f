using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post's body read whole and no further: a school of several levels, a district named after its province and
/// a point of the compass, an association of the article's province written with a bare 'tỉnh', and a body's
/// name that stops before a page heading in capitals.
/// </summary>
public sealed class PostNamesReadWholeTests
{
    private static IReadOnlyList<RoleMention> Roles(string text) => ArticleAnalyzer.Analyze("", text).Roles;

    [Fact]
    public void A_school_of_listed_levels_keeps_its_name()
    {
        var roles = Roles("Dự buổi lễ có cô Đặng Thu Hằng, Hiệu trưởng Trường Tiểu học, THCS và THPT Ngôi Sao Hà Nam; thầy Vũ Minh Đức, Phó Hiệu trưởng nhà trường.");
        Assert.Contains(roles, r => r.PersonName == "Đặng Thu Hằng" && r.Role == "Hiệu trưởng Trường Tiểu học, THCS và THPT Ngôi Sao Hà Nam");
    }

    [Fact]
    public void A_district_named_after_its_province_and_a_point_of_the_compass_keeps_that_word()
    {
        var role = Assert.Single(Roles("Ông Giàng A Chứ, Bí thư Huyện ủy Lai Châu Bắc, vừa được điều động nhận công tác khác."));
        Assert.Equal("Bí thư Huyện ủy Lai Châu Bắc", role.Role);
    }

    [Fact]
    public void A_province_committee_is_not_read_on_into_a_compass_word()
    {
        var role = Assert.Single(Roles("Ông Giàng A Chứ, Bí thư Tỉnh ủy Lai Châu, Nam Định và các tỉnh bạn cùng dự."));
        Assert.Equal("Bí thư Tỉnh ủy Lai Châu", role.Role);
    }

    [Fact]
    public void An_association_written_with_a_bare_province_word_is_the_article_province_one()
    {
        var roles = Roles("Du lịch tỉnh Bắc Kạn đón nhiều khách dịp lễ. Bà Hà Thị Thu, Chủ tịch Hiệp hội Doanh nghiệp tỉnh, cho biết các khách sạn đều kín phòng ở tỉnh Bắc Kạn.");
        Assert.Contains(roles, r => r.PersonName == "Hà Thị Thu" && r.Role == "Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bắc Kạn");
    }

    [Fact]
    public void A_page_heading_in_capitals_is_no_part_of_a_body_name()
    {
        var role = Assert.Single(Roles("Bà Lò Thị Hoa, Giám đốc Sở Y tế Sơn La TRANG TIN ĐIỆN TỬ SỞ Y TẾ SƠN LA"));
        Assert.Equal("Lò Thị Hoa", role.PersonName);
        Assert.Equal("Giám đốc Sở Y tế tỉnh Sơn La", role.Role);
    }

    [Fact]
    public void Short_forms_in_capitals_stay_in_the_sentence()
    {
        var role = Assert.Single(Roles("Ông Trần Quốc Bảo, Phó Chủ tịch UBND TP HCM, dự lễ khởi công."));
        Assert.Equal("Trần Quốc Bảo", role.PersonName);
        Assert.Contains("Hồ Chí Minh", role.Role);
    }

    [Fact]
    public void A_company_named_after_the_ancient_kingdom_keeps_that_name_and_its_head()
    {
        var role = Assert.Single(Roles("Ông Trần Minh Khoa - Giám đốc Công ty Du lịch Sông Hàn Âu Lạc."));
        Assert.Equal("Trần Minh Khoa", role.PersonName);
        Assert.Equal("Giám đốc Công ty Du lịch Sông Hàn Âu Lạc", role.Role);
    }

    [Fact]
    public void A_person_of_the_surname_Au_written_in_three_words_is_read() =>
        Assert.Equal("Âu Thị Hằng", Assert.Single(Roles("Bà Âu Thị Hằng, Phó Chủ tịch UBND huyện Đông Anh, phát biểu.")).PersonName);
}
