using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;

namespace Chronicle.Services.Tests;

/// <summary>
/// Where the reference table knows who held a post, it decides; news that says otherwise is kept
/// and reported as a conflict. Uses the shipped rows for Tổng Bí thư and Chủ tịch nước.
/// </summary>
public sealed class ReferencePrecedenceTests : IAsyncLifetime
{
    private const string TestPost = "Bộ trưởng Bộ Thử nghiệm";

    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    /// <summary>One document naming one person in one post on a day the sentence gives.</summary>
    private static RecordDocumentFactsRequest Sighting(
        string documentId, string date, string role, string person, string qualifier = "", string? statedStart = null)
    {
        var request = new RecordDocumentFactsRequest
        {
            DocumentId = documentId,
            ContentHash = "hash-" + documentId,
            Title = "t",
            Anchor = new AnchorDate { Basis = "written", Date = new PartialDate { Value = date, Granularity = "day" } },
        };
        var fact = new RoleFact
        {
            Person = new EntityRef { Id = PersonId(person), Name = person },
            Role = role,
            Title = role,
            Qualifier = qualifier,
            Date = new PartialDate { Value = date, Granularity = "day" },
            DateBasis = "sentence",
            Evidence = new Evidence { DocumentId = documentId, Start = 0, End = 10, Quote = $"{role} {person}" },
        };
        if (statedStart is not null)
        {
            fact.StatedStart = new PartialDate { Value = statedStart, Granularity = statedStart.Length == 10 ? "day" : "month" };
        }
        request.Roles.Add(fact);
        return request;
    }

    private static string PersonId(string person) => "per_" + person.ToLowerInvariant().Replace(' ', '_');

    private async Task<IReadOnlyList<string>> HoldersOnAsync(string role, string day) =>
        (await _suite.TimelineClient.GetHoldersOnAsync(new GetHoldersOnRequest { Role = role, Date = day })).Items.Select(h => h.Person).ToList();

    [Fact]
    public async Task A_sighting_after_the_reference_end_is_a_conflict_not_an_answer()
    {
        var client = _suite.TimelineClient;
        // Named with the title weeks after the end of the term the table records.
        await client.RecordDocumentFactsAsync(Sighting("d1", "2024-09-01", "Tổng Bí thư", "Nguyễn Phú Trọng"));

        var onDay = await HoldersOnAsync("Tổng Bí thư", "2024-09-01");
        var asOf = await client.GetRolesAsync(new GetRolesRequest { EntityId = PersonId("Nguyễn Phú Trọng"), AsOf = "2024-09-01" });
        var roles = await client.GetRolesAsync(new GetRolesRequest { EntityId = PersonId("Nguyễn Phú Trọng") });
        var holders = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Tổng Bí thư" });

        Assert.Equal(["Tô Lâm"], onDay);
        Assert.Empty(asOf.Items);
        Assert.Contains(Assert.Single(roles.Items).Conflicts, c => c.Contains("2024-09-01") && c.Contains("d1"));
        var trong = holders.Items.Single(h => h.Person == "Nguyễn Phú Trọng");
        Assert.Equal("2024-07-19", trong.EndedAt);
        Assert.Null(trong.LastSeen);
        Assert.Contains(trong.Conflicts, c => c.Contains("2024-09-01"));
    }

