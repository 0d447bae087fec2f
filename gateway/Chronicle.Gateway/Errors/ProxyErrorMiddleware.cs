using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Chronicle.Gateway.Errors;

/// <summary>
/// When YARP cannot reach a service it answers with an empty body; turn that into a
/// problem+json (or grpc-status) a client can act on, with a hint of when to try again.
/// </summary>
public sealed class ProxyErrorMiddleware(RequestDelegate next)
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

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
            _ when IsBodyTooLarge(error.Exception) => (StatusCodes.Status413PayloadTooLarge, "The body is over this gateway's size limit (Gateway:Limits:MaxRequestBodyBytes)."),
            ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, $"The {cluster} service did not answer in time."),
            ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled when context.RequestAborted.IsCancellationRequested && !TimedOut(context)
                => (499, "The request was cancelled by the client."),
            ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled => (StatusCodes.Status504GatewayTimeout, $"The {cluster} service did not answer within the route's timeout."),
            ForwarderError.NoAvailableDestinations => (StatusCodes.Status503ServiceUnavailable, $"No healthy instance of the {cluster} service is available."),
            _ => (StatusCodes.Status503ServiceUnavailable, $"The {cluster} service cannot be reached right now."),
        };
        await ProblemResponses.WriteAsync(context, status, ProblemResponses.TitleFor(status), detail,
            status is 503 or 504 ? RetryAfter : null);
    }

    private static bool TimedOut(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Http.Timeouts.IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;

    private static bool IsBodyTooLarge(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }
        return false;
    }
}
