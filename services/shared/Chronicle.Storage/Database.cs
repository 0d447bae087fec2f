using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chronicle.Storage;

/// <summary>
/// One schema step, applied once and in order inside a transaction. Written in the SQL both
/// engines share; <c>{{id}}</c> stands for an auto-numbered primary key and <c>{{bytes}}</c>
/// for a binary column.
/// </summary>
public sealed record Migration(int Version, string Sql);

/// <summary>
/// A service's own database, SQLite or PostgreSQL behind the same ADO.NET calls. SQLite runs in
/// WAL mode (readers never wait for the writer) with synchronous=FULL, because a 202 to a client
/// promises the document survives a power cut.
/// </summary>
public sealed class Database : IDisposable
{
    private readonly Func<DbConnection> _createConnection;

    private readonly GroupCommit _groupCommit;

    /// <summary>Taken by every write transaction on SQLite (see <see cref="InTransaction{T}(Func{DbConnection, DbTransaction, T}, bool)"/>).</summary>
    private readonly Lock _sqliteWriter = new();

    /// <summary>
    /// SQLite: the one connection write transactions run on, opened at the first and kept open, so
    /// its statements stay prepared between transactions (<see cref="PreparedStatements"/>): SQLite
    /// parses every statement anew otherwise, and a pooled connection drops its commands' prepared
    /// statements each time it is closed. Used only under <see cref="_sqliteWriter"/>.
    /// </summary>
    private DbConnection? _writer;

    /// <summary>SQLite: the WAL's size in pages at which a commit copies it back into the database file (see <see cref="Open"/>).</summary>
    public const int WalCheckpointPages = 10_000;

    /// <summary>True while a transaction runs on <see cref="_writer"/> (a nested call takes a connection of its own).</summary>
    private bool _writerBusy;

    private Database(StorageProvider provider, Func<DbConnection> createConnection, string description)
    {
        Provider = provider;
        _createConnection = createConnection;
        Description = description;
        _groupCommit = new GroupCommit(this);
    }

    public StorageProvider Provider { get; }

    /// <summary>Where the data lives, for logs (no credentials).</summary>
    public string Description { get; }

    /// <summary>Opens the database for <paramref name="service"/> and brings its schema up to date.</summary>
    public static Database Open(StorageOptions options, string dataDirectory, string service, IReadOnlyList<Migration> migrations)
    {
        var database = options.Provider switch
        {
            StorageProvider.Postgres => Postgres(options.ConnectionString!),
            _ => Sqlite(Path.Combine(dataDirectory, service + ".db")),
        };
        // A service that names the outbox's first step gets its later ones too.
        database.Migrate(service, migrations.Contains(Outbox.Schema) ? migrations.Union(Outbox.Migrations).ToList() : migrations);
        return database;
    }

    private static Database Sqlite(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        return new Database(StorageProvider.Sqlite, () => new SqliteConnection(connectionString), path);
    }

