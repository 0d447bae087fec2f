using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Knowledge.Tests;

public sealed class PositionKnowledgeTests
{
    private const string Deputies = "Thứ trưởng Bộ Thử nghiệm";

    private static Observation Sighting(string person, string date, string role = Deputies, string? statedStart = null) =>
        new("doc-" + date, "per_" + person, person, role, Positions.Key(role), role, "Bộ Thử nghiệm", "", date, "day", date, 0, 10,
            $"{role} {person}", "sentence", statedStart, null, "held");

    [Fact]
    public void People_whose_names_differ_only_in_diacritics_have_two_keys_and_the_tone_mark_conventions_one()
    {
        Assert.NotEqual(OfficeTerm.KeyOf("Nguyễn Văn Hùng"), OfficeTerm.KeyOf("Nguyễn Văn Hưng"));
        Assert.Equal(OfficeTerm.KeyOf("Nguyễn Thị Hoà"), OfficeTerm.KeyOf("Nguyễn Thị Hòa"));
        Assert.Equal(OfficeTerm.KeyOf("Nguyễn Văn Hùng"), Sighting("Nguyễn Văn Hùng", "2022-01-01").PersonKey);
    }

    [Fact]
    public void Holders_on_a_day_come_surest_first_then_by_name()
    {
        // A post with several holders: one seen that day, one between two sightings, one only in the table.
        var sightings = new[]
        {
            Sighting("Trần Văn B", "2022-03-01"),
            Sighting("Lê Thị C", "2022-02-01"),
            Sighting("Lê Thị C", "2022-04-01"),
        };
        var terms = new[] { new OfficeTerm(Deputies, "Phạm Văn A", "2021-01", null, false, "test decree") };

        var holders = PositionKnowledge.HoldersOn(Deputies, "2022-03-01", sightings, terms);

        Assert.Equal([("Trần Văn B", Certainty.Seen), ("Lê Thị C", Certainty.Interval), ("Phạm Văn A", Certainty.Reference)],
            holders.Select(h => (h.Person, h.Certainty)));
        Assert.Single(holders[0].Evidence);
        Assert.Empty(holders[2].Evidence);
    }

    [Fact]
    public void A_standing_keeps_every_source_s_start_and_notes_where_news_and_table_disagree()
    {
        var sightings = new[] { Sighting("Phạm Văn A", "2022-05-01", statedStart: "2020-06") };
        var terms = new[] { new OfficeTerm(Deputies, "Phạm Văn A", "2021-01", null, false, "test decree") };

        var standing = PositionKnowledge.Standing(Deputies, "", sightings, terms);

        Assert.Equal("2021-01", standing.StartedAt);
        Assert.Equal([("2020-06", SourcedDate.FromDocuments), ("2021-01", SourcedDate.FromReference)],
            standing.StartClaims.Select(c => (c.Date, c.Source)));
        Assert.Contains(standing.Conflicts, c => c.Contains("2020-06", StringComparison.Ordinal));
    }

    [Fact]
    public void A_handover_runs_from_the_last_sighting_of_one_holder_to_the_first_of_the_next()
    {
        var before = new Tenure("per_a", "A", "2020-01-01", "2021-03-01", null, null, false, "news", []);
        var after = new Tenure("per_b", "B", "2021-05-01", "2023-01-01", null, null, false, "news", []);

        Assert.Equal(new Handover("A", "2021-03-01", "2021-05-01"), PositionKnowledge.HandoverBetween(before, after));
    }
}
