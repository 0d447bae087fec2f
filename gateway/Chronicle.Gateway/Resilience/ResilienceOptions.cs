using Polly;

namespace Chronicle.Gateway.Resilience;

/// <summary>
/// <c>Gateway:Resilience</c>: retries of idempotent proxied calls and the pipelines of the
/// gateway's own gRPC calls. The two hooks let tests add Polly chaos strategies (fault, latency,
/// outcome) inside the real pipelines, behind retry and breaker, as a failing service would be.
/// </summary>
public sealed class ResilienceOptions
{
    /// <summary>Retries after the first attempt of a GET, HEAD or OPTIONS through the proxy.</summary>
    public int ProxyRetries { get; set; } = 2;

    public TimeSpan ProxyRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Share of the traffic that may be retried (0.2: one retry per five calls).</summary>
    public double RetryBudgetRatio { get; set; } = 0.2;

    /// <summary>Retries allowed per second whatever the traffic.</summary>
    public double RetryBudgetMinPerSecond { get; set; } = 5;

    /// <summary>Deadline of one attempt of a gateway gRPC call (composite answers).</summary>
    public TimeSpan CallAttemptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public int CallRetries { get; set; } = 2;

    public TimeSpan CallRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Breaker of the gateway's calls to one service: open after this share failed…</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>…among at least this many calls in the sampling window…</summary>
    public int BreakerMinimumThroughput { get; set; } = 5;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>…and stay open this long before one trial call.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Test hook: extra strategies for the proxy pipeline of a cluster (added innermost).</summary>
    public Action<string, ResiliencePipelineBuilder<HttpResponseMessage>>? ConfigureProxy { get; set; }

    /// <summary>Test hook: extra strategies for the gateway's own calls to a service (added innermost).</summary>
    public Action<string, ResiliencePipelineBuilder>? ConfigureCalls { get; set; }
}
