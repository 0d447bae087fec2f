using Chronicle.Gateway.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Net.Http.Headers;

namespace Chronicle.Gateway.Security;

/// <summary>
/// Refusals as problem+json (or a grpc-status for gRPC clients) whose detail says what to send,
/// instead of the empty 401/403 the default handler writes.
/// </summary>
public sealed class ProblemAuthorizationResultHandler(ApiKeyValidator keys, SecurityOptions security) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }
        if (result.Forbidden)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden, ProblemResponses.TitleFor(403),
                "Your credentials are valid but do not allow this call.");
            return;
        }
        context.Response.Headers.WWWAuthenticate = security.JwtEnabled
            ? "ApiKey header=\"X-Api-Key\", Bearer"
            : "ApiKey header=\"X-Api-Key\"";
        await ProblemResponses.WriteAsync(context, StatusCodes.Status401Unauthorized, ProblemResponses.TitleFor(401), Detail(context.Request));
    }

    private string Detail(HttpRequest request)
    {
        var what = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? "This call" : "Writes";
        var bearer = request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!keys.HasKeys && !security.JwtEnabled)
        {
            return $"{what} are closed: this gateway has no API keys configured (Gateway:ApiKeyHashes, Gateway:ApiKeys or CHRONICLE_API_KEY) and no JWT authority (Gateway:Jwt:Authority).";
        }
        if (request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
        {
            return "The X-Api-Key header does not hold a valid key.";
        }
        if (bearer)
        {
            return security.JwtEnabled
                ? "The bearer token is not valid for this gateway (issuer, audience, signature or lifetime)."
                : "Bearer tokens are not accepted here: no JWT authority is configured. Send the key in the X-Api-Key header.";
        }
        var kinds = security.JwtEnabled ? $"an API key in the {HeaderNames.Authorization} header as a bearer token or in X-Api-Key" : "an API key in the X-Api-Key header";
        return what == "Writes" ? $"Writes need {kinds}." : $"This gateway needs {kinds} for every call.";
    }
}
