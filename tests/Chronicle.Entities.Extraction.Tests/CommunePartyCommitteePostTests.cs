using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A commune's, ward's or township's Party committee is named by the unit, as its council is: 'Bí thư Đảng ủy xã X'
/// is a post of that commune. A bare 'Đảng ủy xã' names no commune and is not read.
/// </summary>
public sealed class CommunePartyCommitteePostTests
{
    private static readonly AnchorDate March2025 =
        new(2025, 3, 18, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, March2025).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void A_communes_party_secretary_after_the_name_is_read()
    {
        var roles = Roles("Bà Hà Thị Xuân, Bí thư Đảng ủy xã Phúc Thịnh, kể lại những ngày đầu mở đường vào bản.");

        Assert.Contains(("Hà Thị Xuân", "Bí thư Đảng ủy xã Phúc Thịnh"), roles);
    }

    [Fact]
    public void A_wards_deputy_secretary_after_a_dash_is_read()
    {
        var roles = Roles("Ông Quách Văn Định - Phó Bí thư Thường trực Đảng ủy phường Yên Thế cho biết phường đã hoàn thành kế hoạch.");

        Assert.Contains(("Quách Văn Định", "Phó Bí thư Thường trực Đảng ủy phường Yên Thế"), roles);
    }

    [Fact]
    public void A_townships_party_secretary_before_the_name_is_read()
    {
        var roles = Roles("Bí thư Đảng ủy thị trấn Cầu Gồ Hà Văn Lực trao quà cho các gia đình chính sách.");

        Assert.Contains(("Hà Văn Lực", "Bí thư Đảng ủy thị trấn Cầu Gồ"), roles);
    }

    [Fact]
    public void A_bare_communes_committee_names_no_commune()
    {
        var roles = Roles("Ông Quách Văn Định, Bí thư Đảng ủy xã, cho biết xã đã hoàn thành kế hoạch.");

        Assert.DoesNotContain(roles, r => r.Role.StartsWith("Bí thư Đảng ủy", StringComparison.Ordinal));
    }
}
