namespace Chronicle.Timeline.Knowledge;

/// <summary>
/// One sighting of a person in a post, as the timeline stores it: the date its own sentence
/// speaks of (or the article's), the evidence, and what the sentence said of the term.
/// </summary>
public sealed record Observation(
    string DocumentId, string PersonId, string PersonName, string Role, string RoleKey, string Title, string Organization,
    string Qualifier, string? Date, string Granularity, string? DateLow, int Start, int End, string Quote,
    string DateBasis, string? StatedStart, string? StatedEnd, string Aspect)
{
    /// <summary>The key the reference table knows this person by (<see cref="OfficeTerm.PersonKey"/>).</summary>
    public string PersonKey => OfficeTerm.KeyOf(PersonName);
}

/// <summary>
/// One dated holding sighting of a post (held or acting, not an ended term), with only what "who
/// held it on a day" reasons on: read from an index alone, without the evidence text, so as-of
/// questions on busy posts stay cheap. The day's evidence is read in full apart.
/// </summary>
public sealed record PostSighting(string PersonId, string PersonName, string Date, string Qualifier, string DocumentId)
{
    public string PersonKey => OfficeTerm.KeyOf(PersonName);

    public bool IsActing => Qualifier == Qualifiers.Acting;

    /// <summary>The holding sightings among full observations: dated, held or acting, and not of an ended term.</summary>
    public static List<PostSighting> HoldingOf(IEnumerable<Observation> observations) =>
        observations.Where(o => o.Date is not null && o.Aspect != "ended" && Qualifiers.Holds(o.Qualifier))
            .Select(o => new PostSighting(o.PersonId, o.PersonName, o.Date!, o.Qualifier, o.DocumentId))
            .ToList();
}

/// <summary>
/// What the qualifier of a sighting says of the person's hold on the post: "acting" ('Quyền'), "former" ('nguyên',
/// 'cựu'), "late" ('cố'), "nominee" ('ứng viên', 'được đề cử', 'dự kiến … làm') or none. Only a sighting with none
/// or "acting" shows the post held: a former or late holder has left it, and a nominee does not hold it until the
/// vote. The others stay in the person's history, with their qualifier and evidence.
/// </summary>
public static class Qualifiers
{
    public const string Acting = "acting";
    public const string Former = "former";
    public const string Late = "late";
    public const string Nominee = "nominee";

    /// <summary>Whether a sighting with this qualifier shows the post held (in substance or acting).</summary>
    public static bool Holds(string qualifier) => qualifier is "" or Acting;
}

/// <summary>How sure an answer to "who held the post that day" is, most certain first.</summary>
public static class Certainty
{
    /// <summary>A sighting dated that very day.</summary>
    public const string Seen = "seen";
    /// <summary>Between two sightings of the same person with nobody else in between.</summary>
    public const string Interval = "interval";
    /// <summary>The reference table's term covers the day.</summary>
    public const string Reference = "reference";
    /// <summary>A short while beyond the first or last sighting.</summary>
    public const string Extrapolated = "extrapolated";

    /// <summary>Order of answers: a sighting that day first, an extrapolation last.</summary>
    public static int Rank(string certainty) => certainty switch
    {
        Seen => 0,
        Interval => 1,
        Reference => 2,
        Extrapolated => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(certainty), certainty, "Not a certainty."),
    };
}

/// <summary>One holder of a position in a succession, from news sightings, the reference table or both.</summary>
public sealed record Tenure(
    string PersonId, string Person, string? FirstSeen, string? LastSeen, string? StartedAt, string? EndedAt, bool Acting,
    string KnownFrom, IReadOnlyList<string> Conflicts)
{
    /// <summary>Where this tenure sits in time: its start when known, else its first sighting.</summary>
    public string? SortDate => StartedAt ?? FirstSeen;
}

/// <summary>A start or end date as one source gives it: documents of the news, or a reference row (with its note).</summary>
public sealed record SourcedDate(string Date, string Source, IReadOnlyList<string> DocumentIds, string Note)
{
    public const string FromDocuments = "document";
    public const string FromReference = "reference";
}

