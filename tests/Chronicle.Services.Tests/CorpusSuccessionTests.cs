extern alias entities;

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Testing;
using Chronicle.Text;
using Chronicle.Timeline.Knowledge;
using entities::Chronicle.Entities.Data;
using Xunit.Abstractions;

namespace Chronicle.Services.Tests;

/// <summary>
/// The 409 real political articles of ../shared/corpus (April 2024 – February 2025) fed through the
/// whole suite as a feed reader would, then the successions of the five top posts, as the timeline
/// answers them, judged against what truly happened (Data/top-post-terms.csv). Without ../shared the
/// test is skipped, never passed.
/// </summary>
public sealed class CorpusSuccessionTests(ITestOutputHelper output)
{
    /// <summary>
    /// The best figures reached so far. The aims (printed beside them) are not reached yet, so the
    /// test holds the suite to these: a change may only ever tighten them (fewer sightings outside a
    /// term, more posts in order), never loosen them.
    /// </summary>
    private static class Reached
    {
        public const int MaxHolderSightingsOutsideTheirTerm = 46;
        public const int MaxSightingsOfPeopleWhoNeverHeldThePost = 1;
        public const int MinPostsInRightOrder = 5;
        public const int MinPostsWithTrueHoldersInRightOrder = 5;
        public const int MinPostsInRightOrderFromNewsAlone = 4;
        public const int MinDaysAnsweredRight = 138;
        public const int MaxStartDatesContradictingTheTruth = 0;
        public const int MaxActingSightingsNotMarkedActing = 0;
        public const bool ActingPresidentMarkedActing = true;
        public const bool ActingPresidentSeenInTheNews = true;
    }

    private static readonly string[] TopPosts = ["Tổng Bí thư", "Chủ tịch nước", "Chủ tịch Quốc hội", "Thường trực Ban Bí thư", "Thủ tướng"];

    /// <summary>The span whose successions are checked: the corpus and the changes it reports on.</summary>
    private const string WindowFrom = "2024-01-01";
    private const string WindowTo = "2025-02-28";

    /// <summary>Sightings dated after this are not judged: the terms file stops there.</summary>
    private const string JudgedUntil = "2025-12-31";

    private const int ExamplesShown = 3;

