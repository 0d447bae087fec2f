using System.Data.Common;
using System.Globalization;
using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Storage;
using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Data;

/// <summary>
/// Dates the documents whose text gives a day and month but no year, from what the timeline knows:
/// the reference table and the articles dated by their own text. A newly recorded document is
/// dated at once; the documents its evidence may re-date are queued and re-dated in the background
/// (<see cref="RedatingWorker"/>), so recording costs the same however large the store.
/// </summary>
/// <remarks>
/// Re-dating goes in two steps, each bounded. A dated document queues its people with the span of
/// days its evidence can change (<see cref="DatingEvidence.Remember"/>). Expanding a queued person
/// reads, from <c>undated_mentions</c>, only the undated documents that name the person with a
/// month and day in that span (and that the person's evidence can change at all), and queues those
/// documents. Re-dating then takes a capped number of queued documents per pass; a document leaves
/// the queue only once it is re-dated, and one queued again meanwhile is re-dated again.
/// </remarks>
public sealed class DocumentDating(Database store, ReferenceStore reference, Outbox outbox, TimeProvider clock, ILogger<DocumentDating> logger)
{
    /// <summary>The queue entry that stands for every undated document, as after a change of the reference table.</summary>
    public const string Everyone = "*";

    private const string UndatedColumns = "d.document_id, d.anchor_month, d.anchor_day, d.candidate_years, d.anchor_basis, d.anchor_date";
    private const string IsUndated = "d.text_basis = 'unknown' AND d.anchor_month > 0 AND d.anchor_day > 0";

    private readonly WakeSignal _queued = new();

    /// <summary>
    /// After a document is recorded, inside the transaction that records it: dates it when its text
    /// gave no year (and indexes it for later re-dating), and when its text dated it, keeps its
    /// sightings as evidence and queues the people it names for re-dating. Answers whether people
    /// were queued (call <see cref="NotifyQueued"/> once the transaction is committed) and the
    /// document's anchor as it now stands, for the report of the recording.
    /// </summary>
    /// <remarks>
    /// The document's row was written from <paramref name="recorded"/> in this transaction, and only
    /// dating changes it here, so its month, day, candidate years and anchor are taken from the
    /// request rather than read back; its evidence sightings, and whether it replaced an earlier
    /// recording, from what <see cref="FactStore.Record(DbConnection, DbTransaction, RecordDocumentFactsRequest)"/>
    /// answered (<paramref name="stored"/>).
    /// </remarks>
    public DatedDocument DateRecorded(DbConnection connection, DbTransaction transaction, RecordDocumentFactsRequest recorded,
        FactStore.RecordedDocument stored)
    {
        var changed = DatingEvidence.Remember(connection, transaction, recorded.DocumentId, stored.Evidence);
        Enqueue(connection, transaction, changed);
        var anchor = StoredAnchor(recorded);
        // A document recorded for the first time has no entries in the index of undated documents: they are written
        // only for a document whose row is stored, and go only with a recording that replaces the row.
        if (stored.Replaced)
        {
            ForgetUndated(connection, transaction, recorded.DocumentId);
        }
        if (AsRecorded(recorded) is { } document)
        {
            var roles = RolesOf(connection, transaction, document.Id);
            IndexUndated(connection, transaction, document, roles);
            // The report of the recording, made in the same transaction, carries the new anchor.
            anchor = Redate(document, reference.All(connection, transaction), roles, (connection, transaction)) ?? anchor;
        }
        return new DatedDocument(changed.Count > 0, anchor);
    }

    /// <summary>
    /// What dating a recorded document came to: whether people were queued for re-dating, and the
    /// document's anchor as stored at the end (the one it was recorded with, or the one dating decided).
    /// </summary>
    public readonly record struct DatedDocument(bool Queued, AnchorDate Anchor);

    /// <summary>
    /// The anchor a document's row holds as <see cref="FactStore.Record"/> writes it from the request,
    /// as <see cref="OutcomeReport"/> would read it back: the date's value and granularity, the basis and the reason.
    /// </summary>
    private static AnchorDate StoredAnchor(RecordDocumentFactsRequest recorded) =>
        OutcomeReport.Anchor(recorded.Anchor?.Basis ?? "unknown", recorded.Anchor?.Reason ?? "", recorded.Anchor?.Date?.Value, recorded.Anchor?.Date?.Granularity);

