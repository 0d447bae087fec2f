using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Yarp.ReverseProxy.Forwarder;

namespace Chronicle.Gateway.Resilience;

/// <summary>
/// YARP does not use IHttpClientFactory and has no retries of its own: the retry handler goes
/// around each cluster's handler here. One retry budget per cluster, so a failing service cannot
/// spend the budget of the others.
/// </summary>
public sealed class ResilientForwarderHttpClientFactory(
    IOptions<ResilienceOptions> options, TimeProvider time, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    private readonly ConcurrentDictionary<string, RetryBudget> _budgets = new();

    protected override HttpMessageHandler WrapHandler(ForwarderHttpClientContext context, HttpMessageHandler handler)
    {
        var settings = options.Value;
        var budget = _budgets.GetOrAdd(context.ClusterId, _ => new RetryBudget(settings.RetryBudgetRatio, settings.RetryBudgetMinPerSecond, time));
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (settings.ProxyRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.ProxyRetries,
                Delay = settings.ProxyRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = arguments => new ValueTask<bool>(IsTransient(arguments.Outcome, arguments.Context.CancellationToken) && budget.TryRetry()),
            });
        }
        settings.ConfigureProxy?.Invoke(context.ClusterId, builder);
        return new IdempotentRetryHandler(builder.Build(), budget) { InnerHandler = base.WrapHandler(context, handler) };
    }

    /// <summary>Connection failures and the statuses that say "not now" — never a cancellation by the caller or the route timeout.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && outcome switch
        {
            { Exception: HttpRequestException } => true,
            { Result.StatusCode: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
            _ => false,
        };
}
