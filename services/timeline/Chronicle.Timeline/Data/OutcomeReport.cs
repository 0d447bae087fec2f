using Chronicle.Contracts;
using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Storage;
using Google.Protobuf;
using System.Data.Common;

namespace Chronicle.Timeline.Data;

/// <summary>
/// What the timeline tells ingestion about a document, through its outbox: that it is processed
/// (its facts are answerable) with its anchor date, and the new anchor whenever it is re-dated.
/// The timeline owns the anchor date: it takes the reading of the article's own date that comes
/// with the facts and, when the text leaves the year open, infers it; ingestion keeps a copy.
/// </summary>
public static class OutcomeReport
{
    /// <summary>
    /// After a document's facts are recorded and it is dated: reports it processed with its anchor
    /// as it now stands. Enqueued in the transaction that records the facts, before the recording
    /// call answers, so a crash in between makes entities send the facts again and the report is
    /// made then. The revision is the recorded request's and the anchor the one dating answered
    /// (<see cref="DocumentDating.DateRecorded"/>): both are what the document's row holds at this
    /// point, so the row is not read back.
    /// </summary>
    public static void EnqueueProcessed(DbConnection connection, DbTransaction transaction, string documentId, long revision, AnchorDate anchor, int facts)
    {
        var outcome = Outcome(documentId, revision, anchor);
        outcome.Status = DocumentStatus.Processed;
        outcome.Facts = facts;
        Enqueue(connection, transaction, outcome);
    }

    /// <summary>Reports a document's new anchor, in the transaction that re-dates it.</summary>
    public static void EnqueueAnchor(DbConnection connection, DbTransaction transaction, string documentId, PartialDate? date, string basis, string reason)
    {
        if (Current(connection, transaction, documentId) is not { } current)
        {
            return;
        }
        var anchor = new AnchorDate { Basis = basis, Reason = reason, Date = date };
        Enqueue(connection, transaction, Outcome(documentId, current.Revision, anchor));
    }

    private static DocumentOutcome Outcome(string documentId, long revision, AnchorDate anchor) => new()
    {
        DocumentId = documentId,
        Revision = revision,
        Stage = "timeline",
        Anchor = anchor,
        // Orders the anchors of one hand-off at ingestion: the later decision wins.
        AnchorDecidedAt = DateTime.UtcNow.Ticks,
    };

    private static void Enqueue(DbConnection connection, DbTransaction transaction, DocumentOutcome outcome)
    {
        // Facts recorded before hand-offs were counted cannot be told from stale ones at ingestion.
        if (outcome.Revision >= 1)
        {
            Outbox.Enqueue(connection, transaction, outcome.DocumentId, outcome.ToByteArray());
        }
    }

    private static (long Revision, AnchorDate Anchor)? Current(DbConnection connection, DbTransaction transaction, string documentId)
    {
        var rows = connection.Query(
            "SELECT revision, anchor_date, anchor_granularity, anchor_basis, anchor_reason FROM documents WHERE document_id = @doc",
            r => (Revision: r.Long(0), Date: r.StringOrNull(1), Granularity: r.StringOrNull(2), Basis: r.GetString(3), Reason: r.GetString(4)),
            transaction, ("@doc", documentId));
        if (rows is not [var row])
        {
            return null;
        }
        return (row.Revision, Anchor(row.Basis, row.Reason, row.Date, row.Granularity));
    }

    /// <summary>
    /// An anchor as a document's row holds it: its basis and reason, and its date where it has one (to the day where the
    /// row gives no granularity). What the row is read back as, and what is reported where the row is not read back.
    /// </summary>
    public static AnchorDate Anchor(string basis, string reason, string? date, string? granularity)
    {
        var anchor = new AnchorDate { Basis = basis, Reason = reason };
        if (date is not null)
        {
            anchor.Date = new PartialDate { Value = date, Granularity = granularity ?? "day" };
        }
        return anchor;
    }
}
