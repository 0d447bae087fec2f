using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// In a list of entries whose opening names one body, a post in that body's Party units ('Ủy viên Ban Thường
/// vụ Đảng ủy', 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', 'Bí thư Chi bộ') written bare before the holder's bare
/// head belongs to the body the head stands for, as 'Bí thư Đảng ủy, Cục trưởng' does.
/// </summary>
public sealed class PartyUnitPostsBeforeABareHeadTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void An_inspection_committee_chair_between_a_deputy_secretary_and_a_bare_deputy_head_takes_the_department()
    {
        var roles = Roles("Cơ quan kiểm tra nêu trách nhiệm của Đảng ủy Cục Quản lý thị trường tỉnh Yên Bái và các ông: "
            + "Đoàn Minh Thắng, Bí thư Đảng ủy, Cục trưởng; Vi Đức Lợi, Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Phó Cục trưởng.");
        Assert.Contains("Vi Đức Lợi | Phó Cục trưởng Cục Quản lý thị trường tỉnh Yên Bái", roles);
        Assert.Contains("Vi Đức Lợi | Phó Bí thư Đảng ủy Cục Quản lý thị trường tỉnh Yên Bái", roles);
        Assert.Contains("Vi Đức Lợi | Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Cục Quản lý thị trường tỉnh Yên Bái", roles);
    }

    [Fact]
    public void A_standing_committee_member_before_a_bare_head_takes_the_department()
    {
        var roles = Roles("Kết luận nêu rõ trách nhiệm của Đảng ủy Cục Thuế tỉnh Sóc Trăng và các ông: "
            + "Thạch Văn Sang, Ủy viên Ban Thường vụ Đảng ủy, Phó Cục trưởng; Lâm Quốc Hưng, Cục trưởng.");
        Assert.Contains("Thạch Văn Sang | Ủy viên Ban Thường vụ Đảng ủy Cục Thuế tỉnh Sóc Trăng", roles);
        Assert.Contains("Thạch Văn Sang | Phó Cục trưởng Cục Thuế tỉnh Sóc Trăng", roles);
    }

    [Fact]
    public void A_party_cell_secretary_before_a_bare_department_head_takes_the_department()
    {
        var roles = Roles("Đoàn kiểm tra làm việc với Chi bộ Vụ Pháp chế, Bộ Xây dựng và các ông: Kiều Văn Nghĩa, Bí thư Chi bộ, Vụ trưởng.");
        Assert.Contains("Kiều Văn Nghĩa | Vụ trưởng Vụ Pháp chế, Bộ Xây dựng", roles);
        Assert.Contains("Kiều Văn Nghĩa | Bí thư Chi bộ Vụ Pháp chế, Bộ Xây dựng", roles);
    }

    [Fact]
    public void A_party_unit_post_before_a_bare_head_with_no_body_in_reach_is_not_read()
    {
        var roles = Roles("Tại buổi gặp mặt, ông Mạc Văn Khiêm, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Phó Cục trưởng, phát biểu ý kiến.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Mạc Văn Khiêm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_party_unit_post_not_followed_by_a_bare_head_is_not_read_by_this_rule()
    {
        var roles = Roles("Cơ quan kiểm tra nêu trách nhiệm của Đảng ủy Cục Thuế tỉnh Sóc Trăng và các ông: Thạch Văn Sang, Ủy viên Ban Thường vụ Đảng ủy.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Thạch Văn Sang", StringComparison.Ordinal));
    }
}
