using Chronicle.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Tests;

/// <summary>
/// A SQLite connection's settings are given once to each pooled handle: a connection taken again
/// from the pool still has them, and a commit that did not wait for the disk leaves the next one waiting.
/// </summary>
public sealed class PooledConnectionSettingsTests : IDisposable
{
    private static readonly Migration Table = new(1, "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-pooled-settings-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static (long Synchronous, long ForeignKeys, long BusyTimeout) Settings(Database database)
    {
        using var connection = database.Open();
        return (connection.ScalarLong("PRAGMA synchronous"), connection.ScalarLong("PRAGMA foreign_keys"), connection.ScalarLong("PRAGMA busy_timeout"));
    }

    [Fact]
    public void A_connection_taken_again_from_the_pool_keeps_its_settings()
    {
        var database = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "pooled", [Table]);

        for (var open = 0; open < 3; open++)
        {
            Assert.Equal((2, 1, 10_000), Settings(database));
        }
    }

    [Fact]
    public void A_commit_not_waited_onto_disk_leaves_the_next_commit_waiting_again()
    {
        var database = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "bookkeeping", [Table]);

        database.InTransaction((connection, transaction) =>
            connection.Execute("INSERT INTO items (id, name) VALUES (1, 'first')", transaction), durable: false);

        Assert.Equal(2, database.InTransaction((connection, transaction) => connection.ScalarLong("PRAGMA synchronous", transaction)));
        Assert.Equal((2, 1, 10_000), Settings(database));
    }

    [Fact]
    public void A_cleared_pool_gives_new_connections_their_settings()
    {
        var database = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "cleared", [Table]);
        Settings(database);

        SqliteConnection.ClearAllPools();

        Assert.Equal((2, 1, 10_000), Settings(database));
    }
}
