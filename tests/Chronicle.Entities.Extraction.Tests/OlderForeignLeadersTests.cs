using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Leaders of 2011–2021 named by a bare title in older reports take their country, as recent ones do.</summary>
public sealed class OlderForeignLeadersTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_bare_title_before_an_earlier_leader_takes_the_leader_s_country()
    {
        var roles = Roles("Tại hội nghị, Thủ tướng Merkel trao đổi với Tổng thống Duterte và Thủ tướng Najib Razak về thương mại.");
        Assert.Contains("Angela Merkel | Thủ tướng Đức", roles);
        Assert.Contains("Rodrigo Duterte | Tổng thống Philippines", roles);
        Assert.Contains("Najib Razak | Thủ tướng Malaysia", roles);
    }

    [Fact]
    public void A_surname_others_share_does_not_stand_for_the_leader()
    {
        var roles = Roles("Bộ trưởng Johnson phát biểu tại buổi họp báo sáng nay.");
        Assert.DoesNotContain(roles, r => r.Contains("Boris Johnson", StringComparison.Ordinal));
    }
}
