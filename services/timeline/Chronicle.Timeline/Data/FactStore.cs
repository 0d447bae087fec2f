using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Storage;
using Chronicle.Timeline.Knowledge;
using System.Data.Common;
using static Chronicle.Contracts.ProtoStrings;

namespace Chronicle.Timeline.Data;

/// <summary>
/// Dated observations with their evidence. Every fact belongs to one document, and recording a
/// document replaces what it said before: a repeated hand-off changes nothing.
/// </summary>
public sealed class FactStore(Database store)
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, """
            CREATE TABLE documents (
                document_id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                title TEXT NOT NULL,
                anchor_date TEXT,
                anchor_granularity TEXT,
                anchor_basis TEXT NOT NULL,
                source TEXT,
                recorded_at TEXT NOT NULL
            );
            CREATE TABLE role_observations (
                id {{id}},
                document_id TEXT NOT NULL REFERENCES documents(document_id),
                person_id TEXT NOT NULL,
                person_name TEXT NOT NULL,
                role TEXT NOT NULL,
                role_key TEXT NOT NULL,
                title TEXT NOT NULL,
                organization TEXT NOT NULL,
                qualifier TEXT NOT NULL,
                date TEXT,
                granularity TEXT NOT NULL,
                date_low TEXT,
                date_high TEXT,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                quote TEXT NOT NULL
            );
            CREATE INDEX role_observations_person ON role_observations (person_id, role_key);
            CREATE INDEX role_observations_role ON role_observations (role_key);
            CREATE INDEX role_observations_document ON role_observations (document_id);
            CREATE TABLE event_reports (
                event_id TEXT NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents(document_id),
                name TEXT NOT NULL,
                date TEXT,
                granularity TEXT NOT NULL,
                date_low TEXT,
                date_high TEXT,
                place TEXT,
                organizer TEXT,
                chair_id TEXT,
                chair_name TEXT,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                quote TEXT NOT NULL,
                PRIMARY KEY (event_id, document_id)
            );
            CREATE INDEX event_reports_date ON event_reports (date_low);
            CREATE INDEX event_reports_document ON event_reports (document_id);
            CREATE TABLE event_participants (
                event_id TEXT NOT NULL,
                document_id TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (event_id, document_id, entity_id)
            );
            CREATE INDEX event_participants_entity ON event_participants (entity_id);
            CREATE TABLE legal_documents (
                document_id TEXT NOT NULL REFERENCES documents(document_id),
                legal_id TEXT NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                number TEXT NOT NULL,
                issuer TEXT,
                issued TEXT,
                granularity TEXT NOT NULL,
                date_low TEXT,
                date_high TEXT,
                subject TEXT,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                quote TEXT NOT NULL,
                PRIMARY KEY (document_id, legal_id)
            );
            CREATE INDEX legal_documents_id ON legal_documents (legal_id)
            """),
        new(2, """
            ALTER TABLE documents ADD COLUMN anchor_month INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE documents ADD COLUMN anchor_day INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE documents ADD COLUMN candidate_years TEXT NOT NULL DEFAULT '';
            ALTER TABLE documents ADD COLUMN anchor_reason TEXT NOT NULL DEFAULT '';
            ALTER TABLE documents ADD COLUMN text_basis TEXT NOT NULL DEFAULT 'unknown';
            ALTER TABLE event_reports ADD COLUMN dated_by_anchor INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE role_observations ADD COLUMN stated_start TEXT;
            ALTER TABLE role_observations ADD COLUMN stated_end TEXT;
            CREATE TABLE reference_holders (
                role TEXT NOT NULL,
                role_key TEXT NOT NULL,
                person TEXT NOT NULL,
                person_key TEXT NOT NULL,
                start_date TEXT NOT NULL,
                end_date TEXT,
                acting INTEGER NOT NULL,
                source TEXT NOT NULL,
                origin TEXT NOT NULL,
                PRIMARY KEY (role_key, person_key, start_date)
            )
            """),
        new(3, "CREATE INDEX role_observations_role_date ON role_observations (role_key, date_low)"),
        // Each sighting dated by its own sentence: its basis, its aspect, and whether it follows the anchor.
        new(4, """
            ALTER TABLE role_observations ADD COLUMN aspect TEXT NOT NULL DEFAULT 'held';
            ALTER TABLE role_observations ADD COLUMN date_basis TEXT;
            ALTER TABLE role_observations ADD COLUMN dated_by_anchor INTEGER NOT NULL DEFAULT 1;
            """),
        // Recording a document first deletes its facts: without this index that scanned every participant.
        new(200, "CREATE INDEX event_participants_document ON event_participants (document_id)"),
        // "Who held a post on a day" reads a post's holding sightings in brief from this index alone: without it, each of
        // a busy post's sightings was a row (and a document) read from its own page. It leads with (role_key, date_low),
        // so it also does the work of the index it replaces.
        new(210, """
            CREATE INDEX role_observations_holding ON role_observations (role_key, date_low, qualifier, aspect, person_id, person_name, date, document_id);
            DROP INDEX role_observations_role_date;
            """),
        // The timeline reports each document's outcome and anchor back to ingestion through its outbox.
        Outbox.Schema,
        // The ingestion hand-off each document's facts came from, returned in those reports.
        new(300, "ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
        // Whether a sighting is evidence for dating others (DatingEvidence), kept on the row with an index of the evidence
        // alone: found by a join on the document, the nearest evidence sat behind every sighting of the person that
        // re-dating had dated, and each lookup read more of them as the store grew.
        new(310, $"""
            ALTER TABLE role_observations ADD COLUMN evidence INTEGER NOT NULL DEFAULT 0;
            UPDATE role_observations SET evidence = 1
                WHERE {DatingEvidence.SightingIsEvidence}
                AND document_id IN (SELECT document_id FROM documents WHERE {DatingEvidence.WritesItsDate});
            CREATE INDEX role_observations_evidence ON role_observations (person_id, date_low) WHERE evidence = 1;
            """),
        // Two indexes no query needs, each written at every sighting stored: every read by person_id alone finds it
        // as the first column of role_observations_person_date (no statement reads person_id with role_key), and
        // every read by role_key alone as the first column of role_observations_holding (checked with EXPLAIN QUERY
        // PLAN on every statement over the table, see docs/performance.md).
        new(320, """
            DROP INDEX IF EXISTS role_observations_person;
            DROP INDEX IF EXISTS role_observations_role;
            """),
        // The reference table's change marker (ReferenceStore): one row, its number raised by every write of the table in the
        // same transaction, so a reader keeps the terms it made until the number moves, whichever replica wrote.
        new(330, """
            CREATE TABLE reference_changes (id INTEGER PRIMARY KEY, version BIGINT NOT NULL);
            INSERT INTO reference_changes (id, version) VALUES (1, 0);
            """),
    ];

    public Database Store => store;

    /// <summary>Replaces every fact of one document. Returns how many facts were stored.</summary>
    public int Record(RecordDocumentFactsRequest request) => store.InTransaction((connection, transaction) => Record(connection, transaction, request).Facts);

    /// <summary>
    /// Replaces every fact of one document inside the caller's transaction. Answers how many facts were stored, whether
    /// the document had been recorded before, and its sightings stored as evidence (<see cref="RecordedDocument"/>).
    /// </summary>
    public static RecordedDocument Record(DbConnection connection, DbTransaction transaction, RecordDocumentFactsRequest request)
    {
        // A document recorded for the first time has nothing to replace, and its row goes in at the first try; only
        // when the row is already there (a repeated hand-off, a reprocess) are the document's facts deleted, and the
        // row with them, before it goes in again. One statement for a new document, rather than a look-up and then
        // the insert. Every fact is stored with its document's row and removed with it (three of the tables reference
        // it, and participants are written only beside their event's report), so without the row there is nothing of
        // the document to delete.
        var replaced = InsertDocument(connection, transaction, request) == 0;
        if (replaced)
        {
            foreach (var table in new[] { "role_observations", "event_reports", "event_participants", "legal_documents", "documents" })
            {
                connection.Execute($"DELETE FROM {table} WHERE document_id = @doc", transaction, ("@doc", request.DocumentId));
            }
            InsertDocument(connection, transaction, request);
        }

        var anchor = request.Anchor?.Date;
        var writesItsDate = DatingEvidence.IsWrittenBasis(request.Anchor?.Basis ?? "unknown");
        var evidence = new List<EvidenceSighting>();
        foreach (var role in request.Roles)
        {
            var followsAnchor = FollowsAnchor(role);
            var aspect = role.Aspect is { Length: > 0 } given ? given : "held";
            var date = followsAnchor ? anchor : role.Date;
            var isEvidence = writesItsDate && DatingEvidence.IsEvidence(date, role.Qualifier, aspect);
            if (isEvidence)
            {
                // The row's evidence columns as the statement below stores them (person_id, role, date_low, date_high).
                evidence.Add(new EvidenceSighting(role.Person.Id, role.Role, PartialDates.Low(date!.Value), PartialDates.High(date.Value)));
            }
            connection.Execute("""
                INSERT INTO role_observations (document_id, person_id, person_name, role, role_key, title, organization, qualifier,
                                               date, granularity, date_low, date_high, span_start, span_end, quote, stated_start, stated_end,
                                               aspect, date_basis, dated_by_anchor, evidence)
                VALUES (@doc, @person, @name, @role, @key, @title, @org, @qualifier, @date, @granularity, @low, @high, @start, @end, @quote,
                        @stated_start, @stated_end, @aspect, @date_basis, @by_anchor, @evidence)
                """,
                transaction, [("@doc", request.DocumentId), ("@person", role.Person.Id), ("@name", role.Person.Name), ("@role", role.Role),
                ("@key", RoleKey(role.Role)), ("@title", role.Title), ("@org", role.Organization), ("@qualifier", role.Qualifier),
                ("@stated_start", role.StatedStart?.Value), ("@stated_end", role.StatedEnd?.Value),
                ("@aspect", aspect),
                ("@date_basis", role.DateBasis is { Length: > 0 } basis ? basis : null),
                ("@by_anchor", followsAnchor ? 1 : 0),
                ("@evidence", isEvidence ? 1 : 0),
                .. DateParameters(date), .. EvidenceParameters(role.Evidence)]);
        }

        var participants = new List<object?[]>();
        foreach (var fact in request.Events)
        {
            var date = fact.Date ?? anchor;
            connection.Execute("""
                INSERT INTO event_reports (event_id, document_id, name, date, granularity, date_low, date_high, place, organizer,
                                           chair_id, chair_name, span_start, span_end, quote, dated_by_anchor)
                VALUES (@event, @doc, @name, @date, @granularity, @low, @high, @place, @organizer, @chair_id, @chair_name, @start, @end, @quote,
                        @by_anchor)
                ON CONFLICT (event_id, document_id) DO NOTHING
                """,
                transaction, [("@event", fact.Id), ("@doc", request.DocumentId), ("@name", fact.Name), .. DateParameters(date),
                ("@by_anchor", fact.Date is null ? 1 : 0),
                ("@place", Blank(fact.Place)), ("@organizer", Blank(fact.Organizer)), ("@chair_id", fact.Chair?.Id), ("@chair_name", fact.Chair?.Name),
                .. EvidenceParameters(fact.Evidence)]);
            foreach (var participant in fact.Participants.Append(fact.Chair).OfType<EntityRef>())
            {
                participants.Add([fact.Id, request.DocumentId, participant.Id, participant.Name]);
            }
        }
        // The document's participants of every event in as few statements as the rows allow, rather than one a row:
        // the rows go in the same order, so of two with one key the first is kept, as before.
        connection.InsertRows(transaction, "event_participants", ["event_id", "document_id", "entity_id", "name"], participants,
            "ON CONFLICT DO NOTHING");

        foreach (var document in request.LegalDocuments)
        {
            connection.Execute("""
                INSERT INTO legal_documents (document_id, legal_id, name, kind, number, issuer, issued, granularity, date_low, date_high,
                                             subject, span_start, span_end, quote)
                VALUES (@doc, @legal, @name, @kind, @number, @issuer, @date, @granularity, @low, @high, @subject, @start, @end, @quote)
                ON CONFLICT DO NOTHING
                """,
                transaction, [("@doc", request.DocumentId), ("@legal", document.Document.Id), ("@name", document.Document.Name),
                ("@kind", document.Kind), ("@number", document.Number), ("@issuer", Blank(document.Issuer)), .. DateParameters(document.Issued),
                ("@subject", Blank(document.Subject)), .. EvidenceParameters(document.Evidence)]);
        }
        return new RecordedDocument(request.Roles.Count + request.Events.Count + request.LegalDocuments.Count, replaced, evidence);
    }

    /// <summary>
    /// What recording a document stored: how many facts, whether it replaced an earlier recording of the document (a
    /// repeated hand-off, a reprocess), and its sightings stored as evidence (<c>evidence = 1</c>), in the order stored.
    /// Dating takes these rather than reading the rows just written back.
    /// </summary>
    public sealed record RecordedDocument(int Facts, bool Replaced, IReadOnlyList<EvidenceSighting> Evidence);

    /// <summary>Stores the document's row unless one is there: returns 1 when stored, 0 when the document was recorded before.</summary>
    private static int InsertDocument(DbConnection connection, DbTransaction transaction, RecordDocumentFactsRequest request)
    {
        var anchor = request.Anchor?.Date;
        return connection.Execute("""
            INSERT INTO documents (document_id, content_hash, title, anchor_date, anchor_granularity, anchor_basis, source, recorded_at,
                                   anchor_month, anchor_day, candidate_years, anchor_reason, text_basis, revision)
            VALUES (@doc, @hash, @title, @date, @granularity, @basis, @source, @now, @month, @day, @candidates, @reason, @basis, @revision)
            ON CONFLICT (document_id) DO NOTHING
            """,
            transaction, ("@revision", request.Revision), ("@doc", request.DocumentId), ("@hash", request.ContentHash), ("@title", request.Title),
            ("@date", anchor?.Value), ("@granularity", anchor?.Granularity), ("@basis", request.Anchor?.Basis ?? "unknown"),
            ("@source", request.Source), ("@now", DateTimeOffset.UtcNow.ToString("O")),
            ("@month", request.Anchor?.Month ?? 0), ("@day", request.Anchor?.Day ?? 0),
            ("@candidates", DbExtensions.JoinNumbers(request.Anchor?.CandidateYears ?? [])), ("@reason", request.Anchor?.Reason ?? ""));
    }

    /// <summary>
    /// A sighting its sentence or paragraph does not date takes the document's anchor, and moves
    /// with it when the timeline re-dates the document.
    /// </summary>
    private static bool FollowsAnchor(RoleFact role) =>
        role.Date is null || role.DateBasis is "" or "article" or "publication" or "inferred" or "unknown";

    /// <summary>Positions are matched ignoring case, diacritics, tone-mark placement and known aliases.</summary>
    public static string RoleKey(string role) => Positions.Key(role);

    /// <summary>
    /// Moves a document to a new anchor: the document and every fact dated by it (its role
    /// observations, and events the text did not date otherwise) take the new date, and ingestion
    /// is told the document's new anchor, unless <paramref name="reportAnchor"/> is false because a
    /// report made in the same transaction carries it.
    /// </summary>
    public static void Reanchor(DbConnection connection, DbTransaction transaction, string documentId, PartialDate? date, string basis, string reason,
        bool reportAnchor = true)
    {
        connection.Execute(
            "UPDATE documents SET anchor_date = @date, anchor_granularity = @granularity, anchor_basis = @basis, anchor_reason = @reason WHERE document_id = @doc",
            transaction, [("@doc", documentId), ("@basis", basis), ("@reason", reason), .. DateParameters(date)]);
        connection.Execute(
            "UPDATE role_observations SET date = @date, granularity = @granularity, date_low = @low, date_high = @high WHERE document_id = @doc AND dated_by_anchor = 1",
            transaction, [("@doc", documentId), .. DateParameters(date)]);
        connection.Execute(
            "UPDATE event_reports SET date = @date, granularity = @granularity, date_low = @low, date_high = @high WHERE document_id = @doc AND dated_by_anchor = 1",
            transaction, [("@doc", documentId), .. DateParameters(date)]);
        if (reportAnchor)
        {
            OutcomeReport.EnqueueAnchor(connection, transaction, documentId, date, basis, reason);
        }
    }

    private static (string, object?)[] DateParameters(PartialDate? date) =>
    [
        ("@date", date?.Value),
        ("@granularity", date?.Granularity ?? "unknown"),
        ("@low", date is null ? null : PartialDates.Low(date.Value)),
        ("@high", date is null ? null : PartialDates.High(date.Value)),
    ];

    private static (string, object?)[] EvidenceParameters(Evidence? evidence) =>
    [
        ("@start", evidence?.Start ?? 0),
        ("@end", evidence?.End ?? 0),
        ("@quote", evidence?.Quote ?? ""),
    ];
}
