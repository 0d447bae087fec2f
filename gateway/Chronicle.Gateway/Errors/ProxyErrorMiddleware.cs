using Yarp.ReverseProxy.Forwarder;

namespace Chronicle.Gateway.Errors;

/// <summary>
/// When YARP cannot reach a service it answers with an empty body; turn that into a
/// problem+json a client can act on, with a hint of when to try again.
/// </summary>
public sealed class ProxyErrorMiddleware(RequestDelegate next)
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }
        var cluster = context.GetReverseProxyFeature().Cluster?.Config.ClusterId ?? "a service";
        var (status, detail) = error.Error switch
        {
            ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, $"The {cluster} service did not answer in time."),
            ForwarderError.RequestCanceled => (499, "The request was cancelled by the client."),
            ForwarderError.NoAvailableDestinations => (StatusCodes.Status503ServiceUnavailable, $"No healthy instance of the {cluster} service is available."),
            _ => (StatusCodes.Status503ServiceUnavailable, $"The {cluster} service cannot be reached right now."),
        };
        await ProblemResponses.WriteAsync(context, status, ProblemResponses.TitleFor(status), detail,
            status == 499 ? null : RetryAfter);
    }
}
