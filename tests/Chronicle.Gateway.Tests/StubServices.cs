using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Timeline.V1;
using Grpc.Core;

namespace Chronicle.Gateway.Tests;

/// <summary>The public query methods of entities, answering one known person.</summary>
public sealed class StubEntities : Entities.EntitiesBase
{
    public const string PersonId = "per_le-hoai-trung";

    public override Task<Entity> GetEntity(GetEntityRequest request, ServerCallContext context) =>
        request.Id == PersonId
            ? Task.FromResult(new Entity { Id = PersonId, Name = "Lê Hoài Trung", Type = "person", Aliases = { "Le Hoai Trung" }, MentionCount = 3 })
            : throw new RpcException(new Status(StatusCode.NotFound, $"No entity has the id '{request.Id}'."));

    public override Task<SearchEntitiesResponse> SearchEntities(SearchEntitiesRequest request, ServerCallContext context) =>
        Task.FromResult(new SearchEntitiesResponse { Items = { new Entity { Id = PersonId, Name = "Lê Hoài Trung", Type = "person" } } });

    public override Task<AnalyzeDocumentResponse> AnalyzeDocument(AnalyzeDocumentRequest request, ServerCallContext context) =>
        Task.FromResult(new AnalyzeDocumentResponse { NewlyStored = true });
}

/// <summary>Roles and events of the known person.</summary>
public sealed class StubTimeline : Timeline.TimelineBase
{
    public override Task<GetRolesResponse> GetRoles(GetRolesRequest request, ServerCallContext context) =>
        Task.FromResult(new GetRolesResponse
        {
            EntityId = request.EntityId,
            Items =
            {
                new RoleHistory { Role = "Phó Trưởng Ban Đối ngoại Trung ương", FirstSeen = "2018-03", LastSeen = "2020-12" },
                new RoleHistory { Role = "Trưởng Ban Đối ngoại Trung ương", FirstSeen = "2021-04", LastSeen = "2024-01-11" },
                new RoleHistory { Role = "Bí thư Trung ương Đảng", FirstSeen = "2021-02", LastSeen = "2023-11" },
                // Seen last, but only put forward: never the current post.
                new RoleHistory { Role = "Phó Chủ tịch Quốc hội", Qualifier = "nominee", FirstSeen = "2024-05-20", LastSeen = "2024-05-20" },
            },
        });

    public override Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context) =>
        Task.FromResult(new ListEventsResponse
        {
            Items =
            {
                new Event { Id = "evt_1", Name = "Hội nghị tổng kết công tác năm 2021", Date = "2022-01-11", Granularity = "day", Participants = { request.Entity } },
            },
        });

    public override Task<RecordDocumentFactsResponse> RecordDocumentFacts(RecordDocumentFactsRequest request, ServerCallContext context) =>
        Task.FromResult(new RecordDocumentFactsResponse());
}
