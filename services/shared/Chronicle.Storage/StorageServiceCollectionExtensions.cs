using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chronicle.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the service's own <see cref="Database"/> (SQLite in the data folder, or PostgreSQL
    /// per <see cref="StorageOptions"/>) with its schema migrated.
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
        return services;
    }

    /// <summary>
    /// The outbox of a service that hands work to the next stage: the outbox over its database
    /// (whose migrations include <see cref="Outbox.Schema"/>) and the dispatcher that drains it
    /// through <typeparamref name="TDelivery"/>, or through an <see cref="OutboxSideRoute"/> for
    /// messages enqueued under a side route's key.
    /// </summary>
    public static IServiceCollection AddOutboxHandOff<TDelivery>(this IServiceCollection services) where TDelivery : class, IOutboxDelivery
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<TDelivery>();
        services.AddSingleton<IOutboxDelivery>(sp => new OutboxRouter(sp.GetRequiredService<TDelivery>(), sp.GetServices<OutboxSideRoute>()));
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
