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
    public static StorageOptions From(IConfiguration configuration)
    {
        var name = configuration["Storage:Provider"];
        if (string.IsNullOrWhiteSpace(name) || name.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageOptions(StorageProvider.Sqlite, null);
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
