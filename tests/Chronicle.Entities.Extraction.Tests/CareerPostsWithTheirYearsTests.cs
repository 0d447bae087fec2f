using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A career told post by post after a verb of holding: each post may carry the years it was held in brackets
/// ('Chánh án Tòa án nhân dân tỉnh X (2012-2016), …'), and the last post may be joined by 'và'. Every post of
/// the list is the subject's. A post after 'và' followed by a name of its own is that name's.
/// </summary>
public sealed class CareerPostsWithTheirYearsTests
{
    private static readonly AnchorDate June2025 =
        new(2025, 6, 12, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, June2025).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void Every_post_with_its_years_in_brackets_is_the_subjects()
    {
        var roles = Roles("Ông Cao Minh Triết từng giữ chức Phó Thủ tướng (2016-2021), Bộ trưởng Bộ Tư pháp (2011-2016).");

        Assert.Contains(("Cao Minh Triết", "Phó Thủ tướng"), roles);
        Assert.Contains(("Cao Minh Triết", "Bộ trưởng Bộ Tư pháp"), roles);
    }

    [Fact]
    public void Years_with_months_in_brackets_do_not_end_the_list()
    {
        var roles = Roles("Trước khi nghỉ hưu, bà Mai Thị Quỳnh là Chủ tịch UBND tỉnh Phú Yên (tháng 7/2015 - tháng 9/2020), Bí thư Tỉnh ủy Phú Yên (từ 2020 đến nay).");

        Assert.Contains(("Mai Thị Quỳnh", "Chủ tịch UBND tỉnh Phú Yên"), roles);
        Assert.Contains(("Mai Thị Quỳnh", "Bí thư Tỉnh ủy Phú Yên"), roles);
    }

    [Fact]
    public void The_last_post_joined_by_va_after_a_verb_of_holding_is_the_subjects()
    {
        var roles = Roles("Ông Cao Minh Triết từng giữ chức Bộ trưởng Bộ Tư pháp, Tổng Thanh tra Chính phủ và Bí thư Tỉnh ủy Kon Tum.");

        Assert.Contains(("Cao Minh Triết", "Bộ trưởng Bộ Tư pháp"), roles);
        Assert.Contains(("Cao Minh Triết", "Tổng Thanh tra Chính phủ"), roles);
        Assert.Contains(("Cao Minh Triết", "Bí thư Tỉnh ủy Kon Tum"), roles);
    }

    [Fact]
    public void Posts_with_years_joined_by_va_are_all_the_subjects()
    {
        var roles = Roles("Ông Cao Minh Triết đã giữ chức Tổng Thanh tra Chính phủ (2013-2016) và Bí thư Tỉnh ủy Kon Tum (2010-2013).");

        Assert.Contains(("Cao Minh Triết", "Tổng Thanh tra Chính phủ"), roles);
        Assert.Contains(("Cao Minh Triết", "Bí thư Tỉnh ủy Kon Tum"), roles);
    }

    [Fact]
    public void A_post_after_va_with_a_name_of_its_own_is_that_names()
    {
        var roles = Roles("Ông Cao Minh Triết giữ chức Bộ trưởng Bộ Tư pháp và Chủ tịch nước Lý Văn Tâm đã gửi lời chúc mừng.");

        Assert.Contains(("Cao Minh Triết", "Bộ trưởng Bộ Tư pháp"), roles);
        Assert.Contains(("Lý Văn Tâm", "Chủ tịch nước"), roles);
        Assert.DoesNotContain(("Cao Minh Triết", "Chủ tịch nước"), roles);
    }

    [Fact]
    public void A_post_after_va_in_an_apposition_is_not_the_named_persons()
    {
        // No verb of holding: the post after 'và' is someone the sentence leaves unnamed.
        var roles = Roles("Ông Cao Minh Triết, Bộ trưởng Bộ Tư pháp và Chủ tịch UBND tỉnh Kon Tum đã cắt băng khánh thành.");

        Assert.Contains(("Cao Minh Triết", "Bộ trưởng Bộ Tư pháp"), roles);
        Assert.DoesNotContain(("Cao Minh Triết", "Chủ tịch UBND tỉnh Kon Tum"), roles);
    }

    [Fact]
    public void Two_people_each_take_their_own_post_in_turn()
    {
        var roles = Roles("Ông Cao Minh Triết và ông Lý Văn Tâm lần lượt giữ chức Giám đốc Sở Xây dựng và Giám đốc Sở Công Thương tỉnh Kon Tum.");

        Assert.Contains(("Cao Minh Triết", "Giám đốc Sở Xây dựng tỉnh Kon Tum"), roles);
        Assert.Contains(("Lý Văn Tâm", "Giám đốc Sở Công Thương tỉnh Kon Tum"), roles);
        Assert.DoesNotContain(("Cao Minh Triết", "Giám đốc Sở Công Thương tỉnh Kon Tum"), roles);
    }

    [Fact]
    public void Brackets_holding_something_other_than_years_still_end_the_list()
    {
        var roles = Roles("Ông Cao Minh Triết từng giữ chức Bộ trưởng Bộ Tư pháp (người thứ ba giữ cương vị này), Chủ tịch UBND tỉnh Kon Tum Lý Văn Tâm cho biết.");

        Assert.DoesNotContain(("Cao Minh Triết", "Chủ tịch UBND tỉnh Kon Tum"), roles);
    }
}
