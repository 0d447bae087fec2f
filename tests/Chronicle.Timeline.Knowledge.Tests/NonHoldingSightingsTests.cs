using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Knowledge.Tests;

/// <summary>
/// A sighting whose qualifier says the person does not hold the post (a nominee, a former or a late holder) makes
/// no holder of the day and no tenure, even when it reaches the reasoning among holding sightings.
/// </summary>
public sealed class NonHoldingSightingsTests
{
    private const string Post = "Bộ trưởng Bộ Thử nghiệm";

    private static Observation Seen(string person, string date, string qualifier) => new(
        "doc-" + person + qualifier, "per_" + person, person, Post, "bo truong bo thu nghiem", "Bộ trưởng", "Bộ Thử nghiệm",
        qualifier, date, "day", date, 0, 10, $"{person} {Post}", "sentence", null, null, "held");

    [Theory]
    [InlineData(Qualifiers.Nominee)]
    [InlineData(Qualifiers.Former)]
    [InlineData(Qualifiers.Late)]
    public void A_sighting_that_is_no_holding_makes_no_holder_and_no_tenure(string qualifier)
    {
        IReadOnlyList<Observation> sightings = [Seen("Khang", "2024-05-20", qualifier), Seen("Hà", "2024-05-20", "")];

        Assert.Equal(["Hà"], PositionKnowledge.HoldersOn(Post, "2024-05-20", sightings, []).Select(h => h.Person));
        Assert.Equal(["Hà"], PositionKnowledge.Succession(Post, sightings, []).Select(t => t.Person));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(Qualifiers.Acting, true)]
    [InlineData(Qualifiers.Nominee, false)]
    [InlineData(Qualifiers.Former, false)]
    [InlineData(Qualifiers.Late, false)]
    public void Only_a_held_or_acting_sighting_holds_the_post(string qualifier, bool holds) =>
        Assert.Equal(holds, Qualifiers.Holds(qualifier));
}
