namespace Chronicle.Gateway.Security;

/// <summary>
/// Headers every answer carries. The API answers JSON only, so its CSP forbids everything; the
/// docs page (Scalar) needs its own scripts, styles and calls back to this gateway.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'";
    /// <summary>The analysts' page: its own scripts only; inline styles because the time axis positions its items with them.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the answer starts, so error writers that clear the response cannot drop them.
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs") ? DocsPolicy
                : context.Request.Path.StartsWithSegments(Page.AnalystPageEndpoints.PathPrefix) ? PagePolicy
                : ApiPolicy;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
