using System.Net;
using System.Text.Json;
using Chronicle.Gateway.Resilience;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Simmy.Latency;

namespace Chronicle.Gateway.Tests;

/// <summary>GET /api/v1/people/{id}: whole when the services answer, partial when one fails.</summary>
public sealed class CompositeTests
{
    private const string Person = "/api/v1/people/" + StubEntities.PersonId;

    [Fact]
    public async Task A_person_is_answered_whole_with_the_current_role_and_recent_events()
    {
        await using var entities = await Backend.StartAsync();
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(ResilienceTests.Settings(timeline, entities));
        using var client = gateway.CreateClient();

        var person = await GetJsonAsync(client, Person, HttpStatusCode.OK);

        Assert.False(person.GetProperty("partial").GetBoolean());
        Assert.Empty(person.GetProperty("missing").EnumerateArray());
        Assert.Equal("Lê Hoài Trung", person.GetProperty("entity").GetProperty("name").GetString());
        // The post he was put forward for later is listed, but the current one is the post he holds.
        Assert.Equal("Trưởng Ban Đối ngoại Trung ương", person.GetProperty("currentRole").GetProperty("role").GetString());
        Assert.Equal(4, person.GetProperty("roles").GetArrayLength());
        Assert.Equal("evt_1", person.GetProperty("recentEvents")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_stopped_timeline_gives_a_partial_answer_naming_what_is_missing()
    {
        await using var entities = await Backend.StartAsync();
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(ResilienceTests.Settings(timeline, entities));
        using var client = gateway.CreateClient();
        await timeline.StopAsync();

        var person = await GetJsonAsync(client, Person, HttpStatusCode.OK);

        Assert.True(person.GetProperty("partial").GetBoolean());
        Assert.Equal("Lê Hoài Trung", person.GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, person.GetProperty("roles").ValueKind);
        var missing = person.GetProperty("missing").EnumerateArray().ToList();
        Assert.Equal(["roles", "recentEvents"], missing.Select(part => part.GetProperty("part").GetString()).Order().Reverse());
        Assert.All(missing, part => Assert.Equal(503, part.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task Injected_latency_past_the_attempt_deadline_degrades_to_partial()
    {
        await using var entities = await Backend.StartAsync();
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(
            ResilienceTests.Settings(timeline, entities, new()
            {
                ["Gateway:Resilience:CallAttemptTimeout"] = "00:00:00.300",
                ["Gateway:Resilience:CallRetries"] = "0",
            }),
            services => services.Configure<ResilienceOptions>(options => options.ConfigureCalls = (service, builder) =>
            {
                if (service == "entities")
                {
                    builder.AddChaosLatency(new ChaosLatencyStrategyOptions { InjectionRate = 1, Latency = TimeSpan.FromMinutes(1) });
                }
            }));
        using var client = gateway.CreateClient();

        var person = await GetJsonAsync(client, Person, HttpStatusCode.OK);

        Assert.True(person.GetProperty("partial").GetBoolean());
        Assert.Equal(JsonValueKind.Null, person.GetProperty("entity").ValueKind);
        Assert.Equal(4, person.GetProperty("roles").GetArrayLength());
        var missing = Assert.Single(person.GetProperty("missing").EnumerateArray());
        Assert.Equal("entity", missing.GetProperty("part").GetString());
        Assert.Equal(504, missing.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Injected_faults_are_retried_then_open_the_breaker_which_stops_calling()
    {
        await using var entities = await Backend.StartAsync();
        await using var timeline = await Backend.StartAsync();
        var faults = 0;
        using var gateway = new GatewayHost(
            ResilienceTests.Settings(timeline, entities, new()
            {
                ["Gateway:Resilience:CallRetries"] = "1",
                ["Gateway:Resilience:BreakerMinimumThroughput"] = "4",
                ["Gateway:Resilience:BreakerBreakDuration"] = "00:10:00",
            }),
            services => services.Configure<ResilienceOptions>(options => options.ConfigureCalls = (service, builder) =>
            {
                if (service == "timeline")
                {
                    builder.AddChaosFault(new ChaosFaultStrategyOptions
                    {
                        InjectionRate = 1,
                        FaultGenerator = new FaultGenerator().AddException(() =>
                        {
                            Interlocked.Increment(ref faults);
                            return new RpcException(new Status(StatusCode.Unavailable, "chaos: connection refused"));
                        }),
                    });
                }
            }));
        using var client = gateway.CreateClient();

        // Each answer is partial, never a failure; the timeline parts go missing.
        JsonElement person = default;
        for (var i = 0; i < 4; i++)
        {
            person = await GetJsonAsync(client, Person, HttpStatusCode.OK);
            Assert.True(person.GetProperty("partial").GetBoolean());
            Assert.Equal("Lê Hoài Trung", person.GetProperty("entity").GetProperty("name").GetString());
        }
        var faultsWhenOpen = faults;
        person = await GetJsonAsync(client, Person, HttpStatusCode.OK);

        // Open: the calls no longer reach the (chaos-failing) service at all.
        Assert.Equal(faultsWhenOpen, faults);
        Assert.All(person.GetProperty("missing").EnumerateArray(), part => Assert.Contains("circuit open", part.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unknown_person_is_404_problem_json()
    {
        await using var entities = await Backend.StartAsync();
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(ResilienceTests.Settings(timeline, entities));
        using var client = gateway.CreateClient();

        await GatewayHost.AssertProblemAsync(await client.GetAsync("/api/v1/people/per_nobody"), HttpStatusCode.NotFound, "per_nobody");
    }

    [Fact]
    public async Task With_every_service_down_the_answer_is_503_with_retry_after()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient();

        var response = await client.GetAsync(Person);

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "Neither the entities nor the timeline");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