    [SkippableFact]
    public async Task Successions_of_the_top_posts_follow_what_happened()
    {
        var corpus = CorpusArticle.LoadOrNull();
        Skip.If(corpus is null, "../shared/corpus/trends-politics.json is not beside the checkout: successions on real news not measured.");
        var terms = TrueTerm.Load(Path.Combine(AppContext.BaseDirectory, "Data", "top-post-terms.csv"));

        await using var suite = new InMemorySuite();
        var clock = Stopwatch.StartNew();
        var articles = new Dictionary<string, CorpusArticle>();
        foreach (var article in corpus!)
        {
            var submitted = await suite.IngestionClient.SubmitDocumentAsync(new SubmitDocumentRequest
            {
                Text = article.Text,
                Url = article.Url,
                PublishedAt = article.Published,
            });
            articles.TryAdd(submitted.Id, article);
        }
        var submittedAt = clock.Elapsed;
        var counts = await suite.WaitForPipelineAsync(TimeSpan.FromMinutes(5));
        var processedAt = clock.Elapsed;
        output.WriteLine($"Ingested {corpus.Count} articles: accepted {counts.Accepted}, processed {counts.Processed}, failed {counts.Failed}; " +
            $"submitted in {submittedAt.TotalSeconds:F1} s, pipeline done at {processedAt.TotalSeconds:F1} s.");

        var reports = new List<PostReport>();
        foreach (var post in TopPosts)
        {
            var report = await JudgeAsync(suite, post, terms.Where(t => t.PostKey == Positions.Key(post)).ToList());
            Print(report, articles);
            reports.Add(report);
        }
        output.WriteLine("");
        output.WriteLine($"Answers read and judged in {(clock.Elapsed - processedAt).TotalSeconds:F1} s; whole run {clock.Elapsed.TotalSeconds:F1} s.");

        var holdersOutside = reports.Sum(r => r.OutsideOwnTerm.Count);
        var neverHeld = reports.Sum(r => r.NeverHeld.Count);
        var inOrder = reports.Count(r => r.OrderRight);
        var trueHoldersInOrder = reports.Count(r => r.TrueHoldersOrderRight);
        var inNewsOrder = reports.Count(r => r.NewsOrderRight);
        var startsWrong = reports.Sum(r => r.StartsContradicted.Count);
        var daysAsked = reports.Sum(r => r.DaysAsked);
        var daysRight = daysAsked - reports.Sum(r => r.DaysWrong.Count);
        var actingNotMarked = reports.Sum(r => r.ActingNotMarked.Count);
        var president = reports.Single(r => r.Post == "Chủ tịch nước");
        output.WriteLine("");
        output.WriteLine("Summary: figure | best reached so far | aim");
        Line("news sightings of a post dated outside a true term", holdersOutside + neverHeld,
            Reached.MaxHolderSightingsOutsideTheirTerm + Reached.MaxSightingsOfPeopleWhoNeverHeldThePost, 0);
        Line("  ... of true holders, outside their own term", holdersOutside, Reached.MaxHolderSightingsOutsideTheirTerm, 0);
        Line("  ... of people who never held the post", neverHeld, Reached.MaxSightingsOfPeopleWhoNeverHeldThePost, 0);
        Line("posts whose answered holders come in the right order", inOrder, Reached.MinPostsInRightOrder, TopPosts.Length);
        Line("  ... the true holders among them in the right order", trueHoldersInOrder, Reached.MinPostsWithTrueHoldersInRightOrder, TopPosts.Length);
        Line("posts the news alone puts in the right order", inNewsOrder, Reached.MinPostsInRightOrderFromNewsAlone, TopPosts.Length);
        Line($"days (of {daysAsked}) whose holder is answered right", daysRight, Reached.MinDaysAnsweredRight, daysAsked);
        Line("answered start dates contradicting the true start", startsWrong, Reached.MaxStartDatesContradictingTheTruth, 0);
        Line("sightings in an acting term not marked acting", actingNotMarked, Reached.MaxActingSightingsNotMarkedActing, 0);
        Line("acting president marked acting", president.ActingHoldersMarked, Reached.ActingPresidentMarkedActing, true);
        Line("acting president's tenure supported by news sightings", president.ActingHoldersSeen, Reached.ActingPresidentSeenInTheNews, true);

        Assert.Equal(0, counts.Failed);
        Assert.Equal(counts.Accepted, counts.Processed);
        Assert.True(holdersOutside <= Reached.MaxHolderSightingsOutsideTheirTerm, $"{holdersOutside} sightings of holders outside their term; at most {Reached.MaxHolderSightingsOutsideTheirTerm} reached before.");
        Assert.True(neverHeld <= Reached.MaxSightingsOfPeopleWhoNeverHeldThePost, $"{neverHeld} sightings of people who never held the post; at most {Reached.MaxSightingsOfPeopleWhoNeverHeldThePost} reached before.");
        Assert.True(inOrder >= Reached.MinPostsInRightOrder, $"{inOrder} posts in the right order; {Reached.MinPostsInRightOrder} reached before.");
        Assert.True(trueHoldersInOrder >= Reached.MinPostsWithTrueHoldersInRightOrder, $"{trueHoldersInOrder} posts with their true holders in order; {Reached.MinPostsWithTrueHoldersInRightOrder} reached before.");
        Assert.True(inNewsOrder >= Reached.MinPostsInRightOrderFromNewsAlone, $"{inNewsOrder} posts in order from the news alone; {Reached.MinPostsInRightOrderFromNewsAlone} reached before.");
        Assert.True(daysRight >= Reached.MinDaysAnsweredRight, $"{daysRight} days answered right; {Reached.MinDaysAnsweredRight} reached before.");
        Assert.True(startsWrong <= Reached.MaxStartDatesContradictingTheTruth, $"{startsWrong} start dates contradict the truth; at most {Reached.MaxStartDatesContradictingTheTruth} reached before.");
        Assert.True(actingNotMarked <= Reached.MaxActingSightingsNotMarkedActing, $"{actingNotMarked} acting sightings not marked acting; at most {Reached.MaxActingSightingsNotMarkedActing} reached before.");
        Assert.True(president.ActingHoldersMarked || !Reached.ActingPresidentMarkedActing, "The acting president is no longer marked acting.");
        Assert.True(president.ActingHoldersSeen || !Reached.ActingPresidentSeenInTheNews, "The acting president's tenure is no longer supported by news sightings.");
    }

