using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Entities.Extraction;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

// Audit of events and legal documents on real articles the rules were not tuned on.
// Usage: dotnet run --project tests/Chronicle.EventAudit -- <corpus.json> <dev-articles-dir> [seed] [events] [documents] [misses]
// The corpus's articles whose address is one of the annotated dev articles are left out, so that
// what is judged here is text the rules have never been fitted to.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: <corpus.json> <dev-articles-dir> [seed] [events] [documents] [misses]");
    return 2;
}
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
var eventSample = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50;
var documentSample = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 30;
var missSample = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 30;

// EVENT_AUDIT_ONLY=<file of addresses>: read only those articles and print every answer (for a gold sample's misses).
var only = Environment.GetEnvironmentVariable("EVENT_AUDIT_ONLY") is { Length: > 0 } onlyFile
    ? File.ReadAllLines(onlyFile).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
    : null;
if (only is not null)
{
    eventSample = documentSample = int.MaxValue;
}
var devUrls = Directory.GetFiles(args[1], "*.json")
    .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("url").GetString())
    .Where(u => u is not null)
    .Select(u => u!)
    .ToHashSet(StringComparer.Ordinal);

using var corpus = JsonDocument.Parse(File.ReadAllText(args[0]));
var articles = corpus.RootElement.GetProperty("articles").EnumerateArray()
    .Select(a => (Url: a.GetProperty("url").GetString() ?? "", Published: a.GetProperty("published").GetString(), Text: a.GetProperty("text").GetString() ?? ""))
    .Where(a => !devUrls.Contains(a.Url) && (only is null || only.Contains(a.Url)))
    .ToList();

var events = new List<(int Article, string Line)>();
var documents = new List<(int Article, string Line)>();
var misses = new List<(int Article, string Line)>();
var withoutEvent = new List<(int Article, string Line)>();
var eventCount = 0;
for (var i = 0; i < articles.Count; i++)
{
    var (url, published, body) = articles[i];
    var extracted = ArticleExtractor.FromText(body);
    var clean = extracted.CleanText;
    var anchor = AnchorDateResolver.Resolve(clean,
        published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), url);
    var result = ArticleAnalyzer.Analyze(extracted.Title, clean, anchor);
    if (only is not null)
        Console.WriteLine($"[{i}] {url} anchor={anchor.ToIso()}");
    // As the entities service hands them on: an event without a date of its own only when it is the main one.
    var kept = result.Events.Where(e => e.IsMainEvent || e.Date?.Iso is not null).ToList();
    eventCount += kept.Count;
    // An article with no event at all: its lead is where a missed report stands.
    if (kept.Count == 0)
        withoutEvent.Add((i, $"[{i}] anchor={anchor.ToIso()} {extracted.Title}\n    « {Sentence(clean, new TextSpan(0, Math.Min(clean.Length, 400)))} »"));
    foreach (var e in kept)
    {
        events.Add((i, $"[{i}] {e.Name}\n    date={e.Date?.Iso ?? anchor.ToIso() + "(anchor)"} main={e.IsMainEvent} place={e.Place} org={e.Organizer} chair={e.Chair}\n    « {Sentence(clean, e.Evidence)} »"));
    }
    foreach (var d in result.LegalDocuments.DistinctBy(d => d.Identity))
    {
        documents.Add((i, $"[{i}] {d.Kind} | {d.Number} | date={d.Issued?.Iso} | issuer={d.Issuer}\n    « {Sentence(clean, d.Evidence)} »"));
    }
    // Sentences that date something to a day or a month and give no event: the candidate misses.
    var evidence = kept.Select(e => e.Evidence).ToList();
    foreach (var sentence in Sentences(clean))
    {
        var dates = DateRecognizer.Find(clean.Substring(sentence.Start, sentence.Length));
        if (!dates.Any(d => d.Granularity is DateGranularity.Day or DateGranularity.Month))
            continue;
        if (evidence.Any(e => e.Start < sentence.End && sentence.Start < e.End))
            continue;
        // An event of the same day told elsewhere: the sentence may retell it, or its own deed was dropped as a retelling.
        var days = dates.Select(d => ContextDates.Resolve(d, anchor)?.Iso).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sameDay = kept.FirstOrDefault(e => e.Date?.Iso is { } iso && days.Contains(iso));
        var tag = sameDay is null ? "new-day" : $"same-day '{sameDay.Name}'";
        misses.Add((i, $"[{i}] anchor={anchor.ToIso()} {tag} « {Sentence(clean, sentence)} »"));
    }
}

Console.WriteLine($"articles={articles.Count} (dev excluded: {devUrls.Count}) events={eventCount} documents={documents.Count} dated sentences without event={misses.Count} articles without event={withoutEvent.Count} seed={seed}");
Print("EVENTS", events, eventSample, seed);
Print("DOCUMENTS", documents, documentSample, seed + 1);
Print("CANDIDATE MISSES", misses, missSample, seed + 2);
Print("ARTICLES WITHOUT EVENT", withoutEvent, missSample, seed + 3);
return 0;

static void Print(string heading, List<(int Article, string Line)> items, int count, int seed)
{
    Console.WriteLine($"\n===== {heading} ({Math.Min(count, items.Count)} of {items.Count}) =====");
    var random = new Random(seed);
    foreach (var (_, line) in items.OrderBy(_ => random.Next()).Take(count).OrderBy(x => x.Article))
        Console.WriteLine(line);
}

static string Sentence(string text, TextSpan span)
{
    var words = text.Substring(span.Start, span.Length).Replace('\n', ' ');
    return words.Length > 400 ? words[..400] + "…" : words;
}

// A plain split on sentence ends and line breaks: enough to find the dated sentences.
static IEnumerable<TextSpan> Sentences(string text)
{
    var start = 0;
    foreach (Match end in SentenceEnd().Matches(text))
    {
        if (end.Index > start)
            yield return new TextSpan(start, end.Index + 1);
        start = end.Index + end.Length;
    }
    if (start < text.Length)
        yield return new TextSpan(start, text.Length);
}

internal partial class Program
{
    [GeneratedRegex(@"[.!?](?=\s+\p{Lu})|\n+")]
    private static partial Regex SentenceEnd();
}
