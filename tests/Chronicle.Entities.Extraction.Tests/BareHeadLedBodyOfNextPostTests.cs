using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A bare head written before a post of a body's Party committee or cell leads that body: 'Vụ trưởng, Bí thư Chi bộ
/// Vụ X'; and a chief executive before a company's board chair heads that company:
/// 'Tổng Giám đốc, Chủ tịch HĐQT Công ty Z'. The head keeps its own kind: a head of a department does not take
/// another kind of body.
/// </summary>
public sealed class BareHeadLedBodyOfNextPostTests
{
    private static readonly AnchorDate March2025 =
        new(2025, 3, 4, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, March2025).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void After_la_a_bare_department_head_and_the_cell_of_the_department_are_both_read()
    {
        var roles = Roles("Từ năm 2018, bà Triệu Thu Hằng là Vụ trưởng, Bí thư Chi bộ Vụ Hợp tác quốc tế, Bộ Y tế.");

        Assert.Contains(("Triệu Thu Hằng", "Vụ trưởng Vụ Hợp tác quốc tế, Bộ Y tế"), roles);
        Assert.Contains(("Triệu Thu Hằng", "Bí thư Chi bộ Vụ Hợp tác quốc tế, Bộ Y tế"), roles);
    }

    [Fact]
    public void A_bare_department_head_after_a_comma_takes_the_department_whose_cell_follows()
    {
        var roles = Roles("Ông Khổng Văn Đạt, Vụ trưởng, Bí thư Chi bộ Vụ Pháp chế, cho biết như vậy.");

        Assert.Contains(("Khổng Văn Đạt", "Vụ trưởng Vụ Pháp chế"), roles);
        Assert.Contains(("Khổng Văn Đạt", "Bí thư Chi bộ Vụ Pháp chế"), roles);
    }

    [Fact]
    public void A_chief_executive_before_the_board_chair_heads_the_same_company()
    {
        var roles = Roles("Ông Khổng Văn Đạt, Tổng Giám đốc, Chủ tịch HĐQT Công ty cổ phần Thép Lam Sơn, cho biết như vậy.");

        Assert.Contains(("Khổng Văn Đạt", "Tổng Giám đốc Công ty cổ phần Thép Lam Sơn"), roles);
    }

    [Fact]
    public void A_department_head_does_not_take_a_body_of_another_kind()
    {
        var roles = Roles("Từ năm 2018, bà Triệu Thu Hằng là Vụ trưởng, Bí thư Đảng ủy Cục Quản lý dược, Bộ Y tế.");

        Assert.DoesNotContain(roles, r => r.Role.StartsWith("Vụ trưởng Cục", StringComparison.Ordinal));
    }
}
