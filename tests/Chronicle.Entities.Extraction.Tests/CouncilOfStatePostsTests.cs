using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The Council of State ('Hội đồng Nhà nước', the collective head of state of the 1980 Constitution) is a
/// national body: its posts are read as the Assembly's are, also after 'kiêm' and in the lower case of an
/// obituary ('nguyên phó chủ tịch Hội đồng Nhà nước').
/// </summary>
public sealed class CouncilOfStatePostsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_post_of_the_council_after_kiem_is_the_holder_s_second_post()
    {
        var roles = Roles("Ông Trần Văn Hòa (1925-2001) là Chủ tịch Quốc hội kiêm Phó Chủ tịch Hội đồng Nhà nước từ năm 1982 đến 1987.");
        Assert.Contains("Trần Văn Hòa | Chủ tịch Quốc hội", roles);
        Assert.Contains("Trần Văn Hòa | Phó Chủ tịch Hội đồng Nhà nước", roles);
    }

    [Fact]
    public void A_former_post_of_the_council_in_lower_case_is_read()
    {
        var roles = Roles("Đại tướng Lê Văn Quý, nguyên phó chủ tịch Hội đồng Nhà nước, đã từ trần sau thời gian lâm bệnh.");
        Assert.Contains("Lê Văn Quý | Phó Chủ tịch Hội đồng Nhà nước", roles);
    }

    [Fact]
    public void Another_state_s_council_is_not_read_as_vietnam_s()
    {
        var roles = Roles("Phó Chủ tịch Hội đồng Nhà nước Cuba Salvador Valdes Mesa tiếp đoàn đại biểu.");
        Assert.DoesNotContain("Salvador Valdes Mesa | Phó Chủ tịch Hội đồng Nhà nước", roles);
    }
}
