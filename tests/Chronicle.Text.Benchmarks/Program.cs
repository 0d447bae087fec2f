// Single-thread throughput of Chronicle's text work and entity extraction, in MB/s of UTF-8 input
// (MB = 1,000,000 bytes), on a corpus of real, varied articles (Corpus.cs). Rounds are interleaved:
// each round times every stage once, so a change in the machine's load (other processes on a
// shared machine) falls on all stages alike; the figure is the median over rounds. Usage:
//   dotnet run -c Release --project tests/Chronicle.Text.Benchmarks -- [--megabytes 8] [--rounds 5] [--own-articles-only] [--stages extraction,dates]
// (--own-articles-only leaves the shared folder's news out, to compare with figures measured before it was read;
// --stages times only the stages named). Each pass is also timed by the CPU the process spent on it: on a machine
// shared with other work the wall clock counts the waits for a core, the CPU time does not, so builds compared by
// MB per CPU second side by side tell apart what the wall clock cannot.
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Chronicle.Entities.Extraction;
using Chronicle.Text;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

const double BytesPerMegabyte = 1_000_000;
// Below this a pass lasts only a few milliseconds for the fast stages and timer and GC noise dominate.
const double MinimumMegabytes = 5;
// A warm-up pass that compiles fewer methods than this has let tiered compilation settle.
const int SettledMethodsPerPass = 20;
const int MaxWarmUpPasses = 8;

double megabytes = 8;
var rounds = 5;
var ownArticlesOnly = false;
HashSet<string>? only = null;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--own-articles-only":
            ownArticlesOnly = true;
            break;
        case "--stages" when value is not null:
            only = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            i++;
            break;
        case "--megabytes" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out megabytes) && megabytes >= MinimumMegabytes:
        case "--rounds" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out rounds) && rounds >= 1:
            i++;
            break;
        default:
            Console.Error.WriteLine($"Usage: [--megabytes N (at least {MinimumMegabytes}, default 8)] [--rounds N (at least 1, default 5)] [--own-articles-only] [--stages NAME,…]; could not use '{string.Join(' ', args.Skip(i).Take(2))}'.");
            return 2;
    }
}

#if DEBUG
Console.Error.WriteLine("Warning: a Debug build is not optimised; run with -c Release for figures that mean anything.");
#endif

var (originals, origin) = Corpus.Originals(includeShared: !ownArticlesOnly);
var documents = Corpus.Build(originals, (long)(megabytes * BytesPerMegabyte));
var inputMegabytes = documents.Sum(d => (long)d.Utf8Bytes) / BytesPerMegabyte;

// Extraction reads clean text, so its input is prepared outside the timing, as the entities
// service receives it from ingestion.
var articles = documents.Select(Clean).ToList();
var cleanMegabytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.CleanText)) / BytesPerMegabyte;

Console.WriteLine($".NET {RuntimeInformation.FrameworkDescription.Replace(".NET ", "", StringComparison.Ordinal)}, {RuntimeInformation.OSDescription}, " +
    $"{Environment.ProcessorCount} logical processors, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; one thread; " +
    $"{rounds} interleaved timed rounds after each stage's warm-up.");
Console.WriteLine(Invariant($"Corpus: {documents.Count:N0} documents, {inputMegabytes:F2} MB; {Math.Min(documents.Count, originals.Count):N0} distinct articles of {origin}") +
    (documents.Count > originals.Count ? Invariant($", then {documents.Count - originals.Count:N0} altered copies (years shifted, body paragraphs rotated).") : "."));
Console.WriteLine(Invariant($"  HTML: {documents.Count(d => d.IsHtml),6:N0} documents, {documents.Where(d => d.IsHtml).Sum(d => (long)d.Utf8Bytes) / BytesPerMegabyte,6:F2} MB"));
Console.WriteLine(Invariant($"  text: {documents.Count(d => !d.IsHtml),6:N0} documents, {documents.Where(d => !d.IsHtml).Sum(d => (long)d.Utf8Bytes) / BytesPerMegabyte,6:F2} MB"));
Console.WriteLine(Invariant($"  clean text after extraction: {cleanMegabytes:F2} MB (input of 'dates' and 'extraction')"));
Console.WriteLine();

// Each pass returns a number derived from its results so the work cannot be skipped as unused.
var stages = new List<Stage>
{
    new("clean", inputMegabytes, () => documents.Sum(d => (long)Clean(d).CleanText.Length)),
    new("normalise", inputMegabytes, () => documents.Sum(d => (long)VietnameseText.Normalize(d.Content).Length)),
    new("dates", cleanMegabytes, () => articles.Sum(a => Dates(a.CleanText))),
    new("clean+normalise+dates", inputMegabytes, () => documents.Sum(d => Dates(Clean(d).CleanText))),
    new("extraction", cleanMegabytes, () => articles.Sum(a => (long)ArticleAnalyzer.Analyze(a.Title, a.CleanText).Mentions.Count)),
};
if (only is not null)
{
    if (only.Except(stages.Select(s => s.Name)).ToList() is { Count: > 0 } unknown)
    {
        Console.Error.WriteLine($"Unknown stage(s): {string.Join(", ", unknown)}; the stages are {string.Join(", ", stages.Select(s => s.Name))}.");
        return 2;
    }
    stages.RemoveAll(s => !only.Contains(s.Name));
}
var results = Measure(stages);

