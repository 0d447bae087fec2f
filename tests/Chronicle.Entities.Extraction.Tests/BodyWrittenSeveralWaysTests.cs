using Chronicle.Text;
using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A bare post ('Chủ tịch Hội', 'Phó Giám đốc bệnh viện') takes the one body of its kind the article names, even where
/// the article writes that body several ways: by a short form it defines in brackets, or in another case. Two bodies
/// of the kind still leave the post unread.
/// </summary>
public sealed class BodyWrittenSeveralWaysTests
{
    private static List<string> Roles(string text, string headline = "") =>
        [.. ArticleAnalyzer.Analyze(headline, VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_short_form_defined_in_brackets_is_the_same_body()
    {
        var roles = Roles("Hội Nhà vườn tỉnh Lâm Đồng (LGA) mở hội chợ hoa. Hội LGA mời 30 nhà vườn tham gia. "
            + "Dự lễ có ông Kiều Văn Sáng, Chủ tịch Hội, và bà Lò Thị Phương - Phó Chủ tịch Hội.");
        Assert.Contains(roles, r => r.StartsWith("Kiều Văn Sáng | Chủ tịch Hội Nhà vườn tỉnh Lâm Đồng", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.StartsWith("Lò Thị Phương | Phó Chủ tịch Hội Nhà vườn tỉnh Lâm Đồng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_written_again_in_another_case_is_the_same_body()
    {
        var roles = Roles("Hội Nhà vườn tỉnh Lâm Đồng mở hội chợ hoa. Hội Nhà Vườn tỉnh Lâm Đồng mời 30 nhà vườn tham gia. "
            + "Dự lễ có ông Kiều Văn Sáng, Chủ tịch Hội.");
        Assert.Contains("Kiều Văn Sáng | Chủ tịch Hội Nhà vườn tỉnh Lâm Đồng", roles);
    }

    [Fact]
    public void A_short_form_of_another_body_still_leaves_the_post_unread()
    {
        var roles = Roles("Hội Nhà vườn tỉnh Lâm Đồng mở hội chợ hoa cùng Hội Doanh nhân trẻ tỉnh Lâm Đồng (LYBA). Hội LYBA tài trợ giải thưởng. "
            + "Dự lễ có ông Kiều Văn Sáng, Chủ tịch Hội.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Kiều Văn Sáng", StringComparison.Ordinal));
    }
}
