using System.Net;
using Chronicle.Contracts.Timeline.V1;
using Grpc.Net.Client;

namespace Chronicle.Gateway.Tests;

/// <summary>The cluster setting RestOverHttp1: REST calls to the instance's HTTP/1.1 port, gRPC calls still over h2c.</summary>
public sealed class RestOverHttp1Tests
{
    [Fact]
    public async Task With_the_setting_rest_calls_reach_the_http1_port_and_grpc_calls_the_h2c_port()
    {
        await using var entities = await Backend.StartAsync();
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(ResilienceTests.Settings(timeline, entities, new()
        {
            ["ReverseProxy:Clusters:timeline:Metadata:RestOverHttp1"] = "true",
        }));
        using var client = gateway.CreateClient();
        using var channel = GrpcChannel.ForAddress("http://gateway", new GrpcChannelOptions { HttpHandler = gateway.CreateHandler() });

        var rest = await client.GetAsync("/api/v1/events");
        var grpc = await new Timeline.TimelineClient(channel).ListEventsAsync(new ListEventsRequest());

        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        Assert.Contains("evt_1", await rest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("HTTP/1.1", timeline.Protocols["/api/v1/events"]);
        Assert.Equal("evt_1", grpc.Items.Single().Id);
        Assert.Equal("HTTP/2", timeline.Protocols["/chronicle.timeline.v1.Timeline/ListEvents"]);
    }

    [Fact]
    public async Task Without_the_setting_rest_calls_stay_on_h2c()
    {
        await using var entities = await Backend.StartAsync();
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(ResilienceTests.Settings(timeline, entities));
        using var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events")).StatusCode);
        Assert.Equal("HTTP/2", timeline.Protocols["/api/v1/events"]);
    }
}
