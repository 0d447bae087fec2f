using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Chronicle.Gateway.Resilience;

/// <summary>
/// One Polly pipeline per service for the gateway's own gRPC calls (the composite answers):
/// retry with jittered backoff → circuit breaker → per-attempt timeout. gRPC errors arrive as
/// RpcException (the status rides in trailers), so what is retried and what counts against the
/// breaker is decided by status code: only "not now" statuses, never NotFound or InvalidArgument.
/// </summary>
public sealed class CallPipelines(IOptions<ResilienceOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _pipelines = new();

    public ResiliencePipeline For(string service) => _pipelines.GetOrAdd(service, Build);

    /// <summary>
    /// Runs one call. Each attempt gets a deadline (sent to the service as grpc-timeout) no later
    /// than the attempt timeout, and is cancelled with the client's request.
    /// </summary>
    public async Task<T> CallAsync<T>(string service, Func<DateTime, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var attempt = options.Value.CallAttemptTimeout;
        return await For(service).ExecuteAsync(
            async token => await call(time.GetUtcNow().UtcDateTime + attempt, token),
            cancellationToken);
    }

    public static bool IsTransient(Exception exception) => exception switch
    {
        RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Aborted or StatusCode.Internal or StatusCode.Unknown } => true,
        TimeoutRejectedException => true,
        HttpRequestException => true,
        _ => false,
    };

    private ResiliencePipeline Build(string service)
    {
        var settings = options.Value;
        var handled = new PredicateBuilder().Handle<Exception>(IsTransient);
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (settings.CallRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = handled,
                MaxRetryAttempts = settings.CallRetries,
                Delay = settings.CallRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = handled,
            FailureRatio = settings.BreakerFailureRatio,
            MinimumThroughput = Math.Max(2, settings.BreakerMinimumThroughput),
            SamplingDuration = settings.BreakerSamplingDuration,
            BreakDuration = settings.BreakerBreakDuration,
        });
        builder.AddTimeout(settings.CallAttemptTimeout);
        settings.ConfigureCalls?.Invoke(service, builder);
        return builder.Build();
    }
}
