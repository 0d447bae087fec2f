using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Data;

/// <summary>The span of a document a fact was read from.</summary>
public sealed record EvidenceSpan(string DocumentId, int Start, int End, string Quote);

/// <summary>One line of an entity's chronology: a post it was seen in, an event, or a document cited.</summary>
public sealed record ChronologyEntry(string? Date, string Granularity, string Kind, string Text, IReadOnlyList<EvidenceSpan> Evidence);

/// <summary>
/// An entity's chronology: its role sightings (one line per document, post and qualifier, every
/// distinct sentence as evidence), the events it took part in and the legal document it is, in
/// date order with undated lines last.
/// </summary>
public sealed class Chronology(TimelineQueries queries)
{
    public const string Role = "role";
    public const string Event = "event";
    public const string LegalDocument = "legal_document";

    /// <summary>The entity's lines inside the window.</summary>
    public IReadOnlyList<ChronologyEntry> Of(string entityId, DateWindow window)
    {
        var lines = new List<(string? Low, ChronologyEntry Entry)>();
        foreach (var group in queries.ObservationsOf(entityId, window).GroupBy(o => (o.DocumentId, o.RoleKey, o.Qualifier)))
        {
            var first = group.First();
            lines.Add((first.DateLow, new ChronologyEntry(first.Date, first.Granularity, Role, Qualified(first.Role, first.Qualifier),
                group.DistinctBy(o => o.Quote).Select(o => new EvidenceSpan(o.DocumentId, o.Start, o.End, o.Quote)).ToList())));
        }
        foreach (var report in queries.EventReportsOf(entityId, window))
        {
            lines.Add((report.DateLow, new ChronologyEntry(report.Date, report.Granularity, Event, report.Name,
                [new EvidenceSpan(report.DocumentId, report.Start, report.End, report.Quote)])));
        }
        foreach (var cited in queries.LegalDocument(entityId, window))
        {
            var text = cited.Issuer is null ? cited.Name : $"{cited.Name} ({cited.Issuer})";
            lines.Add((cited.DateLow, new ChronologyEntry(cited.Issued, cited.Granularity, LegalDocument, text,
                [new EvidenceSpan(cited.DocumentId, cited.Start, cited.End, cited.Quote)])));
        }
        return lines
            .OrderBy(l => l.Low is null)
            .ThenBy(l => l.Low, StringComparer.Ordinal)
            .ThenBy(l => l.Entry.Kind, StringComparer.Ordinal)
            .Select(l => l.Entry)
            .ToList();
    }

    /// <summary>
    /// A post as the chronology words it: an acting holder marked '(quyền)', a former one 'nguyên', a late one 'cố',
    /// and a post the person was only put forward for '(được đề cử)'.
    /// </summary>
    private static string Qualified(string role, string qualifier) => qualifier switch
    {
        Qualifiers.Acting => $"{role} (quyền)",
        Qualifiers.Former => $"nguyên {role}",
        Qualifiers.Late => $"cố {role}",
        Qualifiers.Nominee => $"{role} (được đề cử)",
        _ => role,
    };
}
