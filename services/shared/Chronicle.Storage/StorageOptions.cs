using Microsoft.Extensions.Configuration;

namespace Chronicle.Storage;

public enum StorageProvider
{
    /// <summary>One SQLite file per service in the data folder: the embedded default.</summary>
    Sqlite,
    /// <summary>One PostgreSQL database per service, for deployments beyond one machine.</summary>
    Postgres,
}

/// <summary>
/// Which database a service uses: <c>Storage:Provider</c> (Sqlite or Postgres) and, for
/// PostgreSQL, <c>ConnectionStrings:Chronicle</c> naming that service's own database.
/// </summary>
public sealed record StorageOptions(StorageProvider Provider, string? ConnectionString)
{
    /// <summary>256 MiB: a SQLite file up to that size is read through memory, larger ones partly.</summary>
    public const long DefaultSqliteMemoryMapBytes = 256L * 1024 * 1024;

    /// <summary>
    /// How much of a SQLite file is read through a memory map (<c>Storage:SqliteMemoryMapBytes</c>;
    /// 0 turns it off). Every write of another connection empties a connection's page cache, so
    /// without the map each transaction reads its pages again with one system call and one copy each.
    /// Writes are not affected: they still go through the write-ahead log and its syncs.
    /// </summary>
    public long SqliteMemoryMapBytes { get; init; } = DefaultSqliteMemoryMapBytes;

    public static StorageOptions From(IConfiguration configuration)
    {
        var name = configuration["Storage:Provider"];
        if (string.IsNullOrWhiteSpace(name) || name.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageOptions(StorageProvider.Sqlite, null)
            {
                SqliteMemoryMapBytes = Math.Max(0, configuration.GetValue("Storage:SqliteMemoryMapBytes", DefaultSqliteMemoryMapBytes)),
            };
        }
        if (!name.Equals("postgres", StringComparison.OrdinalIgnoreCase) && !name.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider must be 'Sqlite' or 'Postgres'; got '{name}'.");
        }
        var connectionString = configuration.GetConnectionString("Chronicle");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Chronicle is empty.");
        }
        return new StorageOptions(StorageProvider.Postgres, connectionString);
    }
}
