namespace Chronicle.Gateway.Security;

/// <summary>What <c>Gateway:*</c> configuration says about access, read once at start-up.</summary>
public sealed record SecurityOptions(bool ReadsRequireKey, string? JwtAuthority, string? JwtAudience, string[] CorsOrigins)
{
    public bool JwtEnabled => !string.IsNullOrWhiteSpace(JwtAuthority);

    public static SecurityOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Gateway:ReadsRequireKey", false),
        configuration["Gateway:Jwt:Authority"],
        configuration["Gateway:Jwt:Audience"],
        configuration.GetSection("Gateway:Cors:Origins").Get<string[]>() ?? []);
}
