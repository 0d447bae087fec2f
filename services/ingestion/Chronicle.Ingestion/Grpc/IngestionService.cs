using Chronicle.Storage;
using Chronicle.Contracts;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Ingestion.Data;
using Chronicle.Ingestion.Pipeline;
using Chronicle.Contracts.Common.V1;
using Grpc.Core;

namespace Chronicle.Ingestion.Grpc;

/// <summary>
/// Ingestion's gRPC (and transcoded REST) face. Reads answer from ingestion's own store only: the
/// later stages push each document's outcome here (<see cref="RecordDocumentOutcome"/>), so a read
/// works while they are down and never writes.
/// </summary>
public sealed class IngestionService(DocumentIntake intake, DocumentBatch batch, DocumentStore documents, ILogger<IngestionService> logger)
    : Contracts.Ingestion.V1.Ingestion.IngestionBase
{
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

    public override Task<Document> GetDocument(GetDocumentRequest request, ServerCallContext context)
    {
        var document = documents.Find(request.Id)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No document has id '{request.Id}'."));
        // A duplicate shares the fate (status, anchor) of the document it copies.
        var original = document.DuplicateOf is { } originalId ? documents.Find(originalId)! : document;
        var status = DocumentStatus.Public(original.Status);

        var answer = new Document
        {
            Id = document.Id,
            Title = document.Title,
            PublishedAt = document.PublishedAt,
            AnchorDate = original.AnchorDate,
            AnchorGranularity = original.AnchorGranularity,
            AnchorBasis = original.AnchorBasis,
            AnchorReason = original.AnchorReason,
            CleanText = documents.CleanText(document.Id),
            Status = status,
            Error = status == DocumentStatus.Failed ? original.Error : null,
            Url = document.Url,
            Source = document.Source,
            ExternalId = document.ExternalId,
            DuplicateOf = document.DuplicateOf,
            SameStoryAs = document.SameStoryAs,
            ReceivedAt = document.ReceivedAt,
            Language = document.Language,
            MainTextFallback = document.MainTextFallback,
            FactCount = original.FactCount,
            Byline = document.Byline,
            PublicationDate = document.PublicationDate,
            PublicationDateSource = document.PublicationDateSource,
        };
        answer.CandidateYears.AddRange(original.CandidateYears);
        return Task.FromResult(answer);
    }

    public override Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
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
        return Task.FromResult(response);
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

    public override Task<PipelineCounts> GetPipeline(GetPipelineRequest request, ServerCallContext context)
    {
        var (byStatus, duplicates) = documents.Counts();
        int Count(string status) => byStatus.GetValueOrDefault(status);
        var accepted = byStatus.Values.Sum();
        var processed = Count(LocalStatus.Processed);
        var failed = Count(LocalStatus.Failed);
        return Task.FromResult(new PipelineCounts
        {
            Accepted = accepted,
            Processed = processed,
            Failed = failed,
            Pending = accepted - processed - failed,
            Duplicates = duplicates,
        });
    }

    public override Task<RecordDocumentOutcomeResponse> RecordDocumentOutcome(DocumentOutcome request, ServerCallContext context)
    {
        // Refusals here park the sender's message (it can never succeed); anything else is retried.
        if (Invalid(request) is { } invalid)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, invalid));
        }
        var applied = documents.RecordOutcome(ToRecord(request));
        LogUnapplied(request, applied);
        return Task.FromResult(new RecordDocumentOutcomeResponse { Applied = applied });
    }

    /// <summary>
    /// Several outcomes in one call and one shared transaction: an invalid one is refused, one that
    /// cannot be stored is answered "try again", each alone; a stale one is taken and changes nothing.
    /// </summary>
    public override Task<RecordDocumentOutcomesResponse> RecordDocumentOutcomes(RecordDocumentOutcomesRequest request, ServerCallContext context)
    {
        var results = HandOffBatch.Answer(request.Outcomes, Invalid,
            outcomes => documents.RecordOutcomes(outcomes.Select(ToRecord).ToList()),
            (outcome, error) => logger.LogError(error, "Recording the outcome of {DocumentId} failed", outcome.DocumentId), "recording failed",
            LogUnapplied);
        var response = new RecordDocumentOutcomesResponse();
        response.Results.AddRange(results);
        return Task.FromResult(response);
    }

    /// <summary>Why an outcome can never be recorded, or null when it can.</summary>
    private static string? Invalid(DocumentOutcome outcome)
    {
        if (string.IsNullOrWhiteSpace(outcome.DocumentId) || outcome.Revision < 1)
        {
            return "document_id and a revision of 1 or more are required.";
        }
        if (outcome.Status is not ("" or DocumentStatus.Processed or DocumentStatus.Failed))
        {
            return $"status must be {DocumentStatus.Processed}, {DocumentStatus.Failed} or empty; got '{outcome.Status}'.";
        }
        return null;
    }

    private static DocumentOutcomeRecord ToRecord(DocumentOutcome request)
    {
        var anchor = request.Anchor is { } a
            ? new AnchorCopy(a.Date?.Value, a.Date?.Granularity, string.IsNullOrEmpty(a.Basis) ? "unknown" : a.Basis, a.Reason)
            : null;
        return new DocumentOutcomeRecord(
            request.DocumentId, request.Revision, request.Status is "" ? null : request.Status,
            request.Status == DocumentStatus.Failed ? request.Error : null, request.Facts, anchor, request.AnchorDecidedAt);
    }

    private void LogUnapplied(DocumentOutcome request, bool applied)
    {
        if (!applied)
        {
            logger.LogDebug("Outcome of {DocumentId} (revision {Revision}) from {Stage} changed nothing: repeated, stale or unknown",
                request.DocumentId, request.Revision, request.Stage);
        }
    }
}
