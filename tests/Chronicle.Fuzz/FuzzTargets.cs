using Chronicle.Entities.Extraction;
using Chronicle.Text;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

namespace Chronicle.Fuzz;

/// <summary>The parsers under fuzzing. Each must return normally for every string.</summary>
public static class FuzzTargets
{
    private static readonly DateOnly SomePublicationDate = new(2022, 1, 15);

    public static IReadOnlyDictionary<string, Action<string>> All { get; } = new Dictionary<string, Action<string>>
    {
        ["html"] = Html,
        ["dates"] = Dates,
        ["titles"] = Titles,
    };

    public static void Html(string input)
    {
        ArticleExtractor.FromHtml(input);
        ArticleExtractor.FromText(input);
    }

    public static void Dates(string input)
    {
        // Both parsers document normalised text as their input; the pipeline always normalises first.
        var text = VietnameseText.Normalize(input);
        DateRecognizer.Find(text);
        AnchorDateResolver.Resolve(text, publishedAt: null);
        AnchorDateResolver.Resolve(text, SomePublicationDate);
    }

    public static void Titles(string input)
    {
        // TitleParser is internal; Analyze runs it over every sentence of the text.
        var text = VietnameseText.Normalize(input);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var title = newline < 0 ? text : text[..newline];
        ArticleAnalyzer.Analyze(title, text);
    }
}
