using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A city of a province ('thành phố Đông Hà', 'TP Bến Cát') is a unit below the province, as a district is: a post
/// on its council or on one of its offices names that city. A province's or a central city's name after the level,
/// and a holder's name written right after a bare 'thành phố', are read as before.
/// </summary>
public sealed class CityOfProvincePostTests
{
    private static readonly AnchorDate March2025 =
        new(2025, 3, 18, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, March2025).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void The_council_of_a_city_of_a_province_names_that_city()
    {
        var roles = Roles("Bà Đỗ Thị Lan, Phó Chủ tịch UBND TP Đông Hà, cho biết công trình sẽ xong trong tháng tới.");

        Assert.Contains(("Đỗ Thị Lan", "Phó Chủ tịch UBND thành phố Đông Hà"), roles);
    }

    [Fact]
    public void The_province_written_after_the_city_goes_with_it()
    {
        var roles = Roles("Ông Vương Đình Khải, Chủ tịch UBND thành phố Bến Cát, tỉnh Bình Dương, đã dự buổi lễ.");

        Assert.Contains(("Vương Đình Khải", "Chủ tịch UBND thành phố Bến Cát (tỉnh Bình Dương)"), roles);
    }

    [Fact]
    public void An_office_of_a_city_of_a_province_names_that_city()
    {
        var roles = Roles("Ông Vương Đình Khải, Phó Trưởng Công an thành phố Bến Cát, tỉnh Bình Dương, cho biết vụ việc đang được điều tra.");

        Assert.Contains(("Vương Đình Khải", "Phó Trưởng Công an thành phố Bến Cát (tỉnh Bình Dương)"), roles);
    }

    [Fact]
    public void A_city_inside_a_central_city_is_not_read_as_the_central_city()
    {
        var roles = Roles("Ông Vương Đình Khải, Chủ tịch UBND TP Thủ Đức, cho biết dự án đã được phê duyệt.");

        Assert.Contains(("Vương Đình Khải", "Chủ tịch UBND thành phố Thủ Đức"), roles);
        Assert.DoesNotContain(roles, r => r.Role == "Chủ tịch UBND thành phố Hồ Chí Minh");
    }

    [Fact]
    public void A_central_city_or_a_province_after_the_level_is_read_as_before()
    {
        var roles = Roles("Phó Chủ tịch UBND thành phố Hải Phòng Lê Khắc Nam và Chủ tịch UBND TP.HCM Phan Thanh Tú đã ký biên bản.");

        Assert.Contains(("Lê Khắc Nam", "Phó Chủ tịch UBND thành phố Hải Phòng"), roles);
        Assert.Contains(("Phan Thanh Tú", "Chủ tịch UBND thành phố Hồ Chí Minh"), roles);
    }

    [Fact]
    public void A_holder_named_right_after_the_level_is_no_city()
    {
        var roles = Roles("Dự hội nghị có Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Nguyễn Khắc Duy.");

        Assert.DoesNotContain(roles, r => r.Role.Contains("thành phố Nguyễn", StringComparison.Ordinal));
    }
}