Console.WriteLine($"{"stage",-22} {"input MB",9} {"median s",9} {"MB/s",9} {"min MB/s",9} {"max MB/s",9} {"MB/CPU s",9}");
foreach (var r in results)
{
    Console.WriteLine(Invariant($"{r.Stage,-22} {r.Megabytes,9:F2} {r.MedianSeconds,9:F3} {r.Megabytes / r.MedianSeconds,9:F2} {r.Megabytes / r.Seconds.Max(),9:F2} {r.Megabytes / r.Seconds.Min(),9:F2} {r.Megabytes / r.MedianCpuSeconds,9:F2}"));
}
Console.WriteLine();
// ArticleExtractor normalises its input itself, so 'clean' includes 'normalise' and the whole path
// is clean + dates, as ingestion runs it; the 'normalise' row shows that share on its own.
Console.WriteLine("'clean' includes normalisation (ArticleExtractor normalises its input); 'normalise' is that share alone.");
Console.WriteLine("'dates' = DateRecognizer.Find + AnchorDateResolver.Resolve without a publication date, on the clean text.");
return 0;

List<Result> Measure(IReadOnlyList<Stage> stages)
{
    // The warm-up lets tiered compilation reach its optimised code before any pass is timed. One pass is not enough
    // for extraction: its hundreds of patterns and readers go through several tiers (dynamic PGO instruments a
    // method before it optimises it), and the background compiler stayed busy through the first timed rounds —
    // slower early code in MB/s, the compiler's own CPU in MB/CPU s. So each stage is warmed up until a pass compiles
    // few methods, at most MaxWarmUpPasses passes.
    var checksums = stages.Select(stage =>
    {
        long checksum = 0, compiled = 0;
        var pass = 0;
        while (pass < MaxWarmUpPasses)
        {
            var before = JitInfo.GetCompiledMethodCount();
            checksum = stage.Pass();
            pass++;
            compiled = JitInfo.GetCompiledMethodCount() - before;
            if (compiled < SettledMethodsPerPass)
                break;
        }
        Console.Error.WriteLine($"Warmed up {stage.Name}: {pass} pass(es), the last compiling {compiled} methods.");
        return checksum;
    }).ToArray();
    var jitBefore = JitInfo.GetCompilationTime();
    var seconds = stages.Select(_ => new double[rounds]).ToArray();
    var cpuSeconds = stages.Select(_ => new double[rounds]).ToArray();
    // Bytes allocated by the passes: what the collector must later clear, a figure the machine's load does not move.
    var allocated = new long[stages.Count];
    // The collections the passes caused, by generation, and the time the runtime held the threads for them: the
    // collector's share of a pass, which a sampling profile cannot tell from its own suspensions.
    var collections = new long[stages.Count, 3];
    var paused = new TimeSpan[stages.Count];
    for (var round = 0; round < rounds; round++)
    {
        Console.Error.WriteLine($"Round {round + 1} of {rounds} …");
        for (var s = 0; s < stages.Count; s++)
        {
            // Collect outside the timing so that a pass does not pay for the garbage of the one before.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var collectionsBefore = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            var pausedBefore = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            var again = stages[s].Pass();
            seconds[s][round] = watch.Elapsed.TotalSeconds;
            allocated[s] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            paused[s] += GC.GetTotalPauseDuration() - pausedBefore;
            for (var generation = 0; generation < 3; generation++)
                collections[s, generation] += GC.CollectionCount(generation) - collectionsBefore[generation];
            cpuSeconds[s][round] = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            if (again != checksums[s])
                throw new InvalidOperationException($"{stages[s].Name}: a pass gave a different result ({again} after {checksums[s]}).");
        }
    }
    // What the compiler still did while passes were timed: near nothing once the warm-up has settled.
    Console.Error.WriteLine(Invariant($"Compilation during the timed rounds: {(JitInfo.GetCompilationTime() - jitBefore).TotalSeconds:F2} s."));
    for (var s = 0; s < stages.Count; s++)
    {
        Console.Error.WriteLine(Invariant($"Allocated by {stages[s].Name}: {allocated[s] / (double)rounds / BytesPerMegabyte / stages[s].Megabytes:F1} MB per input MB."));
        // A collection of generation 1 counts in generation 0's count too (and 2 in both), as the runtime counts them.
        Console.Error.WriteLine(Invariant($"Collections in {stages[s].Name}'s passes, per pass: {collections[s, 0] / (double)rounds:F1} (generation 0 and up), {collections[s, 1] / (double)rounds:F1} (1 and up), {collections[s, 2] / (double)rounds:F1} (2); paused for them {paused[s].TotalMilliseconds / rounds:F0} ms a pass, {100 * paused[s].TotalSeconds / seconds[s].Sum():F1} % of its time."));
    }
    return stages.Select((stage, s) => new Result(stage.Name, stage.Megabytes, seconds[s], cpuSeconds[s])).ToList();
}

static ExtractedArticle Clean(Document document) =>
    document.IsHtml ? ArticleExtractor.FromHtml(document.Content) : ArticleExtractor.FromText(document.Content);

// Every date in the text and the article's anchor, which is what ingestion stores.
static long Dates(string cleanText) =>
    DateRecognizer.Find(cleanText).Count + (AnchorDateResolver.Resolve(cleanText, publishedAt: null).Year ?? 0);

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

internal sealed record Stage(string Name, double Megabytes, Func<long> Pass);

/// <param name="CpuSeconds">The CPU the whole process spent during each pass (the collector's threads included).</param>
internal sealed record Result(string Stage, double Megabytes, double[] Seconds, double[] CpuSeconds)
{
    public double MedianSeconds => Median(Seconds);

    public double MedianCpuSeconds => Median(CpuSeconds);

    private static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
