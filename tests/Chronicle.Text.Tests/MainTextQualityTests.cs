using System.Text.RegularExpressions;
using Chronicle.Text;
using Chronicle.Text.Articles;
using Xunit.Abstractions;

namespace Chronicle.Text.Tests;

/// <summary>
/// Paragraph-level precision and recall of the main text on a labelled set of pages written for
/// this repository in the layouts of Vietnamese outlets (MainTextSet/: each page with a
/// .expected.txt listing its main-text paragraphs, captions once, one per line).
/// </summary>
public sealed partial class MainTextQualityTests(ITestOutputHelper output)
{
    private const double Required = 0.95;

    private static readonly string SetDirectory = Path.Combine(AppContext.BaseDirectory, "MainTextSet");

    private static IEnumerable<string> LabelledPages() =>
        Directory.GetFiles(SetDirectory).Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [Fact]
    public void The_labelled_set_has_at_least_twenty_pages() => Assert.True(LabelledPages().Count() >= 20);

    [Fact]
    public void Main_text_paragraphs_are_found_with_precision_and_recall_of_at_least_095()
    {
        var (found, expected, matched) = (0, 0, 0);
        foreach (var page in LabelledPages())
        {
            var score = Score(page);
            found += score.Found;
            expected += score.Expected;
            matched += score.Matched;
            output.WriteLine($"{Path.GetFileName(page),-70} P {Ratio(score.Matched, score.Found):F3}  R {Ratio(score.Matched, score.Expected):F3}");
            foreach (var extra in score.Extra)
                output.WriteLine($"    + {Short(extra)}");
            foreach (var missing in score.Missing)
                output.WriteLine($"    - {Short(missing)}");
        }
        var precision = Ratio(matched, found);
        var recall = Ratio(matched, expected);
        var summary = $"Main text over {LabelledPages().Count()} pages: {expected} labelled paragraphs, {found} extracted, {matched} matched; " +
            $"precision {precision:F3}, recall {recall:F3}, F1 {2 * precision * recall / (precision + recall):F3}";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(precision >= Required && recall >= Required, summary);
    }

    private sealed record PageScore(int Found, int Expected, int Matched, List<string> Missing, List<string> Extra);

    private static PageScore Score(string page)
    {
        var content = File.ReadAllText(page);
        var article = page.EndsWith(".html", StringComparison.Ordinal) ? ArticleExtractor.FromHtml(content) : ArticleExtractor.FromText(content);
        var extracted = article.CleanText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(Key).ToList();
        var labelled = File.ReadAllLines(Path.ChangeExtension(page, ".expected.txt")).Where(l => l.Trim().Length > 0).Select(Key).ToList();

        // Multiset matching: a paragraph kept twice counts once as matched and once as extra.
        var unmatched = labelled.ToList();
        var extra = new List<string>();
        foreach (var paragraph in extracted)
        {
            if (!unmatched.Remove(paragraph))
                extra.Add(paragraph);
        }
        return new PageScore(extracted.Count, labelled.Count, extracted.Count - extra.Count, unmatched, extra);
    }

    /// <summary>Compared as a reader sees them: normalised, whitespace collapsed, case and diacritics kept.</summary>
    private static string Key(string paragraph) => Spaces().Replace(VietnameseText.Normalize(paragraph), " ").Trim();

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string Short(string text) => text.Length <= 110 ? text : text[..110] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