    private static Database Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        return new Database(StorageProvider.Postgres, dataSource.CreateConnection,
            $"postgres://{builder.Host}:{builder.Port}/{builder.Database}");
    }

    public DbConnection Open()
    {
        var connection = _createConnection();
        connection.Open();
        if (Provider == StorageProvider.Sqlite && SqliteHandlesSet.TryAdd(((SqliteConnection)connection).Handle!, SqliteHandlesSet))
        {
            // Per-connection settings; journal_mode=WAL is persistent and set once in Migrate.
            connection.Execute("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            // A commit copies the WAL back into the database file (a checkpoint) once the WAL passes
            // WalCheckpointPages pages. At SQLite's default, 1,000 pages, a service checkpointed every few
            // commits, and most pages it copied were leaves of an index whose new entries land at random
            // places (the story sketch, a post's holders), copied again at the next checkpoint after one
            // more entry each. A checkpoint copies the latest version of each page once, so a longer
            // interval copies such a page once for many commits, and syncs the database file less often.
            // Every commit still syncs the WAL (synchronous=FULL): nothing accepted is less durable. The
            // WAL file grows to about that size (4 KiB pages: 40 MiB) and is then reused from its start.
            connection.Execute($"PRAGMA wal_autocheckpoint={WalCheckpointPages};");
        }
        return connection;
    }

    /// <summary>
    /// The SQLite handles <see cref="Open"/> has given their settings. A pooled connection keeps its
    /// handle when it is closed, and the handle keeps its settings, so they are set once per handle
    /// rather than at every open: a read (the backlog check, the reference table) opened a pooled
    /// connection and ran the three statements each time. A handle closed for good (pool cleared)
    /// leaves the table with it. Whatever changes a setting for a while puts it back
    /// (<see cref="CommitOnSqlite{T}"/>), as it must for a connection reused from the pool.
    /// </summary>
    private static readonly ConditionalWeakTable<object, object> SqliteHandlesSet = new();

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and commits. On SQLite the transaction
    /// takes the write lock at once (BEGIN IMMEDIATE), so read-then-write logic cannot interleave.
    /// </summary>
    public T InTransaction<T>(Func<DbConnection, DbTransaction, T> work) => InTransaction(work, durable: true);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction shared with the callers that arrive at
    /// the same time, committed once for all of them (<see cref="GroupCommit"/>): each caller's
    /// work is still all or nothing, and returns once it is durable. For short pieces of work that
    /// many callers run at once, such as storing a submitted document.
    /// </summary>
    public T InSharedTransaction<T>(Func<DbConnection, DbTransaction, T> work) => _groupCommit.Run(work);

    /// <summary>
    /// Several pieces of work in one shared transaction (<see cref="InSharedTransaction{T}"/>), each
    /// all or nothing on its own: a piece that throws is rolled back alone and answered with its
    /// exception, the others commit. For a batch whose items must not fail one another.
    /// </summary>
    public IReadOnlyList<SharedWorkOutcome<T>> InSharedTransactionEach<T>(IReadOnlyList<Func<DbConnection, DbTransaction, T>> works) =>
        _groupCommit.RunEach(works);

    /// <summary>
    /// As <see cref="InTransaction{T}(Func{DbConnection, DbTransaction, T})"/>; with
    /// <paramref name="durable"/> false, the commit does not wait for the disk. The transaction is
    /// still atomic and survives the process crashing, but a power cut or an operating-system crash
    /// may undo it (never half of it). Only for bookkeeping whose loss costs a repeat, such as an
    /// outbox claim: on a shared machine each waited-for commit costs milliseconds of disk sync.
    /// </summary>
    public T InTransaction<T>(Func<DbConnection, DbTransaction, T> work, bool durable)
    {
        if (Provider == StorageProvider.Postgres)
        {
            using var connection = Open();
            return Commit(connection, work, durable);
        }
        // SQLite has one writer at a time, and a writer that finds the file locked polls it with
        // growing sleeps (1, 2, 5, 10, 15, 20, 25 ms... by its busy handler), long after the lock
        // is free. The writers of this process queue here instead, each woken the moment the one
        // before it commits. The lock is re-entrant, so a nested call behaves as before.
        lock (_sqliteWriter)
        {
            if (_writerBusy)
            {
                using var connection = Open();
                return CommitOnSqlite(connection, work, durable);
            }
            _writerBusy = true;
            try
            {
                if (_writer is { State: not System.Data.ConnectionState.Open })
                {
                    _writer.Dispose();
                    _writer = null;
                }
                _writer ??= OpenWriter();
                return CommitOnSqlite(_writer, work, durable);
            }
            finally
            {
                _writerBusy = false;
            }
        }
    }

    private static T CommitOnSqlite<T>(DbConnection connection, Func<DbConnection, DbTransaction, T> work, bool durable)
    {
        if (durable)
        {
            return Commit(connection, work, durable);
        }
        // In WAL mode, NORMAL syncs at checkpoints only; FULL again right after, for the next transaction.
        connection.Execute("PRAGMA synchronous=NORMAL;");
        try
        {
            return Commit(connection, work, durable);
        }
        finally
        {
            connection.Execute("PRAGMA synchronous=FULL;");
        }
    }

    private DbConnection OpenWriter()
    {
        var connection = Open();
        // A shared commit runs each caller's work in a savepoint, and SQLite keeps the pages a
        // savepoint changes in a statement journal, which it moves to a temporary file past 64 KiB:
        // a stored document's work (its row, texts and story sketch) passes that, and was written
        // to the file page by page, two calls a page. In memory the journal costs one piece of
        // work's pages at most (it starts again at every savepoint), and no file is written.
        connection.Execute("PRAGMA temp_store=MEMORY;");
        PreparedStatements.KeepFor(connection);
        return connection;
    }

    /// <summary>Closes the connection kept for writes (SQLite); the database can still be used, and opens it again.</summary>
    public void Dispose()
    {
        lock (_sqliteWriter)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private static T Commit<T>(DbConnection connection, Func<DbConnection, DbTransaction, T> work, bool durable)
    {
        using var transaction = connection.BeginTransaction();
        if (!durable && connection is Npgsql.NpgsqlConnection)
        {
            connection.Execute("SET LOCAL synchronous_commit = off", transaction);
        }
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    private void Migrate(string service, IReadOnlyList<Migration> migrations)
    {
        using var connection = Open();
        if (Provider == StorageProvider.Sqlite)
        {
            connection.Execute("PRAGMA journal_mode=WAL;");
        }
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        using var transaction = connection.BeginTransaction();
        if (Provider == StorageProvider.Postgres)
        {
            // Replicas starting together must not run the same migration twice.
            connection.Execute("SELECT pg_advisory_xact_lock(hashtext(@service))", transaction, ("@service", service));
        }
        // Every step not yet applied, not only those above the highest: a service combines steps from
        // several owners (its own, the outbox's), numbered in ranges of their own.
        var applied = connection.Query("SELECT version FROM schema_version", r => r.Long(0), transaction).ToHashSet();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            connection.Execute(Dialect(migration.Sql), transaction);
            connection.Execute("INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)", transaction,
                ("@version", migration.Version), ("@at", DateTimeOffset.UtcNow.ToString("O")));
        }
        transaction.Commit();
    }

    private string Dialect(string sql) => Provider switch
    {
        StorageProvider.Postgres => sql
            .Replace("{{id}}", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", StringComparison.Ordinal)
            .Replace("{{bytes}}", "BYTEA", StringComparison.Ordinal),
        _ => sql
            .Replace("{{id}}", "INTEGER PRIMARY KEY AUTOINCREMENT", StringComparison.Ordinal)
            .Replace("{{bytes}}", "BLOB", StringComparison.Ordinal),
    };
}
