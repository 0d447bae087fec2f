using Chronicle.Contracts.Entities.V1;
using Chronicle.Entities.Data;
using Chronicle.Entities.Extraction;
using Chronicle.Entities.Pipeline;
using Chronicle.Contracts.Common.V1;
using Chronicle.Text;
using Grpc.Core;

namespace Chronicle.Entities.Grpc;

public sealed class EntitiesService(DocumentAnalysis analysis, EntityStore entities) : Contracts.Entities.V1.Entities.EntitiesBase
{
    private static readonly HashSet<string> KnownTypes =
        [EntityTypes.Person, EntityTypes.Organization, EntityTypes.Position, EntityTypes.LegalDocument, EntityTypes.Event, EntityTypes.Place];

    public override Task<AnalyzeDocumentResponse> AnalyzeDocument(AnalyzeDocumentRequest request, ServerCallContext context)
    {
        if (!DocumentAnalysis.IsComplete(request))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, DocumentAnalysis.MissingFields));
        }
        return Task.FromResult(analysis.Analyze(request));
    }

    public override Task<AnalyzeDocumentsResponse> AnalyzeDocuments(AnalyzeDocumentsRequest request, ServerCallContext context)
    {
        var response = new AnalyzeDocumentsResponse();
        response.Results.AddRange(analysis.AnalyzeAll(request.Documents));
        return Task.FromResult(response);
    }

    public override Task<GetDocumentStatesResponse> GetDocumentStates(GetDocumentStatesRequest request, ServerCallContext context)
    {
        var response = new GetDocumentStatesResponse();
        response.States.AddRange(entities.DocumentStates(request.DocumentIds).Select(s => new DocumentState
        {
            DocumentId = s.DocumentId,
            Status = s.Status,
            Error = s.Error ?? "",
        }));
        return Task.FromResult(response);
    }

    public override Task<StageCounts> GetStageCounts(GetStageCountsRequest request, ServerCallContext context)
    {
        var counts = entities.DocumentCounts();
        return Task.FromResult(new StageCounts
        {
            Received = counts.Values.Sum(),
            Processed = counts.GetValueOrDefault(StageStatus.Processed),
            Failed = counts.GetValueOrDefault(StageStatus.Failed),
        });
    }

    public override Task<SearchEntitiesResponse> SearchEntities(SearchEntitiesRequest request, ServerCallContext context)
    {
        var type = string.IsNullOrWhiteSpace(request.Type) ? null : request.Type.Trim().ToLowerInvariant();
        if (type is not null && !KnownTypes.Contains(type))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"Unknown type '{request.Type}'; use one of: {string.Join(", ", KnownTypes)}."));
        }
        var page = Paging.Read(request.Page);
        var rows = entities.Search(VietnameseText.Fold(request.Q ?? ""), type, page.Offset, page.Size + 1);
        var response = new SearchEntitiesResponse { Page = Paging.Next(page, rows.Count) };
        response.Items.AddRange(rows.Take(page.Size).Select(ToContract));
        return Task.FromResult(response);
    }

    public override Task<Entity> GetEntity(GetEntityRequest request, ServerCallContext context)
    {
        var entity = entities.Find(request.Id)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No entity has id '{request.Id}'."));
        return Task.FromResult(ToContract(entity));
    }

    private static Entity ToContract(EntityRecord record)
    {
        var entity = new Entity { Id = record.Id, Name = record.Name, Type = record.Type, MentionCount = record.MentionCount };
        entity.Aliases.AddRange(record.Aliases);
        return entity;
    }
}
