using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>A message waiting to be handed to the next stage.</summary>
public sealed record OutboxMessage(long Id, string Key, byte[] Payload, int Attempts);

/// <summary>
/// Messages written in the same transaction as the data they describe, so a hand-off is never
/// lost between "stored" and "sent". Delivery is at-least-once; receivers deduplicate by key.
/// Dispatchers of several replicas share the table by claiming messages for a lease: a claimed
/// message is nobody else's until it is done or the lease runs out (its replica crashed).
/// The message itself is written durably with the data; what happens to it afterwards (claims,
/// retries, removal once delivered) is committed without waiting for the disk: a power cut can
/// only undo such a step, and then the message is delivered again, which at-least-once delivery
/// allows (receivers replace what they stored). That saves two disk syncs per message.
/// </summary>
public sealed class Outbox(Database store, OutboxSignal signal)
{
    /// <summary>Part of the schema of every service with an outbox (add both steps to its migrations).</summary>
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

    /// <summary>Claims: who holds a message and until when; messages of one key in order.</summary>
    public static readonly Migration Claims = new(1001, """
        ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
        ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
        CREATE INDEX outbox_key ON outbox (message_key, id)
        """);

    /// <summary>
    /// Which dispatcher delivered which message, written only when <c>Outbox:AuditDeliveries</c> is
    /// on: a benchmark of several replicas counts the messages two of them delivered.
    /// </summary>
    public static readonly Migration Audit = new(1002, """
        CREATE TABLE outbox_deliveries (
            message_id BIGINT NOT NULL,
            delivered_by TEXT NOT NULL,
            delivered_at TEXT NOT NULL
        )
        """);

    /// <summary>
    /// The waiting messages in the order they are claimed (oldest first), so a claim walks them from
    /// the oldest and stops at its limit. By <c>outbox_due</c> (due-time order) a claim read every due
    /// message, checked each for an earlier one of its key and sorted them all by id to keep the
    /// first: its cost grew with the backlog, about 1.5 µs a waiting message on SQLite (1.6 ms to
    /// claim one message out of a thousand waiting). <c>outbox_due</c> goes, since SQLite's planner
    /// prefers it whenever it is there; nothing needs the due-time order (the next due time is
    /// worked out over every waiting message anyway).
    /// </summary>
    public static readonly Migration ClaimOrder = new(1003, """
        CREATE INDEX outbox_waiting ON outbox (parked_at, id, next_attempt_at, claimed_until);
        DROP INDEX outbox_due
        """);

    /// <summary>The outbox's schema steps, for a service's list of migrations.</summary>
    public static IReadOnlyList<Migration> Migrations => [Schema, Claims, Audit, ClaimOrder];

    /// <summary>
    /// Due, not parked, not held by a live claim, and the oldest waiting message of its key: a
    /// document sent again is never delivered before its earlier version.
    /// </summary>
    private const string IsClaimable = """
        o.parked_at IS NULL AND o.next_attempt_at <= @now AND (o.claimed_until IS NULL OR o.claimed_until < @now)
        AND NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.message_key = o.message_key AND earlier.id < o.id AND earlier.parked_at IS NULL)
        """;

    /// <summary>The ids of up to <c>@limit</c> claimable messages, oldest first: what a claim takes.</summary>
    internal const string OldestClaimable = $"SELECT o.id FROM outbox o WHERE {IsClaimable} ORDER BY o.id LIMIT @limit";

    /// <summary>Adds a message inside the caller's transaction. Call <see cref="OutboxSignal.Notify"/> after commit.</summary>
    public static void Enqueue(DbConnection connection, DbTransaction transaction, string key, byte[] payload)
    {
        var now = Now();
        connection.Execute(
            "INSERT INTO outbox (message_key, payload, next_attempt_at, created_at) VALUES (@key, @payload, @now, @now)",
            transaction, ("@key", key), ("@payload", payload), ("@now", now));
    }

    public void NotifyAfterCommit() => signal.Notify();

