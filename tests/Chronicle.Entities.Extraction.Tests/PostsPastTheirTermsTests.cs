using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post's terms written after it ('khóa 11 và 12', 'khóa X (dự khuyết), XI') and 'và là' before the next
/// post do not end the list of the subject's posts.
/// </summary>
public sealed class PostsPastTheirTermsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Ông Lạc Minh Tuệ là Ủy viên Trung ương Đảng khóa 11 và 12 và là đại biểu Quốc hội khóa 14.")]
    [InlineData("Ông Lạc Minh Tuệ là Ủy viên Trung ương Đảng khóa 11, 12 và là đại biểu Quốc hội khóa 14.")]
    [InlineData("Ông Lạc Minh Tuệ là ủy viên Trung ương Đảng khóa X (dự khuyết), XI; đại biểu Quốc hội khóa XII.")]
    public void The_post_after_the_terms_of_the_first_is_the_subject_s_too(string sentence)
    {
        var roles = Roles(sentence);
        Assert.Contains("Lạc Minh Tuệ | Ủy viên Trung ương Đảng", roles);
        Assert.Contains("Lạc Minh Tuệ | Đại biểu Quốc hội", roles);
    }

    [Fact]
    public void A_pronoun_subject_keeps_its_posts_past_the_terms()
    {
        var roles = Roles("Ông Lạc Minh Tuệ quê ở Quảng Trị, năm nay 57 tuổi. Ông là Ủy viên Trung ương Đảng khóa XII (dự khuyết), XIII; đại biểu Quốc hội khóa XIV.");
        Assert.Contains("Lạc Minh Tuệ | Đại biểu Quốc hội", roles);
    }

    [Fact]
    public void A_post_after_another_person_s_name_stays_theirs()
    {
        var roles = Roles("Ông Lạc Minh Tuệ là Ủy viên Trung ương Đảng khóa 12 và 13, cùng Bí thư Tỉnh ủy Lạng Sơn Đoàn Thu Hà dự lễ.");
        Assert.DoesNotContain("Lạc Minh Tuệ | Bí thư Tỉnh ủy Lạng Sơn", roles);
    }
}
