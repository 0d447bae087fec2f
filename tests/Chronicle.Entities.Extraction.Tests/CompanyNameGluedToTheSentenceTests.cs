using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A company's name glued by a hyphen, without spaces, to the next word of the sentence ('Công ty X Sông Đà-chuyên …') ends at the hyphen.
/// </summary>
public sealed class CompanyNameGluedToTheSentenceTests
{
    private static readonly AnchorDate June2025 =
        new(2025, 6, 12, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, June2025).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void The_name_ends_at_a_hyphen_before_a_lower_case_word()
    {
        var roles = Roles("Ông Tạ Quang Vinh là Tổng Giám đốc Công ty cổ phần Xây dựng Sông Đà-chuyên thi công cầu đường.");

        Assert.Contains(("Tạ Quang Vinh", "Tổng Giám đốc Công ty cổ phần Xây dựng Sông Đà"), roles);
    }

    [Fact]
    public void A_hyphen_between_capitalised_words_stays_in_the_name()
    {
        var roles = Roles("Ông Tạ Quang Vinh là Tổng Giám đốc Công ty cổ phần Cảng Bà Rịa-Vũng Tàu.");

        Assert.Contains(("Tạ Quang Vinh", "Tổng Giám đốc Công ty cổ phần Cảng Bà Rịa-Vũng Tàu"), roles);
    }
}
