using System.Net;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Chronicle.Gateway.Resilience;

/// <summary>
/// Active health probes go to each service's HTTP/1.1 probe port (the destination's <c>Health</c>
/// address), while the cluster forwards over HTTP/2 only. YARP's default factory would copy the
/// cluster's HTTP/2-exact version onto the probe and fail against an HTTP/1.1 port, so probes
/// ask for HTTP/1.1 (or the h2c address itself when no Health address is set). They are marked
/// so the retry handler leaves them alone: a probe must report a failure, not hide it.
/// </summary>
public sealed class Http1ProbingRequestFactory : IProbingRequestFactory
{
    public static readonly HttpRequestOptionsKey<bool> IsProbe = new("Chronicle.HealthProbe");

    public HttpRequestMessage CreateRequest(ClusterModel cluster, DestinationModel destination)
    {
        var health = destination.Config.Health;
        var baseAddress = string.IsNullOrEmpty(health) ? destination.Config.Address : health;
        var path = cluster.Config.HealthCheck?.Active?.Path ?? "/health/ready";
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(baseAddress.TrimEnd('/') + "/"), path.TrimStart('/')));
        if (string.IsNullOrEmpty(health))
        {
            request.Version = cluster.Config.HttpRequest?.Version ?? HttpVersion.Version20;
            request.VersionPolicy = cluster.Config.HttpRequest?.VersionPolicy ?? HttpVersionPolicy.RequestVersionOrLower;
        }
        else
        {
            request.Version = HttpVersion.Version11;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        }
        request.Options.Set(IsProbe, true);
        return request;
    }
}
