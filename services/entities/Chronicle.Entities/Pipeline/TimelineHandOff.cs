using Chronicle.Contracts.Timeline.V1;
using Chronicle.Entities.Data;
using Chronicle.Entities.Extensions;
using Chronicle.Storage;
using Chronicle.ServiceDefaults;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Chronicle.Entities.Pipeline;

/// <summary>Hands the facts of one document to the timeline service.</summary>
public sealed class TimelineHandOff(Timeline.TimelineClient timeline, IOptions<EntitiesOptions> options) : IOutboxDelivery
{
    public Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var request = RecordDocumentFactsRequest.Parser.ParseFrom(message.Payload);
        return GrpcHandOff.DeliverAsync("timeline", () => timeline.RecordDocumentFactsAsync(request,
            deadline: DateTime.UtcNow.AddSeconds(options.Value.HandOffDeadlineSeconds),
            cancellationToken: cancellationToken).ResponseAsync);
    }

    public void OnDelivered(OutboxMessage message, DbConnection connection, DbTransaction transaction) =>
        EntityStore.SetDocumentStatus(connection, transaction, message.Key, StageStatus.Processed, null);

    public void OnParked(OutboxMessage message, string error, DbConnection connection, DbTransaction transaction) =>
        EntityStore.SetDocumentStatus(connection, transaction, message.Key, StageStatus.Failed, error);
}
