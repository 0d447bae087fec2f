using Chronicle.Contracts.Common.V1;
using Chronicle.Storage;
using Chronicle.Timeline.Knowledge;
using System.Data.Common;

namespace Chronicle.Timeline.Data;

public sealed record RoleSummary(
    string Role, string Title, string Organization, string Qualifier, string? FirstSeen, string? LastSeen, IReadOnlyList<Observation> Observations);

public sealed record EventReport(
    string EventId, string DocumentId, string Name, string? Date, string Granularity, string? DateLow, string? Place, string? Organizer,
    string? ChairName, int Start, int End, string Quote);

public sealed record EventSummary(
    string Id, string Name, string? Date, string Granularity, string? Place, string? Organizer, string? Chair,
    IReadOnlyList<string> Participants, IReadOnlyList<string> DocumentIds);

public sealed record LegalDocumentRecord(
    string DocumentId, string LegalId, string Name, string? Issuer, string? Issued, string Granularity, string? DateLow, string? Subject,
    int Start, int End, string Quote);

/// <summary>A closed or open interval of ISO partial dates, compared as <see cref="DateRange"/> intervals.</summary>
public sealed record DateWindow(string? From, string? To)
{
    public bool IsOpen => From is null && To is null;

    public string Sql(string lowColumn, string highColumn) =>
        $"(@from IS NULL OR {highColumn} >= @from) AND (@to IS NULL OR {lowColumn} <= @to)";

    public (string, object?)[] Parameters() =>
        [("@from", From is null ? null : PartialDates.Low(From)), ("@to", To is null ? null : PartialDates.High(To))];
}

/// <summary>The read side of the timeline: each answer of REST contract v1, computed from stored observations.</summary>
public sealed class TimelineQueries(Database store)
{
    private const string ObservationColumns = """
        o.document_id, o.person_id, o.person_name, o.role, o.role_key, o.title, o.organization, o.qualifier, o.date, o.granularity,
        o.date_low, o.span_start, o.span_end, o.quote, COALESCE(o.date_basis, d.anchor_basis), o.stated_start, o.stated_end, o.aspect
        FROM role_observations o JOIN documents d ON d.document_id = o.document_id
        """;

