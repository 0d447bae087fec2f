extern alias ingestion;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Chronicle.Contracts.Ingestion.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Hosting;

namespace Chronicle.Services.Tests;

/// <summary>Bulk ingestion: POST /api/v1/documents:batch (JSON array or NDJSON) and the IngestDocuments stream.</summary>
public sealed class DocumentBatchTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private static string Article(int day) =>
        $"Hà Nội, ngày {day} tháng 3 năm 2023. Bộ trưởng Bộ Thử nghiệm Trần Văn Thử chủ trì cuộc họp thứ {day} về kế hoạch đo kiểm trong năm.";

    private static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> PostAsync(HttpClient http, string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await http.PostAsync("/api/v1/documents:batch", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    private static List<string?> Ids(string answer)
    {
        using var json = JsonDocument.Parse(answer);
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
    }

    private async Task<int> AcceptedAsync() => (await _suite.IngestionClient.GetPipelineAsync(new GetPipelineRequest())).Accepted;

    [Fact]
    public async Task A_json_array_answers_every_item_in_order()
    {
        using var http = _suite.Ingestion.CreateClient();
        var body = JsonSerializer.Serialize(new object[]
        {
            new { text = Article(1), externalId = "batch-1" },
            new { text = Article(1) },
            new { text = "   " },
            new { text = Article(2), publishedAt = "yesterday" },
        });

        var (status, answer, _) = await PostAsync(http, body, "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(answer);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["accepted", "duplicate", "refused", "refused"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.Equal([0, 1, 2, 3], items.Select(i => i.GetProperty("index").GetInt32()));
        Assert.Equal(items[0].GetProperty("id").GetString(), items[1].GetProperty("duplicateOf").GetString());
        Assert.Contains("'text' or 'html'", items[2].GetProperty("error").GetString());
        Assert.Contains("publishedAt", items[3].GetProperty("error").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(1, await AcceptedAsync());
    }

    [Fact]
    public async Task Ndjson_is_one_document_per_line_and_a_resent_batch_is_stored_once()
    {
        using var http = _suite.Ingestion.CreateClient();
        var lines = string.Join('\n', JsonSerializer.Serialize(new { text = Article(3), externalId = "n-3" }), "", JsonSerializer.Serialize(new { text = Article(4), externalId = "n-4" }));

        var (first, firstAnswer, _) = await PostAsync(http, lines, "application/x-ndjson");
        var (again, answer, _) = await PostAsync(http, lines, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, again);
        // As with a single post, a retried submission is answered as before and stored once.
        Assert.Equal(Ids(firstAnswer), Ids(answer));
        Assert.Equal(2, Ids(answer).Distinct().Count());
        Assert.Equal(2, await AcceptedAsync());
    }

    [Theory]
    [InlineData("{\"text\": \"một bài\"}", "application/json", "array")]
    [InlineData("[{\"text\": \"một bài\"}, {\"txet\": \"lỗi chính tả\"}]", "application/json", "Item 1")]
    [InlineData("[{\"text\": \"một bài\"", "application/json", "not JSON")]
    [InlineData("{\"text\": \"một bài\"}\nkhông phải JSON", "application/x-ndjson", "Item 1")]
    [InlineData("[]", "application/json", "empty")]
    public async Task A_body_that_is_not_a_list_of_documents_is_400_and_stores_nothing(string body, string contentType, string expected)
    {
        using var http = _suite.Ingestion.CreateClient();

        var (status, answer, response) = await PostAsync(http, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, answer);
        Assert.Equal(0, await AcceptedAsync());
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_413_and_stores_nothing()
    {
        using var http = _suite.Ingestion.CreateClient();
        var body = JsonSerializer.Serialize(Enumerable.Range(0, 501).Select(i => new { text = Article(i % 28 + 1) + $" Mục {i}." }));

        var (status, answer, _) = await PostAsync(http, body, "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("limit is 500", answer);
        Assert.Equal(0, await AcceptedAsync());
    }

    [Fact]
    public async Task The_stream_stores_each_item_and_answers_in_order()
    {
        using var call = _suite.IngestionClient.IngestDocuments();
        await call.RequestStream.WriteAsync(new SubmitDocumentRequest { Text = Article(5), ExternalId = "s-5" });
        await call.RequestStream.WriteAsync(new SubmitDocumentRequest { Html = "<html><body></body></html>" });
        await call.RequestStream.WriteAsync(new SubmitDocumentRequest { Text = Article(6) });
        await call.RequestStream.CompleteAsync();

        var answer = await call;

        Assert.Equal(["accepted", "refused", "accepted"], answer.Items.Select(i => i.Status));
        Assert.Equal(2, answer.Accepted);
        Assert.Equal(2, (await _suite.WaitForPipelineAsync()).Processed);
    }

    [Fact]
    public async Task A_full_backlog_turns_batches_and_single_posts_away_with_a_time_to_retry()
    {
        // No entities service behind it: hand-offs wait in the outbox.
        using var alone = new ServiceFactory<ingestion::Program>(Directory.CreateTempSubdirectory("chronicle-tests-").FullName, [])
            .WithWebHostBuilder(builder => builder.UseSetting("Ingestion:MaxBacklog", "2"));
        using var http = alone.CreateClient();
        var filling = JsonSerializer.Serialize(new[] { new { text = Article(7) }, new { text = Article(8) } });
        var (filled, _, _) = await PostAsync(http, filling, "application/json");

        var (status, answer, response) = await PostAsync(http, JsonSerializer.Serialize(new[] { new { text = Article(9) } }), "application/json");
        var client = new Ingestion.IngestionClient(Grpc.Net.Client.GrpcChannel.ForAddress(alone.Server.BaseAddress, new() { HttpHandler = alone.Server.CreateHandler() }));
        var single = await Assert.ThrowsAsync<RpcException>(() => client.SubmitDocumentAsync(new SubmitDocumentRequest { Text = Article(10) }).ResponseAsync);

        Assert.Equal(HttpStatusCode.OK, filled);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("Nothing was stored", answer);
        Assert.Equal(StatusCode.ResourceExhausted, single.StatusCode);
        Assert.Equal("5", single.Trailers.GetValue("retry-after-seconds"));
        Assert.Equal(2, (await client.GetPipelineAsync(new GetPipelineRequest())).Accepted);
    }
}
