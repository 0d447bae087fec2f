using Chronicle.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Chronicle.Storage.Tests;

/// <summary>The durability every SQLite connection gets, and rows split over several insert statements.</summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private static readonly Migration Table = new(1, "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, weight INTEGER NOT NULL)");

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-sqlite-settings-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static StorageOptions Configured(params (string Key, string Value)[] settings) =>
        StorageOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    private static long Pragma(Database database, string name)
    {
        using var connection = database.Open();
        return connection.ScalarLong($"PRAGMA {name}");
    }

    [Fact]
    public void Every_commit_waits_for_the_disk()
    {
        var database = Database.Open(Configured(), _directory, "synced", [Table]);

        // synchronous=FULL is 2: a commit returns once it is on disk, as a 202 promises.
        Assert.Equal(2, Pragma(database, "synchronous"));
    }

    [Fact]
    public void Write_transactions_keep_their_savepoint_journals_in_memory()
    {
        var database = Database.Open(Configured(), _directory, "journals", [Table]);

        // temp_store=MEMORY is 2: statement journals (one per savepoint of a shared commit) never go to a file.
        Assert.Equal(2, database.InTransaction((connection, transaction) => connection.ScalarLong("PRAGMA temp_store", transaction)));
        Assert.Equal(2, database.InSharedTransaction((connection, transaction) => connection.ScalarLong("PRAGMA temp_store", transaction)));
    }

    [Fact]
    public void Rows_over_one_statement_go_in_several_and_in_order()
    {
        var database = Database.Open(Configured(), _directory, "rows", [Table]);
        // 3 columns × 500 rows is far more parameters than one statement takes.
        var rows = Enumerable.Range(1, 500).Select(i => new object?[] { i, $"item {i}", i * 2 }).ToList();
        // A second row with key 1: with ON CONFLICT DO NOTHING the first one given stays.
        rows.Add([1, "a later copy", 0]);

        var inserted = database.InTransaction((connection, transaction) =>
            connection.InsertRows(transaction, "items", ["id", "name", "weight"], rows, "ON CONFLICT DO NOTHING"));

        using var connection = database.Open();
        Assert.Equal(500, inserted);
        Assert.Equal(500, connection.ScalarLong("SELECT COUNT(*) FROM items"));
        Assert.Equal("item 1", connection.Query("SELECT name FROM items WHERE id = 1", r => r.GetString(0)).Single());
        Assert.Equal(500L * 501, connection.ScalarLong("SELECT SUM(weight) FROM items"));
    }
}
