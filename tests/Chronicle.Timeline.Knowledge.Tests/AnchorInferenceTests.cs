using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Knowledge.Tests;

public sealed class AnchorInferenceTests
{
    private static readonly IReadOnlyList<OfficeTerm> Reference = OfficeHolderTable.Shipped;

    /// <summary>What dated articles said: on 13 January 2023 he was still a Central Committee member only.</summary>
    private static readonly IReadOnlyList<DatedSighting> Sightings =
    [
        new("Lê Hoài Trung", "Ủy viên Trung ương Đảng", "2022-01-11", "a"),
        new("Lê Hoài Trung", "Trưởng Ban Đối ngoại Trung ương", "2022-01-11", "a"),
        new("Lê Hoài Trung", "Ủy viên Trung ương Đảng", "2023-01-13", "b"),
        new("Lê Hoài Trung", "Trưởng Ban Đối ngoại Trung ương", "2023-01-13", "b"),
    ];

    [Fact]
    public void A_post_held_only_in_one_year_fixes_the_year()
    {
        var article = new UndatedArticle("x", 7, 4, [2023, 2024, 2025, 2026],
        [
            ("Lương Cường", "Thường trực Ban Bí thư"),
            ("Lương Cường", "Ủy viên Bộ Chính trị"),
            ("Nguyễn Phú Trọng", "Tổng Bí thư"),
        ]);

        var anchor = AnchorInference.Infer(article, Reference, Sightings, latestYear: 2026);

        Assert.Equal(2024, anchor.Year);
        Assert.False(anchor.IsPreference);
        Assert.Contains("Lương Cường", anchor.Reason);
    }

    [Fact]
    public void A_rank_seen_lower_in_a_dated_article_excludes_earlier_years_and_the_closest_year_is_preferred()
    {
        var article = new UndatedArticle("y", 11, 24, [2022, 2023, 2024, 2025],
        [
            ("Lê Hoài Trung", "Bí thư Trung ương Đảng"),
            ("Lê Hoài Trung", "Trưởng Ban Đối ngoại Trung ương"),
        ]);

        var anchor = AnchorInference.Infer(article, Reference, Sightings, latestYear: 2026);

        Assert.Equal(2023, anchor.Year);
        Assert.True(anchor.IsPreference);
        Assert.Equal([2023, 2024, 2025], anchor.Remaining);
        Assert.Contains("2022 excluded", anchor.Reason);
    }

    [Fact]
    public void Rank_order_alone_excludes_years_when_the_reference_is_silent()
    {
        var article = new UndatedArticle("z", 3, 1, [2022, 2023],
        [
            ("Trần Văn Mới", "Bí thư Trung ương Đảng"),
        ]);
        DatedSighting[] seen = [new("Trần Văn Mới", "Ủy viên Trung ương Đảng", "2022-06-01", "d")];

        var anchor = AnchorInference.Infer(article, [], seen, latestYear: 2026);

        Assert.Equal(2023, anchor.Year);
        Assert.Contains("still Ủy viên Trung ương Đảng on 2022-06-01", anchor.Reason);
    }

    [Fact]
    public void Nothing_known_leaves_the_year_unknown()
    {
        var article = new UndatedArticle("w", 5, 5, [2020, 2021], [("Người Lạ", "Giám đốc Sở Tư pháp")]);

        var anchor = AnchorInference.Infer(article, Reference, Sightings, latestYear: 2026);

        Assert.Null(anchor.Year);
        Assert.Equal([2020, 2021], anchor.Remaining);
    }

    [Fact]
    public void Contradictory_facts_leave_no_year_and_say_so()
    {
        var article = new UndatedArticle("v", 6, 1, [2022], [("Lương Cường", "Thường trực Ban Bí thư")]);

        var anchor = AnchorInference.Infer(article, Reference, Sightings, latestYear: 2026);

        Assert.Null(anchor.Year);
        Assert.Empty(anchor.Remaining);
        Assert.Contains("no year fits", anchor.Reason);
    }

    [Fact]
    public void The_twenty_ninth_of_february_only_fits_leap_years()
    {
        var article = new UndatedArticle("u", 2, 29, [2023, 2024], [("Lương Cường", "Ủy viên Bộ Chính trị")]);

        var anchor = AnchorInference.Infer(article, Reference, Sightings, latestYear: 2026);

        Assert.Equal([2024], anchor.Verdicts.Select(v => v.Year));
    }
}

public sealed class PositionsTests
{
    [Theory]
    [InlineData("Thủ tướng Chính phủ", "Thủ tướng")]
    [InlineData("Uỷ viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng")]
    [InlineData("Trưởng ban Đối ngoại Trung ương", "Trưởng Ban Đối ngoại Trung ương")]
    public void Spellings_of_one_post_share_a_key(string a, string b) => Assert.Equal(Positions.Key(a), Positions.Key(b));

    [Theory]
    [InlineData("Tổng Bí thư", true)]
    [InlineData("Trưởng Ban Đối ngoại Trung ương", true)]
    [InlineData("Ủy viên Bộ Chính trị", false)]
    [InlineData("Phó Trưởng Ban Thường trực Ban Đối ngoại Trung ương", false)]
    [InlineData("Bí thư Trung ương Đảng", false)]
    public void Single_holder_posts_are_told_apart_from_memberships(string role, bool single) =>
        Assert.Equal(single, Positions.IsSingleHolder(role));

    [Fact]
    public void Party_ranks_rise_from_member_to_politburo() =>
        Assert.True(Positions.PartyRank("Ủy viên Trung ương Đảng") < Positions.PartyRank("Bí thư Trung ương Đảng")
            && Positions.PartyRank("Bí thư Trung ương Đảng") < Positions.PartyRank("Ủy viên Bộ Chính trị"));

    [Fact]
    public void Every_shipped_reference_row_has_a_source_and_valid_dates() =>
        Assert.All(OfficeHolderTable.Shipped, term =>
        {
            Assert.False(string.IsNullOrWhiteSpace(term.Source));
            Assert.True(OfficeHolderTable.IsPartialDate(term.Start), term.ToString());
            Assert.True(term.End is null || OfficeHolderTable.IsPartialDate(term.End), term.ToString());
        });
}
