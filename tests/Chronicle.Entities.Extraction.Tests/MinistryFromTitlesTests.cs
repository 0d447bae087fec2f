using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A bare 'Thứ trưởng' takes the ministry the article names; where it names none as a body, the
/// one ministry its officials' titles name.
/// </summary>
public sealed class MinistryFromTitlesTests
{
    private static readonly AnchorDate January2025 =
        new(2025, 1, 10, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<string> RolesOf(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", text, January2025).Roles.Where(r => r.PersonName == person).Select(r => r.Role).Distinct()];

    [Fact]
    public void A_bare_deputy_minister_takes_the_one_ministry_named_in_titles()
    {
        const string text = "Bộ trưởng Bộ Tư pháp Lê Quốc Hưng chủ trì hội nghị tổng kết năm.\n"
            + "Thứ trưởng Trương Minh Khoa trao bằng khen cho các đơn vị.";

        Assert.Equal(["Thứ trưởng Bộ Tư pháp"], RolesOf(text, "Trương Minh Khoa"));
    }

    [Fact]
    public void Two_ministries_in_titles_leave_a_bare_deputy_minister_unresolved()
    {
        const string text = "Bộ trưởng Bộ Tư pháp Lê Quốc Hưng và Bộ trưởng Bộ Y tế Đào Hồng Lan dự hội nghị.\n"
            + "Thứ trưởng Trương Minh Khoa trao bằng khen cho các đơn vị.";

        Assert.Empty(RolesOf(text, "Trương Minh Khoa"));
    }
}
