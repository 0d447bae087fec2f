namespace Chronicle.RealText.Tests;

/// <summary>
/// A missed role's line says whether its person was read as a person with no post, or never read at all:
/// the first is the largest cause of role misses, and its lines are the ones a post rule can be written from.
/// </summary>
public sealed class MissLineOfAPersonWithoutAPostTests
{
    private static string MissLine(string text, string person, string role)
    {
        var gold = new GoldFact("m1", "M", "role", High: true, person, role, "held", "2025-06-10", null, null, null, "");
        var score = RealTextScoring.Score(ArticleReading.Of(new RealArticle("m1", "", "2025-06-10", null, text)), [gold]);
        return Assert.Single(score.Roles.Missed);
    }

    [Fact]
    public void A_person_read_without_the_post_is_said_to_be_read()
    {
        // The name is read (a person who speaks), the post the gold gives is written nowhere near it.
        var line = MissLine("Chiều 10/6, ông Hồ Minh Quang cho biết đoàn sẽ lên đường vào sáng mai.",
            "Hồ Minh Quang", "Giám đốc Sở Nông nghiệp tỉnh Phú Yên");

        Assert.EndsWith("(read as a person, no post)", line);
    }

    [Fact]
    public void A_name_never_written_is_said_not_read()
    {
        var line = MissLine("Chiều 10/6, đoàn công tác của tỉnh Phú Yên lên đường vào sáng mai.",
            "Hồ Minh Quang", "Giám đốc Sở Nông nghiệp tỉnh Phú Yên");

        Assert.EndsWith("(person not read)", line);
    }
}
