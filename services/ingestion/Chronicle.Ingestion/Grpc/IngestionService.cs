using Chronicle.Contracts;
using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Ingestion.Data;
using Chronicle.Ingestion.Pipeline;
using Chronicle.Contracts.Common.V1;
using Grpc.Core;

namespace Chronicle.Ingestion.Grpc;

public sealed class IngestionService(DocumentIntake intake, DocumentBatch batch, DocumentStore documents, Entities.EntitiesClient entities, Timeline.TimelineClient timeline)
    : Contracts.Ingestion.V1.Ingestion.IngestionBase
{
    private static readonly TimeSpan DownstreamDeadline = TimeSpan.FromSeconds(5);

    public override Task<SubmitDocumentResponse> SubmitDocument(SubmitDocumentRequest request, ServerCallContext context)
    {
        IntakeResult result;
        try
        {
            batch.EnsureBacklogRoom();
            result = intake.Submit(new Submission(request.Text, request.Html, request.Url, request.Source, request.PublishedAt, request.ExternalId));
        }
        catch (InvalidSubmissionException exception)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, exception.Message));
        }
        catch (BatchRefusedException exception)
        {
            throw Refusal(exception);
        }
        return Task.FromResult(new SubmitDocumentResponse
        {
            Id = result.Id,
            Status = result.IsDuplicate ? DocumentStatus.Duplicate : DocumentStatus.Accepted,
            DuplicateOf = result.DuplicateOf,
            SameStoryAs = result.SameStoryAs,
        });
    }

    public override async Task<IngestDocumentsResponse> IngestDocuments(IAsyncStreamReader<SubmitDocumentRequest> requestStream, ServerCallContext context)
    {
        // Read whole before storing: a stream over the limit is refused with nothing stored.
        var items = new List<SubmitDocumentRequest>();
        while (await requestStream.MoveNext(context.CancellationToken))
        {
            items.Add(requestStream.Current);
            if (items.Count > batch.MaxDocuments)
            {
                throw Refusal(new BatchRefusedException($"The stream has more than {batch.MaxDocuments} documents; the limit is {batch.MaxDocuments} per call.", null));
            }
        }
        try
        {
            return batch.Submit(items);
        }
        catch (BatchRefusedException exception)
        {
            throw Refusal(exception);
        }
    }

    /// <summary>RESOURCE_EXHAUSTED, with retry-after-seconds in the trailers when waiting helps.</summary>
    private static RpcException Refusal(BatchRefusedException exception)
    {
        var trailers = new Metadata();
        if (exception.RetryAfter is { } after)
        {
            trailers.Add("retry-after-seconds", ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return new RpcException(new Status(StatusCode.ResourceExhausted, exception.Message), trailers);
    }

    public override async Task<Document> GetDocument(GetDocumentRequest request, ServerCallContext context)
    {
        var document = documents.Find(request.Id)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No document has id '{request.Id}'."));
        // A duplicate shares the fate of the document it copies.
        var original = document.DuplicateOf is { } originalId ? documents.Find(originalId)! : document;
        var (status, error) = await StatusOf(original, context.CancellationToken);

        var answer = new Document
        {
            Id = document.Id,
            Title = document.Title,
            PublishedAt = document.PublishedAt,
            AnchorDate = document.AnchorDate,
            AnchorGranularity = document.AnchorGranularity,
            AnchorBasis = document.AnchorBasis,
            AnchorReason = document.AnchorReason,
            CleanText = document.CleanText,
            Status = status,
            Error = error,
            Url = document.Url,
            Source = document.Source,
            ExternalId = document.ExternalId,
            DuplicateOf = document.DuplicateOf,
            SameStoryAs = document.SameStoryAs,
            ReceivedAt = document.ReceivedAt,
        };
        answer.CandidateYears.AddRange(document.CandidateYears);
        if (document.AnchorDate is null && await InferredAnchorAsync(original.Id, context.CancellationToken) is { } inferred)
        {
            answer.AnchorDate = inferred.Date.Value;
            answer.AnchorGranularity = inferred.Date.Granularity;
            answer.AnchorBasis = inferred.Basis;
            answer.AnchorReason = inferred.Reason;
        }
        return answer;
    }

    /// <summary>
    /// The year the timeline inferred for a document whose text left it open. Only a hint: when
    /// the timeline cannot answer, the document is shown with the year unknown, as its text says.
    /// </summary>
    private async Task<Contracts.Common.V1.AnchorDate?> InferredAnchorAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await timeline.GetDocumentAnchorAsync(new GetDocumentAnchorRequest { DocumentId = id },
                deadline: DateTime.UtcNow.Add(DownstreamDeadline), cancellationToken: cancellationToken);
            return answer.Known && answer.Anchor?.Date is not null && answer.Anchor.Basis == "inferred" ? answer.Anchor : null;
        }
        catch (RpcException)
        {
            return null;
        }
    }

    public override async Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
    {
        var statuses = request.Status switch
        {
            null or "" => null,
            DocumentStatus.Pending => new[] { LocalStatus.Queued, LocalStatus.HandedOff },
            DocumentStatus.Processed => [LocalStatus.Processed],
            DocumentStatus.Failed => [LocalStatus.Failed],
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"Unknown status '{request.Status}'; use {DocumentStatus.Pending}, {DocumentStatus.Processed} or {DocumentStatus.Failed}.")),
        };
        var page = Paging.Read(request.Page);
        await SettleHandedOffAsync(documents.HandedOffIds(), context.CancellationToken);
        var rows = documents.List(statuses, page.Offset, page.Size + 1);
        var response = new ListDocumentsResponse { Page = Paging.Next(page, rows.Count) };
        response.Items.AddRange(rows.Take(page.Size).Select(d => new DocumentSummary
        {
            Id = d.Id,
            Title = d.Title,
            AnchorDate = d.AnchorDate,
            Status = DocumentStatus.Public(d.Status),
            Error = d.Error,
            ReceivedAt = d.ReceivedAt,
            DuplicateOf = d.DuplicateOf,
        }));
        return response;
    }

    public override Task<ReprocessDocumentResponse> ReprocessDocument(ReprocessDocumentRequest request, ServerCallContext context)
    {
        bool found;
        try
        {
            found = intake.Reprocess(request.Id);
        }
        catch (InvalidSubmissionException exception)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, exception.Message));
        }
        return found
            ? Task.FromResult(new ReprocessDocumentResponse { Id = request.Id, Status = DocumentStatus.Pending })
            : throw new RpcException(new Status(StatusCode.NotFound, $"No document has id '{request.Id}'."));
    }

    public override Task<ReprocessAllResponse> ReprocessAll(ReprocessAllRequest request, ServerCallContext context)
    {
        var queued = 0;
        foreach (var id in documents.OriginalIds())
        {
            queued += intake.Reprocess(id) ? 1 : 0;
        }
        return Task.FromResult(new ReprocessAllResponse { Queued = queued });
    }

    public override async Task<PipelineCounts> GetPipeline(GetPipelineRequest request, ServerCallContext context)
    {
        await SettleHandedOffAsync(documents.HandedOffIds(), context.CancellationToken);
        var (byStatus, duplicates) = documents.Counts();
        int Count(string status) => byStatus.GetValueOrDefault(status);
        var accepted = byStatus.Values.Sum();
        var processed = Count(LocalStatus.Processed);
        var failed = Count(LocalStatus.Failed);
        return new PipelineCounts
        {
            Accepted = accepted,
            Processed = processed,
            Failed = failed,
            Pending = accepted - processed - failed,
            Duplicates = duplicates,
        };
    }

    private async Task<(string Status, string? Error)> StatusOf(StoredDocument document, CancellationToken cancellationToken)
    {
        if (document.Status == LocalStatus.HandedOff)
        {
            await SettleHandedOffAsync([document.Id], cancellationToken);
            document = documents.Find(document.Id)!;
        }
        var status = DocumentStatus.Public(document.Status);
        return (status, status == DocumentStatus.Failed ? document.Error : null);
    }

    /// <summary>
    /// Asks the entities stage how far handed-off documents have gone and records the final
    /// states here, so each document is asked about only until it settles.
    /// </summary>
    private async Task SettleHandedOffAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(500))
        {
            var request = new GetDocumentStatesRequest();
            request.DocumentIds.AddRange(chunk);
            GetDocumentStatesResponse response;
            try
            {
                response = await entities.GetDocumentStatesAsync(request, deadline: DateTime.UtcNow.Add(DownstreamDeadline), cancellationToken: cancellationToken);
            }
            catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
            {
                throw new RpcException(new Status(StatusCode.Unavailable,
                    "The entities service cannot be reached, so how far documents have gone is unknown; try again shortly."));
            }
            // The entities stage reports in the same words ingestion stores for a settled document.
            foreach (var state in response.States.Where(s => DocumentStatus.IsSettled(s.Status)))
            {
                documents.SetStatus(state.DocumentId, state.Status,
                    string.IsNullOrEmpty(state.Error) ? null : state.Error);
            }
        }
    }
}
