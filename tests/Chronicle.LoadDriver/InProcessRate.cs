using System.Diagnostics;
using System.Globalization;
using Chronicle.Entities.Extraction;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

/// <summary>
/// The rate of the libraries the suite runs per document — cleaning and the anchor date (what
/// ingestion derives), then extraction (what the entities service derives) — called in one
/// process, with no store and no network: the ceiling the end-to-end rate is compared with.
/// </summary>
/// <param name="OneThreadCpuMilliseconds">
/// The process's CPU time per document during the one-thread pass: on a shared machine the rates
/// follow its load, CPU time much less, so this is what the services' CPU per document compares with.
/// </param>
internal sealed record InProcessRate(int Documents, double OneThreadRate, double AllCoresRate, double OneThreadCpuMilliseconds)
{
    public static InProcessRate Measure(IReadOnlyList<string> texts)
    {
        // One warm-up pass over all of them, so the JIT (whose tiers keep compiling for a while
        // after the first calls) is not part of the figure: a short warm-up left the single-thread
        // figure, measured first, at less than half the per-thread rate of the parallel one.
        foreach (var text in texts)
        {
            Process(text);
        }
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var oneThread = Stopwatch.StartNew();
        long check = 0;
        foreach (var text in texts)
        {
            check += Process(text);
        }
        var oneThreadSeconds = oneThread.Elapsed.TotalSeconds;
        var oneThreadCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var allCores = Stopwatch.StartNew();
        var parallelCheck = texts.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount).Sum(text => (long)Process(text));
        var allCoresSeconds = allCores.Elapsed.TotalSeconds;
        if (parallelCheck != check)
        {
            throw new InvalidOperationException("The parallel pass found a different number of mentions than the single-thread one.");
        }
        return new InProcessRate(texts.Count, texts.Count / oneThreadSeconds, texts.Count / allCoresSeconds, oneThreadCpu.TotalMilliseconds / texts.Count);
    }

    /// <summary>What the services compute from one submitted text; answers the mention count so the work is used.</summary>
    private static int Process(string text)
    {
        var article = ArticleExtractor.FromText(text);
        var anchor = AnchorDateResolver.Resolve(article, publishedAt: null);
        return ArticleAnalyzer.Analyze(article.Title, article.CleanText, anchor).Mentions.Count;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"in one process (clean, anchor date, extraction; no store), the first {Documents} documents: {OneThreadRate:0.0} docs/s on one thread, {AllCoresRate:0.0} docs/s on {Environment.ProcessorCount}; cpu {OneThreadCpuMilliseconds:0.00} ms per document on one thread");
}

/// <summary>The peak resident memory of each watched process, sampled while the run lasts.</summary>
internal sealed class PeakMemory(IReadOnlyList<(string Name, int Pid)> processes)
{
    private readonly Dictionary<string, long> _peakKilobytes = processes.ToDictionary(p => p.Name, _ => 0L);

    public void Sample()
    {
        foreach (var (name, pid) in processes)
        {
            // VmHWM is the kernel's own peak; VmRSS the current figure, kept as a floor if VmHWM is missing.
            foreach (var field in new[] { "VmHWM:", "VmRSS:" })
            {
                if (Field(pid, field) is { } kilobytes && kilobytes > _peakKilobytes[name])
                {
                    _peakKilobytes[name] = kilobytes;
                }
            }
        }
    }

    private static long? Field(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public override string ToString() => _peakKilobytes.Count == 0
        ? "peak memory: no process watched (--watch name=pid,…)"
        : "peak resident memory: " + string.Join(", ", _peakKilobytes.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value / 1024.0:0} MB")));
}
