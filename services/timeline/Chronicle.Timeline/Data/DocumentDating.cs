using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Storage;
using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Data;

/// <summary>
/// Dates the documents whose text gives a day and month but no year, from what the timeline knows:
/// the reference table and the articles dated by their own text. Runs again whenever either grows,
/// so a document is re-anchored as soon as new knowledge settles its year.
/// </summary>
public sealed class DocumentDating(Database store, ReferenceStore reference, TimeProvider clock, ILogger<DocumentDating> logger)
{
    private const string UndatedColumns = "d.document_id, d.anchor_month, d.anchor_day, d.candidate_years, d.anchor_basis, d.anchor_date";
    private const string IsUndated = "d.text_basis = 'unknown' AND d.anchor_month > 0 AND d.anchor_day > 0";

    /// <summary>Every undated document, as after a change of the reference table.</summary>
    public void RedateAll()
    {
        using var connection = store.Open();
        Redate(connection.Query($"SELECT {UndatedColumns} FROM documents d WHERE {IsUndated}", ReadUndated));
    }

    /// <summary>
    /// The undated documents a newly recorded one can tell something about: those naming the same
    /// people, and the new document itself. Keeps the work proportional to what changed.
    /// </summary>
    public void RedateAfter(RecordDocumentFactsRequest recorded)
    {
        var people = recorded.Roles.Select(r => r.Person.Id).Distinct().ToList();
        if (people.Count == 0)
        {
            return;
        }
        using var connection = store.Open();
        var parameters = people.Select((id, i) => ($"@p{i}", (object?)id)).ToArray();
        var undated = connection.Query($"""
            SELECT {UndatedColumns} FROM documents d
            WHERE {IsUndated} AND (d.document_id = @doc OR EXISTS (
                SELECT 1 FROM role_observations o WHERE o.document_id = d.document_id
                AND o.person_id IN ({string.Join(',', parameters.Select(p => p.Item1))})))
            """,
            ReadUndated, null, [("@doc", recorded.DocumentId), .. parameters]);
        Redate(undated);
    }

    private void Redate(IReadOnlyList<Undated> undated)
    {
        if (undated.Count == 0)
        {
            return;
        }
        var terms = reference.All();
        foreach (var document in undated)
        {
            using var connection = store.Open();
            var roles = connection.Query(
                "SELECT DISTINCT person_id, person_name, role FROM role_observations WHERE document_id = @doc AND qualifier = '' AND aspect <> 'ended'",
                r => (Id: r.GetString(0), Name: r.GetString(1), Role: r.GetString(2)), null, ("@doc", document.Id));
            var people = roles.Select(r => r.Id).Distinct().Select((id, i) => ($"@p{i}", (object?)id)).ToArray();
            // Only dates the text itself gave count as evidence: inferred dates must not prop each other up.
            var sightings = people.Length == 0 ? [] : connection.Query($"""
                SELECT o.person_name, o.role, o.date, o.document_id
                FROM role_observations o JOIN documents d ON d.document_id = o.document_id
                WHERE d.text_basis <> 'unknown' AND o.date IS NOT NULL AND o.qualifier = '' AND o.aspect <> 'ended'
                  AND o.person_id IN ({string.Join(',', people.Select(p => p.Item1))})
                """,
                r => new DatedSighting(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), null, people);

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
            logger.LogInformation("Document {DocumentId} anchored at {Date} ({Reason})", document.Id, date?.Value ?? "unknown", reason);
        }
    }

    private sealed record Undated(string Id, int Month, int Day, IReadOnlyList<int> CandidateYears, string Basis, string? Date);

    private static Undated ReadUndated(System.Data.Common.DbDataReader r) => new(
        r.GetString(0), r.Int(1), r.Int(2),
        r.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
        r.GetString(4), r.StringOrNull(5));
}
