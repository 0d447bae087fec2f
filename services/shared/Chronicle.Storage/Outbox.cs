using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>A message waiting to be handed to the next stage.</summary>
public sealed record OutboxMessage(long Id, string Key, byte[] Payload, int Attempts);

/// <summary>
/// Messages written in the same transaction as the data they describe, so a hand-off is never
/// lost between "stored" and "sent". Delivery is at-least-once; receivers deduplicate by key.
/// </summary>
public sealed class Outbox(Database store, OutboxSignal signal)
{
    public static readonly Migration Schema = new(1000, """
        CREATE TABLE outbox (
            id {{id}},
            message_key TEXT NOT NULL,
            payload {{bytes}} NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            created_at TEXT NOT NULL,
            parked_at TEXT
        );
        CREATE INDEX outbox_due ON outbox (parked_at, next_attempt_at)
        """);

    /// <summary>Adds a message inside the caller's transaction. Call <see cref="OutboxSignal.Notify"/> after commit.</summary>
    public static void Enqueue(DbConnection connection, DbTransaction transaction, string key, byte[] payload)
    {
        var now = DateTimeOffset.UtcNow.ToString("O");
        connection.Execute(
            "INSERT INTO outbox (message_key, payload, next_attempt_at, created_at) VALUES (@key, @payload, @now, @now)",
            transaction, ("@key", key), ("@payload", payload), ("@now", now));
    }

    public void NotifyAfterCommit() => signal.Notify();

    public IReadOnlyList<OutboxMessage> Due(int limit)
    {
        using var connection = store.Open();
        return connection.Query(
            "SELECT id, message_key, payload, attempts FROM outbox WHERE parked_at IS NULL AND next_attempt_at <= @now ORDER BY id LIMIT @limit",
            r => new OutboxMessage(r.Long(0), r.GetString(1), (byte[])r[2], r.Int(3)),
            null, ("@now", DateTimeOffset.UtcNow.ToString("O")), ("@limit", limit));
    }

    /// <summary>When the next message falls due, or null when none waits.</summary>
    public DateTimeOffset? NextDueAt()
    {
        using var connection = store.Open();
        using var command = connection.Command("SELECT MIN(next_attempt_at) FROM outbox WHERE parked_at IS NULL");
        return command.ExecuteScalar() is string value ? DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Removes a delivered message, running <paramref name="alsoInTransaction"/> atomically with it.</summary>
    public void Complete(long id, Action<DbConnection, DbTransaction>? alsoInTransaction = null) =>
        store.InTransaction((connection, transaction) =>
        {
            connection.Execute("DELETE FROM outbox WHERE id = @id", transaction, ("@id", id));
            alsoInTransaction?.Invoke(connection, transaction);
            return 0;
        });

    public void Retry(long id, string error, TimeSpan delay) =>
        store.InTransaction((connection, transaction) => connection.Execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next WHERE id = @id",
            transaction, ("@id", id), ("@error", error), ("@next", DateTimeOffset.UtcNow.Add(delay).ToString("O"))));

    /// <summary>Stops retrying a message that cannot succeed; kept for inspection and re-runs.</summary>
    public void Park(long id, string error, Action<DbConnection, DbTransaction>? alsoInTransaction = null) =>
        store.InTransaction((connection, transaction) =>
        {
            connection.Execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = @error, parked_at = @now WHERE id = @id",
                transaction, ("@id", id), ("@error", error), ("@now", DateTimeOffset.UtcNow.ToString("O")));
            alsoInTransaction?.Invoke(connection, transaction);
            return 0;
        });

    public long PendingCount()
    {
        using var connection = store.Open();
        return connection.ScalarLong("SELECT COUNT(*) FROM outbox WHERE parked_at IS NULL");
    }
}

/// <summary>Wakes the dispatcher as soon as a message is committed, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up drains everything that is due.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}
