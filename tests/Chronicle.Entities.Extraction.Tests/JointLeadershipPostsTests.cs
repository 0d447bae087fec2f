using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Two posts of one body's leadership written with a comma and the body named once, after the second
/// ('Phó Chủ tịch, Tổng Thư ký Hội X'): the first post is of that body too. And a local Party
/// committee's standing member keeps one name however the article shortens it.
/// </summary>
public sealed class JointLeadershipPostsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_bare_deputy_head_before_a_comma_takes_the_body_the_next_post_names()
    {
        var roles = Roles("Bà Hà Thị Quỳnh, Phó Chủ tịch, Tổng Thư ký Hội Liên hiệp Phụ nữ Việt Nam, đọc diễn văn khai mạc.");
        Assert.Contains("Hà Thị Quỳnh | Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam", roles);
        Assert.Contains("Hà Thị Quỳnh | Tổng Thư ký Hội Liên hiệp Phụ nữ Việt Nam", roles);
    }

    [Fact]
    public void A_chairman_who_also_runs_the_company_holds_both_posts_of_it()
    {
        var roles = Roles("Ông Đỗ Minh Khang, Chủ tịch, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam, trả lời báo chí sáng nay.");
        Assert.Contains("Đỗ Minh Khang | Chủ tịch Tập đoàn Dầu khí Việt Nam", roles);
        Assert.Contains("Đỗ Minh Khang | Tổng Giám đốc Tập đoàn Dầu khí Việt Nam", roles);
    }

    [Fact]
    public void A_bare_party_head_does_not_take_the_body_of_a_state_post()
    {
        var roles = Roles("Phó Bí thư, Chủ tịch UBND tỉnh Lạng Sơn Vi Văn Lợi kiểm tra công trình.");
        Assert.Contains("Vi Văn Lợi | Chủ tịch UBND tỉnh Lạng Sơn", roles);
        Assert.DoesNotContain(roles, r => r.Contains("Phó Bí thư UBND", StringComparison.Ordinal));
    }

    [Fact]
    public void A_standing_member_of_a_provincial_committee_is_named_with_its_standing_board()
    {
        var roles = Roles("Đi cùng đoàn có ông Lò Văn Tú, Ủy viên Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Sơn La.");
        Assert.Contains("Lò Văn Tú | Ủy viên Ban Thường vụ Tỉnh ủy Sơn La", roles);
        Assert.DoesNotContain("Lò Văn Tú | Ủy viên Thường vụ Tỉnh ủy Sơn La", roles);
    }

    [Fact]
    public void The_central_military_commission_keeps_its_own_name_for_standing_members()
    {
        var roles = Roles("Thượng tướng Hoàng Xuân Chiến, Ủy viên Thường vụ Quân ủy Trung ương, dự lễ.");
        Assert.Contains("Hoàng Xuân Chiến | Ủy viên Thường vụ Quân ủy Trung ương", roles);
    }
}
