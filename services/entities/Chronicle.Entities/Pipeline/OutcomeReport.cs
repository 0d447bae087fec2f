using Chronicle.Contracts;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Storage;
using Google.Protobuf;
using System.Data.Common;

namespace Chronicle.Entities.Pipeline;

/// <summary>
/// What entities tells ingestion about a document: only that it failed here (its extraction
/// failed, or the timeline refused its facts). Success is the timeline's to report, with the
/// anchor date it owns. Sent through the outbox's side route to ingestion, in the transaction
/// that records the failure, so the report is never lost.
/// </summary>
public static class OutcomeReport
{
    /// <summary>The outbox side route to ingestion's RecordDocumentOutcome.</summary>
    public const string Stage = "ingestion";

    public static void EnqueueFailure(DbConnection connection, DbTransaction transaction, string documentId, long revision, string error)
    {
        if (revision < 1)
        {
            // A hand-off from before revisions were counted: ingestion could not tell it from a stale one.
            return;
        }
        var outcome = new DocumentOutcome
        {
            DocumentId = documentId,
            Revision = revision,
            Stage = "entities",
            Status = DocumentStatus.Failed,
            Error = error,
        };
        Outbox.Enqueue(connection, transaction, OutboxSideRoute.Key(Stage, documentId), outcome.ToByteArray());
    }
}