    /// <summary>
    /// The recorded document as <see cref="ReadUndated(DbConnection, string, DbTransaction?)"/> would read
    /// its row back when it is undated (its text gave a day and month but no year); null otherwise.
    /// </summary>
    private static Undated? AsRecorded(RecordDocumentFactsRequest recorded)
    {
        var anchor = recorded.Anchor;
        if ((anchor?.Basis ?? "unknown") != "unknown" || anchor is null || anchor.Month <= 0 || anchor.Day <= 0)
        {
            return null;
        }
        return new Undated(recorded.DocumentId, anchor.Month, anchor.Day, [.. anchor.CandidateYears], anchor.Basis ?? "unknown", anchor.Date?.Value);
    }

    /// <summary>Wakes the re-dating worker after people were queued.</summary>
    public void NotifyQueued() => Signal();

    /// <summary>Queues every undated document for re-dating, as after a change of the reference table.</summary>
    public void RedateAllLater()
    {
        store.InTransaction((connection, transaction) =>
        {
            Enqueue(connection, transaction, [(Everyone, DatingEvidence.FirstDay, DatingEvidence.LastDay)]);
            return 0;
        });
        Signal();
    }

    /// <summary>Waits until something is queued or <paramref name="timeout"/> passes.</summary>
    public Task WaitForQueuedAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="limit"/> queued people and queues the undated documents whose
    /// year their new evidence can change. Returns how many people it took; 0 when none are queued.
    /// </summary>
    public int QueueDocumentsOfQueuedPeople(int limit)
    {
        var latestYear = clock.GetUtcNow().Year;
        return store.InTransaction((connection, transaction) =>
        {
            // Taken and expanded in one transaction: a person leaves the queue only with its documents queued.
            var taken = connection.Query(
                "DELETE FROM redating_queue WHERE person_id IN (SELECT person_id FROM redating_queue ORDER BY queued_at LIMIT @limit) RETURNING person_id, from_day, to_day",
                r => (Person: r.GetString(0), From: r.GetString(1), To: r.GetString(2)), transaction, ("@limit", limit));
            var now = DateTimeOffset.UtcNow.ToString("O");
            foreach (var (person, from, to) in taken)
            {
                if (person == Everyone)
                {
                    connection.Execute($"""
                        INSERT INTO redating_documents (document_id, queued_at, times_queued)
                        SELECT d.document_id, @now, 1 FROM documents d WHERE {IsUndated}
                        ON CONFLICT (document_id) DO UPDATE SET times_queued = redating_documents.times_queued + 1
                        """,
                        transaction, ("@now", now));
                    continue;
                }
                foreach (var document in UndatedNaming(connection, transaction, person, from, to, latestYear))
                {
                    QueueDocument(connection, transaction, document, now);
                }
            }
            return taken.Count;
        }, durable: false); // Undone by a power cut, the people are simply queued still.
    }

