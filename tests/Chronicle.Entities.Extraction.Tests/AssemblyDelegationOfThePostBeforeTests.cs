using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A National Assembly delegation written without its province, right after a provincial post of the same
/// entry, is that province's delegation: the province the post names, else the article's where the post
/// writes its level. Written anywhere else bare, it stays unread.
/// </summary>
public sealed class AssemblyDelegationOfThePostBeforeTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_bare_delegation_between_two_provincial_posts_is_the_province_s_and_keeps_the_chain()
    {
        var roles = Roles("Tỉnh Quảng Bình tổ chức hội nghị tổng kết. Ông Hồ Văn Khánh, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh Quảng Bình đã báo cáo kết quả.");
        Assert.Contains("Hồ Văn Khánh | Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Bình", roles);
        Assert.Contains("Hồ Văn Khánh | Chủ tịch HĐND tỉnh Quảng Bình", roles);
    }

    [Fact]
    public void With_no_province_known_before_the_next_post_of_the_entry_names_it()
    {
        var roles = Roles("Tại hội nghị, ông Hồ Văn Khánh - Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh Quảng Trị đã báo cáo kết quả.");
        Assert.Contains("Hồ Văn Khánh | Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Trị", roles);
        Assert.Contains("Hồ Văn Khánh | Chủ tịch HĐND tỉnh Quảng Trị", roles);
    }

    [Fact]
    public void A_delegation_after_a_post_that_names_its_province_takes_that_province()
    {
        var roles = Roles("Ông Lâm Văn Đức, Phó Bí thư Tỉnh ủy Sóc Trăng, Phó Trưởng đoàn đại biểu Quốc hội, phát biểu tại buổi tiếp xúc cử tri.");
        Assert.Contains("Lâm Văn Đức | Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Sóc Trăng", roles);
    }

    [Fact]
    public void A_city_committee_s_secretary_heads_the_city_s_delegation_in_a_lead_cut_short()
    {
        var roles = Roles("Thành phố Hải Phòng tổ chức gặp mặt. Chiều 2/9, ông Đào Minh Quân, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội …");
        Assert.Contains("Đào Minh Quân | Trưởng Đoàn đại biểu Quốc hội thành phố Hải Phòng", roles);
    }

    [Fact]
    public void The_short_form_in_brackets_between_the_delegation_and_its_level_is_passed_over()
    {
        var roles = Roles("Tỉnh Hà Nam tổ chức thăm hỏi. Ông Trịnh Văn Lộc, Chủ tịch UBND tỉnh, Trưởng đoàn Đại biểu Quốc hội (ĐBQH) tỉnh đã đến thăm các gia đình chính sách.");
        Assert.Contains("Trịnh Văn Lộc | Trưởng Đoàn đại biểu Quốc hội tỉnh Hà Nam", roles);
    }

    [Fact]
    public void A_bare_delegation_after_a_national_post_is_not_read()
    {
        // A minister is elected in some province, which the sentence does not say: no delegation is read.
        var roles = Roles("Tỉnh Nghệ An tổ chức hội nghị. Ông Phan Văn Tường, Bộ trưởng Bộ Xây dựng, Phó Trưởng đoàn ĐBQH, phát biểu.");
        Assert.DoesNotContain(roles, r => r.Contains("Đoàn đại biểu Quốc hội", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_delegation_followed_by_a_verb_is_not_read()
    {
        var roles = Roles("Tỉnh Nghệ An tổ chức hội nghị. Ông Lê Văn Tâm, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tiếp xúc cử tri.");
        Assert.DoesNotContain(roles, r => r.Contains("Đoàn đại biểu Quốc hội", StringComparison.Ordinal));
    }
}
