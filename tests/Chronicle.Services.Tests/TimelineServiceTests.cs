using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Grpc.Core;

namespace Chronicle.Services.Tests;

public sealed class TimelineServiceTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private static RecordDocumentFactsRequest Facts(string documentId, string date, string person)
    {
        var request = new RecordDocumentFactsRequest
        {
            DocumentId = documentId,
            ContentHash = "hash-" + documentId,
            Title = "t",
            Anchor = new AnchorDate { Basis = "written", Date = new PartialDate { Value = date, Granularity = "day" } },
        };
        request.Roles.Add(new RoleFact
        {
            Person = new EntityRef { Id = "per_" + person.ToLowerInvariant(), Name = person },
            Role = "Bộ trưởng Bộ Ngoại giao",
            Title = "Bộ trưởng",
            Organization = "Bộ Ngoại giao",
            Evidence = new Evidence { DocumentId = documentId, Start = 0, End = 10, Quote = $"Bộ trưởng {person}" },
        });
        return request;
    }

    [Fact]
    public async Task Recording_the_same_document_twice_changes_nothing()
    {
        var client = _suite.TimelineClient;

        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));
        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));
        var roles = await client.GetRolesAsync(new GetRolesRequest { EntityId = "per_an" });

        Assert.Single(Assert.Single(roles.Items).Observations);
    }

    [Fact]
    public async Task Role_history_spans_first_and_last_sighting()
    {
        var client = _suite.TimelineClient;

        await client.RecordDocumentFactsAsync(Facts("d2", "2023-03-01", "An"));
        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));
        var role = (await client.GetRolesAsync(new GetRolesRequest { EntityId = "per_an" })).Items.Single();

        Assert.Equal("2021-05-02", role.FirstSeen);
        Assert.Equal("2023-03-01", role.LastSeen);
        Assert.Equal(["2021-05-02", "2023-03-01"], role.Observations.Select(o => o.Date));
    }

    [Fact]
    public async Task Holders_are_paged()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Facts("d1", "2020-01-01", "An"));
        await client.RecordDocumentFactsAsync(Facts("d2", "2021-01-01", "Binh"));
        await client.RecordDocumentFactsAsync(Facts("d3", "2022-01-01", "Chi"));

        var first = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Ngoại giao", Page = new PageRequest { Size = 2 } });
        var second = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Ngoại giao", Page = new PageRequest { Size = 2, Token = first.Page.NextToken } });

        Assert.Equal(["An", "Binh"], first.Items.Select(h => h.Person));
        Assert.Equal(["Chi"], second.Items.Select(h => h.Person));
        Assert.Equal("", second.Page.NextToken);
    }

    [Theory]
    [InlineData("2022-1-5", "")]
    [InlineData("", "last year")]
    [InlineData("2023", "2022")]
    public async Task Bad_date_windows_are_refused_with_a_reason(string from, string to)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _suite.TimelineClient.ListEventsAsync(new ListEventsRequest { From = from, To = to }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Holders_need_a_role()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _suite.TimelineClient.GetPositionHoldersAsync(new GetPositionHoldersRequest()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("?role=", error.Status.Detail);
    }
}
