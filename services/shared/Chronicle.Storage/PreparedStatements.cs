using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Chronicle.Storage;

/// <summary>
/// The statements of a long-lived connection, prepared once and run again with new parameters.
/// SQLite compiles a statement's text each time a new command runs it, and for the short
/// statements of a document's store work the compiling costs about as much as the running. Only
/// a connection kept open for the life of the <see cref="Database"/> (its writer) keeps them:
/// closing a connection drops its commands' prepared statements anyway.
/// </summary>
internal sealed class PreparedStatements
{
    /// <summary>
    /// Distinct statement texts kept per connection. Multi-row inserts give one text per row
    /// count, so a service has a few hundred at most; texts past the bound run unprepared.
    /// </summary>
    private const int MostKept = 512;

    private static readonly ConditionalWeakTable<DbConnection, PreparedStatements> Kept = new();

    private readonly DbConnection _connection;
    private readonly Dictionary<string, Entry> _bySql = new(StringComparer.Ordinal);

    private PreparedStatements(DbConnection connection) => _connection = connection;

    /// <summary>From now on the statements run on <paramref name="connection"/> through <see cref="DbExtensions"/> stay prepared.</summary>
    public static void KeepFor(DbConnection connection) => Kept.AddOrUpdate(connection, new PreparedStatements(connection));

    /// <summary>The kept statements of <paramref name="connection"/>, or null when it keeps none.</summary>
    public static PreparedStatements? Of(DbConnection connection) => Kept.TryGetValue(connection, out var statements) ? statements : null;

    /// <summary>
    /// Runs <paramref name="run"/> on the prepared command for <paramref name="sql"/>, with these
    /// parameters bound. A statement already running (a reader still open on it) or past the bound
    /// runs on a command of its own, as it would without the cache.
    /// </summary>
    public TResult Run<TResult>(string sql, DbTransaction? transaction, (string Name, object? Value)[] parameters, Func<DbCommand, TResult> run)
    {
        if (!_bySql.TryGetValue(sql, out var entry))
        {
            if (_bySql.Count >= MostKept)
            {
                return RunOnce(sql, transaction, parameters, run);
            }
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            entry = new Entry(command);
            _bySql.Add(sql, entry);
        }
        if (entry.Running)
        {
            return RunOnce(sql, transaction, parameters, run);
        }
        entry.Running = true;
        try
        {
            entry.Command.Transaction = transaction;
            DbExtensions.Bind(entry.Command, parameters);
            return run(entry.Command);
        }
        finally
        {
            // Dropped so the values (a document's text, say) are not held until the statement runs again.
            entry.Command.Parameters.Clear();
            entry.Command.Transaction = null;
            entry.Running = false;
        }
    }

    private TResult RunOnce<TResult>(string sql, DbTransaction? transaction, (string Name, object? Value)[] parameters, Func<DbCommand, TResult> run)
    {
        using var command = _connection.Command(sql, transaction, parameters);
        return run(command);
    }

    private sealed class Entry(DbCommand command)
    {
        public DbCommand Command { get; } = command;
        public bool Running { get; set; }
    }
}
