using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A relative clause telling how someone once rose to a post ('…, người lên làm Chủ tịch nước từ
/// vị trí …') names a former post: it is never held on the article's day.
/// </summary>
public sealed class PastRiseTests
{
    private static readonly AnchorDate October2024 =
        new(2024, 10, 20, DateGranularity.Day, YearBasis.Publication, [2024], "publication", null);

    private static IReadOnlyList<RoleMention> RolesOf(string text, string person) =>
        ArticleAnalyzer.Analyze("", text, October2024).Roles.Where(r => r.PersonName == person).ToList();

    [Fact]
    public void A_post_someone_rose_to_in_a_relative_clause_is_former()
    {
        var roles = RolesOf("Nếu được chọn, ông Hùng sẽ đi theo con đường của Đại tướng Trần Văn Mẫu, người từ ghế bộ trưởng lên làm Chủ tịch nước.", "Trần Văn Mẫu");

        var president = Assert.Single(roles, r => r.Role == "Chủ tịch nước");
        Assert.Equal("former", president.Qualifier);
        Assert.NotEqual(RoleDating.Held, president.Aspect);
    }

    [Fact]
    public void A_post_someone_will_rise_to_is_not_made_former()
    {
        var roles = RolesOf("Ông Hùng nhắc tới Đại tướng Trần Văn Mẫu, người sẽ lên làm Chủ tịch nước nếu Quốc hội bầu.", "Trần Văn Mẫu");

        Assert.DoesNotContain(roles, r => r.Role == "Chủ tịch nước" && r.Qualifier == "former");
    }
}
