using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post several people hold side by side, given once to a list: the list itself may say that
/// many hold it ('là các ông, bà: A; B; C'), and a member's aside in brackets is the member's own.
/// </summary>
public sealed class SharedTitleListTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_list_opened_by_cac_ong_ba_shares_the_post()
    {
        var roles = Roles("Người giữ chức Phó Chủ nhiệm Ủy ban Xã hội hiện là các ông, bà: Đinh Văn Tâm; Hồ Thị Mai (Trưởng Ban Dân nguyện) và Lại Văn Phúc.");
        Assert.Contains("Đinh Văn Tâm | Phó Chủ nhiệm Ủy ban Xã hội của Quốc hội", roles);
        Assert.Contains("Hồ Thị Mai | Phó Chủ nhiệm Ủy ban Xã hội của Quốc hội", roles);
        Assert.Contains("Lại Văn Phúc | Phó Chủ nhiệm Ủy ban Xã hội của Quốc hội", roles);
    }

    [Fact]
    public void A_post_one_person_holds_at_a_time_is_not_shared_by_a_list()
    {
        var roles = Roles("Người từng giữ chức Chủ tịch Ủy ban Xã hội là các ông Đinh Văn Tâm, Lại Văn Phúc.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lại Văn Phúc", StringComparison.Ordinal));
    }
}
