using Chronicle.Text;
using Chronicle.Timeline.Knowledge;

namespace Chronicle.Timeline.Data;

/// <summary>One holder of a position in a succession, from news sightings, the reference table or both.</summary>
public sealed record Tenure(
    string PersonId, string Person, string? FirstSeen, string? LastSeen, string? StartedAt, string? EndedAt, bool Acting,
    string KnownFrom, IReadOnlyList<string> Conflicts)
{
    /// <summary>Where this tenure sits in time: its start when known, else its first sighting.</summary>
    public string? SortDate => StartedAt ?? FirstSeen;
}

/// <summary>
/// Combines what the news showed with the reference table: successions, who held a post on a day,
/// and where the two disagree. Plain logic over rows already read; no storage access.
/// </summary>
public static class PositionKnowledge
{
    /// <summary>How long beyond its last (or before its first) sighting a tenure is still assumed.</summary>
    private const int ExtrapolationDays = 365;

    /// <summary>
    /// Sightings by person key (the name with its diacritics, the two tone-mark conventions as one),
    /// the key the reference table uses. Sightings of one person share an id, so the key is computed
    /// once per person; two ids with one key (written alike) are one person, in time order.
    /// </summary>
    public static Dictionary<string, List<Observation>> ByPerson(IEnumerable<Observation> sightings) =>
        sightings.GroupBy(o => o.PersonId)
            .GroupBy(g => VietnameseText.MatchKey(g.First().PersonName))
            .ToDictionary(k => k.Key, k => k.Count() == 1 ? k.First().ToList() : [.. k.SelectMany(g => g).OrderBy(o => o.Date, StringComparer.Ordinal)]);

