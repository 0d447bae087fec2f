using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Timeline.V1;
using Grpc.Net.Client;

namespace Chronicle.Gateway.Composite;

/// <summary>
/// gRPC clients for the gateway's own calls. Addresses come from <c>Services:Entities</c> and
/// <c>Services:Timeline</c> when set, otherwise from the YARP cluster's primary destination, so
/// the proxy and the composite answers cannot point at different services by mistake.
/// </summary>
public sealed class ServiceChannels : IDisposable
{
    private readonly GrpcChannel _entities;
    private readonly GrpcChannel _timeline;

    public ServiceChannels(IConfiguration configuration)
    {
        _entities = Open(configuration, "Entities", "entities");
        _timeline = Open(configuration, "Timeline", "timeline");
        Entities = new Entities.EntitiesClient(_entities);
        Timeline = new Timeline.TimelineClient(_timeline);
    }

    public Entities.EntitiesClient Entities { get; }

    public Timeline.TimelineClient Timeline { get; }

    private static GrpcChannel Open(IConfiguration configuration, string service, string cluster)
    {
        var address = configuration[$"Services:{service}"]
            ?? configuration[$"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address"]
            ?? throw new InvalidOperationException($"Set Services:{service} or ReverseProxy:Clusters:{cluster}:Destinations:primary:Address.");
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                // A dead service must be noticed at once, not after the OS connect timeout.
                ConnectTimeout = TimeSpan.FromSeconds(2),
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            },
            // Polly's timeout strategy recognises its own cancellation only as OperationCanceledException.
            ThrowOperationCanceledOnCancellation = true,
        });
    }

    public void Dispose()
    {
        _entities.Dispose();
        _timeline.Dispose();
    }
}
