using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A list sharing a plural post ('bốn Phó Chủ tịch gồm: A (Phó Chủ tịch thường trực), B, C'): a
/// member whose aside names a narrower form of the post holds that one only; the others share the post.
/// </summary>
public sealed class ListMemberAsideTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_member_s_own_standing_post_replaces_the_shared_one()
    {
        var roles = Roles("Chính phủ mới có bốn phó thủ tướng gồm các ông: Đoàn Minh Sơn (phó thủ tướng thường trực), Vương Quốc Bảo, Lục Văn Hải.");
        Assert.Contains("Đoàn Minh Sơn | Phó Thủ tướng Thường trực", roles);
        Assert.DoesNotContain("Đoàn Minh Sơn | Phó Thủ tướng", roles);
        Assert.Contains("Vương Quốc Bảo | Phó Thủ tướng", roles);
        Assert.Contains("Lục Văn Hải | Phó Thủ tướng", roles);
    }

    [Fact]
    public void An_aside_naming_another_post_leaves_the_shared_one()
    {
        var roles = Roles("Chính phủ khóa trước có ba phó thủ tướng gồm các ông: Trịnh Văn Tài (Ủy viên Bộ Chính trị), Lâm Minh Lực, Tạ Minh Khôi.");
        Assert.Contains("Trịnh Văn Tài | Phó Thủ tướng", roles);
        Assert.Contains("Lâm Minh Lực | Phó Thủ tướng", roles);
    }

    [Fact]
    public void A_standing_deputy_of_a_body_named_before_keeps_the_body()
    {
        var roles = Roles("Ngoài ông Đào Văn Khánh mới được chuẩn y, hiện Ủy ban Kiểm tra Trung ương có 3 Phó Chủ nhiệm khác, gồm: ông Phùng Văn Lộc (Phó Chủ nhiệm thường trực), ông Kha Minh Tuệ và bà Văn Thị Ngà.");
        Assert.Contains("Phùng Văn Lộc | Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương", roles);
        Assert.DoesNotContain("Phùng Văn Lộc | Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", roles);
        Assert.Contains("Kha Minh Tuệ | Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", roles);
        Assert.Contains("Văn Thị Ngà | Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", roles);
    }

    [Fact]
    public void Deputies_listed_after_their_leader_share_the_leader_s_body()
    {
        var roles = Roles("Chủ nhiệm Tổng cục Hậu cần hiện nay là trung tướng Lò Văn Thắm; các Phó Chủ nhiệm gồm thiếu tướng Ninh Quốc Trụ; thiếu tướng Hà Đăng Khoa.");
        Assert.Contains("Ninh Quốc Trụ | Phó Chủ nhiệm Tổng cục Hậu cần", roles);
        Assert.Contains("Hà Đăng Khoa | Phó Chủ nhiệm Tổng cục Hậu cần", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Lò Văn Thắm | Phó", StringComparison.Ordinal));
    }
}