    private void Line<T>(string what, T figure, T reached, T aim) =>
        output.WriteLine($"  {what,-56} {figure,6} | {reached,9} | {aim}");

    /// <summary>One post: its holders as the timeline answers, and every sighting of it checked against the true terms.</summary>
    private static async Task<PostReport> JudgeAsync(InMemorySuite suite, string post, IReadOnlyList<TrueTerm> truth)
    {
        var postKey = Positions.Key(post);
        var holders = (await suite.TimelineClient.GetPositionHoldersAsync(new GetPositionHoldersRequest
        {
            Role = post,
            Page = new PageRequest { Size = 500 },
        })).Items;

        // The news sightings of the post: of every person the answer names, and of every true holder
        // even when the answer leaves them out. Sightings as a former holder are not sightings of the post.
        var names = new Dictionary<string, string>();
        foreach (var (personId, person) in holders.Where(h => h.PersonId.Length > 0).Select(h => (h.PersonId, h.Person))
            .Concat(truth.Select(t => (EntityIds.For("person", t.Person), t.Person))))
        {
            names.TryAdd(personId, person);
        }
        var sightings = new List<Sighting>();
        foreach (var (personId, person) in names)
        {
            GetRolesResponse roles;
            try
            {
                roles = await suite.TimelineClient.GetRolesAsync(new GetRolesRequest { EntityId = personId, Page = new PageRequest { Size = 500 } });
            }
            catch (Grpc.Core.RpcException exception) when (exception.StatusCode == Grpc.Core.StatusCode.NotFound)
            {
                // A true holder the news never names is no entity: no sightings.
                continue;
            }
            foreach (var role in roles.Items.Where(r => Positions.Key(r.Role) == postKey && r.Qualifier is "" or "acting"))
            {
                sightings.AddRange(role.Observations.Select(o => new Sighting(person, role.Qualifier == "acting", o)));
            }
        }

        var answered = holders.Where(h => Overlaps(h, WindowFrom, WindowTo)).ToList();
        var expected = truth.Where(t => t.PossiblyCovers(WindowFrom, WindowTo)).ToList();
        var report = new PostReport(post, answered, expected, sightings);
        Judge(report, truth);

        // The succession over the window as answered, against the true one.
        var answeredKeys = answered.Select(h => VietnameseText.MatchKey(h.Person)).ToList();
        report.OrderRight = SameSuccession(answeredKeys, expected);
        var trueKeys = expected.Select(t => t.PersonKey).ToHashSet();
        report.TrueHoldersOrderRight = SameSuccession(answeredKeys.Where(trueKeys.Contains).ToList(), expected);

        // The succession the news alone shows: each true holder of the window placed by their first
        // sighting in it; all of them must be seen. A sighting dated to its year only ('Trong năm
        // 2024, …') is true of some day in that year and cannot place anyone within it.
        var newsOrder = sightings
            .Where(s => s.Observation.Granularity != "year")
            .Where(s => s.Observation.Date is { } date && string.CompareOrdinal(DayRange.Low(date), WindowFrom) >= 0 && string.CompareOrdinal(DayRange.Low(date), WindowTo) <= 0)
            .GroupBy(s => VietnameseText.MatchKey(s.Person))
            .Where(g => trueKeys.Contains(g.Key))
            .OrderBy(g => g.Min(s => DayRange.Low(s.Observation.Date!)), StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        report.NewsOrderRight = SameSuccession(newsOrder, expected);

        // Start dates the answer gives for the true holders, against the true starts.
        foreach (var holder in answered.Where(h => h.StartedAt is not null))
        {
            var own = truth.Where(t => t.PersonKey == VietnameseText.MatchKey(holder.Person)).ToList();
            if (own.Count > 0 && !own.Any(t => t.StartMayBe(holder.StartedAt!)))
            {
                report.StartsContradicted.Add(holder);
            }
        }

        var actingTerms = expected.Where(t => t.Kind == "acting").ToList();
        var actingHolders = actingTerms.Select(t => answered.FirstOrDefault(h =>
            VietnameseText.MatchKey(h.Person) == t.PersonKey && Overlaps(h, t.StartLow, t.EndHigh ?? WindowTo))).ToList();
        report.ActingHoldersMarked = actingHolders.All(h => h is { Acting: true });
        report.ActingHoldersSeen = actingHolders.All(h => h?.FirstSeen is not null);

        await AskWhoHeldItOnAsync(suite, report, expected);
        return report;
    }

    /// <summary>
    /// "Who held the post on that day?" on the 1st and 15th of every month of the window: right when
    /// the answer names exactly the true holder. Days in the uncertain span of a change are skipped;
    /// during an in-charge spell, naming nobody is right too.
    /// </summary>
    private static async Task AskWhoHeldItOnAsync(InMemorySuite suite, PostReport report, IReadOnlyList<TrueTerm> expected)
    {
        for (var month = DateOnly.Parse(WindowFrom, CultureInfo.InvariantCulture); month <= DateOnly.Parse(WindowTo, CultureInfo.InvariantCulture); month = month.AddMonths(1))
        {
            foreach (var day in new[] { month, month.AddDays(14) }.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            {
                var certain = expected.Where(t => t.CertainlyCovers(day)).ToList();
                if (certain.Count != 1 || expected.Any(t => t != certain[0] && t.PossiblyCovers(day, day)))
                {
                    continue;
                }
                var answer = await suite.TimelineClient.GetHoldersOnAsync(new GetHoldersOnRequest { Role = report.Post, Date = day });
                var named = answer.Items.Select(h => VietnameseText.MatchKey(h.Person)).Distinct().ToList();
                var right = (named.Count == 1 && named[0] == certain[0].PersonKey) || (named.Count == 0 && certain[0].Kind == "in-charge");
                report.DaysAsked++;
                if (!right)
                {
                    report.DaysWrong.Add((day, certain[0].Person, answer.Items.Select(h => $"{h.Person} ({h.Certainty})").ToList()));
                }
            }
        }
    }

    /// <summary>Sorts every sighting: undated, not judged, inside a term, outside the person's terms, of a person who never held the post.</summary>
    private static void Judge(PostReport report, IReadOnlyList<TrueTerm> truth)
    {
        var judgedFrom = truth.Min(t => t.StartLow)!;
        foreach (var sighting in report.Sightings)
        {
            if (sighting.Observation.Date is not { } date)
            {
                report.Undated++;
                continue;
            }
            var (low, high) = (DayRange.Low(date), DayRange.High(date));
            if (string.CompareOrdinal(high, judgedFrom) < 0 || string.CompareOrdinal(low, JudgedUntil) > 0)
            {
                report.NotJudged++;
                continue;
            }
            report.Judged++;
            var own = truth.Where(t => t.PersonKey == VietnameseText.MatchKey(sighting.Person)).ToList();
            var term = own.FirstOrDefault(t => t.PossiblyCovers(low, high));
            if (own.Count == 0)
            {
                report.NeverHeld.Add(sighting);
            }
            else if (term is null)
            {
                report.OutsideOwnTerm.Add(sighting);
            }
            else if (term.Kind == "acting" && !sighting.Acting && !own.Any(t => t.Kind == "holder" && t.PossiblyCovers(low, high)))
            {
                report.ActingNotMarked.Add(sighting);
            }
        }
    }

    /// <summary>The same people in the same order, the optional in-charge spells aside; a person may hold the post twice.</summary>
    private static bool SameSuccession(IReadOnlyList<string> actual, IReadOnlyList<TrueTerm> expected)
    {
        var required = Collapse(expected.Where(t => t.Kind != "in-charge").Select(t => t.PersonKey));
        return Collapse(actual).SequenceEqual(required);
    }

    /// <summary>Repeated neighbours as one: an in-charge spell followed by the full term is one tenure.</summary>
    private static List<string> Collapse(IEnumerable<string> keys)
    {
        var collapsed = new List<string>();
        foreach (var key in keys)
        {
            if (collapsed.Count == 0 || collapsed[^1] != key)
            {
                collapsed.Add(key);
            }
        }
        return collapsed;
    }

    /// <summary>Whether what the answer says of a holder (sightings or stated dates) touches the span.</summary>
    private static bool Overlaps(PositionHolder holder, string from, string to)
    {
        var start = Earliest(holder.StartedAt, holder.FirstSeen);
        var end = holder.EndedAt is null && holder.LastSeen is null ? null : Latest(holder.EndedAt, holder.LastSeen);
        return (start is not null || end is not null)
            && (start is null || string.CompareOrdinal(DayRange.Low(start), to) <= 0)
            && (end is null || string.CompareOrdinal(DayRange.High(end), from) >= 0);
    }

    private static string? Earliest(string? a, string? b) =>
        a is null ? b : b is null ? a : string.CompareOrdinal(DayRange.Low(a), DayRange.Low(b)) <= 0 ? a : b;

    private static string? Latest(string? a, string? b) =>
        a is null ? b : b is null ? a : string.CompareOrdinal(DayRange.High(a), DayRange.High(b)) >= 0 ? a : b;

    private void Print(PostReport report, IReadOnlyDictionary<string, CorpusArticle> articles)
    {
        output.WriteLine("");
        output.WriteLine($"== {report.Post}");
        output.WriteLine($"  truth over {WindowFrom}..{WindowTo}: {string.Join(" → ", report.Expected.Select(t => t.Kind == "holder" ? t.Person : $"{t.Person} ({t.Kind})"))}");
        output.WriteLine($"  answered holders over the window (order right: {report.OrderRight}; true holders in order: {report.TrueHoldersOrderRight}; from the news alone: {report.NewsOrderRight}):");
        foreach (var h in report.Answered)
        {
            output.WriteLine($"    {h.Person}{(h.Acting ? " (acting)" : "")}: first seen {h.FirstSeen ?? "-"}, last seen {h.LastSeen ?? "-"}, " +
                $"started {h.StartedAt ?? "-"}, ended {h.EndedAt ?? "-"}; known from {h.KnownFrom}; {h.Conflicts.Count} conflicts noted");
        }
        var perPerson = report.Sightings.GroupBy(s => s.Person)
            .Select(g => $"{g.Key} {g.Count()}{(g.Any(s => s.Acting) ? $" ({g.Count(s => s.Acting)} acting)" : "")}");
        output.WriteLine($"  sightings: {report.Sightings.Count} ({string.Join(", ", perPerson)})");
        output.WriteLine($"  judged {report.Judged}; not judged (dated before the first true term here or after {JudgedUntil}) {report.NotJudged}; undated {report.Undated}");
        PrintSightings("true holders seen outside their term", report.OutsideOwnTerm, articles);
        PrintSightings("people who never held the post", report.NeverHeld, articles);
        output.WriteLine($"  asked who held it on {report.DaysAsked} days: right on {report.DaysAsked - report.DaysWrong.Count}");
        foreach (var (day, trueHolder, named) in report.DaysWrong.Take(ExamplesShown * 2))
        {
            output.WriteLine($"    {day}: truly {trueHolder}; answered {(named.Count == 0 ? "nobody" : string.Join(", ", named))}");
        }
        foreach (var holder in report.StartsContradicted)
        {
            output.WriteLine($"  start contradicts the truth: {holder.Person} started {holder.StartedAt}");
        }
        if (report.Expected.Any(t => t.Kind == "acting"))
        {
            output.WriteLine($"  acting holder marked acting in the answer: {report.ActingHoldersMarked}; supported by news sightings: {report.ActingHoldersSeen}");
            PrintSightings("sightings in the acting term not marked acting", report.ActingNotMarked, articles);
        }
    }

    private void PrintSightings(string what, IReadOnlyList<Sighting> sightings, IReadOnlyDictionary<string, CorpusArticle> articles)
    {
        output.WriteLine($"  {what}: {sightings.Count} in {sightings.Select(s => s.Observation.DocumentId).Distinct().Count()} documents");
        foreach (var group in sightings.GroupBy(s => s.Person).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"    {group.Key}: {group.Count()}");
            foreach (var s in group.DistinctBy(s => s.Observation.DocumentId).OrderBy(s => s.Observation.Date, StringComparer.Ordinal).Take(ExamplesShown))
            {
                var article = articles.GetValueOrDefault(s.Observation.DocumentId);
                output.WriteLine($"      dated {s.Observation.Date} ({s.Observation.DateBasis}); published {article?.Published ?? "?"} {article?.Url ?? s.Observation.DocumentId}");
                output.WriteLine($"        \"{Trimmed(s.Observation.Quote)}\"");
            }
        }
    }

    private static string Trimmed(string quote) => quote.Length <= 150 ? quote : quote[..147] + "...";

    private sealed record Sighting(string Person, bool Acting, RoleObservation Observation);

    private sealed class PostReport(string post, IReadOnlyList<PositionHolder> answered, IReadOnlyList<TrueTerm> expected, IReadOnlyList<Sighting> sightings)
    {
        public string Post { get; } = post;
        public IReadOnlyList<PositionHolder> Answered { get; } = answered;
        public IReadOnlyList<TrueTerm> Expected { get; } = expected;
        public IReadOnlyList<Sighting> Sightings { get; } = sightings;
        public List<Sighting> OutsideOwnTerm { get; } = [];
        public List<Sighting> NeverHeld { get; } = [];
        public List<Sighting> ActingNotMarked { get; } = [];
        public List<PositionHolder> StartsContradicted { get; } = [];
        public int DaysAsked { get; set; }
        public List<(string Day, string TrueHolder, List<string> Named)> DaysWrong { get; } = [];
        public int Judged { get; set; }
        public int NotJudged { get; set; }
        public int Undated { get; set; }
        public bool OrderRight { get; set; }
        public bool TrueHoldersOrderRight { get; set; }
        public bool NewsOrderRight { get; set; }
        public bool ActingHoldersMarked { get; set; }
        public bool ActingHoldersSeen { get; set; }
    }
}

/// <summary>One article of ../shared/corpus/trends-politics.json.</summary>
public sealed record CorpusArticle(string Url, string Published, string Text)
{
    /// <summary>The corpus beside the checkout, or null when it is not there.</summary>
    public static IReadOnlyList<CorpusArticle>? LoadOrNull()
    {
        var file = RepositoryRoot.Shared is { } shared ? Path.Combine(shared, "corpus", "trends-politics.json") : null;
        if (file is null || !File.Exists(file))
        {
            return null;
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        return json.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => new CorpusArticle(a.GetProperty("url").GetString()!, a.GetProperty("published").GetString()!, a.GetProperty("text").GetString()!))
            .ToList();
    }
}

/// <summary>
/// One true term of office, from Data/top-post-terms.csv. Its start and end may be spans ("a..b":
/// the change happened somewhere in it), kept as their earliest and latest days.
/// </summary>
public sealed record TrueTerm(string Post, string Person, string StartLow, string StartHigh, string? EndLow, string? EndHigh, string Kind)
{
    public string PostKey { get; } = Positions.Key(Post);

