using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chronicle.Storage;

/// <summary>The outcome of one delivery attempt.</summary>
public enum DeliveryResult
{
    Delivered,
    /// <summary>The next stage is unavailable or slow: try again later.</summary>
    RetryLater,
    /// <summary>The next stage refused the message for good: park it.</summary>
    Rejected,
}

/// <summary>Delivers one kind of outbox message to the next stage.</summary>
public interface IOutboxDelivery
{
    Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Runs in the transaction that removes a delivered message.</summary>
    void OnDelivered(OutboxMessage message, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction);

    /// <summary>Runs in the transaction that parks a rejected message.</summary>
    void OnParked(OutboxMessage message, string error, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction);
}

/// <summary>
/// Drains the outbox in order, with jittered exponential backoff per message, so a stage that
/// is down delays work without losing it. Transient failures are retried without limit.
/// </summary>
public sealed class OutboxDispatcher(Outbox outbox, OutboxSignal signal, IOutboxDelivery delivery, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
                var nextDue = outbox.NextDueAt();
                var wait = nextDue is null ? IdlePoll : Clamp(nextDue.Value - DateTimeOffset.UtcNow);
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Storage trouble (disk full, locked file): keep the loop alive and try again.
                logger.LogError(exception, "Outbox drain failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<OutboxMessage> batch;
        while ((batch = outbox.Due(limit: 32)).Count > 0)
        {
            foreach (var message in batch)
            {
                var (result, error) = await delivery.DeliverAsync(message, stoppingToken);
                switch (result)
                {
                    case DeliveryResult.Delivered:
                        outbox.Complete(message.Id, (c, t) => delivery.OnDelivered(message, c, t));
                        break;
                    case DeliveryResult.Rejected:
                        logger.LogWarning("Parked outbox message {Key}: {Error}", message.Key, error);
                        outbox.Park(message.Id, error ?? "rejected", (c, t) => delivery.OnParked(message, error ?? "rejected", c, t));
                        break;
                    default:
                        var delay = Backoff(message.Attempts);
                        logger.LogInformation("Delivery of {Key} failed ({Error}); attempt {Attempt}, next in {Delay}", message.Key, error, message.Attempts + 1, delay);
                        outbox.Retry(message.Id, error ?? "unavailable", delay);
                        // The stage is likely down: stop this pass rather than fail every message in turn.
                        return;
                }
            }
        }
    }

    private static TimeSpan Backoff(int attempts)
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(attempts, 10)));
        var capped = exponential < MaxBackoff ? exponential : MaxBackoff;
        // Full jitter keeps many senders from retrying in lockstep.
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * capped.TotalMilliseconds + 50);
    }

    private static TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > IdlePoll ? IdlePoll : wait;
}
