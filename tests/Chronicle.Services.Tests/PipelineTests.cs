extern alias entities;

using System.Net;
using System.Text.Json;
using Grpc.Core;
using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Contracts.Timeline.V1;
using entities::Chronicle.Entities.Data;

namespace Chronicle.Services.Tests;

/// <summary>A document goes through all three services and its facts come back from the answers.</summary>
public sealed class PipelineTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public async Task InitializeAsync()
    {
        await _suite.IngestionClient.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewJanuary2022 });
        await _suite.IngestionClient.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.ReviewDecember2020 });
        await _suite.IngestionClient.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Articles.MinisterProfile });
        await _suite.WaitForPipelineAsync();
    }

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task Every_document_is_processed()
    {
        var counts = await _suite.IngestionClient.GetPipelineAsync(new GetPipelineRequest());

        Assert.Equal(3, counts.Accepted);
        Assert.Equal(3, counts.Processed);
        Assert.Equal(0, counts.Failed);
        Assert.Equal(0, counts.Pending);
    }

    [Fact]
    public async Task Person_is_found_ignoring_case_and_diacritics()
    {
        var found = await _suite.EntitiesClient.SearchEntitiesAsync(new SearchEntitiesRequest { Q = "le hoai TRUNG", Type = "person" });

        var person = Assert.Single(found.Items);
        Assert.Equal("Lê Hoài Trung", person.Name);
        Assert.Equal("person", person.Type);
    }

    [Fact]
    public async Task Person_has_the_role_at_the_article_date_with_evidence()
    {
        var person = (await _suite.EntitiesClient.SearchEntitiesAsync(new SearchEntitiesRequest { Q = "Lê Hoài Trung", Type = "person" })).Items.Single();

        var roles = await _suite.TimelineClient.GetRolesAsync(new GetRolesRequest { EntityId = person.Id });

        var head = Assert.Single(roles.Items, r => r.Role == "Trưởng Ban Đối ngoại Trung ương");
        Assert.Equal("2022-01-11", head.FirstSeen);
        Assert.Equal("2022-01-11", head.LastSeen);
        var observation = Assert.Single(head.Observations);
        Assert.Equal("day", observation.Granularity);
        Assert.Contains("Lê Hoài Trung", observation.Quote);
        Assert.Contains(roles.Items, r => r.Role == "Ủy viên Trung ương Đảng");
    }

    [Fact]
    public async Task A_stated_start_date_is_a_start_claim_of_the_role()
    {
        var roles = await _suite.TimelineClient.GetRolesAsync(new GetRolesRequest { EntityId = EntityIds.For("person", "Bùi Thanh Sơn") });

        var minister = Assert.Single(roles.Items, r => r.Role == "Bộ trưởng Bộ Ngoại giao");
        // The news ('from April 2021') agrees with the reference table, which knows the day.
        Assert.Equal("2021-04-08", minister.StartedAt);
        Assert.Contains(minister.StartClaims, c => c.Source == "document" && c.Date == "2021-04");
        Assert.Contains(minister.StartClaims, c => c.Source == "reference" && c.Date == "2021-04-08");
    }

    [Fact]
    public async Task Holders_of_a_position_come_in_time_order()
    {
        var holders = await _suite.TimelineClient.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "truong ban doi ngoai trung uong" });

        Assert.Equal(["Hoàng Bình Quân", "Lê Hoài Trung"], holders.Items.Select(h => h.Person));
        Assert.Equal("2020-12-29", holders.Items[0].FirstSeen);
    }

    [Fact]
    public async Task Events_are_listed_in_a_date_range()
    {
        var all = await _suite.TimelineClient.ListEventsAsync(new ListEventsRequest());
        var in2022 = await _suite.TimelineClient.ListEventsAsync(new ListEventsRequest { From = "2022", To = "2022-12" });

        // The two reviews, and the National Assembly's approval of 8/4/2021 in the minister's profile.
        Assert.Equal(3, all.Items.Count);
        Assert.Contains(all.Items, e => e.Date == "2021-04-08");
        var review = Assert.Single(in2022.Items);
        Assert.Equal("2022-01-11", review.Date);
        Assert.Contains("tổng kết công tác năm 2021", review.Name, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Lê Hoài Trung", review.Chair);
    }

    [Fact]
    public async Task Rest_routes_are_transcoded_from_the_contracts()
    {
        using var http = _suite.Entities.CreateClient();

        var response = await http.GetAsync("/api/v1/entities?q=le%20hoai%20trung&type=person");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = json.RootElement.GetProperty("items")[0];
        Assert.Equal("Lê Hoài Trung", item.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Array, item.GetProperty("aliases").ValueKind);
    }

    [Fact]
    public async Task Unknown_entity_type_is_a_clear_bad_request()
    {
        using var http = _suite.Entities.CreateClient();

        var response = await http.GetAsync("/api/v1/entities?type=planet");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown type 'planet'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_id_or_post_is_not_found_on_every_timeline_question()
    {
        var timeline = _suite.TimelineClient;
        const string Unknown = "per_nobody-of-that-name";

        async Task NotFound(Func<Task> call) =>
            Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(call)).StatusCode);

        await NotFound(() => timeline.GetRolesAsync(new GetRolesRequest { EntityId = Unknown }).ResponseAsync);
        await NotFound(() => timeline.GetEntityTimelineAsync(new GetEntityTimelineRequest { EntityId = Unknown }).ResponseAsync);
        await NotFound(() => timeline.ListEventsAsync(new ListEventsRequest { Entity = Unknown }).ResponseAsync);
        await NotFound(() => _suite.EntitiesClient.GetEntityAsync(new GetEntityRequest { Id = Unknown }).ResponseAsync);
        await NotFound(() => timeline.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Trưởng Ban Không Có Thật" }).ResponseAsync);
        await NotFound(() => timeline.GetHoldersOnAsync(new GetHoldersOnRequest { Role = "Trưởng Ban Không Có Thật", Date = "2022-01-11" }).ResponseAsync);
    }

    [Fact]
    public async Task A_known_entity_the_timeline_holds_nothing_of_answers_empty_lists()
    {
        // A place is an entity, but it holds no post.
        var place = (await _suite.EntitiesClient.SearchEntitiesAsync(new SearchEntitiesRequest { Type = "place" })).Items.First();

        var roles = await _suite.TimelineClient.GetRolesAsync(new GetRolesRequest { EntityId = place.Id });

        Assert.Empty(roles.Items);
    }
}
