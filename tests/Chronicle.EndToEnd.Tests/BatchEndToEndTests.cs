using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Chronicle.Testing;

namespace Chronicle.EndToEnd.Tests;

/// <summary>POST /api/v1/documents:batch through the gateway of the real suite, on PostgreSQL.</summary>
public sealed class BatchEndToEndTests(PostgresSuiteFixture fixture) : IClassFixture<PostgresSuiteFixture>
{
    private SuiteProcesses Suite => fixture.Suite;

    private static string Article(int day) =>
        $"Sáng {day}/2/2022, tại Hà Nội, Trưởng Ban Thử nghiệm Trung ương Lê Văn Mẫu chủ trì buổi làm việc thứ {day} với các đơn vị trực thuộc.";

    private async Task<HttpResponseMessage> PostBatchAsync(string body, string contentType, bool withKey = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents:batch") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (withKey)
        {
            request.Headers.Add("X-Api-Key", SuiteProcesses.ApiKey);
        }
        return await Suite.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_batch_is_stored_item_by_item_and_goes_through_the_pipeline()
    {
        var body = string.Join('\n', JsonSerializer.Serialize(new { text = Article(14) }), JsonSerializer.Serialize(new { text = "" }), JsonSerializer.Serialize(new { text = Article(15) }));

        var response = await PostBatchAsync(body, "application/x-ndjson");
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var counts = await Suite.WaitForPipelineAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["accepted", "refused", "accepted"], answer.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        Assert.True(counts.GetProperty("processed").GetInt32() >= 2);
    }

    [Fact]
    public async Task A_body_that_is_not_a_list_of_documents_is_a_400_problem_json()
    {
        var response = await PostBatchAsync("{\"text\": \"một bài\"}", "application/json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("array", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_batch_without_the_key_is_refused()
    {
        var response = await PostBatchAsync("[]", "application/json", withKey: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
