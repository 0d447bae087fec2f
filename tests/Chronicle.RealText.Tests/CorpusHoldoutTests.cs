using System.Text.Json;
using Chronicle.Testing;
using Xunit.Abstractions;

namespace Chronicle.RealText.Tests;

/// <summary>
/// The corpus hold-out (<see cref="CorpusSample.LoadHoldout"/>): scored and printed as totals only,
/// never fact by fact, so no rule is ever written from it. It has no ratchet on purpose: a figure no
/// one may tune towards must be free to fall, and a fall is the news it exists to tell. Without
/// ../shared or the gold file the test is skipped, never passed.
/// </summary>
public sealed class CorpusHoldoutTests(ITestOutputHelper output)
{
    /// <summary>The hold-out is every eighth corpus article from position 5; the rule for those who tune is to leave them alone.</summary>
    private const int Stride = 8;
    private const int FirstPosition = 5;

    [SkippableFact]
    public void Corpus_holdout_is_scored_in_totals_only()
    {
        var holdout = CorpusSample.LoadHoldout();
        Skip.If(holdout is null, "../shared/corpus or the hold-out's gold file is missing: the corpus hold-out is not measured.");
        var (articles, gold) = holdout!.Value;
        var readings = articles.Select(ArticleReading.Of).ToList();
        RealTextQualityTests.Print(output, "corpus hold-out", readings.Select(r => RealTextScoring.Score(r, gold)).ToList(), details: false);
        RealTextQualityTests.PrintCauses(output, "hold-out ", readings, gold);

        // Failures name ids only, so that not even a failing run prints the hold-out's text.
        Assert.NotEmpty(gold);
        var positions = CorpusPositions();
        var misplaced = articles.Where(a => positions[a.Url] % Stride != FirstPosition).Select(a => a.Id).ToList();
        Assert.True(misplaced.Count == 0, $"hold-out articles outside positions {FirstPosition} + {Stride}k of the corpus: {string.Join(", ", misplaced)}");
    }

    private static Dictionary<string, int> CorpusPositions()
    {
        using var corpus = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Shared!, "corpus", "trends-politics.json")));
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var article in corpus.RootElement.GetProperty("articles").EnumerateArray())
            positions.TryAdd(article.GetProperty("url").GetString() ?? "", position++);
        return positions;
    }
}
