using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A local post whose district or province the article never settles names no body: it is not read as a role. A
/// post only put forward is nobody's yet, but it is read, with the qualifier 'nominee'. The posts beside them, and
/// the same posts once voted in or once their unit is named, are read as held.
/// </summary>
public sealed class PostsLeftUnreadTests
{
    private static readonly AnchorDate May2025 =
        new(2025, 5, 12, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, May2025).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    private static List<(string Person, string Role, string Qualifier)> Qualified(string text) =>
        ArticleAnalyzer.Analyze("", text, May2025).Roles.Select(r => (r.PersonName, r.Role, r.Qualifier)).Distinct().ToList();

    [Fact]
    public void A_post_one_is_put_forward_for_is_read_as_a_nomination()
    {
        var roles = Qualified("Ban Chấp hành Trung ương giới thiệu ông Lục Văn Tiên, Bộ trưởng Bộ Xây dựng, để Quốc hội bầu giữ chức Phó Chủ tịch Quốc hội.");

        Assert.Contains(("Lục Văn Tiên", "Bộ trưởng Bộ Xây dựng", ""), roles);
        Assert.Equal("nominee", Assert.Single(roles, r => r.Role == "Phó Chủ tịch Quốc hội").Qualifier);
    }

    [Fact]
    public void A_candidate_for_a_presidency_is_read_as_its_nominee_not_its_holder()
    {
        var roles = Qualified("Ứng viên Tổng thống Mỹ Mary Holcombe đã công bố kế hoạch thuế của mình tại bang Ohio.");

        Assert.Equal("nominee", Assert.Single(roles, r => r.Role == "Tổng thống Mỹ").Qualifier);
    }

    [Fact]
    public void The_presidency_once_held_is_still_read()
    {
        var roles = Roles("Tổng thống Mỹ Mary Holcombe đã ký ban hành kế hoạch thuế mới tại Nhà Trắng.");

        Assert.Contains(("Mary Holcombe", "Tổng thống Mỹ"), roles);
    }

    [Fact]
    public void The_post_once_voted_in_is_still_read()
    {
        var roles = Roles("Chiều qua, Quốc hội đã bầu ông Lục Văn Tiên giữ chức Phó Chủ tịch Quốc hội với đa số phiếu tán thành.");

        Assert.Contains(("Lục Văn Tiên", "Phó Chủ tịch Quốc hội"), roles);
    }

    [Fact]
    public void A_district_post_is_not_read_when_the_article_names_two_districts()
    {
        var roles = Roles("Lễ ra quân diễn ra tại huyện Kim Bảng và huyện Thanh Liêm.\n\n"
            + "Tới dự có ông Đào Văn Khởi, Bí thư Huyện ủy; bà Mạc Thị Lan, Phó Chủ tịch UBND huyện; ông Vi Văn Cầm, Ủy viên Ban Thường vụ Huyện ủy; ông Tạ Quang Vịnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam.");

        Assert.DoesNotContain(roles, r => r.Role.EndsWith("Huyện ủy", StringComparison.Ordinal) || r.Role.EndsWith("huyện", StringComparison.Ordinal));
        Assert.Contains(("Tạ Quang Vịnh", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam"), roles);
    }

    [Fact]
    public void A_district_post_takes_the_one_district_the_article_names()
    {
        var roles = Roles("Lễ ra quân diễn ra tại huyện Kim Bảng.\n\n"
            + "Tới dự có ông Đào Văn Khởi, Bí thư Huyện ủy; bà Mạc Thị Lan, Phó Chủ tịch UBND huyện.");

        Assert.Contains(("Đào Văn Khởi", "Bí thư Huyện ủy Kim Bảng"), roles);
        Assert.Contains(roles, r => r.Person == "Mạc Thị Lan" && r.Role.EndsWith("Kim Bảng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_of_a_province_committee_left_unnamed_is_not_read_but_the_named_post_beside_it_is()
    {
        var roles = Roles("Sáng 5/5, ông Lò Văn Pản, Tỉnh ủy viên, Bí thư Huyện ủy Mường Tè, đã trao quà cho các hộ nghèo.");

        Assert.Contains(("Lò Văn Pản", "Bí thư Huyện ủy Mường Tè"), roles);
        Assert.DoesNotContain(roles, r => r.Role.EndsWith("tỉnh", StringComparison.Ordinal) || r.Role.EndsWith("Tỉnh ủy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_post_with_its_province_is_still_read()
    {
        var roles = Roles("Sáng 5/5, ông Lò Văn Pản, Phó Chủ tịch UBND tỉnh Lai Châu, đã trao quà cho các hộ nghèo.");

        Assert.Contains(("Lò Văn Pản", "Phó Chủ tịch UBND tỉnh Lai Châu"), roles);
    }
}
