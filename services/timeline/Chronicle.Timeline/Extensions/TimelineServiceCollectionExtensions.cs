using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.ServiceDefaults;
using Chronicle.Storage;
using Chronicle.Timeline.Data;
using Chronicle.Timeline.Grpc;

namespace Chronicle.Timeline.Extensions;

public static class TimelineServiceCollectionExtensions
{
    public static void AddTimelineServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddChronicleDatabase(builder.Configuration, "timeline", [.. FactStore.Migrations, .. DatingEvidence.Migrations]);
        builder.Services.AddSingleton<FactStore>();
        builder.Services.AddSingleton<TimelineQueries>();
        builder.Services.AddSingleton<ReferenceStore>();
        builder.Services.AddSingleton<DocumentDating>();
        builder.Services.AddSingleton<Chronology>();
        builder.Services.AddSingleton<EntityDirectory>();
        // Only to tell an unknown id (404) from an entity the timeline holds nothing of.
        builder.Services.AddChronicleGrpcClient<Entities.EntitiesClient>(builder.Configuration, "Entities");
        builder.Services.AddHostedService<TimelineStartup>();
        builder.Services.AddHostedService<RedatingWorker>();
        // Each document's outcome and anchor go back to ingestion, which answers reads from its own store.
        builder.Services.AddGrpcOutboxHandOff<DocumentOutcome, Ingestion.IngestionClient>(sp => new(
            Stage: "ingestion",
            Deadline: TimeSpan.FromSeconds(30),
            Send: (ingestion, outcome, call) => ingestion.RecordDocumentOutcomeAsync(outcome, call).ResponseAsync,
            OnDelivered: (_, _, _) => { },
            OnParked: (_, _, _, _) => { })
        {
            // Outcomes waiting together (recorded documents, re-dated anchors) go in one call.
            SendBatch = async (ingestion, storedOutcomes, call) =>
                (await ingestion.RecordDocumentOutcomesAsync(storedOutcomes, call).ResponseAsync).Results,
        });
        builder.Services.AddChronicleGrpcClient<Ingestion.IngestionClient>(builder.Configuration, "Ingestion");
    }
}
