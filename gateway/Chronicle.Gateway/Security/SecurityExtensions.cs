using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Chronicle.Gateway.Security;

public static class SecurityExtensions
{
    public const string CorsPolicy = "web";

    /// <summary>API keys, optional JWT bearer tokens, the read/write policies, rate limits and CORS.</summary>
    public static void AddGatewaySecurity(this IHostApplicationBuilder builder)
    {
        var security = SecurityOptions.From(builder.Configuration);
        builder.Services.AddSingleton(security);
        builder.Services.AddSingleton<ApiKeyValidator>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        // Kestrel refuses a request line over its limit with a bare 414. Its limit is set well above
        // Gateway:Limits:MaxRequestTargetBytes so that RequestLimitsMiddleware answers with problem+json.
        var requestLine = builder.Configuration.GetValue<int?>("Kestrel:Limits:MaxRequestLineSize") ?? 64 * 1024;
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestLineSize = requestLine);

        var authentication = builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        string[] schemes = [ApiKeyAuthenticationHandler.SchemeName];
        if (security.JwtEnabled)
        {
            // Only when an authority is configured: a half-configured JWT must not open anything.
            authentication.AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.Authority = security.JwtAuthority;
                options.Audience = security.JwtAudience;
                options.RequireHttpsMetadata = security.JwtAuthority!.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "sub";
                options.TokenValidationParameters.ValidateAudience = !string.IsNullOrWhiteSpace(security.JwtAudience);
            });
            schemes = [.. schemes, JwtBearerDefaults.AuthenticationScheme];
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GatewayPolicies.Writes, policy => policy.AddAuthenticationSchemes(schemes).RequireAuthenticatedUser())
            .AddPolicy(GatewayPolicies.Reads, policy =>
            {
                // Reads still authenticate when a key is sent, so the key's rate limit applies.
                policy.AddAuthenticationSchemes(schemes);
                if (security.ReadsRequireKey)
                {
                    policy.RequireAuthenticatedUser();
                }
                else
                {
                    policy.RequireAssertion(_ => true);
                }
            })
            // Any endpoint or route that names no policy is closed until it is opened on purpose.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(schemes).RequireAuthenticatedUser().Build());

        builder.Services.AddGatewayRateLimits(builder.Configuration);

        builder.Services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
        {
            // The web page's origins only; with none configured no cross-origin call is allowed.
            policy.WithOrigins(security.CorsOrigins)
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", ApiKeyAuthenticationHandler.HeaderName, "Authorization")
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }

    /// <summary>Order matters: limits and headers first, CORS before authentication (preflights carry no key).</summary>
    public static void UseGatewaySecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseRouting();
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
    }
}
