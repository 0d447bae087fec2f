using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>A foreign post given its country once keeps it where the article repeats the post without it.</summary>
public sealed class ForeignPostCountryTests
{
    [Fact]
    public void A_repeated_foreign_post_without_its_country_is_the_post_first_named_with_it()
    {
        var text = VietnameseText.Normalize(
            "Sáng 3/9, đoàn công tác của thành phố làm việc với ông Carlos Mendes, Phó Thị trưởng thành phố Braga, Bồ Đào Nha.\n\n" +
            "Cuối buổi, lãnh đạo thành phố trao biểu trưng cho ông Carlos Mendes, Phó Thị trưởng thành phố Braga.");
        var roles = ArticleAnalyzer.Analyze("", text).Roles.Where(r => r.PersonName == "Carlos Mendes").ToList();

        Assert.Equal(2, roles.Count);
        Assert.All(roles, r => Assert.Equal("Phó Thị trưởng thành phố Braga (Bồ Đào Nha)", r.Role));
    }
}
