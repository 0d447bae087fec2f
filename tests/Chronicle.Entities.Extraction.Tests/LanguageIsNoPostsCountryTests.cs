using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A foreign post written without its country takes the one country its sentence names; a country named as
/// a language ('tiếng Anh', 'bằng tiếng Pháp') is no one's country and gives no post.
/// </summary>
public sealed class LanguageIsNoPostsCountryTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_language_gives_a_bare_post_no_country() =>
        Assert.DoesNotContain(Roles("Cựu tổng thống J. F. Kennedy là nhà hùng biện nhưng thường viết sai chính tả tiếng Anh."),
            r => r.EndsWith("| Tổng thống Anh", StringComparison.Ordinal));

    [Fact]
    public void Beside_a_language_the_country_named_is_the_post_s() =>
        Assert.Contains("Mark Carney | Thủ tướng Canada", Roles("Thủ tướng Mark Carney trả lời bằng tiếng Pháp rằng Canada sẽ đáp trả."));

    [Fact]
    public void A_country_named_as_itself_still_gives_the_post() =>
        Assert.Contains("Jens Olsen | Bộ trưởng Ngoại giao Na Uy", Roles("Bộ trưởng Ngoại giao Jens Olsen nói Na Uy ủng hộ đề xuất này."));
}