    /// <summary>A person's positions, earliest first; each with every observation that supports it.</summary>
    public IReadOnlyList<RoleSummary> Roles(string personId)
    {
        using var connection = store.Open();
        var observations = connection.Query(
            $"SELECT {ObservationColumns} WHERE o.person_id = @person ORDER BY o.date_low IS NULL, o.date_low, o.document_id, o.span_start",
            MapObservation, null, ("@person", personId));
        return observations
            .GroupBy(o => (o.RoleKey, o.Qualifier))
            .Select(group =>
            {
                // One observation per document and sentence: a caption printed twice is still one sighting.
                var distinct = group.DistinctBy(o => (o.DocumentId, o.Quote)).ToList();
                var dated = distinct.Where(o => o.DateLow is not null).ToList();
                var first = distinct[0];
                return new RoleSummary(first.Role, first.Title, first.Organization, first.Qualifier,
                    dated.FirstOrDefault()?.Date, dated.LastOrDefault()?.Date, distinct);
            })
            .OrderBy(r => r.FirstSeen is null)
            .ThenBy(r => r.FirstSeen is null ? null : PartialDates.Low(r.FirstSeen), StringComparer.Ordinal)
            .ThenBy(r => r.Role, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether any sighting, in any sense (former and nominee included), names this post.</summary>
    public bool KnowsRole(string roleKey)
    {
        using var connection = store.Open();
        return connection.ScalarLong("SELECT CASE WHEN EXISTS (SELECT 1 FROM role_observations WHERE role_key = @key) THEN 1 ELSE 0 END",
            null, ("@key", roleKey)) == 1;
    }

    /// <summary>
    /// Whether the timeline holds any fact of an entity: a sighting of a person, an event (as the
    /// event, its chair or a participant), or a cited legal document.
    /// </summary>
    public bool Knows(string entityId)
    {
        using var connection = store.Open();
        return connection.ScalarLong("""
            SELECT CASE WHEN EXISTS (SELECT 1 FROM role_observations WHERE person_id = @id)
                          OR EXISTS (SELECT 1 FROM event_reports WHERE event_id = @id OR chair_id = @id)
                          OR EXISTS (SELECT 1 FROM event_participants WHERE entity_id = @id)
                          OR EXISTS (SELECT 1 FROM legal_documents WHERE legal_id = @id)
                        THEN 1 ELSE 0 END
            """, null, ("@id", entityId)) == 1;
    }

    /// <summary>The role observations of one person inside a window.</summary>
    public IReadOnlyList<Observation> ObservationsOf(string personId, DateWindow window)
    {
        using var connection = store.Open();
        return connection.Query(
            $"SELECT {ObservationColumns} WHERE o.person_id = @person AND {WindowOrUndated(window, "o.")} ORDER BY o.date_low IS NULL, o.date_low, o.span_start",
            MapObservation, null, [("@person", personId), .. window.Parameters()]);
    }

    /// <summary>Every report of the events that match, newest knowledge merged per event id.</summary>
    public IReadOnlyList<EventSummary> Events(DateWindow window, string? entityId)
    {
        using var connection = store.Open();
        var reports = connection.Query($"""
            SELECT event_id, document_id, name, date, granularity, date_low, place, organizer, chair_name, span_start, span_end, quote
            FROM event_reports r
            WHERE {WindowOrUndated(window)}
              AND (@entity IS NULL OR r.event_id = @entity OR r.chair_id = @entity
                   OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = r.event_id AND p.entity_id = @entity))
            ORDER BY date_low IS NULL, date_low, event_id
            """,
            MapEventReport, null, [("@entity", entityId), .. window.Parameters()]);
        var participants = Participants(connection, reports.Select(r => r.EventId).Distinct().ToList());
        return reports
            .GroupBy(r => r.EventId)
            .Select(group =>
            {
                var first = group.First();
                return new EventSummary(group.Key, first.Name, first.Date, first.Granularity,
                    group.Select(r => r.Place).FirstOrDefault(p => p is not null),
                    group.Select(r => r.Organizer).FirstOrDefault(p => p is not null),
                    group.Select(r => r.ChairName).FirstOrDefault(p => p is not null),
                    participants.GetValueOrDefault(group.Key, []),
                    group.Select(r => r.DocumentId).Distinct().ToList());
            })
            .ToList();
    }

    /// <summary>Reports of the events an entity took part in (or is), for its chronology.</summary>
    public IReadOnlyList<EventReport> EventReportsOf(string entityId, DateWindow window)
    {
        using var connection = store.Open();
        return connection.Query($"""
            SELECT event_id, document_id, name, date, granularity, date_low, place, organizer, chair_name, span_start, span_end, quote
            FROM event_reports r
            WHERE {WindowOrUndated(window)}
              AND (r.event_id = @entity OR r.chair_id = @entity
                   OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = r.event_id AND p.document_id = r.document_id AND p.entity_id = @entity))
            """,
            MapEventReport, null, [("@entity", entityId), .. window.Parameters()]);
    }

    public IReadOnlyList<LegalDocumentRecord> LegalDocument(string legalId, DateWindow window)
    {
        using var connection = store.Open();
        return connection.Query($"""
            SELECT document_id, legal_id, name, issuer, issued, granularity, date_low, subject, span_start, span_end, quote
            FROM legal_documents WHERE legal_id = @legal AND {WindowOrUndated(window)}
            """,
            r => new LegalDocumentRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.StringOrNull(4), r.GetString(5),
                r.StringOrNull(6), r.StringOrNull(7), r.Int(8), r.Int(9), r.GetString(10)),
            null, [("@legal", legalId), .. window.Parameters()]);
    }

    /// <summary>Undated facts belong to an open window only: a bounded question needs a date.</summary>
    private static string WindowOrUndated(DateWindow window, string prefix = "") =>
        window.IsOpen ? "1 = 1" : $"{prefix}date_low IS NOT NULL AND {window.Sql(prefix + "date_low", prefix + "date_high")}";

    private static Dictionary<string, IReadOnlyList<string>> Participants(DbConnection connection, IReadOnlyList<string> eventIds)
    {
        if (eventIds.Count == 0)
        {
            return [];
        }
        var (inEvents, parameters) = DbExtensions.InList("@e", eventIds);
        return connection.Query(
                $"SELECT DISTINCT event_id, name FROM event_participants WHERE event_id {inEvents} ORDER BY name",
                r => (EventId: r.GetString(0), Name: r.GetString(1)), null, parameters)
            .GroupBy(p => p.EventId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Name).Distinct().ToList());
    }

    private static Observation MapObservation(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
        r.StringOrNull(8), r.GetString(9), r.StringOrNull(10), r.Int(11), r.Int(12), r.GetString(13),
        r.GetString(14), r.StringOrNull(15), r.StringOrNull(16), r.GetString(17));

    /// <summary>
    /// Every dated observation of a position (single sightings of each person included), for as-of
    /// questions: held or acting ('Quyền ...') sightings; former, late and nominee mentions are not
    /// holdings (<see cref="Qualifiers.Holds"/>; the SQL of this class says the same as <c>qualifier IN ('', 'acting')</c>).
    /// </summary>
    public IReadOnlyList<Observation> ObservationsOfRole(string roleKey)
    {
        using var connection = store.Open();
        return connection.Query(
            $"SELECT {ObservationColumns} WHERE o.role_key = @key AND o.qualifier IN ('', 'acting') AND o.aspect <> 'ended' AND o.date_low IS NOT NULL ORDER BY o.date_low",
            MapObservation, null, ("@key", roleKey));
    }

