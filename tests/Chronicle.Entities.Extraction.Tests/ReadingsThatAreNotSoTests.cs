using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts read that the text does not give: a body's name cut off by the page, a school named after a person read as
/// that person, a company named twice when its short form is spelled out, the Government taken for the body the
/// Inspector General heads. Each beside the nearby shape that must still be read.
/// </summary>
public sealed class ReadingsThatAreNotSoTests
{
    private static readonly AnchorDate June2024 =
        new(2024, 6, 3, DateGranularity.Day, YearBasis.Publication, [2024], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, June2024).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void A_post_whose_last_word_the_page_cut_off_is_not_read()
    {
        var roles = Roles("Ông Hoàng Minh Tâm được bổ nhiệm làm Phó Giám đốc Sở Tài ch");

        Assert.DoesNotContain(roles, r => r.Person == "Hoàng Minh Tâm");
    }

    [Fact]
    public void A_body_whose_last_word_is_the_one_letter_y_is_still_read()
    {
        var roles = Roles("Ông Hoàng Minh Tâm được bổ nhiệm làm Cục trưởng Cục Quân y.");

        Assert.Contains(("Hoàng Minh Tâm", "Cục trưởng Cục Quân y"), roles);
    }

    [Fact]
    public void A_school_named_after_a_person_the_article_names_elsewhere_gives_that_person_no_post()
    {
        var roles = Roles("Thầy Đặng Văn Sơn gắn bó với trường thực hành sư phạm Lê Quý Đôn từ năm 2005. "
            + "Năm 2015, khi nhận chức Hiệu trưởng trường THCS & THPT Lê Quý Đôn, Đà Nẵng, thầy đã mở thêm hai lớp chuyên.");

        Assert.DoesNotContain(roles, r => r.Person == "Lê Quý Đôn");
    }

    [Fact]
    public void A_head_named_in_full_and_then_by_the_given_name_after_the_post_is_still_read()
    {
        var roles = Roles("Bà Phạm Thị Hòa, Hiệu trưởng trường THPT Chu Văn An, đón đoàn. "
            + "Sau đó, Hiệu trưởng Hòa cho biết trường có 900 học sinh.");

        Assert.Contains(("Phạm Thị Hòa", "Hiệu trưởng trường THPT Chu Văn An"), roles);
    }

    [Fact]
    public void A_company_post_written_with_its_short_form_names_the_company_once()
    {
        var roles = Roles("Công ty cổ phần Chứng khoán Bình Minh (BMSC) vừa bị xử phạt. "
            + "Ông Trần Văn Lộc, Chủ tịch, Tổng giám đốc Công ty Chứng khoán BMSC, bị khởi tố.");

        Assert.Contains(("Trần Văn Lộc", "Chủ tịch Công ty cổ phần Chứng khoán Bình Minh"), roles);
        Assert.DoesNotContain(roles, r => r.Role.Contains("Công ty Chứng khoán Công ty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_branch_post_written_with_the_short_form_keeps_its_branch()
    {
        var roles = Roles("Công ty cổ phần Chứng khoán Bình Minh (BMSC) vừa bị xử phạt. "
            + "Bà Đỗ Thị Yến, Giám đốc Chi nhánh BMSC tại Đà Nẵng, cho biết.");

        Assert.Contains(("Đỗ Thị Yến", "Giám đốc Chi nhánh Công ty cổ phần Chứng khoán Bình Minh tại Đà Nẵng"), roles);
    }

    [Fact]
    public void The_party_unit_named_by_the_inspector_general_is_the_inspectorates()
    {
        var roles = Roles("Ông Trần Quang Vinh, Bí thư Ban cán sự đảng, Tổng Thanh tra Chính phủ, dự họp.");

        Assert.Contains(("Trần Quang Vinh", "Bí thư Ban Cán sự Đảng Thanh tra Chính phủ"), roles);
        Assert.DoesNotContain(("Trần Quang Vinh", "Bí thư Ban Cán sự Đảng Chính phủ"), roles);
    }

    [Fact]
    public void The_party_unit_named_by_a_minister_is_still_the_ministrys()
    {
        var roles = Roles("Ông Trần Quang Vinh, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Tư pháp, dự họp.");

        Assert.Contains(("Trần Quang Vinh", "Bí thư Ban Cán sự Đảng Bộ Tư pháp"), roles);
    }
}
