using Chronicle.Gateway.Errors;

namespace Chronicle.Gateway.Security;

/// <summary>Writes (anything but GET, HEAD and OPTIONS) under /api need a valid X-Api-Key.</summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyValidator keys)
{
    public const string HeaderName = "X-Api-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isWrite = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (isWrite && request.Path.StartsWithSegments("/api") && !keys.IsValid(request.Headers[HeaderName]))
        {
            context.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            var detail = !keys.HasKeys
                ? "Writes are closed: this gateway has no API keys configured (Gateway:ApiKeys or CHRONICLE_API_KEY)."
                : request.Headers.ContainsKey(HeaderName)
                    ? "The X-Api-Key header does not hold a valid key."
                    : "Writes need an API key in the X-Api-Key header.";
            await ProblemResponses.WriteAsync(context, StatusCodes.Status401Unauthorized, ProblemResponses.TitleFor(401), detail);
            return;
        }
        await next(context);
    }
}