    /// <summary>The messages a dispatcher could claim now, oldest first, without claiming them.</summary>
    public IReadOnlyList<OutboxMessage> Due(int limit)
    {
        using var connection = store.Open();
        return connection.Query(
            $"SELECT o.id, o.message_key, o.payload, o.attempts FROM outbox o WHERE {IsClaimable} ORDER BY o.id LIMIT @limit",
            ReadMessage, null, ("@now", Now()), ("@limit", limit));
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> due messages for <paramref name="owner"/> until
    /// <paramref name="lease"/> has passed. On PostgreSQL rows another dispatcher is claiming are
    /// skipped, not waited for; on SQLite the write lock serialises claims.
    /// </summary>
    public IReadOnlyList<OutboxMessage> Claim(string owner, int limit, TimeSpan lease) =>
        store.InTransaction((connection, transaction) =>
        {
            var now = Now();
            string chosen;
            (string Name, object? Value)[] chosenParameters;
            if (store.Provider == StorageProvider.Postgres)
            {
                // The chosen ids go in as an array: given 'id IN (…)' the planner joined them to the
                // table by hashing, reading the whole outbox once per claim (1.4 ms for a batch out of
                // 5,000 waiting, 0.5 ms by the array and the primary key).
                chosen = $"= ANY(ARRAY({OldestClaimable} FOR UPDATE SKIP LOCKED))";
                chosenParameters = [("@now", now), ("@limit", limit)];
            }
            else
            {
                // Chosen first, under the write lock the transaction holds from its start, then updated
                // by id: every pass ends with a claim that finds nothing, which now costs a read (about
                // 35 µs of CPU against 60 for the update that changed nothing), and the update by a list
                // of ids costs less than one that chooses its rows itself.
                var ids = connection.Query(OldestClaimable, r => r.Long(0), transaction, ("@now", now), ("@limit", limit));
                if (ids.Count == 0)
                {
                    return [];
                }
                (chosen, chosenParameters) = DbExtensions.InList("@id", ids);
            }
            var claimed = connection.Query($"""
                UPDATE outbox SET claimed_by = @owner, claimed_until = @until
                WHERE id {chosen}
                RETURNING id, message_key, payload, attempts
                """,
                ReadMessage, transaction, [("@owner", owner), ("@until", Now(lease)), .. chosenParameters]);
            return claimed.OrderBy(m => m.Id).ToList();
        }, durable: false);

    /// <summary>When the next message falls due or its claim runs out, or null when none waits.</summary>
    public DateTimeOffset? NextDueAt()
    {
        using var connection = store.Open();
        using var command = connection.Command("""
            SELECT MIN(CASE WHEN claimed_until IS NOT NULL AND claimed_until > next_attempt_at THEN claimed_until ELSE next_attempt_at END)
            FROM outbox WHERE parked_at IS NULL
            """);
        return command.ExecuteScalar() is string value ? DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Removes a delivered message, running <paramref name="alsoInTransaction"/> atomically with it
    /// (not durably: undone by a power cut, the delivery is repeated).
    /// </summary>
    /// <param name="auditAs">When set, the delivery is also written to <c>outbox_deliveries</c> under this dispatcher's name.</param>
    public void Complete(long id, Action<DbConnection, DbTransaction>? alsoInTransaction = null, string? auditAs = null) =>
        store.InTransaction((connection, transaction) =>
        {
            connection.Execute("DELETE FROM outbox WHERE id = @id", transaction, ("@id", id));
            if (auditAs is not null)
            {
                connection.Execute("INSERT INTO outbox_deliveries (message_id, delivered_by, delivered_at) VALUES (@id, @by, @at)",
                    transaction, ("@id", id), ("@by", auditAs), ("@at", Now()));
            }
            alsoInTransaction?.Invoke(connection, transaction);
            return 0;
        }, durable: false);

    /// <summary>
    /// Removes several delivered messages in one transaction, running
    /// <paramref name="alsoInTransaction"/> for each (not durably, as <see cref="Complete(long, Action{DbConnection, DbTransaction}?, string?)"/>).
    /// </summary>
    public void Complete(IReadOnlyList<OutboxMessage> messages, Action<OutboxMessage, DbConnection, DbTransaction>? alsoInTransaction = null, string? auditAs = null)
    {
        if (messages.Count == 0)
        {
            return;
        }
        store.InTransaction((connection, transaction) =>
        {
            foreach (var message in messages)
            {
                connection.Execute("DELETE FROM outbox WHERE id = @id", transaction, ("@id", message.Id));
                if (auditAs is not null)
                {
                    connection.Execute("INSERT INTO outbox_deliveries (message_id, delivered_by, delivered_at) VALUES (@id, @by, @at)",
                        transaction, ("@id", message.Id), ("@by", auditAs), ("@at", Now()));
                }
                alsoInTransaction?.Invoke(message, connection, transaction);
            }
            return 0;
        }, durable: false);
    }

    /// <summary>Backs several messages off in one transaction, each with its own error and delay.</summary>
    public void Retry(IReadOnlyList<(long Id, string Error, TimeSpan Delay)> retries)
    {
        if (retries.Count == 0)
        {
            return;
        }
        store.InTransaction((connection, transaction) =>
        {
            foreach (var (id, error, delay) in retries)
            {
                connection.Execute(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next, claimed_by = NULL, claimed_until = NULL WHERE id = @id",
                    transaction, ("@id", id), ("@error", error), ("@next", Now(delay)));
            }
            return 0;
        }, durable: false);
    }

    /// <summary>Gives several claimed messages back untried, in one transaction.</summary>
    public void Release(IReadOnlyList<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }
        store.InTransaction((connection, transaction) =>
        {
            foreach (var id in ids)
            {
                connection.Execute("UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE id = @id", transaction, ("@id", id));
            }
            return 0;
        }, durable: false);
    }

    public void Retry(long id, string error, TimeSpan delay) =>
        store.InTransaction((connection, transaction) => connection.Execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next, claimed_by = NULL, claimed_until = NULL WHERE id = @id",
            transaction, ("@id", id), ("@error", error), ("@next", Now(delay))), durable: false);

