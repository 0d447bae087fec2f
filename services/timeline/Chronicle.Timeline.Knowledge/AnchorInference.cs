using System.Globalization;
using Chronicle.Text;

namespace Chronicle.Timeline.Knowledge;

/// <summary>A person seen with a position in a document whose date is known from its own text.</summary>
public sealed record DatedSighting(string PersonName, string Role, string Date, string DocumentId)
{
    public string PersonKey { get; } = VietnameseText.MatchKey(PersonName);
}

/// <summary>An article whose day and month are known but not its year.</summary>
/// <param name="CandidateYears">Years the text leaves possible; empty when the text says nothing.</param>
/// <param name="Roles">Who the article names with which position.</param>
public sealed record UndatedArticle(string DocumentId, int Month, int Day, IReadOnlyList<int> CandidateYears, IReadOnlyList<(string Person, string Role)> Roles);

/// <summary>Why one candidate year fits or not.</summary>
public sealed record YearVerdict(int Year, IReadOnlyList<string> Conflicts, IReadOnlyList<string> Support)
{
    public bool Fits => Conflicts.Count == 0;
}

/// <param name="Year">The year chosen, or null when none or several remain without a reason to prefer one.</param>
/// <param name="IsPreference">True when several years fit and the one closest to dated evidence was preferred.</param>
public sealed record InferredAnchor(int? Year, bool IsPreference, IReadOnlyList<int> Remaining, string Reason, IReadOnlyList<YearVerdict> Verdicts);

/// <summary>
/// Narrows the year of an undated article by consistency: a title held only in certain years,
/// ranks seen in other dated articles, and the years its own text allows. Never picks silently:
/// the reason lists what excluded each year.
/// </summary>
public static class AnchorInference
{
    public static InferredAnchor Infer(UndatedArticle article, IReadOnlyList<OfficeTerm> reference, IReadOnlyList<DatedSighting> sightings, int latestYear)
    {
        var candidates = article.CandidateYears.Count > 0
            ? article.CandidateYears
            : Enumerable.Range(1990, latestYear - 1990 + 1).ToList();
        // What does not depend on the year is worked out once, not once per candidate year (up to
        // thirty-odd when the text gives none): keys, each post's terms, each rank's sightings.
        var judging = new Judging(article, reference, sightings);
        var verdicts = candidates
            .Where(year => year <= latestYear && IsValidDay(year, article.Month, article.Day))
            .Select(year => Judge(article, year, judging))
            .ToList();
        var remaining = verdicts.Where(v => v.Fits).Select(v => v.Year).ToList();
        var excluded = verdicts.Where(v => !v.Fits).ToList();
        var excludedText = string.Join("; ", excluded.Select(v => $"{v.Year} excluded: {v.Conflicts[0]}"));

        if (remaining.Count == 0)
        {
            return new InferredAnchor(null, false, [], $"no year fits what is known ({excludedText})", verdicts);
        }
        var supported = verdicts.Where(v => v.Fits && v.Support.Count > 0).ToList();
        if (remaining.Count == 1 && (excluded.Count > 0 || supported.Count > 0))
        {
            var chosen = verdicts.Single(v => v.Year == remaining[0]);
            var because = string.Join("; ", chosen.Support.Take(3).Append(excludedText).Where(s => s.Length > 0));
            return new InferredAnchor(remaining[0], false, remaining, $"only {remaining[0]} fits: {because}", verdicts);
        }
        if (excluded.Count == 0 && supported.Count == 0)
        {
            return new InferredAnchor(null, false, remaining, "nothing known narrows the year", verdicts);
        }

        // Without years from the text itself, a preference among many open years would be a guess.
        if (article.CandidateYears.Count == 0)
        {
            return new InferredAnchor(null, false, remaining, $"{remaining.Count} years fit and the text gives no bounds", verdicts);
        }

        // Several years fit: prefer the one nearest to what dated articles say about the same people.
        var namedPeople = article.Roles.Select(r => VietnameseText.MatchKey(r.Person)).ToHashSet(StringComparer.Ordinal);
        var evidenceDates = sightings
            .Where(s => namedPeople.Contains(s.PersonKey))
            .Select(s => s.Date)
            .ToList();
        if (evidenceDates.Count == 0)
        {
            return new InferredAnchor(null, false, remaining, $"{string.Join(", ", remaining)} all fit ({excludedText})", verdicts);
        }
        var preferred = remaining
            .OrderBy(year => evidenceDates.Min(date => PartialDates.DaysBetween(Day(year, article), date)))
            .ThenBy(year => year)
            .First();
        return new InferredAnchor(preferred, true, remaining,
            $"{string.Join(", ", remaining)} fit; {preferred} is preferred as the closest to dated articles about the same people"
            + (excludedText.Length > 0 ? $" ({excludedText})" : ""),
            verdicts);
    }

