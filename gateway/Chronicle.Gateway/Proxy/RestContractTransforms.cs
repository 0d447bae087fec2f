using System.Globalization;
using System.Text.Json;
using Chronicle.Gateway.Errors;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Chronicle.Gateway.Proxy;

/// <summary>
/// Shapes the services' transcoded answers into REST contract v1: a route can declare the
/// success status it answers with (<c>Metadata: { "SuccessStatusCode": "202" }</c>), and every
/// error body (google.rpc.Status JSON) becomes problem+json.
/// </summary>
public sealed class RestContractTransforms : ITransformProvider
{
    public const string SuccessStatusCodeKey = "SuccessStatusCode";

    public void ValidateRoute(TransformRouteValidationContext context)
    {
        if (context.Route.Metadata?.TryGetValue(SuccessStatusCodeKey, out var value) == true
            && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            context.Errors.Add(new ArgumentException($"Route '{context.Route.RouteId}': {SuccessStatusCodeKey} must be a number; got '{value}'."));
        }
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        int? successStatus = context.Route.Metadata?.TryGetValue(SuccessStatusCodeKey, out var value) == true
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : null;

        context.AddResponseTransform(async transform =>
        {
            var response = transform.HttpContext.Response;
            if (transform.ProxyResponse is not { } proxied)
            {
                return;
            }
            if (proxied.IsSuccessStatusCode)
            {
                if (successStatus is { } status && response.StatusCode == StatusCodes.Status200OK)
                {
                    response.StatusCode = status;
                }
                return;
            }

            var detail = await ReadStatusMessageAsync(proxied, transform.CancellationToken);
            transform.SuppressResponseBody = true;
            response.Headers.ContentLength = null;
            await ProblemResponses.WriteAsync(transform.HttpContext, response.StatusCode, ProblemResponses.TitleFor(response.StatusCode),
                detail ?? $"The service answered {response.StatusCode}.",
                // The service's own time to retry, else for a service down or turning work away (backlog full) a default.
                proxied.Headers.RetryAfter?.Delta
                    ?? (response.StatusCode is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status429TooManyRequests ? TimeSpan.FromSeconds(5) : null));
        });
    }

    /// <summary>The message of a google.rpc.Status body, as JSON transcoding writes it.</summary>
    private static async Task<string?> ReadStatusMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType is not ("application/json" or "application/problem+json"))
        {
            return null;
        }
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && (document.RootElement.TryGetProperty("message", out var message) || document.RootElement.TryGetProperty("detail", out message))
                && message.ValueKind == JsonValueKind.String
                ? message.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
