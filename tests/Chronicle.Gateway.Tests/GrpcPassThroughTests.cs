using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Timeline.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chronicle.Gateway.Tests;

/// <summary>gRPC clients through the gateway: public query methods pass, internal ones do not, errors are gRPC statuses.</summary>
public sealed class GrpcPassThroughTests
{
    [Fact]
    public async Task Public_query_methods_pass_through_and_internal_ones_are_not_routed()
    {
        await using var entities = await Backend.StartAsync();
        await using var timeline = await Backend.StartAsync();
        using var gateway = new GatewayHost(ResilienceTests.Settings(timeline, entities));
        using var channel = GrpcChannel.ForAddress("http://gateway", new GrpcChannelOptions { HttpHandler = gateway.CreateHandler() });

        var events = await new Timeline.TimelineClient(channel).ListEventsAsync(new ListEventsRequest { Entity = "per_x" });
        var entity = await new Entities.EntitiesClient(channel).GetEntityAsync(new GetEntityRequest { Id = StubEntities.PersonId });
        var notFound = await Assert.ThrowsAsync<RpcException>(() => new Entities.EntitiesClient(channel).GetEntityAsync(new GetEntityRequest { Id = "per_nobody" }).ResponseAsync);
        var internalCall = await Assert.ThrowsAsync<RpcException>(() => new Entities.EntitiesClient(channel).AnalyzeDocumentAsync(new AnalyzeDocumentRequest { DocumentId = "d" }).ResponseAsync);

        Assert.Equal("evt_1", events.Items.Single().Id);
        Assert.Equal("Lê Hoài Trung", entity.Name);
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(StatusCode.Unimplemented, internalCall.StatusCode);
        Assert.Equal(0, entities.HitsOf("/chronicle.entities.v1.Entities/AnalyzeDocument"));
    }

    [Fact]
    public async Task A_grpc_write_without_a_key_and_a_down_service_are_grpc_statuses()
    {
        using var gateway = new GatewayHost();
        using var channel = GrpcChannel.ForAddress("http://gateway", new GrpcChannelOptions { HttpHandler = gateway.CreateHandler() });
        var timeline = new Timeline.TimelineClient(channel);

        var write = await Assert.ThrowsAsync<RpcException>(() => timeline.PutReferenceHolderAsync(new ReferenceHolder { Role = "r", Person = "p", Source = "s" }).ResponseAsync);
        var down = await Assert.ThrowsAsync<RpcException>(() => timeline.ListEventsAsync(new ListEventsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, write.StatusCode);
        Assert.Equal(StatusCode.Unavailable, down.StatusCode);
    }
}
