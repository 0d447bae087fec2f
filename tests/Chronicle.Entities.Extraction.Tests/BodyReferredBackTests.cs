using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>A body named only by words pointing back ('nói trên') gives no post of that name.</summary>
public sealed class BodyReferredBackTests
{
    [Fact]
    public void A_board_named_only_as_the_one_above_gives_no_post()
    {
        var roles = ArticleAnalyzer.Analyze("", "Ban Chỉ đạo kể trên do Phó Thủ tướng Trần Văn Minh làm trưởng ban.").Roles;
        Assert.DoesNotContain(roles, r => r.Role.EndsWith("kể trên", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.PersonName == "Trần Văn Minh" && r.Role == "Phó Thủ tướng");
    }
}
