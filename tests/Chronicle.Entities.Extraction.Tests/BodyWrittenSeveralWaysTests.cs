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
        var roles = Roles("Năm nay hội chợ hoa đông khách. Hội Nông dân tỉnh Yên Bái (HND) tổng kết năm. Hội HND khen thưởng 20 hội viên. "
            + "Dự lễ có ông Giàng A Sình, Chủ tịch Hội.");
        Assert.Contains("Giàng A Sình | Chủ tịch Hội Nông dân tỉnh Yên Bái", roles);
    }

    [Fact]
    public void A_name_written_again_in_another_case_is_the_same_body()
    {
        var roles = Roles("Năm nay hội chợ hoa đông khách. Hội Nông dân tỉnh Yên Bái tổng kết năm. Hội Nông Dân tỉnh Yên Bái khen thưởng 20 hội viên. "
            + "Dự lễ có ông Giàng A Sình, Chủ tịch Hội.");
        Assert.Contains("Giàng A Sình | Chủ tịch Hội Nông dân tỉnh Yên Bái", roles);
    }

    [Fact]
    public void A_short_form_of_another_body_still_leaves_the_post_unread()
    {
        var roles = Roles("Năm nay hội chợ hoa đông khách. Hội Nông dân tỉnh Yên Bái tổng kết năm cùng Hội Cựu chiến binh tỉnh Yên Bái (CCB). "
            + "Hội CCB khen thưởng 20 hội viên. Dự lễ có ông Giàng A Sình, Chủ tịch Hội.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Giàng A Sình", StringComparison.Ordinal));
    }
}
