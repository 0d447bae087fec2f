using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronicle.Cli;

/// <summary>The REST contract v1 as the command line uses it; errors become messages a person can act on.</summary>
internal sealed class GatewayClient(CliSettings settings, HttpMessageHandler? handler = null) : IDisposable
{
    private readonly HttpClient _http = new(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = settings.Gateway,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public CliSettings Settings => settings;

    public Task<JsonObject> GetAsync(string pathAndQuery, CancellationToken cancellation) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, pathAndQuery), cancellation);

    public Task<JsonObject> PostAsync(string path, object body, CancellationToken cancellation) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json.Options) };
            if (!string.IsNullOrEmpty(settings.ApiKey))
            {
                request.Headers.Add("X-Api-Key", settings.ApiKey);
            }
            return request;
        }, cancellation);

    private async Task<JsonObject> SendAsync(Func<HttpRequestMessage> makeRequest, CancellationToken cancellation)
    {
        // 429 and 503 say when to come back; anything else is answered at once.
        for (var attempt = 1; ; attempt++)
        {
            using var request = makeRequest();
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellation);
            }
            catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
            {
                throw new CliException(ExitCodes.Unreachable,
                    $"No Chronicle gateway answers at {settings.Gateway} ({error.Message}). Start the suite with 'bash deploy/run.sh', " +
                    "or point to it with --gateway, CHRONICLE_GATEWAY or the config file.");
            }
            using (response)
            {
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < 5)
                {
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(attempt);
                    await Task.Delay(wait < TimeSpan.FromSeconds(30) ? wait : TimeSpan.FromSeconds(30), cancellation);
                    continue;
                }
                var text = await response.Content.ReadAsStringAsync(cancellation);
                if (response.IsSuccessStatusCode)
                {
                    return JsonNode.Parse(text.Length == 0 ? "{}" : text) as JsonObject ?? [];
                }
                throw new GatewayException(response.StatusCode, ProblemDetail(text) ?? $"{(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }
    }

    private static string? ProblemDetail(string body)
    {
        try
        {
            var problem = JsonNode.Parse(body) as JsonObject;
            return (string?)problem?["detail"] ?? (string?)problem?["title"];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}

internal sealed class GatewayException(HttpStatusCode status, string detail) : Exception(detail)
{
    public HttpStatusCode Status { get; } = status;
}

internal static class JsonNodeExtensions
{
    public static string Text(this JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    public static IEnumerable<JsonObject> Items(this JsonNode? node, string property = "items") =>
        (node?[property] as JsonArray ?? []).OfType<JsonObject>();
}
