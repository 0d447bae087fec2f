using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Every province has a centre for disease control, which the press names in full ('Trung tâm Kiểm soát
/// bệnh tật tỉnh X') or by its short form ('CDC tỉnh X', 'CDC X'); its posts are read with the province, each
/// form kept as written. Another country's agency of that short name ('CDC Mỹ') is no province's centre.
/// </summary>
public sealed class ProvincialDiseaseControlCentreTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void The_centre_named_in_full_is_read_with_its_province()
    {
        Assert.Contains("Mai Xuân Bách | Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình",
            Roles("Ông Mai Xuân Bách, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình, cho biết số ca mắc đã giảm."));
    }

    [Fact]
    public void The_short_form_with_the_provinces_level_is_read_before_the_holder()
    {
        Assert.Contains("Trịnh Văn Phúc | Giám đốc CDC tỉnh Lạng Sơn",
            Roles("Cựu giám đốc CDC tỉnh Lạng Sơn Trịnh Văn Phúc xin giảm nhẹ hình phạt."));
    }

    [Fact]
    public void The_short_form_before_a_bare_province_is_that_provinces_centre()
    {
        Assert.Contains("Mai Xuân Bách | Giám đốc CDC tỉnh Quảng Bình",
            Roles("Ông Mai Xuân Bách, Giám đốc CDC Quảng Bình, cho biết số ca mắc đã giảm."));
    }

    [Fact]
    public void Another_countrys_agency_of_that_short_name_is_no_provinces_centre()
    {
        Assert.DoesNotContain(Roles("Giám đốc CDC Mỹ Rachel Owens cho rằng mùa cúm năm nay đến sớm."),
            r => r.Contains("CDC tỉnh", StringComparison.Ordinal) || r.Contains("Kiểm soát bệnh tật", StringComparison.Ordinal));
    }
}
