using Chronicle.Contracts.Timeline.V1;
using Chronicle.Entities.Data;
using Chronicle.Entities.Extensions;
using Chronicle.Storage;
using Grpc.Core;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Chronicle.Entities.Pipeline;

/// <summary>Hands the facts of one document to the timeline service.</summary>
public sealed class TimelineHandOff(Timeline.TimelineClient timeline, IOptions<EntitiesOptions> options) : IOutboxDelivery
{
    public async Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var request = RecordDocumentFactsRequest.Parser.ParseFrom(message.Payload);
        try
        {
            await timeline.RecordDocumentFactsAsync(request,
                deadline: DateTime.UtcNow.AddSeconds(options.Value.HandOffDeadlineSeconds),
                cancellationToken: cancellationToken);
            return (DeliveryResult.Delivered, null);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition)
        {
            return (DeliveryResult.Rejected, $"timeline refused the facts: {exception.Status.Detail}");
        }
        catch (RpcException exception)
        {
            return (DeliveryResult.RetryLater, $"{exception.StatusCode}: {exception.Status.Detail}");
        }
    }

    public void OnDelivered(OutboxMessage message, DbConnection connection, DbTransaction transaction) =>
        EntityStore.SetDocumentStatus(connection, transaction, message.Key, StageStatus.Processed, null);

    public void OnParked(OutboxMessage message, string error, DbConnection connection, DbTransaction transaction) =>
        EntityStore.SetDocumentStatus(connection, transaction, message.Key, StageStatus.Failed, error);
}
