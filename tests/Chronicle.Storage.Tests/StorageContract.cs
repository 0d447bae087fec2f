using Chronicle.Storage;
using Chronicle.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

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

    public virtual void Dispose()
    {
    }

    [Fact]
    public void Migrations_apply_once_and_in_order()
    {
        OpenDatabase(Migrations);
        var database = OpenDatabase(Migrations);

        using var connection = database.Open();
        Assert.Equal([1L, 2L, 1000L], connection.Query("SELECT version FROM schema_version ORDER BY version", r => r.Long(0)));
    }

    [Fact]
    public void A_new_migration_is_applied_to_an_existing_database()
    {
        OpenDatabase(Migrations.Take(1).ToList());
        var database = OpenDatabase(Migrations);

        using var connection = database.Open();
        Assert.Equal(3, connection.ScalarLong("SELECT COUNT(*) FROM schema_version"));
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
