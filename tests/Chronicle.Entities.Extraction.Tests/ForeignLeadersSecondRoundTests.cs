using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Leaders of the region whom the news names by a bare title ('Thủ tướng Hun Manet', 'Chủ tịch
/// Tập Cận Bình') take their country; a company whose English name follows its type ('Tập đoàn
/// Bamboo Capital', '… Investment Pte Ltd') keeps the whole name, and no part of it is a person.
/// </summary>
public sealed class ForeignLeadersSecondRoundTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Sáng nay, Thủ tướng Hun Manet chủ trì cuộc họp nội các tại Phnom Penh.", "Hun Manet | Thủ tướng Campuchia")]
    [InlineData("Chiều qua, Thủ tướng Hasina rời thủ đô bằng trực thăng.", "Sheikh Hasina | Thủ tướng Bangladesh")]
    [InlineData("Tổng thống Ramos-Horta đón đoàn khách tại Dili.", "José Ramos-Horta | Tổng thống Timor-Leste")]
    public void A_bare_title_before_a_regional_leader_takes_his_country(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Tại đại hội cổ đông, ông Lê Văn Nam thôi giữ chức Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Bamboo Capital.", "Bamboo Capital")]
    [InlineData("Hiện ông làm Giám đốc Công ty Harvest Global Investment Pte Ltd, có trụ sở ở Singapore.", "Pte Ltd")]
    public void An_english_company_name_is_no_person(string sentence, string notAPerson)
    {
        Assert.DoesNotContain(Roles(sentence), r => r.StartsWith(notAPerson + " |", StringComparison.Ordinal));
    }
}
