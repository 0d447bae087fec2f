using System.Data.Common;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Chronicle.Storage;

/// <summary>
/// Where one service's outbox messages go: the next stage's gRPC method, how long a call may
/// take, and what the sender records once a message is delivered or parked.
/// </summary>
/// <param name="Stage">The next stage's name, for errors and logs.</param>
/// <param name="Send">Calls the next stage with one message.</param>
/// <param name="OnDelivered">Runs, with the message's key, in the transaction that removes a delivered message.</param>
/// <param name="OnParked">Runs, with the key and the error, in the transaction that parks a refused message.</param>
public sealed record GrpcHandOffRoute<TRequest, TClient>(
    string Stage,
    TimeSpan Deadline,
    Func<TClient, TRequest, CallOptions, Task> Send,
    Action<string, DbConnection, DbTransaction> OnDelivered,
    Action<string, string, DbConnection, DbTransaction> OnParked)
    where TRequest : IMessage<TRequest>, new();

/// <summary>
/// Delivers outbox messages holding <typeparamref name="TRequest"/> to the next stage over gRPC,
/// read as an outbox outcome: a refusal of the message itself parks it; anything else (down,
/// slow, overloaded) is tried again later.
/// </summary>
public sealed class GrpcOutboxDelivery<TRequest, TClient>(TClient client, GrpcHandOffRoute<TRequest, TClient> route) : IOutboxDelivery
    where TRequest : IMessage<TRequest>, new()
{
    private static readonly MessageParser<TRequest> Parser = new(() => new TRequest());

    public async Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await route.Send(client, Parser.ParseFrom(message.Payload),
                new CallOptions(deadline: DateTime.UtcNow.Add(route.Deadline), cancellationToken: cancellationToken));
            return (DeliveryResult.Delivered, null);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition)
        {
            return (DeliveryResult.Rejected, $"{route.Stage} refused it: {exception.Status.Detail}");
        }
        catch (RpcException exception)
        {
            return (DeliveryResult.RetryLater, $"{route.Stage}: {exception.StatusCode}: {exception.Status.Detail}");
        }
    }

    public void OnDelivered(OutboxMessage message, DbConnection connection, DbTransaction transaction) =>
        route.OnDelivered(message.Key, connection, transaction);

    public void OnParked(OutboxMessage message, string error, DbConnection connection, DbTransaction transaction) =>
        route.OnParked(message.Key, error, connection, transaction);
}

public static class GrpcOutboxDeliveryExtensions
{
    /// <summary>
    /// The outbox of a service whose next stage takes <typeparamref name="TRequest"/> over gRPC:
    /// the outbox, its dispatcher, and a <see cref="GrpcOutboxDelivery{TRequest, TClient}"/> along
    /// <paramref name="route"/>. The gRPC client is registered on its own.
    /// </summary>
    public static IServiceCollection AddGrpcOutboxHandOff<TRequest, TClient>(
        this IServiceCollection services, Func<IServiceProvider, GrpcHandOffRoute<TRequest, TClient>> route)
        where TRequest : IMessage<TRequest>, new()
        where TClient : class
    {
        services.AddSingleton(route);
        return services.AddOutboxHandOff<GrpcOutboxDelivery<TRequest, TClient>>();
    }

    /// <summary>
    /// A side route of the service's outbox to another stage over gRPC (see <see cref="OutboxSideRoute"/>):
    /// messages enqueued under <c>OutboxSideRoute.Key(route.Stage, key)</c> go there. Register the
    /// service's main hand-off with <see cref="AddGrpcOutboxHandOff"/> as well; the gRPC client on its own.
    /// </summary>
    public static IServiceCollection AddGrpcOutboxSideRoute<TRequest, TClient>(
        this IServiceCollection services, Func<IServiceProvider, GrpcHandOffRoute<TRequest, TClient>> route)
        where TRequest : IMessage<TRequest>, new()
        where TClient : class
    {
        return services.AddSingleton(sp =>
        {
            var resolved = route(sp);
            return new OutboxSideRoute(resolved.Stage, new GrpcOutboxDelivery<TRequest, TClient>(sp.GetRequiredService<TClient>(), resolved));
        });
    }
}