    [Fact]
    public async Task Extrapolation_stops_after_a_season_and_at_the_next_reference_term()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Sighting("d1", "2020-11-01", TestPost, "An"));
        await client.PutReferenceHolderAsync(new ReferenceHolder { Role = TestPost, Person = "Binh", Start = "2021-01-05", End = "2021-02-01", Source = "test decree" });

        Assert.Equal(["Binh"], await HoldersOnAsync(TestPost, "2021-01-20"));
        // Within a season of An's sighting, but Binh held the post in between.
        Assert.Empty(await HoldersOnAsync(TestPost, "2021-02-15"));
        Assert.Equal(["An"], await HoldersOnAsync(TestPost, "2020-12-01"));

        await client.RecordDocumentFactsAsync(Sighting("d2", "2022-01-10", TestPost, "Chau"));
        Assert.Equal(["Chau"], await HoldersOnAsync(TestPost, "2022-03-01"));
        // Over a season after the only sighting: not assumed any longer.
        Assert.Empty(await HoldersOnAsync(TestPost, "2022-08-01"));
    }

    [Fact]
    public async Task A_start_the_news_states_against_the_table_stays_a_claim_with_its_document()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Sighting("d1", "2024-11-02", "Tổng Bí thư", "Tô Lâm", statedStart: "2024-10-25"));

        var holders = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Tổng Bí thư" });
        var role = Assert.Single((await client.GetRolesAsync(new GetRolesRequest { EntityId = PersonId("Tô Lâm") })).Items);

        Assert.Equal("2024-08-03", holders.Items.Single(h => h.Person == "Tô Lâm").StartedAt);
        Assert.Equal("2024-08-03", role.StartedAt);
        Assert.Contains(role.StartClaims, c => c.Source == "document" && c.Date == "2024-10-25" && c.DocumentIds.Contains("d1"));
        Assert.Contains(role.StartClaims, c => c.Source == "reference" && c.Date == "2024-08-03");
        Assert.Contains(role.Conflicts, c => c.Contains("2024-10-25") && c.Contains("2024-08-03"));
    }

    [Fact]
    public async Task Acting_sightings_support_the_acting_tenure_only()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Sighting("d1", "2024-04-10", "Chủ tịch nước", "Võ Thị Ánh Xuân", qualifier: "acting"));
        await client.RecordDocumentFactsAsync(Sighting("d2", "2022-05-03", TestPost, "An", qualifier: "acting"));

        var presidents = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Chủ tịch nước" });
        var ministers = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = TestPost });
        var onDay = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = TestPost, Date = "2022-05-03" });

        var acting = presidents.Items.Where(h => h.Person == "Võ Thị Ánh Xuân").ToList();
        Assert.All(acting, h => Assert.True(h.Acting));
        Assert.Equal("2024-04-10", acting.Single(h => h.StartedAt == "2024-03-21").FirstSeen);
        Assert.Null(acting.Single(h => h.StartedAt == "2023-01-18").FirstSeen);
        var an = Assert.Single(ministers.Items);
        Assert.True(an.Acting);
        Assert.Contains("acting", Assert.Single(onDay.Items).Reason);
    }

    [Fact]
    public async Task A_historic_mention_inside_another_term_is_a_conflict_not_a_holder()
    {
        var client = _suite.TimelineClient;
        // Remembered by his title in an article of 2024, and named again in the vacancy after July 2024.
        await client.RecordDocumentFactsAsync(Sighting("d1", "2024-06-01", "Tổng Bí thư", "Lê Duẩn"));
        await client.RecordDocumentFactsAsync(Sighting("d2", "2024-07-25", "Tổng Bí thư", "Lê Khả Phiêu"));

        var holders = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Tổng Bí thư" });
        var roles = await client.GetRolesAsync(new GetRolesRequest { EntityId = PersonId("Lê Duẩn") });

        Assert.DoesNotContain(holders.Items, h => h.Person is "Lê Duẩn" or "Lê Khả Phiêu");
        Assert.Contains(holders.Items.Single(h => h.Person == "Nguyễn Phú Trọng").Conflicts, c => c.Contains("Lê Duẩn") && c.Contains("d1"));
        Assert.Contains(holders.Items.Single(h => h.Person == "Tô Lâm").Conflicts, c => c.Contains("Lê Khả Phiêu") && c.Contains("d2"));
        // The sighting itself stays visible with its conflict.
        var role = Assert.Single(roles.Items);
        Assert.Single(role.Observations);
        Assert.Contains(role.Conflicts, c => c.Contains("Nguyễn Phú Trọng"));
        Assert.Empty(await HoldersOnAsync("Tổng Bí thư", "2024-07-25"));
        var inVacancy = await client.GetRolesAsync(new GetRolesRequest { EntityId = PersonId("Lê Khả Phiêu") });
        Assert.Contains(Assert.Single(inVacancy.Items).Conflicts, c => c.Contains("Tô Lâm"));
    }

    [Fact]
    public async Task Names_apart_only_by_their_diacritics_are_two_rows_of_the_table()
    {
        var client = _suite.TimelineClient;
        // Same post, same start: only the vowel of the last name differs, as in two entity ids.
        await client.PutReferenceHolderAsync(new ReferenceHolder { Role = TestPost, Person = "Nguyễn Văn Hùng", Start = "2022-03", Source = "test decree 1" });
        await client.PutReferenceHolderAsync(new ReferenceHolder { Role = TestPost, Person = "Nguyễn Văn Hưng", Start = "2022-03", Source = "test decree 2" });

        var rows = await client.ListReferenceHoldersAsync(new ListReferenceHoldersRequest { Role = TestPost });

        Assert.Equal(["Nguyễn Văn Hùng", "Nguyễn Văn Hưng"], rows.Items.Select(r => r.Person).Order(StringComparer.Ordinal));
        Assert.Equal("test decree 1", rows.Items.Single(r => r.Person == "Nguyễn Văn Hùng").Source);
    }
}
