namespace Chronicle.RealText.Tests;

/// <summary>
/// Gold facts and readings are paired one to one, as many pairs as can be made: a fact never keeps a reading that
/// another fact alone could take while it has one of its own to take.
/// </summary>
public sealed class OneToOnePairingTests
{
    private static readonly ArticleReading Reading =
        ArticleReading.Of(new RealArticle("p1", "", "2025-05-20", null, "Tỉnh Bạc Liêu khai mạc hội chợ nông sản."));

    private static GoldFact Event(string id, bool high = true, string? date = null) =>
        new("p1", id, "event", high, null, null, null, date, id, null, null, "");

    private static readonly string[] Readings = ["first", "second"];

    private static (bool[] Used, List<(GoldFact Fact, int Index)> MatchedTo) Pair(
        Func<string, GoldFact, bool> same, Func<string, string?> dateOf, params GoldFact[] gold) =>
        RealTextScoring.MatchEach(Reading, gold.ToList(), Readings, (reading, fact, _) => same(reading, fact), dateOf);

    private static int IndexOf(List<(GoldFact Fact, int Index)> matchedTo, string id) =>
        matchedTo.Single(m => m.Fact.Id == id).Index;

    [Fact]
    public void A_fact_that_could_take_either_reading_leaves_the_only_one_another_fact_can_take()
    {
        // 'broad' accepts both readings and comes first; 'narrow' accepts the first reading only.
        var (used, matchedTo) = Pair((reading, fact) => fact.Id == "broad" || reading == "first", _ => null,
            Event("broad"), Event("narrow"));

        Assert.Equal(0, IndexOf(matchedTo, "narrow"));
        Assert.Equal(1, IndexOf(matchedTo, "broad"));
        Assert.All(used, Assert.True);
    }

    [Fact]
    public void A_low_confidence_fact_never_takes_the_reading_a_high_one_needs()
    {
        var (_, matchedTo) = Pair((reading, _) => reading == "first", _ => null,
            Event("low", high: false), Event("high"));

        Assert.Equal(0, IndexOf(matchedTo, "high"));
        Assert.Equal(-1, IndexOf(matchedTo, "low"));
    }

    [Fact]
    public void A_fact_takes_the_reading_of_its_own_date_first()
    {
        var (_, matchedTo) = Pair((_, _) => true, reading => reading == "second" ? "2025-05-19" : "2025-05-01",
            Event("dated", date: "2025-05-19"));

        Assert.Equal(1, IndexOf(matchedTo, "dated"));
    }

    [Fact]
    public void A_fact_no_reading_matches_stays_unpaired_and_leaves_the_readings_free()
    {
        var (used, matchedTo) = Pair((_, _) => false, _ => null, Event("alone"));

        Assert.Equal(-1, IndexOf(matchedTo, "alone"));
        Assert.All(used, Assert.False);
    }
}
