using System.Data.Common;
using Google.Protobuf;
using Grpc.Core;
using Chronicle.Contracts.Common.V1;
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
    where TRequest : IMessage<TRequest>, new()
{
    /// <summary>
    /// Calls the next stage's batch method with several messages, answered one by one in order;
    /// null when the stage takes one message per call. The messages are given as the outbox stored
    /// them, serialised, to be sent as they are (Chronicle.Contracts.StoredBatches) rather than
    /// parsed here and serialised again for the call.
    /// </summary>
    public Func<TClient, IReadOnlyList<byte[]>, CallOptions, Task<IReadOnlyList<HandOffItemResult>>>? SendBatch { get; init; }
}

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

    /// <summary>Any number where the stage has a batch method (the dispatcher's batch size bounds it), else 1.</summary>
    public int MaxBatch => route.SendBatch is null ? 1 : int.MaxValue;

    /// <summary>
    /// One call with every message where the stage takes a batch: each item's answer settles that
    /// item alone. A call that fails (down, slow, overloaded) tries them all again later. A stage
    /// without the batch method yet (an older version during a rolling update), or one refusing the
    /// batch as a whole, is sent the messages one at a time, so only a bad message is parked.
    /// </summary>
    public async Task<IReadOnlyList<(DeliveryResult Result, string? Error)>> DeliverBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (route.SendBatch is null || messages.Count == 1)
        {
            return await OutboxBatches.OneByOneAsync(this, messages, cancellationToken);
        }
        IReadOnlyList<HandOffItemResult> answers;
        try
        {
            answers = await route.SendBatch(client, messages.Select(m => m.Payload).ToList(),
                new CallOptions(deadline: DateTime.UtcNow.Add(route.Deadline), cancellationToken: cancellationToken));
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unimplemented or StatusCode.InvalidArgument or StatusCode.FailedPrecondition)
        {
            // No batch method, or the batch as a whole refused: each message is judged on its own.
            return await OutboxBatches.OneByOneAsync(this, messages, cancellationToken);
        }
        catch (RpcException exception)
        {
            return messages.Select(_ => (DeliveryResult.RetryLater, (string?)$"{route.Stage}: {exception.StatusCode}: {exception.Status.Detail}")).ToList();
        }
        if (answers.Count != messages.Count)
        {
            // An answer that cannot be matched to the items settles none of them.
            return messages.Select(_ => (DeliveryResult.RetryLater, (string?)$"{route.Stage} answered {answers.Count} items of {messages.Count}")).ToList();
        }
        return answers.Select(answer => answer.Outcome switch
        {
            HandOffItemResult.Types.Outcome.Taken => (DeliveryResult.Delivered, (string?)null),
            HandOffItemResult.Types.Outcome.Refused => (DeliveryResult.Rejected, $"{route.Stage} refused it: {answer.Error}"),
            _ => (DeliveryResult.RetryLater, $"{route.Stage}: {answer.Error}"),
        }).ToList();
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
