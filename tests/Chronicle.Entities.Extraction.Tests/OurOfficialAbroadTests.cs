using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// One of our officials in an article much about China keeps our posts, and a post he is only put
/// forward for is read as a nomination, never as his post.
/// </summary>
public sealed class OurOfficialAbroadTests
{
    private static readonly AnchorDate October2024 =
        new(2024, 10, 20, DateGranularity.Day, YearBasis.Publication, [2024], "publication", null);

    private const string Article =
        "Tổng Bí thư, Chủ tịch nước Tô Lâm chủ trì cuộc họp.\n\n" +
        "Thường trực Ban Bí thư Lương Văn Thử vừa có chuyến thăm Bắc Kinh, Trung Quốc, gặp Chủ tịch Trung Quốc Tập Cận Bình.\n\n" +
        "Nhiều người cho rằng ông Lương Văn Thử là ứng cử viên sáng giá cho ghế Chủ tịch nước.\n\n" +
        "Một nhà nghiên cứu nói ông Lương Văn Thử sẽ được đề cử làm Chủ tịch nước trong tháng tới.";

    [Fact]
    public void Our_official_in_an_article_on_China_keeps_our_posts_and_is_only_a_nominee()
    {
        var roles = ArticleAnalyzer.Analyze("", Article, October2024).Roles.Where(r => r.PersonName == "Lương Văn Thử").ToList();

        Assert.Contains(roles, r => r.Role == "Thường trực Ban Bí thư");
        Assert.DoesNotContain(roles, r => r.Role.Contains("Trung Quốc", StringComparison.Ordinal));
        // Put forward for the presidency, not holding it: the post is read as a nomination only.
        Assert.All(roles.Where(r => r.Role == "Chủ tịch nước"), r => Assert.Equal("nominee", r.Qualifier));
        Assert.Contains(roles, r => r.Role == "Chủ tịch nước");
    }
}
