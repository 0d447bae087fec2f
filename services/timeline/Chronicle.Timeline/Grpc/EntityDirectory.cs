using Chronicle.Contracts.Entities.V1;
using Grpc.Core;

namespace Chronicle.Timeline.Grpc;

/// <summary>
/// Whether an id the timeline holds nothing of names an entity at all: the entities service owns
/// the ids. Asked only for empty answers, so an unknown id is a 404 rather than an empty list,
/// while a known entity without facts here is still an empty list.
/// </summary>
public sealed class EntityDirectory(Entities.EntitiesClient entities)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task EnsureExistsAsync(string entityId, CancellationToken cancellationToken)
    {
        try
        {
            await entities.GetEntityAsync(new GetEntityRequest { Id = entityId }, deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            throw new RpcException(new Status(StatusCode.NotFound,
                $"No entity has id '{entityId}'. Find ids with /api/v1/entities?q=<name> (for example ?q=le hoai trung&type=person)."));
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(StatusCode.Unavailable,
                $"The timeline holds nothing of '{entityId}' and the entities service cannot be reached to tell whether it exists; try again shortly."));
        }
    }
}
