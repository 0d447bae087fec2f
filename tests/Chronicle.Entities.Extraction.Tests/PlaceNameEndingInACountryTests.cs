using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A district or ward whose name ends in a word that is also a country's ('Đông Anh', 'Thủ Đức') does not make its
/// post a foreign one, even when the holder's surname is one the name reader does not know as Vietnamese.
/// </summary>
public sealed class PlaceNameEndingInACountryTests
{
    [Theory]
    [InlineData("Bà Lã Thị Hồng, Chủ tịch UBND huyện Đông Anh, dự buổi làm việc.", "Lã Thị Hồng", "Chủ tịch UBND huyện Đông Anh")]
    [InlineData("Ông Lã Quang Vinh, Trưởng Công an TP Thủ Đức, trả lời báo chí.", "Lã Quang Vinh", "Trưởng Công an thành phố Thủ Đức")]
    public void The_post_of_a_place_named_with_a_country_word_stays_ours(string sentence, string person, string post)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles.Where(r => r.PersonName == person).ToList();

        Assert.Equal(post, Assert.Single(roles).Role);
    }

    [Fact]
    public void A_country_after_a_lower_case_word_still_gives_a_foreign_official_his_country()
    {
        var text = VietnameseText.Normalize("Trong chuyến thăm, ông Marco Bellini, Bộ trưởng Ngoại giao Ý, gặp các doanh nghiệp.");
        var role = Assert.Single(ArticleAnalyzer.Analyze("", text).Roles, r => r.PersonName == "Marco Bellini");

        Assert.Contains("Ý", role.Role);
    }
}
