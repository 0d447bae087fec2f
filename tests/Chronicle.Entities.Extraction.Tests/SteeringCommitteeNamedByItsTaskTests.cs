using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A steering committee named after its task: 'Phó Ban Chỉ đạo' is its deputy head, and a task written in
/// lower-case words and closed by a bare 'tỉnh' and punctuation is the article's province's committee.
/// </summary>
public sealed class SteeringCommitteeNamedByItsTaskTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_task_in_lower_case_closed_by_a_bare_province_level_is_the_province_s_committee()
    {
        var roles = Roles("Tỉnh Lào Cai chuẩn bị mùa du lịch hè. Ông Vũ Văn Hải, Giám đốc Sở Du lịch tỉnh Lào Cai, Trưởng Ban Chỉ đạo phát triển du lịch tỉnh, cho biết như vậy.");
        Assert.Contains("Vũ Văn Hải | Trưởng Ban Chỉ đạo phát triển du lịch tỉnh Lào Cai", roles);
        Assert.Contains("Vũ Văn Hải | Giám đốc Sở Du lịch tỉnh Lào Cai", roles);
    }

    [Fact]
    public void Phó_Ban_before_a_steering_committee_is_its_deputy_head()
    {
        var roles = Roles("Tỉnh Lào Cai chuẩn bị mùa du lịch hè. Bà Hoàng Thị Nhung, Phó Giám đốc Sở Du lịch tỉnh Lào Cai, Phó Ban Chỉ đạo phát triển du lịch tỉnh, cho biết như vậy.");
        Assert.Contains("Hoàng Thị Nhung | Phó Trưởng Ban Chỉ đạo phát triển du lịch tỉnh Lào Cai", roles);
    }

    [Fact]
    public void A_bare_city_level_does_not_take_the_article_s_province()
    {
        // 'thành phố' may be a town of the province: the province does not stand for it.
        var roles = Roles("Tỉnh Lào Cai chuẩn bị mùa du lịch hè. Ông Vũ Văn Hải, Phó Chủ tịch UBND tỉnh Lào Cai, Trưởng Ban Chỉ đạo phát triển du lịch thành phố, cho biết như vậy.");
        Assert.DoesNotContain(roles, r => r.Contains("Ban Chỉ đạo", StringComparison.Ordinal) && r.Contains("Lào Cai", StringComparison.Ordinal));
    }

    [Fact]
    public void Phó_Ban_before_another_board_is_not_read_as_a_deputy_head()
    {
        var roles = Roles("Ông Trần Văn Lực, Phó Ban Tổ chức hội thi, phát biểu.");
        Assert.DoesNotContain(roles, r => r.Contains("Phó Trưởng", StringComparison.Ordinal));
    }
}
