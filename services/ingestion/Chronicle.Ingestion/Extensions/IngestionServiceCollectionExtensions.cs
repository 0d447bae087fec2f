using Chronicle.Contracts.Entities.V1;
using Chronicle.Ingestion.Data;
using Chronicle.Ingestion.Pipeline;
using Chronicle.ServiceDefaults;
using Chronicle.Storage;
using Microsoft.Extensions.Options;

namespace Chronicle.Ingestion.Extensions;

public static class IngestionServiceCollectionExtensions
{
    public static void AddIngestionServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<IngestionOptions>(builder.Configuration.GetSection(IngestionOptions.Section));
        services.AddChronicleDatabase(builder.Configuration, "ingestion", DocumentStore.Migrations);
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<DocumentIntake>();
        services.AddSingleton<DocumentBatch>();
        // A stored document goes on to the entities service.
        services.AddGrpcOutboxHandOff<AnalyzeDocumentRequest, Entities.EntitiesClient>(sp => new(
            Stage: "entities",
            Deadline: TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<IngestionOptions>>().Value.HandOffDeadlineSeconds),
            Send: (entities, request, call) => entities.AnalyzeDocumentAsync(request, call).ResponseAsync,
            OnDelivered: (id, connection, transaction) => DocumentStore.MarkHandedOff(connection, transaction, id),
            OnParked: (id, error, connection, transaction) => DocumentStore.MarkRefused(connection, transaction, id, error))
        {
            // What is waiting goes in one call, stored by entities in one transaction.
            SendBatch = async (entities, storedRequests, call) =>
                (await entities.AnalyzeDocumentsAsync(storedRequests, call).ResponseAsync).Results,
        });
        services.AddHostedService<SampleLoader>();
        services.AddChronicleGrpcClient<Entities.EntitiesClient>(builder.Configuration, "Entities");
        // Nothing else is called: the later stages push each document's outcome back (RecordDocumentOutcome).
    }
}