    private static YearVerdict Judge(UndatedArticle article, int year, Judging judging)
    {
        var day = Day(year, article);
        var conflicts = new List<string>();
        var support = new List<string>();
        foreach (var (person, role, personKey, termsOfRole, ownTerms, singleHolder) in judging.Roles)
        {
            if (ownTerms.Count > 0)
            {
                if (ownTerms.Any(t => t.CertainlyCovers(day)))
                {
                    support.Add(ownTerms.First(t => t.CertainlyCovers(day)).ToString());
                }
                else if (!ownTerms.Any(t => t.PossiblyCovers(day)))
                {
                    conflicts.Add($"{person} was {role} only {string.Join(" and ", ownTerms.Select(t => $"{t.Start}–{t.End ?? "…"}"))}");
                }
            }
            if (singleHolder && termsOfRole.FirstOrDefault(t => t.PersonKey != personKey && !t.Acting && t.CertainlyCovers(day)) is { } other
                && !ownTerms.Any(t => t.PossiblyCovers(day)))
            {
                conflicts.Add($"{other.Person} was {role} on {day}");
            }
        }

        foreach (var (rank, role, ranked) in judging.Ranks)
        {
            foreach (var (sighting, seenRank) in ranked)
            {
                if (seenRank < rank && !PartialDates.Before(PartialDates.High(sighting.Date), day))
                {
                    conflicts.Add($"{sighting.PersonName} was still {sighting.Role} on {sighting.Date}, not yet {role}");
                }
                else if (seenRank > rank && !PartialDates.Before(day, PartialDates.Low(sighting.Date)))
                {
                    conflicts.Add($"{sighting.PersonName} was already {sighting.Role} on {sighting.Date}");
                }
            }
        }
        return new YearVerdict(year, conflicts, support);
    }

    /// <summary>
    /// The year-independent part of judging one article: for each person and post it names, the
    /// keys, the post's reference terms and the person's own; for each Party rank it gives, the
    /// dated sightings of that person at the highest rank seen in their document, with that rank.
    /// </summary>
    private sealed class Judging
    {
        public Judging(UndatedArticle article, IReadOnlyList<OfficeTerm> reference, IReadOnlyList<DatedSighting> sightings)
        {
            var termsByRole = new Dictionary<string, List<OfficeTerm>>(StringComparer.Ordinal);
            foreach (var (person, role) in article.Roles.Distinct())
            {
                var personKey = VietnameseText.MatchKey(person);
                var roleKey = Positions.Key(role);
                if (!termsByRole.TryGetValue(roleKey, out var termsOfRole))
                {
                    termsOfRole = reference.Where(t => t.RoleKey == roleKey).ToList();
                    termsByRole.Add(roleKey, termsOfRole);
                }
                var ownTerms = termsOfRole.Where(t => t.PersonKey == personKey).ToList();
                Roles.Add((person, role, personKey, termsOfRole, ownTerms, Positions.IsSingleHolder(role)));
            }
            foreach (var (personKey, rank, role) in RanksIn(article))
            {
                var ofPerson = sightings.Where(s => s.PersonKey == personKey).ToList();
                var ranked = new List<(DatedSighting Sighting, int SeenRank)>();
                foreach (var sighting in ofPerson)
                {
                    if (Positions.PartyRank(sighting.Role) is not { } seenRank)
                    {
                        continue;
                    }
                    var highestThere = ofPerson
                        .Where(s => s.DocumentId == sighting.DocumentId)
                        .Max(s => Positions.PartyRank(s.Role) ?? 0);
                    if (highestThere == seenRank)
                    {
                        ranked.Add((sighting, seenRank));
                    }
                }
                Ranks.Add((rank, role, ranked));
            }
        }

        public List<(string Person, string Role, string PersonKey, List<OfficeTerm> TermsOfRole, List<OfficeTerm> OwnTerms, bool SingleHolder)> Roles { get; } = [];

        public List<(int Rank, string Role, List<(DatedSighting Sighting, int SeenRank)> Ranked)> Ranks { get; } = [];
    }

    /// <summary>The highest Party rank the article gives each person.</summary>
    private static IEnumerable<(string PersonKey, int Rank, string Role)> RanksIn(UndatedArticle article) =>
        article.Roles
            .Select(r => (PersonKey: VietnameseText.MatchKey(r.Person), Rank: Positions.PartyRank(r.Role), r.Role))
            .Where(r => r.Rank is not null)
            .GroupBy(r => r.PersonKey)
            .Select(g => g.OrderByDescending(r => r.Rank).First())
            .Select(r => (r.PersonKey, r.Rank!.Value, r.Role));

    private static string Day(int year, UndatedArticle article) =>
        new DateOnly(year, article.Month, article.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsValidDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
