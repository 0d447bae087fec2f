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