    /// <summary>The holders of one position in time order, news and reference merged.</summary>
    public static IReadOnlyList<Tenure> Succession(string role, IReadOnlyList<Observation> sightings, IReadOnlyList<OfficeTerm> terms)
    {
        var tenures = new List<Tenure>();
        var byPerson = ByPerson(sightings.Where(o => o.Date is not null));
        var matched = new HashSet<string>();
        foreach (var term in terms)
        {
            var own = byPerson.GetValueOrDefault(term.PersonKey, [])
                .Where(o => terms.Count(t => t.PersonKey == term.PersonKey) == 1 || term.PossiblyCovers(o.Date!))
                .ToList();
            matched.Add(term.PersonKey);
            tenures.Add(new Tenure(
                own.FirstOrDefault()?.PersonId ?? "", term.Person, own.FirstOrDefault()?.Date, own.LastOrDefault()?.Date,
                StatedStart(own) ?? term.Start, StatedEnd(own) ?? term.End, term.Acting,
                own.Count > 0 ? "news and reference" : "reference",
                Conflicts(role, own, terms)));
        }
        foreach (var (personKey, own) in byPerson.Where(p => !matched.Contains(p.Key)))
        {
            tenures.Add(new Tenure(own[0].PersonId, own[0].PersonName, own[0].Date, own[^1].Date, StatedStart(own), StatedEnd(own), false,
                "news", Conflicts(role, own, terms)));
        }
        return tenures
            .OrderBy(t => t.SortDate is null)
            .ThenBy(t => t.SortDate is null ? null : PartialDates.Low(t.SortDate), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Whether a person held a post on a day, and how sure that is: seen that day, between two
    /// sightings, by the reference table, or extrapolated a while beyond the sightings.
    /// </summary>
    public static (string Certainty, string Reason)? HeldOn(
        string day, IReadOnlyList<Observation> own, IReadOnlyList<OfficeTerm> ownTerms, SightingIndex post, bool singleHolder)
    {
        var dated = own.Where(o => o.Date is not null).ToList();
        if (dated.FirstOrDefault(o => o.Date == day) is { } seen)
        {
            return ("seen", $"seen on {day} in document {seen.DocumentId}");
        }
        var before = dated.LastOrDefault(o => PartialDates.Before(PartialDates.High(o.Date!), day));
        var after = dated.FirstOrDefault(o => PartialDates.Before(day, PartialDates.Low(o.Date!)));
        var personId = dated.Count > 0 ? dated[0].PersonId : "";
        bool SomeoneElseBetween(string from, string to) => singleHolder && post.AnyOtherBetween(personId, from, to);

        if (before is not null && after is not null && !SomeoneElseBetween(before.Date!, after.Date!))
        {
            return ("interval", $"seen on {before.Date} and again on {after.Date}");
        }
        if (ownTerms.FirstOrDefault(t => t.CertainlyCovers(day)) is { } term)
        {
            return ("reference", $"{term} ({term.Source})");
        }
        if (ownTerms.Count > 0 && !ownTerms.Any(t => t.PossiblyCovers(day)))
        {
            return null;
        }
        if (before is not null && PartialDates.DaysBetween(before.Date!, day) <= ExtrapolationDays && !SomeoneElseBetween(before.Date!, day))
        {
            return ("extrapolated", $"last seen on {before.Date}, {PartialDates.DaysBetween(before.Date!, day)} days earlier");
        }
        if (after is not null && PartialDates.DaysBetween(day, after.Date!) <= ExtrapolationDays && !SomeoneElseBetween(day, after.Date!))
        {
            return ("extrapolated", $"first seen on {after.Date}, {PartialDates.DaysBetween(day, after.Date!)} days later");
        }
        return null;
    }

    /// <summary>Where news sightings of a person in a post disagree with the reference table.</summary>
    public static IReadOnlyList<string> Conflicts(string role, IReadOnlyList<Observation> own, IReadOnlyList<OfficeTerm> termsOfRole)
    {
        var conflicts = new List<string>();
        if (own.Count == 0 || termsOfRole.Count == 0)
        {
            return conflicts;
        }
        var personKey = VietnameseText.MatchKey(own[0].PersonName);
        foreach (var sighting in own.Where(o => o.Date is { Length: 10 }).DistinctBy(o => o.Date))
        {
            var ownTerms = termsOfRole.Where(t => t.PersonKey == personKey).ToList();
            if (ownTerms.Count > 0 && !ownTerms.Any(t => t.PossiblyCovers(sighting.Date!)))
            {
                conflicts.Add($"seen as {role} on {sighting.Date} (document {sighting.DocumentId}), outside the reference term {string.Join(", ", ownTerms.Select(t => $"{t.Start}–{t.End ?? "…"}"))}");
            }
            else if (Positions.IsSingleHolder(role) && ownTerms.Count == 0
                && termsOfRole.FirstOrDefault(t => t.PersonKey != personKey && !t.Acting && t.CertainlyCovers(sighting.Date!)) is { } other)
            {
                conflicts.Add($"seen as {role} on {sighting.Date} (document {sighting.DocumentId}), when the reference table has {other}");
            }
        }
        return conflicts;
    }

    /// <summary>The start date most documents state, when any states one.</summary>
    public static string? StatedStart(IReadOnlyList<Observation> own) => MostStated(own.Select(o => (o.StatedStart, o.DocumentId)));

    public static string? StatedEnd(IReadOnlyList<Observation> own) => MostStated(own.Select(o => (o.StatedEnd, o.DocumentId)));

    private static string? MostStated(IEnumerable<(string? Date, string DocumentId)> claims) =>
        claims.Where(c => c.Date is not null)
            .GroupBy(c => c.Date!)
            .OrderByDescending(g => g.Select(c => c.DocumentId).Distinct().Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}

/// <summary>
/// Every dated sighting of one post, sorted, so "was anyone else seen in this post between two
/// dates" is a binary search rather than a scan: as-of questions stay fast on busy posts.
/// </summary>
public sealed class SightingIndex
{
    private readonly (string Low, string High, string PersonId)[] _sightings;

    public SightingIndex(IEnumerable<Observation> sightings)
    {
        _sightings = sightings
            .Where(o => o.Date is not null)
            .Select(o => (PartialDates.Low(o.Date!), PartialDates.High(o.Date!), o.PersonId))
            .OrderBy(s => s.Item1, StringComparer.Ordinal)
            .ToArray();
    }

    public static SightingIndex Empty { get; } = new([]);

    /// <summary>Whether someone other than <paramref name="personId"/> was seen strictly between the two dates.</summary>
    public bool AnyOtherBetween(string personId, string from, string to)
    {
        var after = PartialDates.High(from);
        var before = PartialDates.Low(to);
        int lo = 0, hi = _sightings.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_sightings[mid].Low, after) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var i = lo; i < _sightings.Length && string.CompareOrdinal(_sightings[i].Low, before) < 0; i++)
        {
            if (_sightings[i].PersonId != personId && string.CompareOrdinal(_sightings[i].High, before) < 0)
            {
                return true;
            }
        }
        return false;
    }
}
