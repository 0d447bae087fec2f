using Chronicle.Entities.Extraction;
using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A sentence read again once the article's people are known: from the short form of someone named in full
/// ('ông Khải', 'Bộ trưởng Khải'), the words after it give the same posts and people as in the first reading.
/// </summary>
public sealed class ShortFormReadAgainTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    private static List<string> People(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Mentions.Where(m => m.Type == EntityTypes.Person).Select(m => m.CanonicalName).Distinct()];

    private const string Article =
        "Sáng 12/3, Bộ trưởng Bộ Công Thương Đinh Văn Khải tiếp đoàn doanh nghiệp Hàn Quốc. "
        + "Cùng dự buổi tiếp, ông Khải có Thứ trưởng Bộ Công Thương Lưu Quang Tuấn và Chủ tịch UBND tỉnh Bắc Ninh Vũ Minh Đức.";

    [Fact]
    public void The_short_form_is_read_as_the_person_named_in_full()
    {
        var people = People(Article);
        Assert.Contains("Đinh Văn Khải", people);
        Assert.DoesNotContain("Khải", people);
    }

    [Fact]
    public void The_posts_written_after_the_short_form_are_read_with_their_holders()
    {
        var roles = Roles(Article);
        Assert.Contains("Đinh Văn Khải | Bộ trưởng Bộ Công Thương", roles);
        Assert.Contains("Lưu Quang Tuấn | Thứ trưởng Bộ Công Thương", roles);
        Assert.Contains("Vũ Minh Đức | Chủ tịch UBND tỉnh Bắc Ninh", roles);
    }
}
