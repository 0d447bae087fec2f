using System.Net;
using System.Net.Http.Json;
using Chronicle.Gateway.Proxy;
using Chronicle.Gateway.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Chronicle.Gateway.Tests;

/// <summary>
/// What clients see when a service behind the gateway fails, is slow, or is killed and started
/// again — with real services on loopback ports. No timing thresholds: statuses, bodies, recovery.
/// </summary>
public sealed class ResilienceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_killed_service_fails_fast_opens_the_breaker_and_recovers_when_restarted()
    {
        await using var timeline = await Backend.StartAsync();
        await using var entities = await Backend.StartAsync();
        using var gateway = new GatewayHost(Settings(timeline, entities, new()
        {
            ["ReverseProxy:Clusters:timeline:HealthCheck:Active:Interval"] = "00:00:00.500",
            ["ReverseProxy:Clusters:timeline:HealthCheck:Active:Timeout"] = "00:00:00.500",
        }));
        using var client = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events")).StatusCode);

        await timeline.StopAsync();

        // Down: an immediate problem+json 503 with Retry-After, never a hang.
        var down = await client.GetAsync("/api/v1/events");
        await GatewayHost.AssertProblemAsync(down, HttpStatusCode.ServiceUnavailable, "timeline");
        Assert.NotNull(down.Headers.RetryAfter);

        // The breaker opens: the probes mark the destination unhealthy and calls are refused
        // without trying the dead port.
        await Eventually(() => Task.FromResult(Destination(gateway, "timeline").Health.Active == DestinationHealth.Unhealthy));
        await Eventually(async () => (await (await client.GetAsync("/api/v1/events")).Content.ReadAsStringAsync()).Contains("No healthy instance", StringComparison.Ordinal));
        await GatewayHost.AssertProblemAsync(await client.GetAsync("/api/v1/events"), HttpStatusCode.ServiceUnavailable, "No healthy instance of the timeline service");

        // Other services keep answering.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/entities?q=le")).StatusCode);

        // Started again on the same ports: traffic recovers by itself.
        await timeline.StartAgainAsync();
        await Eventually(async () => (await client.GetAsync("/api/v1/events")).StatusCode == HttpStatusCode.OK);
        Assert.Equal(DestinationHealth.Healthy, Destination(gateway, "timeline").Health.Active);
        var events = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/events");
        Assert.Equal("evt_1", events.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_get_is_retried_after_a_transient_failure()
    {
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(Settings(timeline));
        using var client = gateway.CreateClient();
        timeline.FailNext("/api/v1/events", 503);

        var response = await client.GetAsync("/api/v1/events");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, timeline.HitsOf("/api/v1/events"));
    }

    [Fact]
    public async Task A_post_is_never_retried()
    {
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(Settings(timeline));
        using var client = gateway.CreateClient(GatewayHost.Key);
        timeline.FailNext("/api/v1/reference/holders", 503);

        var response = await client.PostAsJsonAsync("/api/v1/reference/holders", new { role = "Tổng Bí thư", person = "X", source = "test" });

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "injected failure");
        Assert.Equal(1, timeline.HitsOf("/api/v1/reference/holders"));
    }

    [Fact]
    public async Task Retries_stop_when_the_retry_budget_is_spent()
    {
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(Settings(timeline, extra: new()
        {
            ["Gateway:Resilience:RetryBudgetRatio"] = "0",
            ["Gateway:Resilience:RetryBudgetMinPerSecond"] = "0",
        }));
        using var client = gateway.CreateClient();
        timeline.FailNext("/api/v1/events", 503, times: 10);

        // The budget holds a single retry: the first call spends it, the second goes out once.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/v1/events")).StatusCode);
        Assert.Equal(2, timeline.HitsOf("/api/v1/events"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/v1/events")).StatusCode);
        Assert.Equal(3, timeline.HitsOf("/api/v1/events"));
    }

    [Fact]
    public async Task A_transport_fault_injected_by_chaos_is_retried_for_reads()
    {
        await using var timeline = await Backend.StartAsync();
        var injected = 0;
        using var gateway = new GatewayHost(Settings(timeline), services => services.Configure<ResilienceOptions>(options =>
            options.ConfigureProxy = (cluster, builder) => builder.AddChaosFault(new ChaosFaultStrategyOptions
            {
                InjectionRate = 1,
                EnabledGenerator = _ => new ValueTask<bool>(cluster == "timeline" && Interlocked.Increment(ref injected) == 1),
                FaultGenerator = new FaultGenerator().AddException(() => new HttpRequestException("chaos: connection reset")),
            })));
        using var client = gateway.CreateClient();

        var response = await client.GetAsync("/api/v1/events");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, timeline.HitsOf("/api/v1/events"));
        Assert.True(injected >= 2);
    }

    [Fact]
    public async Task A_slow_service_is_cut_at_the_route_timeout_with_504()
    {
        await using var timeline = await Backend.StartAsync();
        await using var entities = await Backend.StartAsync();
        using var gateway = new GatewayHost(Settings(timeline, entities, new() { ["ReverseProxy:Routes:events:Timeout"] = "00:00:01" }));
        using var client = gateway.CreateClient();

        var response = await client.GetAsync("/api/v1/events?from=slow");

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.GatewayTimeout, "timeline");
        Assert.NotNull(response.Headers.RetryAfter);
        // The slow route does not hold up the others.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/entities")).StatusCode);
    }

    [Fact]
    public async Task The_route_timeout_is_sent_downstream_as_a_grpc_deadline()
    {
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(Settings(timeline));
        using var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events")).StatusCode);

        Assert.True(DeadlineTransforms.TryParse(timeline.GrpcTimeouts["/api/v1/events"], out var deadline));
        Assert.InRange(deadline, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(10));
    }

    internal static Dictionary<string, string?> Settings(Backend? timeline = null, Backend? entities = null, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (cluster, backend) in new[] { ("timeline", timeline), ("entities", entities) })
        {
            if (backend is not null)
            {
                foreach (var (name, value) in GatewayHost.Cluster(cluster, backend))
                {
                    settings[name] = value;
                }
            }
        }
        foreach (var (name, value) in extra ?? [])
        {
            settings[name] = value;
        }
        return settings;
    }

    private static DestinationState Destination(GatewayHost gateway, string cluster)
    {
        Assert.True(gateway.Services.GetRequiredService<IProxyStateLookup>().TryGetCluster(cluster, out var state));
        return state.Destinations.Values.Single();
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true.");
            await Task.Delay(100);
        }
    }
}