/// <summary>
/// What is known of one person's hold on one post: start and end as each source states them
/// (side by side, never averaged), the dates answered, where news and table disagree, and the
/// person's own terms in the table.
/// </summary>
public sealed record RoleStanding(
    IReadOnlyList<SourcedDate> StartClaims, IReadOnlyList<SourcedDate> EndClaims, string? StartedAt, string? EndedAt,
    IReadOnlyList<string> Conflicts, IReadOnlyList<OfficeTerm> OwnTerms);

/// <summary>Someone who held a post on a day, how sure that is and why, with that day's sightings.</summary>
public sealed record HolderOn(string PersonId, string Person, string Certainty, string Reason, IReadOnlyList<Observation> Evidence);

/// <summary>The change of hands into a tenure: between the previous holder's last sighting (or end) and the next one's first (or start).</summary>
public sealed record Handover(string PreviousPerson, string? From, string? To);

/// <summary>
/// Combines what the news showed with the reference table: successions, who held a post on a day,
/// and where the two disagree. Plain logic over rows already read; no storage access.
/// </summary>
public static class PositionKnowledge
{
    /// <summary>
    /// How long beyond its last (or before its first) sighting a tenure is still assumed where the
    /// reference table is silent: a season, so one stray sighting cannot add a holder for a year.
    /// </summary>
    private const int ExtrapolationDays = 120;

    /// <summary>
    /// Sightings by person key (the name with its diacritics, the two tone-mark conventions as one),
    /// the key the reference table uses. Sightings of one person share an id, so the key is computed
    /// once per person; two ids with one key (written alike) are one person, in time order.
    /// </summary>
    public static Dictionary<string, List<Observation>> ByPerson(IEnumerable<Observation> sightings) =>
        sightings.GroupBy(o => o.PersonId)
            .GroupBy(g => g.First().PersonKey)
            .ToDictionary(k => k.Key, k => k.Count() == 1 ? k.First().ToList() : [.. k.SelectMany(g => g).OrderBy(o => o.Date, StringComparer.Ordinal)]);

    /// <summary>A sighting that names the person as acting holder ('Quyền ...').</summary>
    public static bool IsActing(Observation sighting) => sighting.Qualifier == Qualifiers.Acting;

    /// <summary>
    /// One person's standing in one post (<paramref name="sightings"/> are theirs, of one qualifier).
    /// The reference table's dates stand; a date the news states otherwise stays among the claims
    /// and is noted as a conflict. Acting sightings answer to the person's acting terms only.
    /// </summary>
    public static RoleStanding Standing(string role, string qualifier, IReadOnlyList<Observation> sightings, IReadOnlyList<OfficeTerm> termsOfRole)
    {
        var personKey = sightings[0].PersonKey;
        var ownTerms = termsOfRole.Where(t => t.PersonKey == personKey && (qualifier != "acting" || t.Acting)).ToList();
        var startClaims = Claims(sightings.Select(o => (o.StatedStart, o.DocumentId)), ownTerms.Select(t => (t.Start, t.Source)));
        var endClaims = Claims(sightings.Select(o => (o.StatedEnd, o.DocumentId)), ownTerms.Where(t => t.End is not null).Select(t => (t.End!, t.Source)));
        var startedAt = ownTerms.Count > 0 ? StartOf(ownTerms[0], sightings) : StatedStart(sightings);
        var endedAt = ownTerms.Count > 0 && ownTerms[^1].End is { } end ? end : StatedEnd(sightings);
        var conflicts = Conflicts(role, sightings, termsOfRole).Concat(StartConflicts(role, sightings, ownTerms)).ToList();
        return new RoleStanding(startClaims, endClaims, startedAt, endedAt, conflicts, ownTerms);
    }

    /// <summary>Dates as each source gives them: the news grouped by date with its documents, then each reference row.</summary>
    private static List<SourcedDate> Claims(IEnumerable<(string? Date, string DocumentId)> stated, IEnumerable<(string Date, string Source)> referenced) =>
        stated.Where(c => c.Date is not null)
            .GroupBy(c => c.Date!)
            .Select(g => new SourcedDate(g.Key, SourcedDate.FromDocuments, g.Select(c => c.DocumentId).Distinct().ToList(), ""))
            .Concat(referenced.Select(r => new SourcedDate(r.Date, SourcedDate.FromReference, [], r.Source)))
            .ToList();

