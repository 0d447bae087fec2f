using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Heads of research boards, clergy named by their dharma names after their form of address, and
/// the secretaries of numbered city districts.
/// </summary>
public sealed class StandingBoardTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_research_board_is_read_whole()
    {
        Assert.Contains("Mai Xuân Sơn | Trưởng Ban Nghiên cứu chiến lược", Roles("Ông Mai Xuân Sơn, Trưởng Ban Nghiên cứu chiến lược, nêu ý kiến."));
    }

    [Theory]
    [InlineData("Thượng tọa Thích Quảng Tâm, Phó Chủ tịch Hội Chữ thập đỏ tỉnh Quảng Trị, tụng kinh cầu an.", "Thích Quảng Tâm | Phó Chủ tịch Hội Chữ thập đỏ tỉnh Quảng Trị")]
    [InlineData("Phó Chủ tịch HĐND tỉnh Nam Định Hòa thượng Thích Đức Hạnh dự buổi lễ.", "Thích Đức Hạnh | Phó Chủ tịch HĐND tỉnh Nam Định")]
    public void A_dharma_name_after_the_clergy_s_form_of_address_holds_the_post(string sentence, string expected)
    {
        Assert.Equal([expected], Roles(sentence));
    }

    [Fact]
    public void A_numbered_district_names_its_party_committee()
    {
        Assert.Equal(["Võ Thành Trung | Bí thư Quận ủy Quận 8 (Thành phố Hồ Chí Minh)"], Roles("Bí thư Quận ủy Quận 8 Võ Thành Trung trao quà cho các hộ dân."));
    }
}
