using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Storage;
using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Data;

/// <summary>
/// Dates the documents whose text gives a day and month but no year, from what the timeline knows:
/// the reference table and the articles dated by their own text. A newly recorded document is
/// dated at once; the documents its evidence may re-date are queued by person and re-dated in the
/// background (<see cref="RedatingWorker"/>), so recording costs the same however large the store.
/// </summary>
public sealed class DocumentDating(Database store, ReferenceStore reference, Outbox outbox, TimeProvider clock, ILogger<DocumentDating> logger)
{
    /// <summary>The queue entry that stands for every undated document, as after a change of the reference table.</summary>
    public const string Everyone = "*";

    private const string UndatedColumns = "d.document_id, d.anchor_month, d.anchor_day, d.candidate_years, d.anchor_basis, d.anchor_date";
    private const string IsUndated = "d.text_basis = 'unknown' AND d.anchor_month > 0 AND d.anchor_day > 0";

    private readonly SemaphoreSlim _queued = new(0, 1);

    /// <summary>
    /// After a document is recorded: dates it when its text gave no year, and when its text dated
    /// it, keeps its sightings as evidence and queues the people it names for re-dating.
    /// </summary>
    public void RedateAfter(RecordDocumentFactsRequest recorded)
    {
        var changed = store.InTransaction((connection, transaction) =>
        {
            var days = DatingEvidence.Remember(connection, transaction, recorded.DocumentId);
            Enqueue(connection, transaction, days);
            return days;
        });
        using (var connection = store.Open())
        {
            Redate(connection.Query($"SELECT {UndatedColumns} FROM documents d WHERE {IsUndated} AND d.document_id = @doc",
                ReadUndated, null, ("@doc", recorded.DocumentId)), reference.All(), affectedBy: null);
        }
        if (changed.Count > 0)
        {
            Signal();
        }
    }

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
    /// Takes up to <paramref name="limit"/> queued people and re-dates the undated documents naming
    /// them. Returns how many people it took; 0 when the queue is empty.
    /// </summary>
    public int RedateQueued(int limit, CancellationToken cancellationToken)
    {
        // Deleting what it takes: a person queued again meanwhile is queued anew, and a second
        // replica cannot take the same entry.
        var taken = store.InTransaction((connection, transaction) => connection.Query(
            "DELETE FROM redating_queue WHERE person_id IN (SELECT person_id FROM redating_queue ORDER BY queued_at LIMIT @limit) RETURNING person_id, from_day, to_day",
            r => (Person: r.GetString(0), From: r.GetString(1), To: r.GetString(2)), transaction, ("@limit", limit)));
        var terms = reference.All();
        var latestYear = clock.GetUtcNow().Year;
        foreach (var (person, from, to) in taken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var connection = store.Open();
            var undated = person == Everyone
                ? connection.Query($"SELECT {UndatedColumns} FROM documents d WHERE {IsUndated}", ReadUndated)
                // From the person's sightings (indexed), not from all undated documents: most people are seen rarely.
                : connection.Query($"""
                    SELECT {UndatedColumns} FROM documents d
                    WHERE d.document_id IN (SELECT o.document_id FROM role_observations o WHERE o.person_id = @person) AND {IsUndated}
                    """,
                    ReadUndated, null, ("@person", person));
            // Only documents with a possible day in the span the new evidence can change.
            Redate(undated.Where(d => PossibleDays(d, latestYear).Any(day => string.CompareOrdinal(day, from) >= 0 && string.CompareOrdinal(day, to) <= 0)).ToList(),
                terms, person == Everyone ? null : person, cancellationToken);
        }
        return taken.Count;
    }

    /// <summary>Queues each person with the span of days to look at, widening the span of a person already queued.</summary>
    private static void Enqueue(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction,
        IEnumerable<(string Person, string From, string To)> spans)
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

    /// <summary>The days a document may have been written on: its day and month in each year its text leaves open.</summary>
    private static IEnumerable<string> PossibleDays(Undated document, int latestYear) =>
        (document.CandidateYears.Count > 0 ? document.CandidateYears : Enumerable.Range(1990, latestYear - 1990 + 1))
        .Select(year => $"{year:D4}-{document.Month:D2}-{document.Day:D2}");

    private void Signal()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up drains the whole queue.
        }
    }

    /// <param name="affectedBy">
    /// The person whose new evidence prompted the re-dating, or null to date unconditionally. A
    /// document is then re-dated only if that evidence can change its year: evidence can exclude a
    /// year only through a Party rank the document gives the person, and can make a preference
    /// only when the text gives candidate years.
    /// </param>
    private void Redate(IReadOnlyList<Undated> undated, IReadOnlyList<OfficeTerm> terms, string? affectedBy, CancellationToken cancellationToken = default)
    {
        foreach (var document in undated)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var connection = store.Open();
            var roles = connection.Query(
                "SELECT DISTINCT person_id, person_name, role FROM role_observations WHERE document_id = @doc AND qualifier = '' AND aspect <> 'ended'",
                r => (Id: r.GetString(0), Name: r.GetString(1), Role: r.GetString(2)), null, ("@doc", document.Id));
            if (affectedBy is not null && document.CandidateYears.Count == 0
                && !roles.Any(r => r.Id == affectedBy && Positions.PartyRank(r.Role) is not null))
            {
                continue;
            }
            // Only dates the text itself gave count as evidence: inferred dates must not prop each other up.
            var sightings = DatingEvidence.For(connection, roles.Select(r => r.Id).ToHashSet(), document.Month, document.Day, document.CandidateYears);

            var inferred = AnchorInference.Infer(
                new UndatedArticle(document.Id, document.Month, document.Day, document.CandidateYears, roles.Select(r => (r.Name, r.Role)).ToList()),
                terms, sightings, clock.GetUtcNow().Year);
            PartialDate? date = inferred.Year is { } year
                ? new PartialDate { Value = $"{year:D4}-{document.Month:D2}-{document.Day:D2}", Granularity = "day" }
                : null;
            var basis = date is null ? "unknown" : "inferred";
            if (date?.Value == document.Date && basis == document.Basis)
            {
                continue;
            }
            var reason = inferred.IsPreference ? "preference: " + inferred.Reason : inferred.Reason;
            store.InTransaction((c, t) =>
            {
                FactStore.Reanchor(c, t, document.Id, date, basis, reason);
                return 0;
            });
            // Reanchor queued the new anchor for ingestion: send it now rather than at the next poll.
            outbox.NotifyAfterCommit();
            logger.LogInformation("Document {DocumentId} anchored at {Date} ({Reason})", document.Id, date?.Value ?? "unknown", reason);
        }
    }

    private sealed record Undated(string Id, int Month, int Day, IReadOnlyList<int> CandidateYears, string Basis, string? Date);

    private static Undated ReadUndated(System.Data.Common.DbDataReader r) => new(
        r.GetString(0), r.Int(1), r.Int(2),
        r.Numbers(3),
        r.GetString(4), r.StringOrNull(5));
}