    /// <summary>Gives a claimed message back untried, for another pass or another dispatcher.</summary>
    public void Release(long id) =>
        store.InTransaction((connection, transaction) => connection.Execute(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE id = @id", transaction, ("@id", id)), durable: false);

    /// <summary>Gives back every claim of <paramref name="owner"/>, or every claim at all when null.</summary>
    public void ReleaseAll(string? owner = null) =>
        store.InTransaction((connection, transaction) => connection.Execute(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by IS NOT NULL AND (@owner IS NULL OR claimed_by = @owner)",
            transaction, ("@owner", owner)), durable: false);

    /// <summary>Stops retrying a message that cannot succeed; kept for inspection and re-runs.</summary>
    public void Park(long id, string error, Action<DbConnection, DbTransaction>? alsoInTransaction = null) =>
        store.InTransaction((connection, transaction) =>
        {
            connection.Execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = @error, parked_at = @now, claimed_by = NULL, claimed_until = NULL WHERE id = @id",
                transaction, ("@id", id), ("@error", error), ("@now", Now()));
            alsoInTransaction?.Invoke(connection, transaction);
            return 0;
        });

    public long PendingCount()
    {
        using var connection = store.Open();
        return connection.ScalarLong("SELECT COUNT(*) FROM outbox WHERE parked_at IS NULL");
    }

    private static OutboxMessage ReadMessage(DbDataReader r) => new(r.Long(0), r.GetString(1), (byte[])r[2], r.Int(3));

    /// <summary>Times as ISO 8601 in UTC, which order as text the way they order in time.</summary>
    private static string Now(TimeSpan later = default) => DateTimeOffset.UtcNow.Add(later).ToString("O");
}

/// <summary>Wakes the dispatcher as soon as a message is committed, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal : WakeSignal;

/// <summary>
/// Wakes one waiting worker: any number of notifications before it wakes count as one, since one
/// wake-up drains everything that is due.
/// </summary>
public class WakeSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount > 0)
        {
            // Already signalled: returns without throwing (an exception a call cost tens of microseconds
            // on every commit while the waiter was busy). Two callers at once can still both get here.
            return;
        }
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}
