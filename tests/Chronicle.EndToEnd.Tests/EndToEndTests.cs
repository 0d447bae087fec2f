using Chronicle.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Chronicle.EndToEnd.Tests;

/// <summary>The end-to-end test on the embedded storage.</summary>
public sealed class SqliteEndToEndTests(SuiteFixture fixture) : EndToEndTests(fixture), IClassFixture<SuiteFixture>;

/// <summary>The same end-to-end test with every service storing in PostgreSQL.</summary>
public sealed class PostgresEndToEndTests(PostgresSuiteFixture fixture) : EndToEndTests(fixture), IClassFixture<PostgresSuiteFixture>;

/// <summary>A client's path through the real suite: post with the key, wait, read the answers back.</summary>
public abstract class EndToEndTests(SuiteFixture fixture)
{
    private const string Article = """
        Hội nghị tổng kết năm của Ban Đối ngoại Trung ương

        Sáng 11/1, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2021 tại Hà Nội.

        Trưởng Ban Đối ngoại Trung ương, Ủy viên Trung ương Đảng Lê Hoài Trung chủ trì hội nghị; đông đảo cán bộ trong Ban có mặt.

        Theo đánh giá chung, năm qua Ban đã làm tròn phần việc của mình.
        """;

    private SuiteProcesses Suite => fixture.Suite;

    [Fact]
    public async Task Posted_article_becomes_roles_and_an_event_answerable_through_the_gateway()
    {
        var id = await Suite.SubmitAsync(new { text = Article, source = "e2e" });
        await Suite.WaitForPipelineAsync(TimeSpan.FromSeconds(60));

        var document = await Suite.GetJsonAsync($"/api/v1/documents/{id}");
        Assert.Equal("processed", document.GetProperty("status").GetString());
        Assert.Equal("2022-01-11", document.GetProperty("anchorDate").GetString());

        var found = await Suite.GetJsonAsync("/api/v1/entities?q=le%20hoai%20trung&type=person");
        var person = found.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Lê Hoài Trung", person.GetProperty("name").GetString());
        var personId = person.GetProperty("id").GetString();

        var roles = await Suite.GetJsonAsync($"/api/v1/entities/{personId}/roles");
        var head = roles.GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("role").GetString() == "Trưởng Ban Đối ngoại Trung ương");
        Assert.Equal("2022-01-11", head.GetProperty("firstSeen").GetString());
        var observation = head.GetProperty("observations").EnumerateArray().Single();
        Assert.Equal(id, observation.GetProperty("documentId").GetString());
        Assert.Contains("Lê Hoài Trung", observation.GetProperty("quote").GetString());

        var events = await Suite.GetJsonAsync($"/api/v1/events?entity={personId}");
        var review = events.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("2022-01-11", review.GetProperty("date").GetString());
        Assert.Equal("Lê Hoài Trung", review.GetProperty("chair").GetString());
        Assert.Contains(id, review.GetProperty("documentIds").EnumerateArray().Select(d => d.GetString()));

        var holders = await Suite.GetJsonAsync("/api/v1/positions/holders?role=Tr%C6%B0%E1%BB%9Fng%20Ban%20%C4%90%E1%BB%91i%20ngo%E1%BA%A1i%20Trung%20%C6%B0%C6%A1ng");
        Assert.Contains(holders.GetProperty("items").EnumerateArray(), h => h.GetProperty("personId").GetString() == personId);

        var timeline = await Suite.GetJsonAsync($"/api/v1/entities/{personId}/timeline?from=2022&to=2022");
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "event");
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "role");
    }

    [Fact]
    public async Task Post_without_the_key_is_refused_with_problem_json()
    {
        var response = await Suite.Client.PostAsJsonAsync("/api/v1/documents", new { text = Article });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Invalid_document_is_a_400_problem_json_from_the_service()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = JsonContent.Create(new { url = "https://example.org" }) };
        request.Headers.Add("X-Api-Key", SuiteProcesses.ApiKey);

        var response = await Suite.Client.SendAsync(request);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'text' or 'html'", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_document_is_a_404_problem_json()
    {
        var response = await Suite.Client.GetAsync("/api/v1/documents/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
