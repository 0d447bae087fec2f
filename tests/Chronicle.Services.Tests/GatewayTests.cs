extern alias gateway;

using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chronicle.Services.Tests;

/// <summary>
/// The gateway on its own, its clusters pointed at a loopback port where nothing listens:
/// what a client sees when keys are missing, routes are unknown or a service is down.
/// </summary>
public sealed class GatewayTests : IDisposable
{
    private const string Key = "test-key";
    private readonly WebApplicationFactory<gateway::Program> _gateway;

    public GatewayTests()
    {
        var closedPort = ClosedLoopbackPort();
        _gateway = new WebApplicationFactory<gateway::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("CHRONICLE_API_KEY", Key);
            foreach (var cluster in new[] { "ingestion", "entities", "timeline" })
            {
                builder.UseSetting($"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address", $"http://127.0.0.1:{closedPort}");
            }
        });
    }

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task Write_without_key_is_401_problem_json()
    {
        using var client = _gateway.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = "Ngày 1/1/2024, ..." });

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "X-Api-Key");
    }

    [Fact]
    public async Task Write_with_a_wrong_key_is_401()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = "x" });

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "does not hold a valid key");
    }

    [Fact]
    public async Task Service_down_is_a_fast_503_with_retry_after()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = "x" });

        await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "ingestion");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Reads_need_no_key_and_fail_clearly_when_the_service_is_down()
    {
        using var client = _gateway.CreateClient();

        var response = await client.GetAsync("/api/v1/events");

        await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "timeline");
    }

    [Fact]
    public async Task Unknown_route_is_404_problem_json()
    {
        using var client = _gateway.CreateClient();

        var response = await client.GetAsync("/api/v1/nothing-here");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "/api/v1/nothing-here");
    }

    [Fact]
    public async Task Health_endpoints_answer_in_every_environment()
    {
        using var client = _gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, problem.RootElement.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("traceId").GetString()));
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
