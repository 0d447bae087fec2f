using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A 'Cục' or 'Vụ' whose name the copy writes in lower case after its head is read where the body it belongs to
/// closes the name right after it (a comma, brackets, or a dash before a ministry), as a province already closes one.
/// One lower-case word, or lower-case words no owner closes, stay unread.
/// </summary>
public sealed class DepartmentInSentenceCaseTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_directorate_in_lower_case_closed_by_its_owner_after_a_comma_is_read()
    {
        var roles = Roles("Trong buổi diễn tập, Thiếu tướng Hà Minh Quân, Cục trưởng Cục tác chiến, Bộ Tổng Tham mưu, theo dõi các tổ bay.");
        // The general staff is named in full, as the owner after a comma always is.
        Assert.Contains("Hà Minh Quân | Cục trưởng Cục Tác chiến, Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam", roles);
    }

    [Fact]
    public void A_department_in_lower_case_closed_by_a_ministry_after_a_dash_is_read()
    {
        var roles = Roles("Bà Đặng Thu Lan, Vụ trưởng Vụ pháp chế - Bộ Tư pháp, giải thích thêm về dự thảo nghị định.");
        Assert.Contains("Đặng Thu Lan | Vụ trưởng Vụ Pháp chế, Bộ Tư pháp", roles);
    }

    [Fact]
    public void A_department_in_lower_case_with_its_owner_in_brackets_is_read()
    {
        var roles = Roles("Ông Lò Văn Thiện, Phó Vụ trưởng Vụ kế hoạch tài chính (Bộ Y tế) cho hay kinh phí đã được cấp đủ.");
        Assert.Contains("Lò Văn Thiện | Phó Vụ trưởng Vụ Kế hoạch tài chính (Bộ Y tế)", roles);
    }

    [Fact]
    public void A_department_pointed_back_at_with_one_lower_case_word_is_not_read_as_a_name()
    {
        var roles = Roles("Ông Hà Minh Quân, Cục trưởng Cục này, Bộ Quốc phòng, cho biết lịch bay đã được duyệt.");
        Assert.DoesNotContain(roles, r => r.Contains("Cục Này", StringComparison.Ordinal) || r.Contains("Cục này", StringComparison.Ordinal));
    }

    [Fact]
    public void Lower_case_words_after_a_department_word_that_no_owner_closes_are_not_read()
    {
        var roles = Roles("Ông Hà Minh Quân, Cục trưởng Cục tác chiến cho biết lịch bay đã được duyệt.");
        Assert.DoesNotContain(roles, r => r.Contains("tác chiến", StringComparison.OrdinalIgnoreCase));
    }
}
