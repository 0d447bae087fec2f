using System.Net;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Chronicle.Gateway.Proxy;

/// <summary>
/// Opt-in per cluster (<c>Metadata: { "RestOverHttp1": "true" }</c>): REST calls go to the chosen
/// instance's HTTP/1.1 port — the destination's <c>Health</c> address, where the service answers the
/// same transcoded routes — over a pool of keep-alive connections, instead of being multiplexed on
/// its h2c port. gRPC routes (<c>Metadata: { "Protocol": "grpc" }</c>) keep h2c. Off by default:
/// docs/performance.md measured it faster only on a heavily loaded machine and slower otherwise.
/// Behind a Kubernetes Service the pool's connections spread over the replicas, where one h2c
/// connection sticks to one.
/// </summary>
public sealed class Http1RestTransforms : ITransformProvider
{
    public const string MetadataKey = "RestOverHttp1";

    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        var isGrpc = context.Route.Metadata?.TryGetValue("Protocol", out var protocol) == true && protocol == "grpc";
        var enabled = context.Cluster?.Metadata?.TryGetValue(MetadataKey, out var value) == true
            && bool.TryParse(value, out var on) && on;
        if (isGrpc || !enabled)
        {
            return;
        }
        context.AddRequestTransform(transform =>
        {
            // Without a Health address the instance has no known HTTP/1.1 port: the call stays on h2c.
            if (transform.HttpContext.GetReverseProxyFeature().ProxiedDestination?.Model.Config.Health is { Length: > 0 } http)
            {
                transform.DestinationPrefix = http;
                transform.ProxyRequest.Version = HttpVersion.Version11;
                transform.ProxyRequest.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
            }
            return ValueTask.CompletedTask;
        });
    }
}
