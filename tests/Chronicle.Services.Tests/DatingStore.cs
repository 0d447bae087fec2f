extern alias timeline;

using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using timeline::Chronicle.Timeline.Data;

namespace Chronicle.Services.Tests;

/// <summary>
/// A timeline store with its dating, driven as the service drives it: each document recorded and
/// dated in one transaction, and the background re-dating run pass by pass until nothing is queued.
/// </summary>
internal sealed class DatingStore(Database store)
{
    /// <summary>Every step of the timeline's schema.</summary>
    public static readonly IReadOnlyList<Migration> Migrations = [.. FactStore.Migrations, .. DatingEvidence.Migrations];

    public Database Store => store;

    public DocumentDating Dating { get; } =
        new(store, new ReferenceStore(store), new Outbox(store, new OutboxSignal()), TimeProvider.System, NullLogger<DocumentDating>.Instance);

    /// <summary>As the service records a document: its facts and its dating in one transaction.</summary>
    public void Record(RecordDocumentFactsRequest request) =>
        store.InTransaction((connection, transaction) =>
        {
            var stored = FactStore.Record(connection, transaction, request);
            return Dating.DateRecorded(connection, transaction, request, stored).Queued;
        });

    /// <summary>As <see cref="Record"/>, answering what recording the facts stored (with dating after it, as the service runs it).</summary>
    public FactStore.RecordedDocument RecordAnswering(RecordDocumentFactsRequest request) =>
        store.InTransaction((connection, transaction) =>
        {
            var stored = FactStore.Record(connection, transaction, request);
            Dating.DateRecorded(connection, transaction, request, stored);
            return stored;
        });

    /// <summary>A document's sightings kept as evidence, read from its rows in the order stored.</summary>
    public List<EvidenceSighting> EvidenceRows(string documentId)
    {
        using var connection = store.Open();
        return connection.Query(
            "SELECT person_id, role, date_low, date_high FROM role_observations WHERE document_id = @doc AND evidence = 1 ORDER BY id",
            r => new EvidenceSighting(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), null, ("@doc", documentId));
    }

    /// <summary>How many entries the index of undated documents holds for a document.</summary>
    public long UndatedEntries(string documentId)
    {
        using var connection = store.Open();
        return connection.ScalarLong("SELECT COUNT(*) FROM undated_mentions WHERE document_id = @doc", null, ("@doc", documentId));
    }

    /// <summary>As <see cref="Record"/>, answering what dating the document came to.</summary>
    public DocumentDating.DatedDocument RecordAndDate(RecordDocumentFactsRequest request) =>
        store.InTransaction((connection, transaction) =>
        {
            var stored = FactStore.Record(connection, transaction, request);
            return Dating.DateRecorded(connection, transaction, request, stored);
        });

    /// <summary>The document's revision and anchor as its row holds them, read as a report to ingestion once read them.</summary>
    public (long Revision, AnchorDate Anchor) StoredAnchor(string documentId)
    {
        using var connection = store.Open();
        var row = connection.Query(
            "SELECT revision, anchor_date, anchor_granularity, anchor_basis, anchor_reason FROM documents WHERE document_id = @doc",
            r => (Revision: r.Long(0), Date: r.StringOrNull(1), Granularity: r.StringOrNull(2), Basis: r.GetString(3), Reason: r.GetString(4)),
            null, ("@doc", documentId)).Single();
        var anchor = new AnchorDate { Basis = row.Basis, Reason = row.Reason };
        if (row.Date is not null)
        {
            anchor.Date = new PartialDate { Value = row.Date, Granularity = row.Granularity ?? "day" };
        }
        return (row.Revision, anchor);
    }

    /// <summary>Runs the worker's passes until nothing is queued; returns every document re-read, in order.</summary>
    public List<string> Drain()
    {
        var reread = new List<string>();
        while (true)
        {
            var people = Dating.QueueDocumentsOfQueuedPeople(500);
            var documents = Dating.RedateQueuedDocuments(100, CancellationToken.None);
            reread.AddRange(documents);
            if (people == 0 && documents.Count == 0)
            {
                return reread;
            }
        }
    }

    public string? AnchorOf(string documentId)
    {
        using var connection = store.Open();
        return connection.Query("SELECT anchor_date FROM documents WHERE document_id = @doc", r => r.StringOrNull(0), null, ("@doc", documentId)).Single();
    }
}
