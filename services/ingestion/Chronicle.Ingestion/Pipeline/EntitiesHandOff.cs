using Chronicle.Contracts.Entities.V1;
using Chronicle.Ingestion.Data;
using Chronicle.Storage;
using Chronicle.ServiceDefaults;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Chronicle.Ingestion.Pipeline;

/// <summary>Hands a stored document to the entities service.</summary>
public sealed class EntitiesHandOff(Entities.EntitiesClient entities, IOptions<IngestionOptions> options) : IOutboxDelivery
{
    public Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var request = AnalyzeDocumentRequest.Parser.ParseFrom(message.Payload);
        return GrpcHandOff.DeliverAsync("entities", () => entities.AnalyzeDocumentAsync(request,
            deadline: DateTime.UtcNow.AddSeconds(options.Value.HandOffDeadlineSeconds),
            cancellationToken: cancellationToken).ResponseAsync);
    }

    public void OnDelivered(OutboxMessage message, DbConnection connection, DbTransaction transaction) =>
        DocumentStore.SetStatus(connection, transaction, message.Key, LocalStatus.HandedOff);

    public void OnParked(OutboxMessage message, string error, DbConnection connection, DbTransaction transaction) =>
        DocumentStore.SetStatus(connection, transaction, message.Key, LocalStatus.Failed, error);
}
