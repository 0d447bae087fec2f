using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A school's, hospital's or company's own staff write it by its kind alone ('Phó Giám đốc Học viện',
/// 'Chủ tịch Hội đồng Học viện'): the post is on the one body of that kind the article names in full,
/// and on none where the article names two. A school's council is named after the school, and a bare
/// Party committee beside the council's post is the school's.
/// </summary>
public sealed class BodyWrittenByItsKindTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_school_s_staff_take_the_one_school_the_article_names()
    {
        var roles = Roles("Sáng nay, Học viện Tài chính đã tổ chức lễ khai giảng. Về phía Học viện Tài chính có GS.TS Hoàng Văn Nam - Bí thư Đảng ủy, "
            + "Chủ tịch Hội đồng Học viện; PGS.TS Đinh Thị Mai - Phó Giám đốc Học viện; TS Lê Văn Tuấn - Phó Giám đốc Học viện.");
        Assert.Contains("Hoàng Văn Nam | Bí thư Đảng ủy Học viện Tài chính", roles);
        Assert.Contains("Hoàng Văn Nam | Chủ tịch Hội đồng Học viện Tài chính", roles);
        Assert.Contains("Đinh Thị Mai | Phó Giám đốc Học viện Tài chính", roles);
        Assert.Contains("Lê Văn Tuấn | Phó Giám đốc Học viện Tài chính", roles);
    }

    [Fact]
    public void A_school_s_council_named_in_full_is_read()
    {
        var roles = Roles("Dự lễ có ông Hoàng Văn Nam, Bí thư Đảng ủy, Chủ tịch Hội đồng Học viện Tài chính; bà Đinh Thị Mai, Phó Giám đốc Học viện Tài chính.");
        Assert.Contains("Hoàng Văn Nam | Chủ tịch Hội đồng Học viện Tài chính", roles);
        Assert.Contains("Hoàng Văn Nam | Bí thư Đảng ủy Học viện Tài chính", roles);
    }

    [Fact]
    public void A_hospital_written_alone_is_the_article_s_one_hospital()
    {
        Assert.Contains("Lê Văn Tuấn | Phó Giám đốc Bệnh viện Bạch Mai",
            Roles("Bệnh viện Bạch Mai đã khánh thành khu điều trị mới. Ông Lê Văn Tuấn, Phó Giám đốc Bệnh viện, phát biểu tại buổi lễ."));
    }

    [Fact]
    public void Two_hospitals_named_leave_the_post_unread()
    {
        Assert.DoesNotContain(Roles("Bệnh viện Bạch Mai và Bệnh viện Việt Đức đã ký kết hợp tác. Ông Lê Văn Tuấn, Phó Giám đốc Bệnh viện, phát biểu."),
            r => r.StartsWith("Lê Văn Tuấn |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_after_the_name_is_not_the_name_s()
    {
        Assert.Contains("Hoàng Văn Nam | Phó Giám đốc Học viện Tài chính",
            Roles("Về phía Học viện Tài chính có ông Hoàng Văn Nam - Phó Giám đốc Học viện Tài chính."));
    }
}
