using System.Globalization;
using System.Threading.RateLimiting;
using Chronicle.Gateway.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Chronicle.Gateway.Security;

/// <summary>
/// One token bucket per API key (or token subject) and one per client address for anonymous
/// callers; a rejected call is 429 problem+json with Retry-After. Configured under
/// <c>Gateway:RateLimits:PerKey</c> and <c>Gateway:RateLimits:PerAddress</c> as
/// <c>{ Permits, Seconds }</c>: a burst of Permits, refilled over Seconds.
/// </summary>
public static class RateLimits
{
    public sealed record Bucket(int Permits = 600, double Seconds = 60);

    public static void AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perKey = configuration.GetSection("Gateway:RateLimits:PerKey").Get<Bucket>() ?? new Bucket(12000, 60);
        var perAddress = configuration.GetSection("Gateway:RateLimits:PerAddress").Get<Bucket>() ?? new Bucket(6000, 60);

        services.AddRateLimiter(options =>
        {
            // Runs after authentication, so a valid key is known: its holder gets the key's
            // bucket wherever it calls from; everyone else shares their address's bucket.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity is { IsAuthenticated: true, Name: { } name }
                    ? RateLimitPartition.GetTokenBucketLimiter("id:" + name, _ => Options(perKey))
                    : RateLimitPartition.GetTokenBucketLimiter("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Options(perAddress)));
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                await ProblemResponses.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, ProblemResponses.TitleFor(429),
                    $"Too many requests from this {(rejected.HttpContext.User.Identity?.IsAuthenticated == true ? "key" : "address")}; try again in {Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s.",
                    retryAfter);
            };
        });
    }

    private static TokenBucketRateLimiterOptions Options(Bucket bucket) => new()
    {
        TokenLimit = bucket.Permits,
        TokensPerPeriod = bucket.Permits,
        ReplenishmentPeriod = TimeSpan.FromSeconds(bucket.Seconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
