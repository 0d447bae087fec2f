using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A department's name may hold 'các' before what it deals with ('Vụ Quản lý các khu kinh tế') and a
/// dash between two capitalised words ('Cục Kế hoạch - Tài chính'); a body after the dash is its owner.
/// </summary>
public sealed class DepartmentNameTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void The_word_cac_inside_a_department_s_name_is_kept()
    {
        Assert.Contains("Vương Đức Sơn | Phó Vụ trưởng Vụ Quản lý các khu kinh tế, Bộ Kế hoạch và Đầu tư",
            Roles("Ông Vương Đức Sơn, Phó Vụ trưởng Vụ Quản lý các khu kinh tế, Bộ Kế hoạch và Đầu tư, trình bày báo cáo."));
    }

    [Fact]
    public void A_dash_between_two_capitalised_words_is_part_of_the_name()
    {
        Assert.Contains("Lê Ngọc Khôi | Cục trưởng Cục Kế hoạch - Tài chính, Bộ Y tế",
            Roles("Ông Lê Ngọc Khôi, Cục trưởng Cục Kế hoạch - Tài chính, Bộ Y tế, phát biểu."));
    }

    [Fact]
    public void A_ministry_after_the_dash_owns_the_department()
    {
        Assert.Contains("Trần Văn Hậu | Cục trưởng Cục An ninh chính trị nội bộ, Bộ Công an",
            Roles("Ông Trần Văn Hậu, Cục trưởng Cục An ninh chính trị nội bộ - Bộ Công an, phát biểu."));
    }

    [Fact]
    public void The_terms_after_a_party_cell_are_not_its_name()
    {
        var roles = Roles("Khiển trách Chi bộ Vụ Ngân sách nhà nước các nhiệm kỳ 2015-2020, gồm: ông Phan Văn Lực, Bí thư Chi bộ, Vụ trưởng Vụ Ngân sách nhà nước.");
        Assert.DoesNotContain(roles, r => r.Contains("nhiệm kỳ", StringComparison.Ordinal));
    }
}
