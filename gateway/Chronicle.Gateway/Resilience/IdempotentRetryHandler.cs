using Polly;

namespace Chronicle.Gateway.Resilience;

/// <summary>
/// Retries proxied GET, HEAD and OPTIONS calls that carry no body, through a Polly pipeline
/// (jittered exponential backoff within the cluster's retry budget). Anything else — every
/// POST, any request with a body, health probes — is sent exactly once: a body that was streamed
/// from the client cannot be sent twice, and a write must never be repeated behind its caller's back.
/// </summary>
public sealed class IdempotentRetryHandler(ResiliencePipeline<HttpResponseMessage> pipeline, RetryBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsRetryable(request))
        {
            return await base.SendAsync(request, cancellationToken);
        }
        budget.RecordAttempt();
        return await pipeline.ExecuteAsync(
            static (state, token) => new ValueTask<HttpResponseMessage>(state.Handler.SendOnceAsync(state.Request, token)),
            (Handler: this, Request: request),
            cancellationToken);
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    public static bool IsRetryable(HttpRequestMessage request) =>
        (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options)
        && request.Content is null
        && !request.Options.TryGetValue(Http1ProbingRequestFactory.IsProbe, out _);
}
