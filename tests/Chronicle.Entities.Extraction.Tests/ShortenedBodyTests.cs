using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A body the article names in full and shortens elsewhere is one body: the short name stands for
/// the full one. 'tại Quyết định …' after a body's name is no part of it.
/// </summary>
public sealed class ShortenedBodyTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_short_name_stands_for_the_full_name_the_article_gives()
    {
        var roles = Roles("Bà Hà Thị Yến, Viện trưởng Viện Nghiên cứu Hán Nôm Việt Nam, chủ trì hội thảo. "
            + "Ông Tạ Văn Long, Phó Viện trưởng Viện Nghiên cứu Hán Nôm, trình bày báo cáo.");
        Assert.Contains("Tạ Văn Long | Phó Viện trưởng Viện Nghiên cứu Hán Nôm Việt Nam", roles);
        Assert.DoesNotContain("Tạ Văn Long | Phó Viện trưởng Viện Nghiên cứu Hán Nôm", roles);
    }

    [Fact]
    public void A_party_body_named_after_a_shortened_owner_takes_the_owners_full_name()
    {
        var roles = Roles("Bà Hà Thị Yến, Viện trưởng Viện Nghiên cứu Hán Nôm Việt Nam, chủ trì hội thảo. "
            + "Ông Tạ Văn Long, Phó Bí thư Đảng ủy Viện Nghiên cứu Hán Nôm, trình bày báo cáo.");
        Assert.Contains("Tạ Văn Long | Phó Bí thư Đảng ủy Viện Nghiên cứu Hán Nôm Việt Nam", roles);
    }

    [Fact]
    public void A_longer_name_that_adds_a_foreign_country_is_another_body()
    {
        var roles = Roles("Ông Lê Văn An, Tổng Giám đốc Tập đoàn Dầu khí, tiếp ông Lý Minh, Tổng Giám đốc Tập đoàn Dầu khí Trung Quốc.");
        Assert.DoesNotContain("Lê Văn An | Tổng Giám đốc Tập đoàn Dầu khí Trung Quốc", roles);
    }

    [Fact]
    public void The_decision_a_post_is_given_by_is_no_part_of_the_body()
    {
        var roles = Roles("Năm 2019, ông Lạc Văn Hòa nhận chức Phó Chủ tịch Viện Hàn lâm KHXH Việt Nam tại Quyết định số 12/QĐ-TTg ngày 3/4/2019.");
        Assert.Contains("Lạc Văn Hòa | Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam", roles);
        Assert.DoesNotContain(roles, r => r.EndsWith(" tại", StringComparison.Ordinal));
    }
}
