using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Storage;
using Microsoft.Extensions.Options;

namespace Chronicle.Ingestion.Pipeline;

/// <summary>The batch is refused whole, before anything is stored; the message says why and when to come back.</summary>
public sealed class BatchRefusedException(string message, TimeSpan? retryAfter) : Exception(message)
{
    /// <summary>When trying again makes sense (a full backlog), or null when the batch must change (too large).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>
/// Many articles in one call: each goes through <see cref="DocumentIntake"/> on its own, stored
/// whole or refused with the reason, so the answer lists every item's outcome in order. A batch
/// over the size limit, or one arriving while the hand-offs waiting for the entities service are
/// over the backlog limit, is refused whole before anything is stored.
/// </summary>
public sealed class DocumentBatch(DocumentIntake intake, Outbox outbox, IOptions<IngestionOptions> options)
{
    /// <summary>How long a caller turned away by a full backlog waits before trying again.</summary>
    public static readonly TimeSpan BacklogRetryAfter = TimeSpan.FromSeconds(5);

    public int MaxDocuments => options.Value.MaxBatchDocuments;

    /// <summary>Refuses a batch of <paramref name="count"/> items that must not be stored at all.</summary>
    public void CheckAdmission(int count)
    {
        if (count > MaxDocuments)
        {
            throw new BatchRefusedException($"The batch has {count} documents; the limit is {MaxDocuments}. Send it in smaller batches.", null);
        }
        EnsureBacklogRoom();
    }

    /// <summary>Refuses new work while the pipeline is this far behind, so the backlog cannot grow without bound.</summary>
    public void EnsureBacklogRoom()
    {
        var pending = outbox.PendingCount();
        if (pending >= options.Value.MaxBacklog)
        {
            throw new BatchRefusedException(
                $"{pending} documents are waiting for the entities service (the limit is {options.Value.MaxBacklog}); try again in {BacklogRetryAfter.TotalSeconds:0} seconds.",
                BacklogRetryAfter);
        }
    }

    public IngestDocumentsResponse Submit(IReadOnlyList<SubmitDocumentRequest> items)
    {
        CheckAdmission(items.Count);
        var response = new IngestDocumentsResponse();
        var answers = new IngestedItem[items.Count];
        // In order, one after the other: the first of two copies in one batch is the one accepted and the
        // second its duplicate, as if they had been posted in turn (stored side by side, either could win).
        for (var index = 0; index < items.Count; index++)
        {
            answers[index] = SubmitItem(items[index], index);
        }
        response.Items.AddRange(answers);
        response.Accepted = response.Items.Count(i => i.Status == "accepted");
        response.Duplicates = response.Items.Count(i => i.Status == "duplicate");
        response.Refused = response.Items.Count(i => i.Status == "refused");
        return response;
    }

    private IngestedItem SubmitItem(SubmitDocumentRequest request, int index)
    {
        try
        {
            var result = intake.Submit(new Submission(request.Text, request.Html, request.Url, request.Source, request.PublishedAt, request.ExternalId));
            return new IngestedItem
            {
                Index = index,
                Status = result.IsDuplicate ? "duplicate" : "accepted",
                Id = result.Id,
                DuplicateOf = result.DuplicateOf,
                SameStoryAs = result.SameStoryAs,
            };
        }
        catch (InvalidSubmissionException exception)
        {
            return new IngestedItem { Index = index, Status = "refused", Error = exception.Message };
        }
    }
}
