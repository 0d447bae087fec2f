using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Two capitalised words closed by punctuation, 'và' or a bracket right after a district's committee
/// ('Bí thư Huyện ủy Ninh Hải,') name the district, though they could make a person's name; a full
/// name after a bare committee is still its holder.
/// </summary>
public sealed class DistrictAfterCommitteeTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_district_that_looks_like_a_name_is_the_committee_s()
    {
        var roles = Roles("Bị khiển trách có ông Võ Tấn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Ninh Phước, và một số cán bộ khác.");
        Assert.Contains(roles, r => r.StartsWith("Võ Tấn Lộc | Bí thư Huyện ủy Ninh Phước", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.StartsWith("Ninh Phước |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_district_before_and_is_the_committee_s()
    {
        Assert.Contains("Lê Hồng Phúc | Bí thư Quận ủy Tân Bình", Roles("Ông Lê Hồng Phúc, Bí thư Quận ủy Tân Bình và ông Vũ Đức Tâm cùng dự lễ."));
    }

    [Fact]
    public void A_full_name_after_a_bare_committee_is_its_holder()
    {
        Assert.Contains(Roles("Bí thư Huyện ủy Trần Văn Phong phát biểu tại hội nghị."), r => r.StartsWith("Trần Văn Phong | Bí thư Huyện ủy", StringComparison.Ordinal));
    }
}
