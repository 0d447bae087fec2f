using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A Party secretary written with the province alone before the holder's name ('Bí thư Long An Nguyễn Văn
/// A'), as headlines write it: the province's Party committee is meant, 'Thành ủy' for a central city.
/// Without a name right after the province nothing is read.
/// </summary>
public sealed class PartySecretaryBeforeProvinceTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Bí thư Long An Võ Hữu Thành dự lễ khánh thành cầu mới.", "Võ Hữu Thành | Bí thư Tỉnh ủy Long An")]
    [InlineData("Phó Bí thư Bến Tre Đoàn Văn Kiệt đã về thăm các hộ dân.", "Đoàn Văn Kiệt | Phó Bí thư Tỉnh ủy Bến Tre")]
    [InlineData("Bí thư Đà Nẵng Lương Quốc Hùng trao bằng khen cho các đơn vị.", "Lương Quốc Hùng | Bí thư Thành ủy Đà Nẵng")]
    public void The_provinces_party_committee_is_meant(string text, string expected) =>
        Assert.Contains(expected, Roles(text));

    [Theory]
    [InlineData("Bí thư Long An cho biết sẽ kiểm tra lại dự án.")]
    [InlineData("Ông Võ Hữu Thành, Bí thư Long An, dự lễ khánh thành.")]
    public void Without_a_name_right_after_the_province_nothing_is_read(string text) =>
        Assert.DoesNotContain(Roles(text), r => r.Contains("ủy Long An", StringComparison.Ordinal));
}
