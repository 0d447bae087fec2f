using System.Text.RegularExpressions;
using Chronicle.Text;
using Chronicle.Text.Articles;

namespace Chronicle.Text.ReaderBench;

/// <summary>One page's score. A refused page (no text) scores 0 unless its gold is empty too.</summary>
internal sealed record Score(double Precision, double Recall, bool Refused, bool Fallback)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static double MeanF1(IEnumerable<Score> scores) => scores.Select(s => s.F1).DefaultIfEmpty().Average();
    public static double MeanPrecision(IEnumerable<Score> scores) => scores.Select(s => s.Precision).DefaultIfEmpty().Average();
    public static double MeanRecall(IEnumerable<Score> scores) => scores.Select(s => s.Recall).DefaultIfEmpty().Average();
}

internal static partial class Scoring
{
    /// <summary>Shingles of this many words, as the public article-extraction benchmarks count.</summary>
    private const int ShingleWords = 4;

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Precision and recall of the extracted text's word 4-shingles against the gold's (counted with multiplicity).</summary>
    public static Score Shingles(ExtractedArticle article, string goldText)
    {
        var extracted = Count(article.CleanText);
        var gold = Count(goldText);
        var refused = article.CleanText.Trim().Length == 0;
        if (gold.Count == 0)
            return new Score(refused ? 1 : 0, 1, refused, article.MainTextFallback);
        var common = extracted.Sum(pair => Math.Min(pair.Value, gold.GetValueOrDefault(pair.Key)));
        var extractedTotal = extracted.Values.Sum();
        return new Score(extractedTotal == 0 ? 0 : (double)common / extractedTotal, (double)common / gold.Values.Sum(), refused, article.MainTextFallback);
    }

    /// <summary>
    /// Snippets as trafilatura's evaluation counts them: a 'with' snippet found is a true positive,
    /// missed a false negative; a 'without' snippet found is a false positive. Per page, precision
    /// and recall of these counts (1 when a page has nothing to count).
    /// </summary>
    public static Score Snippets(ExtractedArticle article, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        var text = Flat(article.CleanText);
        var found = with.Count(s => text.Contains(Flat(s), StringComparison.Ordinal));
        var wrong = without.Count(s => text.Contains(Flat(s), StringComparison.Ordinal));
        var precision = found + wrong == 0 ? (found + with.Count == 0 ? 1 : 0) : (double)found / (found + wrong);
        var recall = with.Count == 0 ? 1 : (double)found / with.Count;
        return new Score(precision, recall, text.Length == 0, article.MainTextFallback);
    }

    /// <summary>Whether the article's text holds the snippet, spacing aside.</summary>
    public static bool Contains(ExtractedArticle article, string snippet) =>
        Flat(article.CleanText).Contains(Flat(snippet), StringComparison.Ordinal);

    public static int Words(string text) => Word().Matches(text).Count;

    public static string Flat(string text) => Whitespace().Replace(VietnameseText.Normalize(text), " ").Trim();

    /// <summary>The lines of <paramref name="text"/> (of four words or more) whose shingles the other text mostly lacks.</summary>
    public static IEnumerable<string> MissedLines(string text, string other)
    {
        var otherShingles = Count(other);
        foreach (var line in text.Split('\n').Select(l => Whitespace().Replace(l, " ").Trim()))
        {
            var shingles = Count(line);
            if (Word().Matches(line).Count < ShingleWords)
                continue;
            var found = shingles.Sum(pair => Math.Min(pair.Value, otherShingles.GetValueOrDefault(pair.Key)));
            if (found * 2 < shingles.Values.Sum())
                yield return line;
        }
    }

    private static Dictionary<string, int> Count(string text)
    {
        var words = Word().Matches(VietnameseText.Normalize(text).ToLowerInvariant()).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
            return counts;
        for (var i = 0; i + ShingleWords <= Math.Max(words.Count, ShingleWords); i++)
        {
            var shingle = string.Join(' ', words.Skip(i).Take(ShingleWords));
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }
        return counts;
    }
}
