using Chronicle.Storage;
using Chronicle.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Chronicle.Storage.Tests;

public sealed class SqliteStorageTests : StorageContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-storage-").FullName;

    protected override Database OpenDatabase(IReadOnlyList<Migration> migrations) =>
        Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "test", migrations);

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Sqlite_runs_in_wal_mode()
    {
        using var connection = OpenDatabase(Migrations).Open();

        Assert.Equal("wal", connection.Query("PRAGMA journal_mode", r => r.GetString(0)).Single());
    }

    [Fact]
    public void Sqlite_copies_the_wal_back_only_past_its_own_interval()
    {
        using var database = OpenDatabase(Migrations);
        using (var connection = database.Open())
        {
            Assert.Equal(Database.WalCheckpointPages, connection.ScalarLong("PRAGMA wal_autocheckpoint"));
        }
        var path = Path.Combine(_directory, "test.db");
        var before = new FileInfo(path).Length;

        // About 1,500 pages in 30 commits: past SQLite's default interval (1,000 pages), short of ours.
        var body = new string('x', 3_000);
        for (var commit = 0; commit < 30; commit++)
        {
            database.InTransaction((connection, transaction) =>
            {
                for (var row = 0; row < 50; row++)
                {
                    connection.Execute("INSERT INTO notes (body) VALUES (@body)", transaction, ("@body", body));
                }
                return 0;
            });
        }

        // Every commit is in the WAL, none copied back into the database file yet, and all are read.
        Assert.Equal(before, new FileInfo(path).Length);
        Assert.True(new FileInfo(path + "-wal").Length > 1_000 * 4096);
        using var reader = database.Open();
        Assert.Equal(1_500, reader.ScalarLong("SELECT COUNT(*) FROM notes"));
    }
}

public sealed class PostgresStorageTests : StorageContract
{
    private readonly string _connectionString = PostgresServer.CreateDatabase("storage");

    protected override Database OpenDatabase(IReadOnlyList<Migration> migrations) =>
        Database.Open(new StorageOptions(StorageProvider.Postgres, _connectionString), Path.GetTempPath(), "test", migrations);
}

