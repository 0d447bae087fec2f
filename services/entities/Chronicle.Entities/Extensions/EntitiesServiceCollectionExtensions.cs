using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Entities.Data;
using Chronicle.Entities.Pipeline;
using Chronicle.ServiceDefaults;
using Chronicle.Storage;
using Microsoft.Extensions.Options;

namespace Chronicle.Entities.Extensions;

public static class EntitiesServiceCollectionExtensions
{
    public static void AddEntitiesServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<EntitiesOptions>(builder.Configuration.GetSection(EntitiesOptions.Section));
        services.AddChronicleDatabase(builder.Configuration, "entities", EntityStore.Migrations);
        services.AddSingleton<EntityStore>();
        services.AddSingleton<DocumentAnalysis>();
        // The facts of an analysed document go on to the timeline service.
        services.AddGrpcOutboxHandOff<RecordDocumentFactsRequest, Timeline.TimelineClient>(sp => new(
            Stage: "timeline",
            Deadline: TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<EntitiesOptions>>().Value.HandOffDeadlineSeconds),
            Send: (timeline, request, call) => timeline.RecordDocumentFactsAsync(request, call).ResponseAsync,
            OnDelivered: (id, connection, transaction) => EntityStore.SetDocumentStatus(connection, transaction, id, StageStatus.Processed, null),
            OnParked: (id, error, connection, transaction) =>
            {
                EntityStore.SetDocumentStatus(connection, transaction, id, StageStatus.Failed, error);
                OutcomeReport.EnqueueFailure(connection, transaction, id, EntityStore.Revision(connection, transaction, id), error);
            })
        {
            // What is waiting goes in one call, recorded by the timeline in one transaction.
            SendBatch = async (timeline, storedRequests, call) =>
                (await timeline.RecordDocumentFactsBatchAsync(storedRequests, call).ResponseAsync).Results,
        });
        // A document that fails here is reported back to ingestion, through the same outbox.
        services.AddGrpcOutboxSideRoute<DocumentOutcome, Ingestion.IngestionClient>(sp => new(
            Stage: OutcomeReport.Stage,
            Deadline: TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<EntitiesOptions>>().Value.HandOffDeadlineSeconds),
            Send: (ingestion, outcome, call) => ingestion.RecordDocumentOutcomeAsync(outcome, call).ResponseAsync,
            OnDelivered: (_, _, _) => { },
            OnParked: (_, _, _, _) => { })
        {
            SendBatch = async (ingestion, storedOutcomes, call) =>
                (await ingestion.RecordDocumentOutcomesAsync(storedOutcomes, call).ResponseAsync).Results,
        });
        services.AddChronicleGrpcClient<Timeline.TimelineClient>(builder.Configuration, "Timeline");
        services.AddChronicleGrpcClient<Ingestion.IngestionClient>(builder.Configuration, "Ingestion");
    }
}

public sealed class EntitiesOptions
{
    public const string Section = "Entities";

    /// <summary>How long one hand-off call to the timeline service may take.</summary>
    public int HandOffDeadlineSeconds { get; set; } = 30;
}
