using Chronicle.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Tests;

/// <summary>
/// SQLite write transactions share one kept connection whose statements stay prepared: a
/// statement run again binds its new values, may run again while its own rows are being read,
/// and the connection's settings do not leak from one transaction into the next.
/// </summary>
public sealed class PreparedStatementsTests : IDisposable
{
    private static readonly Migration Table = new(1, "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)");

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-prepared-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Database Open() => Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "prepared", [Table]);

    [Fact]
    public void A_transaction_after_one_that_did_not_wait_for_the_disk_waits_again()
    {
        using var database = Open();

        var during = database.InTransaction((c, t) => c.ScalarLong("PRAGMA synchronous", t), durable: false);
        var after = database.InTransaction((c, t) => c.ScalarLong("PRAGMA synchronous", t));

        // NORMAL (1) for the bookkeeping transaction only, FULL (2) again for the next.
        Assert.Equal(1, during);
        Assert.Equal(2, after);
    }

    [Fact]
    public void A_statement_run_again_binds_its_new_values()
    {
        using var database = Open();
        const string insert = "INSERT INTO items (id, name) VALUES (@id, @name)";

        database.InTransaction((c, t) => c.Execute(insert, t, ("@id", 1), ("@name", "first")));
        database.InTransaction((c, t) => c.Execute(insert, t, ("@id", 2), ("@name", null)));
        database.InTransaction((c, t) => c.Execute(insert, t, ("@id", 3), ("@name", "third")));

        var names = database.InTransaction((c, t) =>
            c.Query("SELECT id, name FROM items ORDER BY id", r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)), t));
        Assert.Equal([(1L, "first"), (2L, null), (3L, "third")], names);
    }

    [Fact]
    public void A_statement_may_run_again_while_its_own_rows_are_read()
    {
        using var database = Open();
        database.InTransaction((c, t) => c.InsertRows(t, "items", ["id", "name"], [[1, "one"], [2, "two"]]));
        const string byId = "SELECT name FROM items WHERE id = @id";

        var pairs = database.InTransaction((c, t) =>
            c.Query(byId, r => (Outer: r.GetString(0), Inner: c.Query(byId, inner => inner.GetString(0), t, ("@id", 2)).Single()), t, ("@id", 1)));

        Assert.Equal([("one", "two")], pairs);
    }
}
