using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A company post named by the brand alone takes the legal name the article writes for that brand; the aide
/// of a foreign office holder, written 'Trợ lý của …', holds the aide's post, not the principal's.
/// </summary>
public sealed class CompanyLegalNameAndAideTests
{
    private static IReadOnlyList<RoleMention> Roles(string text) => ArticleAnalyzer.Analyze("", text).Roles;

    [Fact]
    public void A_brand_post_takes_the_legal_name_the_article_writes()
    {
        var roles = Roles("Đại hội cổ đông của Công ty Cổ phần Tập đoàn Lotus Capital diễn ra sáng nay. Ông Lâm Văn Phát được bầu làm Chủ tịch HĐQT Lotus Capital.");
        Assert.Contains(roles, r => r.PersonName == "Lâm Văn Phát" && r.Role == "Chủ tịch Hội đồng quản trị Công ty Cổ phần Tập đoàn Lotus Capital");
    }

    [Fact]
    public void A_brand_the_article_never_writes_in_full_stays_as_written()
    {
        var roles = Roles("Ông Lâm Văn Phát được bầu làm Chủ tịch HĐQT Lotus Capital.");
        Assert.Contains(roles, r => r.PersonName == "Lâm Văn Phát" && r.Role == "Chủ tịch Hội đồng quản trị Lotus Capital");
    }

    [Fact]
    public void A_brand_written_in_full_two_ways_stays_as_written()
    {
        var roles = Roles("Công ty TNHH Lotus Capital và Công ty Cổ phần Lotus Capital cùng dự. Ông Lâm Văn Phát, Chủ tịch HĐQT Lotus Capital, phát biểu.");
        Assert.Contains(roles, r => r.PersonName == "Lâm Văn Phát" && r.Role == "Chủ tịch Hội đồng quản trị Lotus Capital");
    }

    [Fact]
    public void The_aide_written_with_cua_holds_the_aide_post()
    {
        var role = Assert.Single(Roles("Trợ lý của Bộ trưởng Quốc phòng Anh là ông Peter Hall nói với báo chí rằng kế hoạch đã sẵn sàng."));
        Assert.Equal("Peter Hall", role.PersonName);
        Assert.StartsWith("Trợ lý Bộ trưởng Quốc phòng", role.Role);
    }

    [Fact]
    public void The_principal_named_after_an_aide_written_with_cua_is_no_aide() =>
        Assert.DoesNotContain(Roles("Một cựu trợ lý của Thủ tướng Anh Keir Starmer nói với báo chí rằng kế hoạch đã sẵn sàng."),
            r => r.Role.StartsWith("Trợ lý", StringComparison.Ordinal));
}