    /// <summary>
    /// Who held a post on a day: every person seen in it or listed for it in the table, each asked
    /// <see cref="HeldOn"/>; the surest answers first, then by name.
    /// </summary>
    /// <param name="sightings">Every dated holding sighting of the post.</param>
    /// <param name="terms">Every reference term of the post.</param>
    public static IReadOnlyList<HolderOn> HoldersOn(string role, string day, IReadOnlyList<Observation> sightings, IReadOnlyList<OfficeTerm> terms) =>
        HoldersOn(role, day, PostSighting.HoldingOf(sightings), sightings.Where(o => o.Date == day).ToList(), terms);

    /// <summary>
    /// <see cref="HoldersOn(string, string, IReadOnlyList{Observation}, IReadOnlyList{OfficeTerm})"/>
    /// from the post's sightings in brief, with the full observations of that day as evidence.
    /// </summary>
    /// <param name="sightings">Every dated holding sighting of the post, earliest first.</param>
    /// <param name="evidenceOfDay">The holding observations of the post dated that very day.</param>
    /// <param name="terms">Every reference term of the post.</param>
    public static IReadOnlyList<HolderOn> HoldersOn(
        string role, string day, IReadOnlyList<PostSighting> sightings, IReadOnlyList<Observation> evidenceOfDay, IReadOnlyList<OfficeTerm> terms)
    {
        var post = new SightingIndex(sightings);
        var single = Positions.IsSingleHolder(role);
        var byPerson = ByPerson(sightings);
        var candidates = byPerson.Select(p => (PersonKey: p.Key, p.Value[0].PersonId, Name: p.Value[0].PersonName))
            .Concat(terms.Where(t => !byPerson.ContainsKey(t.PersonKey)).Select(t => (t.PersonKey, PersonId: "", Name: t.Person)))
            .DistinctBy(c => c.PersonKey);
        var holders = new List<HolderOn>();
        foreach (var (personKey, personId, name) in candidates)
        {
            var own = byPerson.GetValueOrDefault(personKey, []);
            var ownTerms = terms.Count == 0 ? [] : terms.Where(t => t.PersonKey == personKey).ToList();
            if (HeldOn(day, own, ownTerms, post, single, terms) is { } held)
            {
                holders.Add(new HolderOn(personId, name, held.Certainty, held.Reason,
                    own.Count == 0 ? [] : evidenceOfDay.Where(o => o.PersonKey == personKey).ToList()));
            }
        }
        return holders.OrderBy(h => Certainty.Rank(h.Certainty)).ThenBy(h => h.Person, StringComparer.Ordinal).ToList();
    }

    /// <summary>Sightings in brief by person key, as <see cref="ByPerson(IEnumerable{Observation})"/>.</summary>
    private static Dictionary<string, List<PostSighting>> ByPerson(IEnumerable<PostSighting> sightings) =>
        sightings.GroupBy(o => o.PersonId)
            .GroupBy(g => g.First().PersonKey)
            .ToDictionary(k => k.Key, k => k.Count() == 1 ? k.First().ToList() : [.. k.SelectMany(g => g).OrderBy(o => o.Date, StringComparer.Ordinal)]);

    /// <summary>The change of hands from one tenure of a succession to the next.</summary>
    public static Handover HandoverBetween(Tenure previous, Tenure next) =>
        new(previous.Person, previous.LastSeen ?? previous.EndedAt, next.FirstSeen ?? next.StartedAt);

