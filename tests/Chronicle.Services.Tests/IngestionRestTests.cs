using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Chronicle.Contracts.Ingestion.V1;

namespace Chronicle.Services.Tests;

/// <summary>The ingestion REST route (transcoded from the contract) refusing bodies it cannot read, storing nothing.</summary>
public sealed class IngestionRestTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] body)
    {
        using var http = _suite.Ingestion.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await http.PostAsync("/api/v1/documents", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invalid_utf8_is_400_naming_the_byte_offset()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"text\":\"Hà Nội "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];

        var (status, message) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("offset 19", message);
        Assert.Equal(0, (await _suite.IngestionClient.GetPipelineAsync(new GetPipelineRequest())).Accepted);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        var body = Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 2_200_000) + "\"}");

        var (status, message) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("limit", message);
        Assert.Equal(0, (await _suite.IngestionClient.GetPipelineAsync(new GetPipelineRequest())).Accepted);
    }

    [Fact]
    public async Task Unknown_top_level_fields_are_400_naming_them_and_nested_names_are_not_read_as_fields()
    {
        var (status, message) = await PostAsync(Encoding.UTF8.GetBytes(
            "{\"text\":\"Hà Nội\",\"nested\":{\"text\":1,\"deeper\":[{\"x\":2}]},\"published_at_\":\"2022-01-11\",\"source\":\"VnExpress\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var text = System.Text.Json.JsonDocument.Parse(message).RootElement.GetProperty("message").GetString();
        Assert.StartsWith("Unknown fields 'nested', 'published_at_':", text);
        Assert.DoesNotContain("deeper", text);
        Assert.Equal(0, (await _suite.IngestionClient.GetPipelineAsync(new GetPipelineRequest())).Accepted);
    }

    [Fact]
    public async Task A_body_that_is_not_well_formed_json_is_left_to_transcoding_even_after_an_unknown_field()
    {
        var (status, message) = await PostAsync(Encoding.UTF8.GetBytes("{\"bogus\":1,\"text\":\"Hà Nội\"} trailing"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("Unknown field", message);
        Assert.Equal(0, (await _suite.IngestionClient.GetPipelineAsync(new GetPipelineRequest())).Accepted);
    }

    [Fact]
    public async Task Whitespace_only_text_is_400()
    {
        var (status, message) = await PostAsync(Encoding.UTF8.GetBytes("{\"text\":\" \\n\\t \"}"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'text' or 'html'", message);
    }

    [Fact]
    public async Task Valid_json_article_is_accepted()
    {
        var (status, body) = await PostAsync(Encoding.UTF8.GetBytes("{\"text\":\"" + Articles.ReviewDecember2020.ReplaceLineEndings("\\n") + "\"}"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"status\":\"accepted\"", body.Replace(" ", ""));
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x62 }, null)]
    [InlineData(new byte[] { 0x61, 0xFF }, 1)]
    [InlineData(new byte[] { 0xE1, 0xBB, 0xA7, 0xE1, 0xBB }, 3)]
    [InlineData(new byte[] { 0xC0, 0x80 }, 0)]
    public void First_invalid_utf8_offset_is_found(byte[] bytes, int? expected) =>
        Assert.Equal(expected, ServiceDefaults.RestBodyGuard.FirstInvalidUtf8Offset(bytes));
}
