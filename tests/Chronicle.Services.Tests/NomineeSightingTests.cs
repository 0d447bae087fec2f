using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;

namespace Chronicle.Services.Tests;

/// <summary>
/// A person only put forward for a post (qualifier "nominee") is not its holder until the vote: not on the day of
/// the sentence, not in the post's succession, not in the person's posts held that day. The sighting stays in the
/// person's history and chronology, marked as a nomination, with its evidence.
/// </summary>
public sealed class NomineeSightingTests : IAsyncLifetime
{
    private const string Post = "Bộ trưởng Bộ Thử nghiệm";
    private const string Day = "2024-05-20";

    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private static string PersonId(string person) => "per_" + person.ToLowerInvariant().Replace(' ', '_');

    /// <summary>One document naming one person in the post on the day, with a qualifier.</summary>
    private static RecordDocumentFactsRequest Sighting(string documentId, string person, string qualifier)
    {
        var request = new RecordDocumentFactsRequest
        {
            DocumentId = documentId,
            ContentHash = "hash-" + documentId,
            Title = "t",
            Anchor = new AnchorDate { Basis = "written", Date = new PartialDate { Value = Day, Granularity = "day" } },
        };
        request.Roles.Add(new RoleFact
        {
            Person = new EntityRef { Id = PersonId(person), Name = person },
            Role = Post,
            Title = Post,
            Qualifier = qualifier,
            Date = new PartialDate { Value = Day, Granularity = "day" },
            DateBasis = "sentence",
            Evidence = new Evidence { DocumentId = documentId, Start = 0, End = 10, Quote = $"{person} {qualifier} {Post}" },
        });
        return request;
    }

    [Fact]
    public async Task A_nominee_is_no_holder_on_the_day_nor_in_the_succession_but_stays_in_the_history()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Sighting("d1", "Đỗ Minh Khang", "nominee"));
        await client.RecordDocumentFactsAsync(Sighting("d2", "Vũ Thanh Hà", ""));

        var onDay = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = Post, Date = Day });
        var succession = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = Post });
        var heldThatDay = await client.GetRolesAsync(new GetRolesRequest { EntityId = PersonId("Đỗ Minh Khang"), AsOf = Day });
        var history = await client.GetRolesAsync(new GetRolesRequest { EntityId = PersonId("Đỗ Minh Khang") });
        var chronology = await client.GetEntityTimelineAsync(new GetEntityTimelineRequest { EntityId = PersonId("Đỗ Minh Khang") });

        Assert.Equal(["Vũ Thanh Hà"], onDay.Items.Select(h => h.Person));
        Assert.Equal(["Vũ Thanh Hà"], succession.Items.Select(h => h.Person));
        Assert.Empty(heldThatDay.Items);
        var nominated = Assert.Single(history.Items);
        Assert.Equal(Post, nominated.Role);
        Assert.Equal("nominee", nominated.Qualifier);
        Assert.Equal("d1", Assert.Single(nominated.Observations).DocumentId);
        var line = Assert.Single(chronology.Items);
        Assert.Contains(Post, line.Text, StringComparison.Ordinal);
        Assert.Contains("đề cử", line.Text, StringComparison.Ordinal);
        Assert.Equal("d1", Assert.Single(line.Evidence).DocumentId);
    }

    [Fact]
    public async Task A_nominee_alone_in_a_post_leaves_it_without_holder()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Sighting("d1", "Đỗ Minh Khang", "nominee"));

        var onDay = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = Post, Date = Day });
        var succession = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = Post });

        Assert.Empty(onDay.Items);
        Assert.Empty(succession.Items);
    }
}