    /// <summary>
    /// Re-dates up to <paramref name="limit"/> queued documents, oldest first; the rest stay
    /// queued. Returns the ids of the documents it re-read.
    /// </summary>
    public IReadOnlyList<string> RedateQueuedDocuments(int limit, CancellationToken cancellationToken)
    {
        List<(string Id, long TimesQueued)> queued;
        using (var connection = store.Open())
        {
            queued = connection.Query(
                "SELECT document_id, times_queued FROM redating_documents ORDER BY queued_at, document_id LIMIT @limit",
                r => (Id: r.GetString(0), TimesQueued: r.Long(1)), null, ("@limit", limit));
        }
        var terms = reference.All();
        var reread = new List<string>();
        foreach (var (id, timesQueued) in queued)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (var connection = store.Open())
            {
                if (ReadUndated(connection, id) is { } document)
                {
                    Redate(document, terms);
                    reread.Add(id);
                }
            }
            // Done: leaves the queue, unless it was queued again meanwhile (then it is re-dated once more).
            // Not waited onto disk: a power cut can only undo this, and the document is then re-dated again.
            store.InTransaction((connection, transaction) => connection.Execute(
                "DELETE FROM redating_documents WHERE document_id = @doc AND times_queued = @times",
                transaction, ("@doc", id), ("@times", timesQueued)), durable: false);
        }
        return reread;
    }

    /// <summary>
    /// The undated documents naming <paramref name="person"/> that have a possible day between
    /// <paramref name="from"/> and <paramref name="to"/>, read from <c>undated_mentions</c> by the
    /// person and the month-days of the span.
    /// </summary>
    private static IEnumerable<string> UndatedNaming(DbConnection connection, DbTransaction transaction, string person, string from, string to, int latestYear)
    {
        var (monthDays, parameters) = MonthDaysWithin(from, to);
        return connection.Query($"""
                SELECT {UndatedColumns} FROM undated_mentions m JOIN documents d ON d.document_id = m.document_id
                WHERE m.person_id = @person {monthDays} AND {IsUndated}
                """,
                ReadUndated, transaction, [("@person", person), .. parameters])
            .Where(d => PossibleDays(d, latestYear).Any(day => string.CompareOrdinal(day, from) >= 0 && string.CompareOrdinal(day, to) <= 0))
            .Select(d => d.Id);
    }

    /// <summary>
    /// A condition on <c>m.month_day</c> (month × 100 + day) that keeps the month-days of a span:
    /// none for a span of a year or more, a range within one year, two ranges across New Year.
    /// </summary>
    private static (string Sql, (string, object?)[] Parameters) MonthDaysWithin(string from, string to)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            || last.DayNumber - first.DayNumber >= 365)
        {
            return ("", []);
        }
        (string, object?)[] parameters = [("@from_md", first.Month * 100 + first.Day), ("@to_md", last.Month * 100 + last.Day)];
        return first.Year == last.Year
            ? ("AND m.month_day BETWEEN @from_md AND @to_md", parameters)
            : ("AND (m.month_day >= @from_md OR m.month_day <= @to_md)", parameters);
    }

    /// <summary>
    /// Keeps, for an undated document, the people whose new evidence can change its year, under its
    /// month and day: every person it names when its text gives candidate years (a preference
    /// among them follows the nearest dated sightings), otherwise only those it gives a Party rank
    /// (evidence can then only exclude years, through ranks). A document dated by its text has none.
    /// </summary>
    private static void IndexUndated(DbConnection connection, DbTransaction transaction, string documentId)
    {
        ForgetUndated(connection, transaction, documentId);
        if (ReadUndated(connection, documentId, transaction) is { } document)
        {
            IndexUndated(connection, transaction, document, RolesOf(connection, transaction, documentId));
        }
    }

    /// <summary>
    /// Keeps an undated document's people, of <paramref name="roles"/> (<see cref="RolesOf"/>), under its
    /// month and day (see above); its old entries are already deleted.
    /// </summary>
    private static void IndexUndated(DbConnection connection, DbTransaction transaction, Undated document, IReadOnlyList<DatedRole> roles)
    {
        var people = roles
            .Where(r => document.CandidateYears.Count > 0 || Positions.PartyRank(r.Role) is not null)
            .Select(r => r.Id)
            .Distinct();
        foreach (var person in people)
        {
            connection.Execute("INSERT INTO undated_mentions (person_id, month_day, document_id) VALUES (@person, @month_day, @doc)",
                transaction, ("@person", person), ("@month_day", document.Month * 100 + document.Day), ("@doc", document.Id));
        }
    }

    /// <summary>Takes a document's people out of the index of undated documents, before it is indexed again or dated.</summary>
    private static void ForgetUndated(DbConnection connection, DbTransaction transaction, string documentId) =>
        connection.Execute("DELETE FROM undated_mentions WHERE document_id = @doc", transaction, ("@doc", documentId));

    /// <summary>A person a document names in a post it holds, as indexing and dating an undated document read them.</summary>
    private sealed record DatedRole(string Id, string Name, string Role);

    /// <summary>
    /// The people a document names as holding a post (not former, not ended), one row for each person, name and post:
    /// what both indexing an undated document and dating it go by, read once for the two.
    /// </summary>
    private static List<DatedRole> RolesOf(DbConnection connection, DbTransaction? transaction, string documentId) =>
        connection.Query(
            "SELECT DISTINCT person_id, person_name, role FROM role_observations WHERE document_id = @doc AND qualifier = '' AND aspect <> 'ended'",
            r => new DatedRole(r.GetString(0), r.GetString(1), r.GetString(2)), transaction, ("@doc", documentId));

    /// <summary>
    /// Indexes every undated document, once, for a store recorded before <c>undated_mentions</c>
    /// was kept.
    /// </summary>
    public static void IndexUndatedIfMissing(Database store)
    {
        using var connection = store.Open();
        if (connection.ScalarLong("SELECT COUNT(*) FROM undated_mentions") > 0)
        {
            return;
        }
        var undated = connection.Query($"SELECT d.document_id FROM documents d WHERE {IsUndated}", r => r.GetString(0));
        foreach (var chunk in undated.Chunk(500))
        {
            store.InTransaction((c, t) =>
            {
                foreach (var documentId in chunk)
                {
                    IndexUndated(c, t, documentId);
                }
                return 0;
            });
        }
    }

    /// <summary>Queues each person with the span of days to look at, widening the span of a person already queued.</summary>
    private static void Enqueue(DbConnection connection, DbTransaction transaction, IEnumerable<(string Person, string From, string To)> spans)
    {
        foreach (var (person, from, to) in spans)
        {
            connection.Execute("""
                INSERT INTO redating_queue (person_id, queued_at, from_day, to_day) VALUES (@person, @now, @from, @to)
                ON CONFLICT (person_id) DO UPDATE SET
                    from_day = CASE WHEN excluded.from_day < redating_queue.from_day THEN excluded.from_day ELSE redating_queue.from_day END,
                    to_day = CASE WHEN excluded.to_day > redating_queue.to_day THEN excluded.to_day ELSE redating_queue.to_day END
                """,
                transaction, ("@person", person), ("@now", DateTimeOffset.UtcNow.ToString("O")), ("@from", from), ("@to", to));
        }
    }

    /// <summary>
    /// Queues a document for re-dating. One already queued keeps its place (so it cannot be pushed
    /// back for ever) and counts one more queuing, which keeps it queued if it is being re-dated now.
    /// </summary>
    private static void QueueDocument(DbConnection connection, DbTransaction transaction, string documentId, string now) =>
        connection.Execute("""
            INSERT INTO redating_documents (document_id, queued_at, times_queued) VALUES (@doc, @now, 1)
            ON CONFLICT (document_id) DO UPDATE SET times_queued = redating_documents.times_queued + 1
            """,
            transaction, ("@doc", documentId), ("@now", now));

    /// <summary>The days a document may have been written on: its day and month in each year its text leaves open.</summary>
    private static IEnumerable<string> PossibleDays(Undated document, int latestYear) =>
        (document.CandidateYears.Count > 0 ? document.CandidateYears : Enumerable.Range(1990, latestYear - 1990 + 1))
        .Select(year => $"{year:D4}-{document.Month:D2}-{document.Day:D2}");

    /// <summary>Wakes the re-dating worker; one wake-up drains the whole queue.</summary>
    private void Signal() => _queued.Notify();

    /// <param name="recording">
    /// The transaction recording the document, to date it in; null to read on a connection of its
    /// own and write the new anchor, reported to ingestion, in a transaction of its own.
    /// </param>
    /// <returns>The anchor the document was moved to; null when dating left it where it was.</returns>
    private AnchorDate? Redate(Undated document, IReadOnlyList<OfficeTerm> terms, IReadOnlyList<DatedRole>? roles = null,
        (DbConnection Connection, DbTransaction Transaction)? recording = null)
    {
        using var ownConnection = recording is null ? store.Open() : null;
        var connection = recording?.Connection ?? ownConnection!;
        var transaction = recording?.Transaction;
        roles ??= RolesOf(connection, transaction, document.Id);
        // Only dates the text itself gave count as evidence: inferred dates must not prop each other up.
        var sightings = DatingEvidence.For(connection, transaction, roles.Select(r => r.Id).ToHashSet(), document.Month, document.Day, document.CandidateYears);

        var inferred = AnchorInference.Infer(
            new UndatedArticle(document.Id, document.Month, document.Day, document.CandidateYears, roles.Select(r => (r.Name, r.Role)).ToList()),
            terms, sightings, clock.GetUtcNow().Year);
        PartialDate? date = inferred.Year is { } year
            ? new PartialDate { Value = $"{year:D4}-{document.Month:D2}-{document.Day:D2}", Granularity = "day" }
            : null;
        var basis = date is null ? "unknown" : "inferred";
        if (date?.Value == document.Date && basis == document.Basis)
        {
            return null;
        }
        var reason = inferred.IsPreference ? "preference: " + inferred.Reason : inferred.Reason;
        if (recording is { } within)
        {
            FactStore.Reanchor(within.Connection, within.Transaction, document.Id, date, basis, reason, reportAnchor: false);
        }
        else
        {
            store.InTransaction((c, t) =>
            {
                FactStore.Reanchor(c, t, document.Id, date, basis, reason);
                return 0;
            });
            // Reanchor queued the new anchor for ingestion: send it now rather than at the next poll.
            outbox.NotifyAfterCommit();
        }
        logger.LogInformation("Document {DocumentId} anchored at {Date} ({Reason})", document.Id, date?.Value ?? "unknown", reason);
        // As the row now holds it (FactStore.Reanchor), and as OutcomeReport would read it back.
        return OutcomeReport.Anchor(basis, reason, date?.Value, date?.Granularity);
    }

    private sealed record Undated(string Id, int Month, int Day, IReadOnlyList<int> CandidateYears, string Basis, string? Date);

    private static Undated? ReadUndated(DbConnection connection, string documentId, DbTransaction? transaction = null) =>
        connection.Query($"SELECT {UndatedColumns} FROM documents d WHERE {IsUndated} AND d.document_id = @doc",
            ReadUndated, transaction, ("@doc", documentId)).FirstOrDefault();

    private static Undated ReadUndated(DbDataReader r) => new(
        r.GetString(0), r.Int(1), r.Int(2),
        r.Numbers(3),
        r.GetString(4), r.StringOrNull(5));
}