    /// <summary>
    /// The holders of one position in time order, news and reference merged. Where the reference
    /// table lists a holder, its dates stand and the news adds the sightings inside the term. A
    /// person only the news names, seen in a single-holder post while the table has someone else
    /// in it, is not a holder: each such sighting is a conflict noted on the term it contradicts.
    /// </summary>
    public static IReadOnlyList<Tenure> Succession(string role, IReadOnlyList<Observation> sightings, IReadOnlyList<OfficeTerm> terms)
    {
        var tenures = new List<Tenure>();
        // Only holding sightings make a tenure: a nominee, a former or a late holder is no holder of the day.
        var byPerson = ByPerson(sightings.Where(o => o.Date is not null && Qualifiers.Holds(o.Qualifier)));
        var referenced = terms.Select(t => t.PersonKey).ToHashSet();
        var single = Positions.IsSingleHolder(role);
        var contradictedTerms = terms.ToDictionary(t => t, _ => new List<string>());

        foreach (var (personKey, all) in byPerson.Where(p => !referenced.Contains(p.Key)))
        {
            // Acting sightings make an acting tenure of their own: never a substantive one.
            foreach (var own in all.GroupBy(IsActing))
            {
                var free = new List<Observation>();
                var conflicts = new List<string>();
                foreach (var sighting in own)
                {
                    if (single && TermOfAnotherOn(sighting.Date!, personKey, terms) is { } other)
                    {
                        var conflict = $"{sighting.PersonName} seen as {role} on {sighting.Date} (document {sighting.DocumentId}), when the reference table has {other}";
                        contradictedTerms[other].Add(conflict);
                        conflicts.Add(conflict);
                    }
                    else
                    {
                        free.Add(sighting);
                    }
                }
                if (free.Count > 0)
                {
                    tenures.Add(new Tenure(free[0].PersonId, free[0].PersonName, free[0].Date, free[^1].Date, StatedStart(free), StatedEnd(free),
                        own.Key, "news", conflicts.Distinct().ToList()));
                }
            }
        }

        foreach (var term in terms)
        {
            var person = byPerson.GetValueOrDefault(term.PersonKey, []);
            // The news supports a term with the sightings inside it; acting sightings only an acting term.
            var own = person.Where(o => (term.Acting || !IsActing(o)) && term.PossiblyCovers(o.Date!)).ToList();
            var conflicts = Conflicts(role, person, terms).Concat(StartConflicts(role, person, terms)).Concat(contradictedTerms[term]).Distinct().ToList();
            tenures.Add(new Tenure(
                own.FirstOrDefault()?.PersonId ?? person.FirstOrDefault()?.PersonId ?? "", term.Person, own.FirstOrDefault()?.Date, own.LastOrDefault()?.Date,
                StartOf(term, person), term.End ?? StatedEnd(own), term.Acting,
                own.Count > 0 ? "news and reference" : "reference",
                conflicts));
        }
        return tenures
            .OrderBy(t => t.SortDate is null)
            .ThenBy(t => t.SortDate is null ? null : PartialDates.Low(t.SortDate), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// A change of hands the table records with no more than this between one term's end and the
    /// next one's start is a vacancy the table knows of (a funeral, an election pending), not a
    /// span it is silent on.
    /// </summary>
    private const int KnownVacancyDays = 90;

    /// <summary>
    /// The reference term of someone else that fills a sighting's date, if any: the first and the
    /// last day its precision allows are each covered by a term of another holder or lie in a short
    /// vacancy between two (a month or year may be filled by several terms one after the other).
    /// Answers the term filling the first day.
    /// </summary>
    public static OfficeTerm? TermOfAnotherOn(string date, string personKey, IReadOnlyList<OfficeTerm> termsOfRole)
    {
        var others = termsOfRole.Where(t => t.PersonKey != personKey).ToList();
        var first = FillingTerm(PartialDates.Low(date), others);
        return first is not null && FillingTerm(PartialDates.High(date), others) is not null ? first : null;
    }

    /// <summary>The term that covers a day, or that starts soon after a term ending shortly before it.</summary>
    private static OfficeTerm? FillingTerm(string day, IReadOnlyList<OfficeTerm> terms)
    {
        if (terms.FirstOrDefault(t => t.PossiblyCovers(day)) is { } covering)
        {
            return covering;
        }
        var next = terms.Where(t => PartialDates.Before(day, PartialDates.Low(t.Start))).MinBy(t => PartialDates.Low(t.Start));
        var ended = terms.Any(t => t.End is not null && PartialDates.Before(PartialDates.High(t.End), day)
            && next is not null && PartialDates.DaysBetween(t.End, next.Start) <= KnownVacancyDays);
        return ended ? next : null;
    }

    /// <summary>
    /// Whether a person held a post on a day, and how sure that is. Where the reference table
    /// covers the post on that day it decides ("reference"): news that disagrees is a conflict, not
    /// an answer. Elsewhere the news answers: seen that day, between two sightings, or extrapolated
    /// a short while beyond them, never past someone else's sighting or reference term.
    /// </summary>
    /// <param name="postTerms">Every reference term of the post (all holders); only the person's own when omitted.</param>
    public static (string Certainty, string Reason)? HeldOn(
        string day, IReadOnlyList<Observation> own, IReadOnlyList<OfficeTerm> ownTerms, SightingIndex post, bool singleHolder,
        IReadOnlyList<OfficeTerm>? postTerms = null) =>
        HeldOn(day, PostSighting.HoldingOf(own), ownTerms, post, singleHolder, postTerms);

    /// <param name="dated">The person's holding sightings in the post, earliest first.</param>
    private static (string Certainty, string Reason)? HeldOn(
        string day, IReadOnlyList<PostSighting> dated, IReadOnlyList<OfficeTerm> ownTerms, SightingIndex post, bool singleHolder,
        IReadOnlyList<OfficeTerm>? postTerms)
    {
        var acting = dated.Count > 0 && dated.All(o => o.IsActing) ? " (acting)" : "";
        if (ownTerms.FirstOrDefault(t => t.CertainlyCovers(day)) is { } term)
        {
            return (Certainty.Reference, $"{term} ({term.Source})");
        }
        // A single-holder post the table fills that day (even at an uncertain bound) has its holder there.
        // Outside the person's own terms the news does not answer when the table has terms for them,
        // nor in a single-holder post the table gives to someone else that day.
        var tableHasOthers = singleHolder && FillingTerm(day, postTerms ?? []) is not null;
        if (!ownTerms.Any(t => t.PossiblyCovers(day)) && (ownTerms.Count > 0 || tableHasOthers))
        {
            return null;
        }
        if (dated.FirstOrDefault(o => o.Date == day) is { } seen)
        {
            return (Certainty.Seen, $"seen{acting} on {day} in document {seen.DocumentId}");
        }
        var before = dated.LastOrDefault(o => PartialDates.Before(PartialDates.High(o.Date), day));
        var after = dated.FirstOrDefault(o => PartialDates.Before(day, PartialDates.Low(o.Date)));
        var personId = dated.Count > 0 ? dated[0].PersonId : "";
        var personKey = dated.Count > 0 ? dated[0].PersonKey : "";
        bool SomeoneElseBetween(string from, string to) =>
            singleHolder && (post.AnyOtherBetween(personId, from, to) || AnotherTermBetween(personKey, from, to, postTerms ?? []));

        if (before is not null && after is not null && !SomeoneElseBetween(before.Date, after.Date))
        {
            return (Certainty.Interval, $"seen{acting} on {before.Date} and again on {after.Date}");
        }
        if (before is not null && PartialDates.DaysBetween(before.Date, day) <= ExtrapolationDays && !SomeoneElseBetween(before.Date, day))
        {
            return (Certainty.Extrapolated, $"last seen{acting} on {before.Date}, {PartialDates.DaysBetween(before.Date, day)} days earlier");
        }
        if (after is not null && PartialDates.DaysBetween(day, after.Date) <= ExtrapolationDays && !SomeoneElseBetween(day, after.Date))
        {
            return (Certainty.Extrapolated, $"first seen{acting} on {after.Date}, {PartialDates.DaysBetween(day, after.Date)} days later");
        }
        return null;
    }

    /// <summary>
    /// Whether the reference table certainly has someone else in the post somewhere strictly between
    /// two dates (a term's uncertain bounds do not count: the hand-over may lie on either side).
    /// </summary>
    private static bool AnotherTermBetween(string personKey, string from, string to, IReadOnlyList<OfficeTerm> postTerms)
    {
        var after = PartialDates.High(from);
        var before = PartialDates.Low(to);
        return postTerms.Any(t => t.PersonKey != personKey
            && PartialDates.Before(PartialDates.High(t.Start), before)
            && (t.End is null || PartialDates.Before(after, PartialDates.Low(t.End))));
    }

    /// <summary>Start dates the news states that no reference term of the person starts on: kept as claims, noted here.</summary>
    public static IReadOnlyList<string> StartConflicts(string role, IReadOnlyList<Observation> own, IReadOnlyList<OfficeTerm> termsOfRole)
    {
        if (own.Count == 0)
        {
            return [];
        }
        var personKey = own[0].PersonKey;
        var ownTerms = termsOfRole.Where(t => t.PersonKey == personKey).ToList();
        if (ownTerms.Count == 0)
        {
            return [];
        }
        return own.Where(o => o.StatedStart is not null && !ownTerms.Any(t => Overlap(o.StatedStart!, t.Start)))
            .GroupBy(o => o.StatedStart!)
            .Select(g => $"start of {role} stated as {g.Key} (document {string.Join(", ", g.Select(o => o.DocumentId).Distinct())}), " +
                $"the reference table has {string.Join(", ", ownTerms.Select(t => t.Start))}")
            .ToList();
    }

    /// <summary>
    /// A reference term's start as answered: the table's date, or the one the news states when it
    /// agrees with the table and is more precise (a month in the table, the day in the news).
    /// </summary>
    public static string StartOf(OfficeTerm term, IReadOnlyList<Observation> own) =>
        MostStated(own.Where(o => o.StatedStart is { } stated && stated.Length > term.Start.Length && Overlap(stated, term.Start))
            .Select(o => (o.StatedStart, o.DocumentId))) ?? term.Start;

    /// <summary>Whether two partial dates may be the same day.</summary>
    private static bool Overlap(string a, string b) =>
        !PartialDates.Before(PartialDates.High(a), PartialDates.Low(b)) && !PartialDates.Before(PartialDates.High(b), PartialDates.Low(a));

    /// <summary>Where news sightings of a person in a post disagree with the reference table.</summary>
    public static IReadOnlyList<string> Conflicts(string role, IReadOnlyList<Observation> own, IReadOnlyList<OfficeTerm> termsOfRole)
    {
        var conflicts = new List<string>();
        if (own.Count == 0 || termsOfRole.Count == 0)
        {
            return conflicts;
        }
        var personKey = own[0].PersonKey;
        foreach (var sighting in own.Where(o => o.Date is { Length: 10 } && o.Aspect != "ended").DistinctBy(o => o.Date))
        {
            var ownTerms = termsOfRole.Where(t => t.PersonKey == personKey).ToList();
            if (ownTerms.Count > 0 && !ownTerms.Any(t => t.PossiblyCovers(sighting.Date!)))
            {
                conflicts.Add($"seen as {role} on {sighting.Date} (document {sighting.DocumentId}), outside the reference term {string.Join(", ", ownTerms.Select(t => $"{t.Start}–{t.End ?? "…"}"))}");
            }
            else if (Positions.IsSingleHolder(role) && ownTerms.Count == 0 && TermOfAnotherOn(sighting.Date!, personKey, termsOfRole) is { } other)
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
        : this(sightings.Where(o => o.Date is not null).Select(o => (o.Date!, o.PersonId)))
    {
    }

    public SightingIndex(IEnumerable<PostSighting> sightings)
        : this(sightings.Select(o => (o.Date, o.PersonId)))
    {
    }

    private SightingIndex(IEnumerable<(string Date, string PersonId)> sightings)
    {
        _sightings = sightings
            .Select(o => (PartialDates.Low(o.Date), PartialDates.High(o.Date), o.PersonId))
            .OrderBy(s => s.Item1, StringComparer.Ordinal)
            .ToArray();
    }

    public static SightingIndex Empty { get; } = new(Array.Empty<PostSighting>());

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
