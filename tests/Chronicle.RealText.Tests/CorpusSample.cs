using System.Text.Json;
using Chronicle.Testing;

namespace Chronicle.RealText.Tests;

/// <summary>
/// Real gold beside dev-real: articles of ../shared/corpus/trends-politics.json whose facts the team
/// read by hand without looking at the extractor's answers (facts only, no text of the articles; the
/// articles themselves are read from ../shared). Two sets:
/// <list type="bullet">
/// <item>the sample (Data/corpus-sample.json), a tuning set whose misses are printed; its first
/// figure, taken before any rule was written for it, is kept in docs/quality.md;</item>
/// <item>the second sample (Data/corpus-sample2.json), forty more articles read the same way by
/// another reader; its first figure was taken before any rule was written from it;</item>
/// <item>the third sample (Data/corpus-sample3.json), forty more articles read the same way by a reader who
/// never saw the extractor; its first figure was taken before any rule was written from it;</item>
/// <item>the fourth sample (Data/corpus-sample4.json), forty more articles read the same way, away from the
/// hold-out and from every dev-real article; its first figure was printed in totals only, before any rule
/// was written from it;</item>
/// <item>the hold-out (Data/corpus-holdout.json): corpus articles at positions 5, 13, 21 … (every
/// eighth) that no rule is written from. Only its totals are ever printed.</item>
/// </list>
/// </summary>
public static class CorpusSample
{
    /// <summary>The sample's gold file; CHRONICLE_CORPUS_SAMPLE may name another copy of it.</summary>
    public static string SampleFile =>
        Environment.GetEnvironmentVariable("CHRONICLE_CORPUS_SAMPLE") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "Data", "corpus-sample.json");

    /// <summary>The second sample's gold file; CHRONICLE_CORPUS_SAMPLE2 may name another copy of it.</summary>
    public static string SecondSampleFile =>
        Environment.GetEnvironmentVariable("CHRONICLE_CORPUS_SAMPLE2") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "Data", "corpus-sample2.json");

    /// <summary>The third sample's gold file; CHRONICLE_CORPUS_SAMPLE3 may name another copy of it.</summary>
    public static string ThirdSampleFile =>
        Environment.GetEnvironmentVariable("CHRONICLE_CORPUS_SAMPLE3") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "Data", "corpus-sample3.json");

    /// <summary>The fourth sample's gold file; CHRONICLE_CORPUS_SAMPLE4 may name another copy of it.</summary>
    public static string FourthSampleFile =>
        Environment.GetEnvironmentVariable("CHRONICLE_CORPUS_SAMPLE4") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "Data", "corpus-sample4.json");

    /// <summary>The hold-out's gold file; CHRONICLE_CORPUS_HOLDOUT may name another copy of it.</summary>
    public static string HoldoutFile =>
        Environment.GetEnvironmentVariable("CHRONICLE_CORPUS_HOLDOUT") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "Data", "corpus-holdout.json");

    /// <summary>The sample's articles and gold facts, or null when the corpus or the gold file is missing.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? Load() => Load(SampleFile, "S");

    /// <summary>The second sample's articles and gold facts, or null when the corpus or the gold file is missing.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadSecond() => Load(SecondSampleFile, "T");

    /// <summary>The third sample's articles and gold facts, or null when the corpus or the gold file is missing.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadThird() => Load(ThirdSampleFile, "U");

    /// <summary>The fourth sample's articles and gold facts, or null when the corpus or the gold file is missing.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadFourth() => Load(FourthSampleFile, "V");

    /// <summary>
    /// Addresses of every article of the samples whose misses the test prints in full (the first three).
    /// The corpus holds the dev-real articles too, so an untouched dev-real article may have been read
    /// fact by fact there; <see cref="RealTextQualityTests"/> scores those apart.
    /// </summary>
    public static IReadOnlySet<string> TuningSampleUrls()
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { SampleFile, SecondSampleFile, ThirdSampleFile }.Where(File.Exists))
        {
            using var sample = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var entry in sample.RootElement.GetProperty("articles").EnumerateArray())
                urls.Add(entry.GetProperty("url").GetString()!);
        }
        return urls;
    }

    /// <summary>The hold-out's articles and gold facts, or null when the corpus or the gold file is missing.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadHoldout() => Load(HoldoutFile, "H");

    private static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? Load(string goldFile, string idPrefix)
    {
        if (RepositoryRoot.Shared is not { } shared || !File.Exists(goldFile))
            return null;
        var corpusFile = Path.Combine(shared, "corpus", "trends-politics.json");
        if (!File.Exists(corpusFile))
            return null;

        using var corpus = JsonDocument.Parse(File.ReadAllText(corpusFile));
        var texts = corpus.RootElement.GetProperty("articles").EnumerateArray()
            .GroupBy(a => a.GetProperty("url").GetString() ?? "")
            .ToDictionary(g => g.Key, g => g.First().GetProperty("text").GetString() ?? "", StringComparer.Ordinal);

        using var sample = JsonDocument.Parse(File.ReadAllText(goldFile));
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = new List<RealArticle>();
        foreach (var entry in sample.RootElement.GetProperty("articles").EnumerateArray())
        {
            var url = entry.GetProperty("url").GetString()!;
            if (!texts.TryGetValue(url, out var text))
                throw new InvalidDataException($"{goldFile}: article {url} is not in the corpus.");
            var id = $"{idPrefix}{articles.Count + 1:00}";
            ids[url] = id;
            var published = DevReal.String(entry, "published");
            articles.Add(new RealArticle(id, url, published, published, text));
        }

        var gold = sample.RootElement.GetProperty("facts").EnumerateArray()
            .Select(fact => DevReal.ReadFact(fact, ids[fact.GetProperty("article").GetString()!], quote: ""))
            .ToList();
        return (articles, gold);
    }
}