    /// <summary>
    /// The holding sightings of a post in brief, earliest first: what <see cref="ObservationsOfRole"/>
    /// answers, without the evidence. Read from the covering index <c>role_observations_holding</c>
    /// alone (no row of the table, no join), so the post's sightings lie together on a few pages.
    /// </summary>
    public IReadOnlyList<PostSighting> HoldingSightingsOfRole(string roleKey)
    {
        using var connection = store.Open();
        return connection.Query(
            $"SELECT person_id, person_name, date, qualifier, document_id FROM role_observations WHERE {HoldingOfRole} ORDER BY date_low",
            r => new PostSighting(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)),
            null, ("@key", roleKey));
    }

    /// <summary>The holding observations of a post dated that very day, in full: the evidence of an as-of answer.</summary>
    public IReadOnlyList<Observation> ObservationsOfRoleOn(string roleKey, string day)
    {
        using var connection = store.Open();
        return connection.Query(
            $"SELECT {ObservationColumns} WHERE {HoldingOfRole} AND o.date_low = @day AND o.date = @day ORDER BY o.document_id, o.span_start",
            MapObservation, null, ("@key", roleKey), ("@day", day));
    }

    /// <summary>
    /// A held or acting sighting of the post, dated, not of an ended term. Every column it names is in
    /// <c>role_observations_holding</c>, and none is a column of <c>documents</c>, so it reads alike with or without the join.
    /// </summary>
    private const string HoldingOfRole = "role_key = @key AND qualifier IN ('', 'acting') AND aspect <> 'ended' AND date_low IS NOT NULL";

    /// <summary>
    /// Of each person's sightings in a post (held and acting apart), only those a succession needs
    /// when the reference table is silent on the post: the first, the last, and any that state a
    /// start or end. Busy posts then answer without reading every sighting.
    /// </summary>
    public IReadOnlyList<Observation> SuccessionSightingsOfRole(string roleKey)
    {
        using var connection = store.Open();
        return connection.Query("""
            SELECT o.document_id, o.person_id, o.person_name, o.role, o.role_key, o.title, o.organization, o.qualifier, o.date, o.granularity,
                   o.date_low, o.span_start, o.span_end, o.quote, COALESCE(o.date_basis, d.anchor_basis), o.stated_start, o.stated_end, o.aspect
            FROM (
                SELECT r.*,
                       ROW_NUMBER() OVER (PARTITION BY r.person_id, r.qualifier ORDER BY r.date_low, r.id) AS first_rank,
                       ROW_NUMBER() OVER (PARTITION BY r.person_id, r.qualifier ORDER BY r.date_low DESC, r.id DESC) AS last_rank
                FROM role_observations r
                WHERE r.role_key = @key AND r.qualifier IN ('', 'acting') AND r.date_low IS NOT NULL
                  AND (r.aspect <> 'ended' OR r.stated_end IS NOT NULL)
            ) o JOIN documents d ON d.document_id = o.document_id
            WHERE o.first_rank = 1 OR o.last_rank = 1 OR o.stated_start IS NOT NULL OR o.stated_end IS NOT NULL
            ORDER BY o.date_low
            """,
            MapObservation, null, ("@key", roleKey));
    }

    public (AnchorDate Anchor, bool Known) DocumentAnchor(string documentId)
    {
        using var connection = store.Open();
        var row = connection.Query(
            "SELECT anchor_date, anchor_granularity, anchor_basis, anchor_month, anchor_day, candidate_years, anchor_reason FROM documents WHERE document_id = @doc",
            r => (Date: r.StringOrNull(0), Granularity: r.StringOrNull(1), Basis: r.GetString(2), Month: r.Int(3), Day: r.Int(4), Candidates: r.Numbers(5), Reason: r.GetString(6)),
            null, ("@doc", documentId)).ToList();
        if (row.Count == 0)
        {
            return (new AnchorDate(), false);
        }
        var (date, granularity, basis, month, day, candidates, reason) = row[0];
        var anchor = new AnchorDate { Basis = basis, Month = month, Day = day, Reason = reason };
        anchor.CandidateYears.AddRange(candidates);
        if (date is not null)
        {
            anchor.Date = new PartialDate { Value = date, Granularity = granularity ?? "day" };
        }
        return (anchor, true);
    }

    private static EventReport MapEventReport(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.GetString(4), r.StringOrNull(5), r.StringOrNull(6),
        r.StringOrNull(7), r.StringOrNull(8), r.Int(9), r.Int(10), r.GetString(11));
}
