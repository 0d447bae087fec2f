using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chronicle.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the service's own <see cref="Database"/> (SQLite in the data folder, or PostgreSQL
    /// per <see cref="StorageOptions"/>) with its schema migrated, and the outbox over it.
    /// </summary>
    public static IServiceCollection AddChronicleDatabase(this IServiceCollection services, IConfiguration configuration, string service, IReadOnlyList<Migration> migrations)
    {
        services.AddSingleton(sp =>
        {
            var database = Database.Open(StorageOptions.From(configuration), ChronicleDataDirectory.Resolve(configuration), service, migrations);
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Chronicle.Storage")
                .LogInformation("{Service} stores its data in {Database}", service, database.Description);
            return database;
        });
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        return services;
    }
}