/// <summary>What every storage provider must do the same way.</summary>
public abstract class StorageContract : IDisposable
{
    protected static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "CREATE TABLE notes (id {{id}}, body TEXT NOT NULL, data {{bytes}})"),
        new(2, "CREATE INDEX notes_body ON notes (body)"),
        Outbox.Schema,
    ];

    protected abstract Database OpenDatabase(IReadOnlyList<Migration> migrations);

    [Fact]
    public async Task Shared_transactions_of_concurrent_callers_commit_each_caller_whole_or_not_at_all()
    {
        var database = OpenDatabase(Migrations);
        const int callers = 60;
        using var start = new ManualResetEventSlim(false);
        var answers = Enumerable.Range(0, callers).Select(i => Task.Run(() =>
        {
            start.Wait();
            return database.InSharedTransaction((connection, transaction) =>
            {
                connection.Execute("INSERT INTO notes (body) VALUES (@body)", transaction, ("@body", $"first {i}"));
                connection.Execute("INSERT INTO notes (body) VALUES (@body)", transaction, ("@body", $"second {i}"));
                // Every fifth caller fails after writing: its rows must go, and only its rows.
                return i % 5 == 0 ? throw new InvalidOperationException($"caller {i} gives up") : i;
            });
        })).ToList();
        start.Set();

        foreach (var (answer, i) in answers.Select((answer, i) => (answer, i)))
        {
            if (i % 5 == 0)
            {
                var error = await Assert.ThrowsAsync<InvalidOperationException>(() => answer);
                Assert.Equal($"caller {i} gives up", error.Message);
            }
            else
            {
                Assert.Equal(i, await answer);
            }
        }
        using var connection = database.Open();
        var bodies = connection.Query("SELECT body FROM notes", r => r.GetString(0)).ToHashSet();
        var expected = Enumerable.Range(0, callers).Where(i => i % 5 != 0).SelectMany(i => new[] { $"first {i}", $"second {i}" }).ToHashSet();
        Assert.Equal(expected, bodies);
    }

    public virtual void Dispose()
    {
    }

    [Fact]
    public void Migrations_apply_once_and_in_order()
    {
        OpenDatabase(Migrations);
        var database = OpenDatabase(Migrations);

        using var connection = database.Open();
        Assert.Equal([1L, 2L, 1000L, 1001L, 1002L, 1003L], connection.Query("SELECT version FROM schema_version ORDER BY version", r => r.Long(0)));
    }

    [Fact]
    public void A_new_migration_is_applied_to_an_existing_database()
    {
        OpenDatabase(Migrations.Take(1).ToList());
        var database = OpenDatabase(Migrations);

        using var connection = database.Open();
        Assert.Equal(6, connection.ScalarLong("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void A_step_numbered_below_the_highest_applied_is_still_applied()
    {
        OpenDatabase(Migrations);
        var database = OpenDatabase([.. Migrations, new(3, "CREATE TABLE late_notes (id {{id}})")]);

        using var connection = database.Open();
        Assert.Equal(0, connection.ScalarLong("SELECT COUNT(*) FROM late_notes"));
        Assert.Equal(7, connection.ScalarLong("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void Text_and_bytes_round_trip_unchanged()
    {
        var database = OpenDatabase(Migrations);
        const string vietnamese = "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư — “Đối ngoại”";

        database.InTransaction((c, t) => c.Execute("INSERT INTO notes (body, data) VALUES (@body, @data)", t, ("@body", vietnamese), ("@data", new byte[] { 0, 1, 255 })));

        using var connection = database.Open();
        var (body, data) = connection.Query("SELECT body, data FROM notes", r => (r.GetString(0), (byte[])r[1])).Single();
        Assert.Equal(vietnamese, body);
        Assert.Equal(new byte[] { 0, 1, 255 }, data);
    }

    [Fact]
    public void Rows_inserted_together_are_all_stored_and_the_first_of_a_key_wins()
    {
        var database = OpenDatabase([.. Migrations, new(4, "CREATE TABLE tags (name TEXT PRIMARY KEY, note TEXT, rank INTEGER NOT NULL)")]);
        // More rows than one statement takes (200 of three columns), a null, and the last 50 rows
        // repeating keys: half of them keys of the same statement, half keys of the first.
        static int Key(int i) => i < 650 ? i : i % 2 == 0 ? i - 50 : i - 650;
        var rows = Enumerable.Range(0, 700).Select(i => new object?[] { $"tag {Key(i)}", i % 7 == 0 ? null : $"note {i}", i }).ToList();

        var inserted = database.InTransaction((c, t) => c.InsertRows(t, "tags", ["name", "note", "rank"], rows, "ON CONFLICT (name) DO NOTHING"));

        using var connection = database.Open();
        var stored = connection.Query("SELECT name, note, rank FROM tags", r => (Name: r.GetString(0), Note: r.StringOrNull(1), Rank: r.Int(2)))
            .ToDictionary(r => r.Name);
        Assert.Equal(650, inserted);
        Assert.Equal(650, stored.Count);
        Assert.All(stored.Values, row => Assert.True(row.Rank < 650, $"{row.Name} kept the later row {row.Rank}"));
        Assert.Null(stored["tag 0"].Note);
        Assert.Equal("note 1", stored["tag 1"].Note);
    }

    [Fact]
    public void A_failed_transaction_stores_nothing()
    {
        var database = OpenDatabase(Migrations);

        Assert.Throws<InvalidOperationException>(() => database.InTransaction<int>((c, t) =>
        {
            c.Execute("INSERT INTO notes (body) VALUES ('half')", t);
            Outbox.Enqueue(c, t, "k", [1]);
            throw new InvalidOperationException("boom");
        }));

        using var connection = database.Open();
        Assert.Equal(0, connection.ScalarLong("SELECT COUNT(*) FROM notes"));
        Assert.Equal(0, connection.ScalarLong("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public void Outbox_message_is_due_after_commit_and_gone_once_complete()
    {
        var database = OpenDatabase(Migrations);
        var outbox = new Outbox(database, new OutboxSignal());

        database.InTransaction((c, t) => { Outbox.Enqueue(c, t, "doc-1", [7, 8]); return 0; });
        var due = Assert.Single(outbox.Due(10));
        outbox.Complete(due.Id, (c, t) => c.Execute("INSERT INTO notes (body) VALUES ('delivered')", t));

        Assert.Equal("doc-1", due.Key);
        Assert.Equal(new byte[] { 7, 8 }, due.Payload);
        Assert.Empty(outbox.Due(10));
        using var connection = database.Open();
        Assert.Equal(1, connection.ScalarLong("SELECT COUNT(*) FROM notes WHERE body = 'delivered'"));
    }

    [Fact]
    public void Retried_message_waits_for_its_backoff_and_counts_attempts()
    {
        var database = OpenDatabase(Migrations);
        var outbox = new Outbox(database, new OutboxSignal());
        database.InTransaction((c, t) => { Outbox.Enqueue(c, t, "doc-1", [1]); return 0; });
        var message = outbox.Due(10).Single();

        outbox.Retry(message.Id, "unavailable", TimeSpan.FromHours(1));

        Assert.Empty(outbox.Due(10));
        Assert.Equal(1, outbox.PendingCount());
        Assert.NotNull(outbox.NextDueAt());
    }

    [Fact]
    public void Parked_message_is_kept_but_never_due_again()
    {
        var database = OpenDatabase(Migrations);
        var outbox = new Outbox(database, new OutboxSignal());
        database.InTransaction((c, t) => { Outbox.Enqueue(c, t, "doc-1", [1]); return 0; });
        var message = outbox.Due(10).Single();

        outbox.Park(message.Id, "refused");

        Assert.Empty(outbox.Due(10));
        Assert.Equal(0, outbox.PendingCount());
        using var connection = database.Open();
        Assert.Equal("refused", connection.Query("SELECT last_error FROM outbox", r => r.GetString(0)).Single());
    }

    [Fact]
    public void A_claimed_message_is_nobody_elses_until_its_lease_runs_out()
    {
        var database = OpenDatabase(Migrations);
        var outbox = new Outbox(database, new OutboxSignal());
        database.InTransaction((c, t) => { Outbox.Enqueue(c, t, "doc-1", [1]); return 0; });

        var first = outbox.Claim("replica-a", 10, TimeSpan.FromSeconds(1));
        var meanwhile = outbox.Claim("replica-b", 10, TimeSpan.FromMinutes(1));
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        var afterTheLease = outbox.Claim("replica-b", 10, TimeSpan.FromMinutes(1));

        Assert.Equal("doc-1", Assert.Single(first).Key);
        Assert.Empty(meanwhile);
        Assert.Equal(first[0].Id, Assert.Single(afterTheLease).Id);
    }

    [Fact]
    public void Messages_of_one_key_are_claimed_one_after_the_other_in_order()
    {
        var database = OpenDatabase(Migrations);
        var outbox = new Outbox(database, new OutboxSignal());
        database.InTransaction((c, t) =>
        {
            Outbox.Enqueue(c, t, "doc-1", [1]);
            Outbox.Enqueue(c, t, "doc-2", [2]);
            Outbox.Enqueue(c, t, "doc-1", [3]);
            return 0;
        });

        var first = outbox.Claim("replica-a", 10, TimeSpan.FromMinutes(1));
        outbox.Complete(first.Single(m => m.Key == "doc-1").Id);
        var second = outbox.Claim("replica-a", 10, TimeSpan.FromMinutes(1));

        Assert.Equal([(byte)1, (byte)2], first.Select(m => m.Payload[0]));
        Assert.Equal([(byte)3], second.Select(m => m.Payload[0]));
    }

    [Fact]
    public void A_released_or_retried_claim_frees_the_message()
    {
        var database = OpenDatabase(Migrations);
        var outbox = new Outbox(database, new OutboxSignal());
        database.InTransaction((c, t) => { Outbox.Enqueue(c, t, "doc-1", [1]); Outbox.Enqueue(c, t, "doc-2", [2]); return 0; });
        var claimed = outbox.Claim("replica-a", 10, TimeSpan.FromMinutes(1));

        outbox.Release(claimed[0].Id);
        outbox.Retry(claimed[1].Id, "unavailable", TimeSpan.Zero);

        Assert.Equal(2, outbox.Claim("replica-b", 10, TimeSpan.FromMinutes(1)).Count);
    }

    /// <summary>Messages 'doc-0' … 'doc-(count-1)', one per key, each carrying its number.</summary>
    private static void EnqueueOnePerKey(Database database, int count) =>
        database.InTransaction((c, t) =>
        {
            for (var i = 0; i < count; i++)
            {
                Outbox.Enqueue(c, t, $"doc-{i}", BitConverter.GetBytes(i));
            }
            return 0;
        });

    [Fact]
    public async Task Two_dispatchers_on_one_table_deliver_each_message_exactly_once()
    {
        var database = OpenDatabase(Migrations);
        const int Messages = 300;
        EnqueueOnePerKey(database, Messages);
        var stage = new CountingStage(database);
        var options = Options.Create(new OutboxOptions { Parallelism = 4, AuditDeliveries = true });
        OutboxDispatcher Replica() =>
            new(new Outbox(database, new OutboxSignal()), new OutboxSignal(), stage, database, options, NullLogger<OutboxDispatcher>.Instance);
        var (a, b) = (Replica(), Replica());

        await Task.WhenAll(a.DrainAsync(CancellationToken.None), b.DrainAsync(CancellationToken.None));

        Assert.Equal(Messages, stage.Deliveries.Count);
        Assert.All(stage.Deliveries.GroupBy(d => d.Key), g => Assert.Single(g));
        // Both took part: the table was shared, not drained by whichever started first.
        Assert.Equal(2, stage.Deliveries.Select(d => d.Owner).Distinct().Count());
        Assert.Equal(0, new Outbox(database, new OutboxSignal()).PendingCount());
        // The audit the multi-replica benchmark counts repeats from: one row per delivery, by its dispatcher.
        using var connection = database.Open();
        var audited = connection.Query("SELECT message_id, delivered_by FROM outbox_deliveries", r => (Id: r.Long(0), By: r.GetString(1)));
        Assert.Equal(Messages, audited.Select(d => d.Id).Distinct().Count());
        Assert.Equal(Messages, audited.Count);
        Assert.Equal(new[] { a.Owner, b.Owner }.Order(), audited.Select(d => d.By).Distinct().Order());
    }

    [Fact]
    public void Pieces_of_one_shared_transaction_fail_alone()
    {
        var database = OpenDatabase(Migrations);
        var pieces = Enumerable.Range(0, 6).Select(i => (Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, int>)((c, t) =>
        {
            c.Execute("INSERT INTO notes (body) VALUES (@body)", t, ("@body", $"piece {i}"));
            return i == 2 ? throw new InvalidOperationException("piece 2 gives up") : i;
        })).ToList();

        var outcomes = database.InSharedTransactionEach(pieces);

        Assert.Equal([0, 1, 0, 3, 4, 5], outcomes.Select(o => o.Result));
        Assert.Equal("piece 2 gives up", Assert.IsType<InvalidOperationException>(outcomes[2].Error).Message);
        Assert.All(outcomes.Where((_, i) => i != 2), o => Assert.Null(o.Error));
        using var connection = database.Open();
        Assert.Equal(["piece 0", "piece 1", "piece 3", "piece 4", "piece 5"], connection.Query("SELECT body FROM notes ORDER BY body", r => r.GetString(0)));
    }

    [Fact]
    public async Task A_batch_is_settled_item_by_item()
    {
        var database = OpenDatabase(Migrations);
        database.InTransaction((c, t) =>
        {
            foreach (var key in new[] { "good-1", "refused", "good-2", "failing", "good-3" })
            {
                Outbox.Enqueue(c, t, key, [1]);
            }
            return 0;
        });
        var stage = new BatchStage(database) { Refuse = new HashSet<string> { "refused" }, Fail = new HashSet<string> { "failing" } };
        var dispatcher = new OutboxDispatcher(new Outbox(database, new OutboxSignal()), new OutboxSignal(), stage, database,
            Options.Create(new OutboxOptions { Parallelism = 1, BatchSize = 10 }), NullLogger<OutboxDispatcher>.Instance);

        await dispatcher.DrainAsync(CancellationToken.None);

        // One call carried all five; each was answered on its own.
        Assert.Equal([5], stage.BatchSizes);
        Assert.Equal(["good-1", "good-2", "good-3"], stage.Completed);
        Assert.Equal(["refused"], stage.Parked);
        using var connection = database.Open();
        var left = connection.Query("SELECT message_key, attempts, parked_at IS NOT NULL, claimed_by IS NULL FROM outbox ORDER BY id",
            r => (Key: r.GetString(0), Attempts: r.Int(1), Parked: r.GetBoolean(2), Unclaimed: r.GetBoolean(3)));
        // The refused one is parked, the failed one waits for its retry; neither holds a claim.
        Assert.Equal([("refused", 1, true, true), ("failing", 1, false, true)], left);
    }

    [Fact]
    public async Task A_batch_carries_one_message_per_key_and_keeps_their_order()
    {
        var database = OpenDatabase(Migrations);
        database.InTransaction((c, t) =>
        {
            for (var version = 0; version < 3; version++)
            {
                Outbox.Enqueue(c, t, "doc-1", [(byte)version]);
                Outbox.Enqueue(c, t, "doc-2", [(byte)version]);
            }
            return 0;
        });
        var stage = new BatchStage(database);
        var dispatcher = new OutboxDispatcher(new Outbox(database, new OutboxSignal()), new OutboxSignal(), stage, database,
            Options.Create(new OutboxOptions { Parallelism = 4, BatchSize = 10 }), NullLogger<OutboxDispatcher>.Instance);

        await dispatcher.DrainAsync(CancellationToken.None);

        Assert.All(stage.Batches, batch => Assert.Equal(batch.Count, batch.Select(m => m.Key).Distinct().Count()));
        Assert.Equal([0, 1, 2], stage.Batches.SelectMany(b => b).Where(m => m.Key == "doc-1").Select(m => (int)m.Payload[0]));
        Assert.Equal([0, 1, 2], stage.Batches.SelectMany(b => b).Where(m => m.Key == "doc-2").Select(m => (int)m.Payload[0]));
        Assert.Equal(0, new Outbox(database, new OutboxSignal()).PendingCount());
    }

    [Fact]
    public async Task Two_dispatchers_delivering_batches_deliver_each_message_exactly_once()
    {
        var database = OpenDatabase(Migrations);
        const int Messages = 300;
        EnqueueOnePerKey(database, Messages);
        var stage = new BatchStage(database);
        var options = Options.Create(new OutboxOptions { Parallelism = 4, BatchSize = 16, AuditDeliveries = true });
        OutboxDispatcher Replica() =>
            new(new Outbox(database, new OutboxSignal()), new OutboxSignal(), stage, database, options, NullLogger<OutboxDispatcher>.Instance);

        await Task.WhenAll(Replica().DrainAsync(CancellationToken.None), Replica().DrainAsync(CancellationToken.None));

        var delivered = stage.Batches.SelectMany(b => b).ToList();
        Assert.Equal(Messages, delivered.Count);
        Assert.Equal(Messages, delivered.Select(m => m.Key).Distinct().Count());
        Assert.All(stage.BatchSizes, size => Assert.InRange(size, 1, 16));
        Assert.Contains(stage.BatchSizes, size => size > 1);
        Assert.Equal(0, new Outbox(database, new OutboxSignal()).PendingCount());
        using var connection = database.Open();
        Assert.Equal(Messages, connection.ScalarLong("SELECT COUNT(DISTINCT message_id) FROM outbox_deliveries"));
        Assert.Equal(Messages, connection.ScalarLong("SELECT COUNT(*) FROM outbox_deliveries"));
    }

    /// <summary>
    /// A next stage that takes batches, standing in for a gRPC service with a batch method: answers
    /// each message on its own (refusing or failing the keys it is told to), checks that every
    /// message it is sent is claimed, and remembers each call.
    /// </summary>
    private sealed class BatchStage(Database database) : IOutboxDelivery
    {
        public IReadOnlySet<string> Refuse { get; init; } = new HashSet<string>();

        public IReadOnlySet<string> Fail { get; init; } = new HashSet<string>();

        public System.Collections.Concurrent.ConcurrentQueue<IReadOnlyList<OutboxMessage>> BatchesSent { get; } = new();

        public IReadOnlyList<IReadOnlyList<OutboxMessage>> Batches => [.. BatchesSent];

        public IReadOnlyList<int> BatchSizes => Batches.Select(b => b.Count).ToList();

        public List<string> Completed { get; } = [];

        public List<string> Parked { get; } = [];

        public int MaxBatch => int.MaxValue;

        public async Task<IReadOnlyList<(DeliveryResult Result, string? Error)>> DeliverBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
        {
            using (var connection = database.Open())
            {
                var unclaimed = connection.ScalarLong(
                    $"SELECT COUNT(*) FROM outbox WHERE claimed_by IS NULL AND id IN ({string.Join(",", messages.Select(m => m.Id))})");
                Assert.Equal(0, unclaimed);
            }
            BatchesSent.Enqueue(messages);
            await Task.Delay(2, cancellationToken);
            return messages.Select(m =>
                Refuse.Contains(m.Key) ? (DeliveryResult.Rejected, "invalid")
                : Fail.Contains(m.Key) ? (DeliveryResult.RetryLater, "store busy")
                : (DeliveryResult.Delivered, (string?)null)).ToList();
        }

        public Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a stage that takes batches is sent batches");

        public void OnDelivered(OutboxMessage message, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
        {
            lock (Completed)
            {
                Completed.Add(message.Key);
            }
        }

        public void OnParked(OutboxMessage message, string error, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
        {
            lock (Parked)
            {
                Parked.Add(message.Key);
            }
        }
    }

    /// <summary>
    /// The next stage, standing in for a gRPC service: takes a little time per message and
    /// remembers each one it was sent, with the dispatcher that held its claim.
    /// </summary>
    private sealed class CountingStage(Database database) : IOutboxDelivery
    {
        public System.Collections.Concurrent.ConcurrentBag<(string Key, string Owner)> Deliveries { get; } = [];

        public async Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            using (var connection = database.Open())
            {
                Deliveries.Add((message.Key, connection.Query("SELECT claimed_by FROM outbox WHERE id = @id", r => r.GetString(0), null, ("@id", message.Id)).Single()));
            }
            await Task.Delay(2, cancellationToken);
            return (DeliveryResult.Delivered, null);
        }

        public void OnDelivered(OutboxMessage message, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
        {
        }

        public void OnParked(OutboxMessage message, string error, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
        {
        }
    }

    [Fact]
    public void Provider_is_chosen_by_configuration()
    {
        var sqlite = StorageOptions.From(new ConfigurationBuilder().Build());
        var postgres = StorageOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Chronicle"] = "Host=db;Database=timeline",
        }).Build());

        Assert.Equal(StorageProvider.Sqlite, sqlite.Provider);
        Assert.Equal(StorageProvider.Postgres, postgres.Provider);
        Assert.Throws<InvalidOperationException>(() => StorageOptions.From(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Storage:Provider"] = "Oracle" }).Build()));
    }
}