    public string PersonKey { get; } = VietnameseText.MatchKey(Person);

    /// <summary>Whether a sighting dated somewhere in [low, high] may fall in the term.</summary>
    public bool PossiblyCovers(string low, string high) =>
        string.CompareOrdinal(high, StartLow) >= 0 && (EndHigh is null || string.CompareOrdinal(low, EndHigh) <= 0);

    /// <summary>Whether the term surely covers the day, whatever the uncertain bounds.</summary>
    public bool CertainlyCovers(string day) =>
        string.CompareOrdinal(day, StartHigh) >= 0 && (EndLow is null || string.CompareOrdinal(day, EndLow) < 0);

    /// <summary>Whether a start date, at its precision, may be the true start.</summary>
    public bool StartMayBe(string date) =>
        string.CompareOrdinal(DayRange.High(date), StartLow) >= 0 && string.CompareOrdinal(DayRange.Low(date), StartHigh) <= 0;

    public static IReadOnlyList<TrueTerm> Load(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split(',', 6))
            .Select(f => new TrueTerm(f[0], f[1],
                DayRange.Low(f[2].Split("..")[0]), DayRange.High(f[2].Split("..")[^1]),
                f[3].Length == 0 ? null : DayRange.Low(f[3].Split("..")[0]), f[3].Length == 0 ? null : DayRange.High(f[3].Split("..")[^1]), f[4]))
            .ToList();
}

/// <summary>The first and last day an ISO date at year, month or day precision may mean.</summary>
public static class DayRange
{
    public static string Low(string date) => date.Length switch
    {
        4 => date + "-01-01",
        7 => date + "-01",
        _ => date,
    };

    public static string High(string date) => date.Length switch
    {
        4 => date + "-12-31",
        7 => $"{date}-{DateTime.DaysInMonth(int.Parse(date[..4]), int.Parse(date[5..7])):D2}",
        _ => date,
    };
}
