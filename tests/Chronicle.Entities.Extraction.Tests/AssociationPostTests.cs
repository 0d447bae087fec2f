using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An association written without 'Việt Nam' ('Hội Dệt may', 'Hội Doanh nhân trẻ Hải Phòng') is
/// read up to what closes its name; a council ('Hội đồng') or a fair ('Hội chợ') is no association.
/// </summary>
public sealed class AssociationPostTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void An_association_named_without_its_country_is_read_up_to_the_comma()
    {
        Assert.Contains("Lê Minh Hưng | Chủ tịch Hội Dệt may", Roles("Ông Lê Minh Hưng, Chủ tịch Hội Dệt may, nói về đơn hàng cuối năm."));
    }

    [Fact]
    public void An_association_named_without_its_country_ends_at_the_verb()
    {
        Assert.Contains("Đào Thu Trang | Tổng Thư ký Hội Doanh nhân trẻ Hải Phòng",
            Roles("Bà Đào Thu Trang, Tổng thư ký Hội Doanh nhân trẻ Hải Phòng cho biết hội sẽ mở thêm chi hội."));
    }

    [Fact]
    public void A_council_is_no_association()
    {
        var roles = Roles("Chủ tịch Hội đồng nhân dân tỉnh Phú Yên Lâm Văn Tư dự lễ khai mạc Hội chợ Xuân.");
        Assert.DoesNotContain(roles, r => r.Contains("Hội chợ", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.StartsWith("Lâm Văn Tư | Chủ tịch HĐND tỉnh", StringComparison.Ordinal));
    }
}
