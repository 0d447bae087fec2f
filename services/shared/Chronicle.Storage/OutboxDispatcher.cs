using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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

/// <summary>How the outbox is drained: <c>Outbox:Parallelism</c> and <c>Outbox:LeaseSeconds</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Deliveries in flight at once per replica, 4 by default. On SQLite too: the receiver's
    /// commits then overlap (each stage shares one commit among the calls arriving together), where
    /// one delivery at a time waited for one disk sync per message at every stage.
    /// </summary>
    public int? Parallelism { get; set; }

    /// <summary>
    /// How long a claimed message is its dispatcher's alone. Longer than a delivery may take (the
    /// hand-off deadline); after it, a crashed replica's messages are delivered by another.
    /// </summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Writes each delivery with the dispatcher that made it (<see cref="Outbox.Audit"/>), to count repeats.</summary>
    public bool AuditDeliveries { get; set; }

    /// <summary>The workers each replica runs: the same default on every store now that SQLite overlaps the calls too.</summary>
    public int EffectiveParallelism => Math.Max(1, Parallelism ?? 4);
}

/// <summary>
/// Drains the outbox with jittered exponential backoff per message, so a stage that is down
/// delays work without losing it. Transient failures are retried without limit. Each worker
/// claims one message at a time, so replicas sharing one PostgreSQL outbox never send the same
/// message twice while its claim lasts; messages of one key go out in order.
/// </summary>
public sealed class OutboxDispatcher(
    Outbox outbox, OutboxSignal signal, IOutboxDelivery delivery, Database store, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>This dispatcher's name on its claims: unique per process start.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store.Provider == StorageProvider.Sqlite)
        {
            // One dispatcher per SQLite file: claims left by a previous run are nobody's now.
            outbox.ReleaseAll();
        }
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
                break;
            }
            catch (Exception exception)
            {
                // Storage trouble (disk full, locked file): keep the loop alive and try again.
                logger.LogError(exception, "Outbox drain failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        // Stopping: what this dispatcher still holds is free for the others at once.
        outbox.ReleaseAll(Owner);
    }

    /// <summary>Delivers every claimable message, with at most the configured number in flight.</summary>
    public async Task DrainAsync(CancellationToken stoppingToken)
    {
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var stageDown = 0;
        async Task WorkAsync()
        {
            while (Volatile.Read(ref stageDown) == 0 && outbox.Claim(Owner, 1, lease) is [var message])
            {
                var (result, error) = await delivery.DeliverAsync(message, stoppingToken);
                switch (result)
                {
                    case DeliveryResult.Delivered:
                        outbox.Complete(message.Id, (c, t) => delivery.OnDelivered(message, c, t), options.Value.AuditDeliveries ? Owner : null);
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
                        Volatile.Write(ref stageDown, 1);
                        break;
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, options.Value.EffectiveParallelism).Select(_ => Task.Run(WorkAsync, stoppingToken)));
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
