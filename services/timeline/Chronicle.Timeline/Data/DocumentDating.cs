using Chronicle.Contracts.Common.V1;
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
    public void Redate()
    {
        var terms = reference.All();
        using var connection = store.Open();
        var undated = connection.Query(
            "SELECT document_id, anchor_month, anchor_day, candidate_years, anchor_basis, anchor_date FROM documents WHERE text_basis = 'unknown' AND anchor_month > 0 AND anchor_day > 0",
            r => (Id: r.GetString(0), Month: r.Int(1), Day: r.Int(2), Candidates: r.GetString(3), Basis: r.GetString(4), Date: r.StringOrNull(5)));
        if (undated.Count == 0)
        {
            return;
        }
        // Only dates the text itself gave count as evidence: inferred dates must not prop each other up.
        var sightings = connection.Query("""
            SELECT o.person_name, o.role, o.date, o.document_id
            FROM role_observations o JOIN documents d ON d.document_id = o.document_id
            WHERE d.text_basis <> 'unknown' AND o.date IS NOT NULL AND o.qualifier = ''
            """,
            r => new DatedSighting(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

        foreach (var document in undated)
        {
            var roles = connection.Query(
                "SELECT DISTINCT person_name, role FROM role_observations WHERE document_id = @doc AND qualifier = ''",
                r => (r.GetString(0), r.GetString(1)), null, ("@doc", document.Id));
            var candidates = document.Candidates.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
            var inferred = AnchorInference.Infer(new UndatedArticle(document.Id, document.Month, document.Day, candidates, roles),
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
}
