using Yarp.ReverseProxy.Health;

namespace Chronicle.Gateway.Resilience;

public static class ResilienceExtensions
{
    /// <summary>Health probes on the services' HTTP/1.1 ports.</summary>
    public static void AddGatewayResilience(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IProbingRequestFactory, Http1ProbingRequestFactory>();
    }
}
