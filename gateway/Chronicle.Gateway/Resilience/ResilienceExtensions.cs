using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace Chronicle.Gateway.Resilience;

public static class ResilienceExtensions
{
    /// <summary>
    /// Retries of idempotent proxied calls, health probes on the services' HTTP/1.1 ports, and
    /// the pipelines of the gateway's own gRPC calls. Timeouts per route and the active/passive
    /// health checks (YARP's circuit breaker) are configuration: see appsettings.json.
    /// </summary>
    public static void AddGatewayResilience(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ResilienceOptions>(builder.Configuration.GetSection("Gateway:Resilience"));
        builder.Services.AddSingleton<IForwarderHttpClientFactory, ResilientForwarderHttpClientFactory>();
        builder.Services.AddSingleton<IProbingRequestFactory, Http1ProbingRequestFactory>();
        builder.Services.AddSingleton<CallPipelines>();
    }
}
