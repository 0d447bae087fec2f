using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>
/// A further destination of a service's outbox, beside its main next stage (such as the outcome a
/// stage reports back to ingestion). Its messages are enqueued under <see cref="Key"/>, so they
/// keep their own order per key and never wait behind the main stage's messages.
/// </summary>
public sealed record OutboxSideRoute(string Stage, IOutboxDelivery Delivery)
{
    /// <summary>The outbox key of a message for <paramref name="stage"/> about <paramref name="key"/>.</summary>
    public static string Key(string stage, string key) => $"{stage}:{key}";
}

/// <summary>
/// One outbox, several destinations: a message whose key names a side route ("stage:key") goes to
/// that route with its own key; every other message goes to the main next stage. One table and
/// one dispatcher per service, so writing a message stays one insert in the caller's transaction.
/// </summary>
public sealed class OutboxRouter(IOutboxDelivery main, IEnumerable<OutboxSideRoute> sideRoutes) : IOutboxDelivery
{
    private readonly IReadOnlyList<OutboxSideRoute> _sideRoutes = sideRoutes.ToList();

    public Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var (delivery, routed) = Route(message);
        return delivery.DeliverAsync(routed, cancellationToken);
    }

    /// <summary>The largest batch any destination takes; each destination still gets at most its own.</summary>
    public int MaxBatch => _sideRoutes.Select(r => r.Delivery.MaxBatch).Append(main.MaxBatch).Max();

    /// <summary>Splits a batch by destination and hands each destination its part, answering every message in order.</summary>
    public async Task<IReadOnlyList<(DeliveryResult Result, string? Error)>> DeliverBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var results = new (DeliveryResult Result, string? Error)[messages.Count];
        var byDestination = messages.Select((message, index) => (Routed: Route(message), Index: index)).GroupBy(m => m.Routed.Delivery);
        foreach (var destination in byDestination)
        {
            var delivery = destination.Key;
            foreach (var part in destination.Chunk(Math.Max(1, delivery.MaxBatch)))
            {
                var answers = await delivery.DeliverBatchAsync(part.Select(m => m.Routed.Message).ToList(), cancellationToken);
                for (var i = 0; i < part.Length; i++)
                {
                    results[part[i].Index] = answers[i];
                }
            }
        }
        return results;
    }

    public void OnDelivered(OutboxMessage message, DbConnection connection, DbTransaction transaction)
    {
        var (delivery, routed) = Route(message);
        delivery.OnDelivered(routed, connection, transaction);
    }

    public void OnParked(OutboxMessage message, string error, DbConnection connection, DbTransaction transaction)
    {
        var (delivery, routed) = Route(message);
        delivery.OnParked(routed, error, connection, transaction);
    }

    private (IOutboxDelivery Delivery, OutboxMessage Message) Route(OutboxMessage message)
    {
        foreach (var route in _sideRoutes)
        {
            var prefix = OutboxSideRoute.Key(route.Stage, "");
            if (message.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (route.Delivery, message with { Key = message.Key[prefix.Length..] });
            }
        }
        return (main, message);
    }
}
