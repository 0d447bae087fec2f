using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Chronicle.Gateway.Security;

/// <summary>Authenticates the X-Api-Key header. No header is "no result", so anonymous reads stay possible.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyValidator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (!keys.IsValid(presented, out var keyId))
        {
            return Task.FromResult(AuthenticateResult.Fail("The X-Api-Key header does not hold a valid key."));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "key:" + keyId)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
