using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chronicle.Gateway.Errors;

/// <summary>
/// Every error the gateway answers is RFC 9457 problem+json with a trace id — except to gRPC
/// clients, which cannot read a JSON body and get the matching grpc-status instead.
/// </summary>
public static class ProblemResponses
{
    public static void AddTraceId(ProblemDetailsOptions options) =>
        options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = TraceId(context.HttpContext);

    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    public static ProblemHttpResult Result(HttpContext context, int status, string title, string detail,
        IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["traceId"] = TraceId(context) };
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, instance: context.Request.Path, extensions: all);
    }

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, TimeSpan? retryAfter = null)
    {
        // Drop what a proxied answer may have copied (length, type), but keep the challenge.
        var challenge = context.Response.Headers.WWWAuthenticate;
        context.Response.Clear();
        if (challenge.Count > 0)
        {
            context.Response.Headers.WWWAuthenticate = challenge;
        }
        if (retryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        if (GrpcStatusMapping.IsGrpcRequest(context.Request))
        {
            WriteGrpcStatus(context, GrpcStatusMapping.FromHttp(status), detail);
            return;
        }
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path },
        });
    }

    /// <summary>A trailers-only gRPC answer: HTTP 200, the status in the headers, no body.</summary>
    public static void WriteGrpcStatus(HttpContext context, StatusCode code, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)code).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(detail);
    }

    /// <summary>The title a person reads for each status the services can answer.</summary>
    public static string TitleFor(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "Authentication required",
        403 => "Not allowed",
        404 => "Not found",
        409 => "Conflict",
        413 => "Request too large",
        414 => "Request target too long",
        429 => "Too many requests",
        431 => "Request headers too large",
        499 => "Request cancelled",
        501 => "Not implemented",
        503 => "Service unavailable",
        504 => "The service did not answer in time",
        _ when status >= 500 => "The service failed",
        _ => "Request failed",
    };
}
