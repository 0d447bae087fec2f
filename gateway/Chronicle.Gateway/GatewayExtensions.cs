using Chronicle.Gateway.Composite;
using Chronicle.Gateway.Errors;
using Chronicle.Gateway.OpenApi;
using Chronicle.Gateway.Page;
using Chronicle.Gateway.Proxy;
using Chronicle.Gateway.Resilience;
using Chronicle.Gateway.Security;
using Chronicle.ServiceDefaults;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Chronicle.Gateway;

/// <summary>What Program.cs switches on; each concern lives in its own folder.</summary>
public static class GatewayExtensions
{
    public static void AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(ProblemResponses.AddTraceId);
        builder.AddGatewaySecurity();
        builder.Services.AddRequestTimeouts();
        builder.AddGrpcPassThroughEndpoint();
        builder.AddGatewayResilience();
        builder.AddPeopleComposite();
        builder.Services
            .AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddTransforms<RestContractTransforms>()
            .AddTransforms<DeadlineTransforms>()
            .AddTransforms<Http1RestTransforms>();
    }

    public static void UseGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseGatewaySecurity();
        // After routing and authorization: YARP route timeouts are enforced by this middleware.
        app.UseRequestTimeouts();
    }

    public static void MapGatewayEndpoints(this WebApplication app)
    {
        // The health endpoints of ServiceDefaults, mapped here so they can be opened explicitly:
        // the fallback policy closes every endpoint that does not say it is open.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ServiceDefaultsExtensions.LiveTag) })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready").AllowAnonymous().DisableRateLimiting();

        app.MapGatewayOpenApi();
        app.MapPeopleApi();
        app.MapAnalystPage();
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ProxyErrorMiddleware>();
            // A custom pipeline replaces YARP's default one: keep its steps, passive health
            // checks (the breaker fed by real traffic) included.
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        app.MapFallback((HttpContext context) => ProblemResponses.Result(context, StatusCodes.Status404NotFound,
            "Not found", $"No route answers {context.Request.Method} {context.Request.Path}. See /docs for the REST contract."))
            .AllowAnonymous();
    }
}
