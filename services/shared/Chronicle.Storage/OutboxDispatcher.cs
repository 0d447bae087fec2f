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
    /// <summary>Not sent (an earlier message of the batch found the stage down): give the claim back untried.</summary>
    NotAttempted,
}

/// <summary>Delivers one kind of outbox message to the next stage.</summary>
public interface IOutboxDelivery
{
    Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>How many messages one call to the next stage can carry: 1 where it takes one at a time.</summary>
    int MaxBatch => 1;

    /// <summary>
    /// Delivers several messages, answering each one, in order. Where the next stage takes a batch
    /// this is one call; by default the messages go one at a time (<see cref="OutboxBatches.OneByOneAsync"/>).
    /// </summary>
    Task<IReadOnlyList<(DeliveryResult Result, string? Error)>> DeliverBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) =>
        OutboxBatches.OneByOneAsync(this, messages, cancellationToken);

    /// <summary>Runs in the transaction that removes a delivered message.</summary>
    void OnDelivered(OutboxMessage message, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction);

    /// <summary>Runs in the transaction that parks a rejected message.</summary>
    void OnParked(OutboxMessage message, string error, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction);
}

/// <summary>How the outbox is drained: <c>Outbox:Parallelism</c>, <c>Outbox:BatchSize</c> and <c>Outbox:LeaseSeconds</c>.</summary>
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

    /// <summary>
    /// At most how many messages a worker claims and hands over in one call, where the next stage
    /// takes a batch (32 by default; 1 turns batching off). A batch is what is waiting when the
    /// worker is free: nothing is held back to fill one.
    /// </summary>
    public int? BatchSize { get; set; }

    public int EffectiveBatchSize => Math.Max(1, BatchSize ?? 32);

    /// <summary>Writes each delivery with the dispatcher that made it (<see cref="Outbox.Audit"/>), to count repeats.</summary>
    public bool AuditDeliveries { get; set; }

    /// <summary>The workers each replica runs: the same default on every store now that SQLite overlaps the calls too.</summary>
    public int EffectiveParallelism => Math.Max(1, Parallelism ?? 4);
}

/// <summary>
/// Drains the outbox with jittered exponential backoff per message, so a stage that is down
/// delays work without losing it. Transient failures are retried without limit. Each worker
/// claims what is waiting, up to a batch (<see cref="OutboxOptions.BatchSize"/>, where the next
/// stage takes batches; else one message), so replicas sharing one PostgreSQL outbox never send
/// the same message twice while its claim lasts; only the oldest waiting message of a key is
/// claimable, so messages of one key go out in order. Each message of a batch is answered on its
/// own: one refused or failed message neither parks nor repeats the others.
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

    /// <summary>
    /// Delivers every claimable message, with at most the configured number of calls in flight.
    /// One worker starts; another joins only when a claim came back full (more may be waiting), so
    /// a pass woken for the few messages of one commit makes one claim, not one per worker: the
    /// others' claims found nothing and each still cost a write transaction.
    /// </summary>
    public async Task DrainAsync(CancellationToken stoppingToken)
    {
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var batchSize = Math.Max(1, Math.Min(options.Value.EffectiveBatchSize, delivery.MaxBatch));
        var parallelism = options.Value.EffectiveParallelism;
        var stageDown = 0;
        var workers = new List<Task>(parallelism);
        void StartWorker()
        {
            lock (workers)
            {
                if (workers.Count < parallelism)
                {
                    workers.Add(Task.Run(WorkAsync, stoppingToken));
                }
            }
        }
        async Task WorkAsync()
        {
            while (Volatile.Read(ref stageDown) == 0 && outbox.Claim(Owner, batchSize, lease) is { Count: > 0 } messages)
            {
                if (messages.Count == batchSize)
                {
                    // A full claim: another worker takes what is left while this one delivers.
                    StartWorker();
                }
                var results = await delivery.DeliverBatchAsync(messages, stoppingToken);
                if (!Settle(messages, results))
                {
                    // The stage is likely down: stop this pass rather than fail every message in turn.
                    Volatile.Write(ref stageDown, 1);
                }
            }
        }
        StartWorker();
        // Every worker started is awaited, those started while waiting too; the first failure is thrown after.
        Exception? failure = null;
        var awaited = 0;
        while (true)
        {
            Task[] started;
            lock (workers)
            {
                if (awaited == workers.Count)
                {
                    break;
                }
                started = workers.Skip(awaited).ToArray();
                awaited = workers.Count;
            }
            try
            {
                await Task.WhenAll(started);
            }
            catch (Exception exception)
            {
                failure ??= exception;
            }
        }
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>
    /// Records each message's outcome: the delivered ones are removed together, the refused ones
    /// parked, the failed ones backed off, the untried ones given back. False when nothing went
    /// through and something failed (the stage looks down).
    /// </summary>
    private bool Settle(IReadOnlyList<OutboxMessage> messages, IReadOnlyList<(DeliveryResult Result, string? Error)> results)
    {
        var delivered = new List<OutboxMessage>();
        var retries = new List<(long Id, string Error, TimeSpan Delay)>();
        var untried = new List<long>();
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var (result, error) = results[i];
            switch (result)
            {
                case DeliveryResult.Delivered:
                    delivered.Add(message);
                    break;
                case DeliveryResult.Rejected:
                    logger.LogWarning("Parked outbox message {Key}: {Error}", message.Key, error);
                    outbox.Park(message.Id, error ?? "rejected", (c, t) => delivery.OnParked(message, error ?? "rejected", c, t));
                    break;
                case DeliveryResult.NotAttempted:
                    untried.Add(message.Id);
                    break;
                default:
                    var delay = Backoff(message.Attempts);
                    logger.LogInformation("Delivery of {Key} failed ({Error}); attempt {Attempt}, next in {Delay}", message.Key, error, message.Attempts + 1, delay);
                    retries.Add((message.Id, error ?? "unavailable", delay));
                    break;
            }
        }
        // Delivered first: the next message of each of their keys becomes claimable.
        outbox.Complete(delivered, delivery.OnDelivered, options.Value.AuditDeliveries ? Owner : null);
        outbox.Retry(retries);
        outbox.Release(untried);
        return delivered.Count > 0 || retries.Count == 0;
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

/// <summary>Helpers for deliveries that take messages one at a time.</summary>
public static class OutboxBatches
{
    /// <summary>
    /// Delivers the messages one after the other; after the first that must be tried again (the
    /// stage is likely down), the rest are not tried.
    /// </summary>
    public static async Task<IReadOnlyList<(DeliveryResult Result, string? Error)>> OneByOneAsync(
        IOutboxDelivery delivery, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var results = new List<(DeliveryResult Result, string? Error)>(messages.Count);
        foreach (var message in messages)
        {
            results.Add(results.Any(r => r.Result == DeliveryResult.RetryLater)
                ? (DeliveryResult.NotAttempted, null)
                : await delivery.DeliverAsync(message, cancellationToken));
        }
        return results;
    }
}
