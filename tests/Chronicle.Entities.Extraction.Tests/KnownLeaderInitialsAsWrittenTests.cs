using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A leader the press names often, written in full with initials ('J.D. Vance'), keeps the periods the text
/// gives them, as any other name read does ('C.Q. Brown'): 'J.D Vance', with the last period lost, was a
/// spelling no one writes. The generation suffix stays the list's ('Ferdinand Marcos Jr'), period or not, so
/// that one leader keeps one name in an article whose sentence ends after it.
/// </summary>
public sealed class KnownLeaderInitialsAsWrittenTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Phó Tổng thống Mỹ J.D. Vance đến Munich dự hội nghị an ninh.", "J.D. Vance | Phó Tổng thống Mỹ")]
    public void A_known_leader_written_with_initials_keeps_their_periods(string sentence, string expected) =>
        Assert.Contains(expected, Roles(sentence));

    [Theory]
    [InlineData("Phó Tổng thống Mỹ JD Vance đến Munich dự hội nghị an ninh.", "JD Vance | Phó Tổng thống Mỹ")]
    [InlineData("Tổng thống Philippines Ferdinand Marcos Jr đã tiếp phái đoàn tại Manila.", "Ferdinand Marcos Jr | Tổng thống Philippines")]
    [InlineData("Tổng thống Philippines Ferdinand Marcos Jr. đã tiếp phái đoàn tại Manila.", "Ferdinand Marcos Jr | Tổng thống Philippines")]
    [InlineData("Phái đoàn được tiếp tại Manila bởi Tổng thống Philippines Ferdinand Marcos Jr.", "Ferdinand Marcos Jr | Tổng thống Philippines")]
    [InlineData("Hôm qua, Phó Tổng thống Vance có bài phát biểu dài.", "JD Vance | Phó Tổng thống Mỹ")]
    public void Without_initials_or_by_the_surname_the_name_is_as_before(string sentence, string expected) =>
        Assert.Contains(expected, Roles(sentence));

    [Fact]
    public void The_initial_before_the_surname_is_no_name_without_its_period() =>
        Assert.DoesNotContain(Roles("Phó Tổng thống Mỹ J.D. Vance đến Munich dự hội nghị an ninh."), r => r.StartsWith("J.D Vance", StringComparison.Ordinal));
}
