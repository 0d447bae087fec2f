using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chronicle.Gateway.Errors;

/// <summary>Every error the gateway answers is RFC 9457 problem+json with a trace id.</summary>
public static class ProblemResponses
{
    public static void AddTraceId(ProblemDetailsOptions options) =>
        options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;

    public static ProblemHttpResult Result(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, instance: context.Request.Path,
            extensions: new Dictionary<string, object?> { ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier });

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, TimeSpan? retryAfter = null)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (retryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path },
        });
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
        429 => "Too many requests",
        499 => "Request cancelled",
        501 => "Not implemented",
        503 => "Service unavailable",
        504 => "The service did not answer in time",
        _ when status >= 500 => "The service failed",
        _ => "Request failed",
    };
}
