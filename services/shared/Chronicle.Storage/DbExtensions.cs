using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>
/// Small helpers that keep data-access code to one line per statement. Parameters are named
/// '@name', which both SQLite and PostgreSQL understand.
/// </summary>
public static class DbExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        Bind(command, parameters);
        return command;
    }

    internal static void Bind(DbCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            if (value is null)
            {
                // PostgreSQL cannot infer the type of a bare NULL in '@x IS NULL'; every nullable parameter here is text.
                parameter.DbType = System.Data.DbType.String;
            }
            command.Parameters.Add(parameter);
        }
    }

    public static int Execute(this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters) =>
        Run(connection, sql, transaction, parameters, command => command.ExecuteNonQuery());

    public static long ScalarLong(this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters) =>
        Run(connection, sql, transaction, parameters, command =>
            command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0L);

    public static List<T> Query<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters) =>
        Run(connection, sql, transaction, parameters, command =>
        {
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(map(reader));
            }
            return rows;
        });

    /// <summary>Runs a statement on the connection's kept prepared command when it has one (<see cref="PreparedStatements"/>), else on a new command.</summary>
    private static TResult Run<TResult>(DbConnection connection, string sql, DbTransaction? transaction, (string Name, object? Value)[] parameters,
        Func<DbCommand, TResult> run)
    {
        if (PreparedStatements.Of(connection) is { } prepared)
        {
            return prepared.Run(sql, transaction, parameters, run);
        }
        using var command = connection.Command(sql, transaction, parameters);
        return run(command);
    }

    /// <summary>
    /// Parameters per multi-row statement, well under the limits of both engines (SQLite's 32,766,
    /// PostgreSQL's 65,535). Kept small because SQLite finds a named parameter by walking the
    /// statement's list of names, so binding n of them costs n²/2 name comparisons: at 600 a
    /// statement spent more time binding than inserting.
    /// </summary>
    private const int ParametersPerStatement = 120;

    /// <summary>
    /// Inserts rows with as few statements as possible ('INSERT INTO t (a, b) VALUES (@r0_0, @r0_1), (@r1_0, @r1_1) …'),
    /// since preparing and running one statement per row costs more than the rows themselves. Rows go in
    /// the order given, so with an <paramref name="onConflict"/> clause such as 'ON CONFLICT DO NOTHING'
    /// the first of two rows with one key wins, as row by row. Returns the rows inserted.
    /// </summary>
    public static int InsertRows(this DbConnection connection, DbTransaction? transaction, string table, IReadOnlyList<string> columns,
        IReadOnlyList<object?[]> rows, string onConflict = "")
    {
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / columns.Count);
        var inserted = 0;
        for (var first = 0; first < rows.Count; first += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - first);
            var sql = new System.Text.StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var parameters = new (string Name, object? Value)[count * columns.Count];
            for (var r = 0; r < count; r++)
            {
                var row = rows[first + r];
                if (row.Length != columns.Count)
                {
                    throw new ArgumentException($"A row has {row.Length} values for {columns.Count} columns.", nameof(rows));
                }
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@r{r}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    parameters[r * columns.Count + c] = (name, row[c]);
                }
                sql.Append(')');
            }
            if (onConflict.Length > 0)
            {
                sql.Append(' ').Append(onConflict);
            }
            inserted += connection.Execute(sql.ToString(), transaction, parameters);
        }
        return inserted;
    }

    /// <summary>
    /// 'IN (@p0, @p1, …)' for a list of values, with one parameter each (values never spliced into
    /// the SQL). The list must not be empty: 'IN ()' is not SQL.
    /// </summary>
    /// <param name="prefix">Parameter name prefix, unique within the statement, such as "@id".</param>
    public static (string Sql, (string Name, object? Value)[] Parameters) InList<T>(string prefix, IEnumerable<T> values)
    {
        var parameters = values.Select((value, i) => ($"{prefix}{i}", (object?)value)).ToArray();
        if (parameters.Length == 0)
        {
            throw new ArgumentException("An IN list needs at least one value.", nameof(values));
        }
        return ($"IN ({string.Join(", ", parameters.Select(p => p.Item1))})", parameters);
    }

    /// <summary>A list of numbers stored in one text column, comma-joined ('2021,2022'; '' when empty).</summary>
    public static string JoinNumbers(IEnumerable<int> numbers) => string.Join(',', numbers);

    /// <summary>Reads a column written by <see cref="JoinNumbers"/>.</summary>
    public static List<int> Numbers(this DbDataReader reader, int ordinal) =>
        reader.GetString(ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static string? StringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>An integer column whatever width the engine returns it in (COUNT is 64-bit in PostgreSQL).</summary>
    public static int Int(this DbDataReader reader, int ordinal) =>
        Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static long Long(this DbDataReader reader, int ordinal) =>
        Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
