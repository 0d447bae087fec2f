using Grpc.Core;

namespace Chronicle.Storage;

/// <summary>
/// One hand-off call to the next stage, read as an outbox outcome: a refusal of the message
/// itself parks it; anything else (down, slow, overloaded) is tried again later. Lives with the
/// outbox whose outcomes it answers.
/// </summary>
public static class GrpcHandOff
{
    public static async Task<(DeliveryResult Result, string? Error)> DeliverAsync(string stage, Func<Task> call)
    {
        try
        {
            await call();
            return (DeliveryResult.Delivered, null);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition)
        {
            return (DeliveryResult.Rejected, $"{stage} refused it: {exception.Status.Detail}");
        }
        catch (RpcException exception)
        {
            return (DeliveryResult.RetryLater, $"{stage}: {exception.StatusCode}: {exception.Status.Detail}");
        }
    }
}
