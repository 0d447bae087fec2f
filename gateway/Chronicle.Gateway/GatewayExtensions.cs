using Chronicle.Gateway.Errors;
using Chronicle.Gateway.Proxy;
using Chronicle.Gateway.Security;

namespace Chronicle.Gateway;

public static class GatewayExtensions
{
    public static void AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(ProblemResponses.AddTraceId);
        builder.Services.AddSingleton<ApiKeyValidator>();
        builder.Services
            .AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddTransforms<RestContractTransforms>();
    }

    public static void UseGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiKeyMiddleware>();
    }

    public static void MapGatewayEndpoints(this WebApplication app)
    {
        app.MapReverseProxy(proxy => proxy.UseMiddleware<ProxyErrorMiddleware>());
        app.MapFallback((HttpContext context) => ProblemResponses.Result(context, StatusCodes.Status404NotFound,
            "Not found", $"No route answers {context.Request.Method} {context.Request.Path}. See README.md for the REST contract."));
    }
}
