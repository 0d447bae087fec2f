using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Chronicle.Text;
using Chronicle.Text.Articles;

namespace Chronicle.Text.ReaderBench;

/// <summary>
/// For the tuning pages only: each reader's score and the signals that may tell which reader read
/// the page right (sizes, overlap, link text, the page's own article mark-up), one page a line, to
/// fit the choice between the readers on tuning pages and nowhere else.
/// </summary>
internal static partial class ChoiceFeatures
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static void Write(IEnumerable<LabelledPage> tuningPages, string setName, TextWriter output, bool header)
    {
        if (header)
            output.WriteLine("set\tpage\tf1own\tf1smart\tf1default\townWords\tsmartWords\townParas\tsmartParas\townTitle\tsmartTitle\townInSmart\tsmartInOwn\townLinks\tsmartLinks\tbodyWords\townCoversBody\tsmartCoversBody\townInBody\tsmartInBody\tarticleWords\townCoversArticle\tsmartCoversArticle\tdescWords\tpageWords");
        foreach (var page in tuningPages)
        {
            var own = page.Read(HtmlMainTextReader.Own);
            var smart = page.Read(HtmlMainTextReader.Readability);
            var chosen = page.Read(HtmlMainTextReader.Default);
            var document = new HtmlParser().ParseDocument(page.Content);
            var body = MarkupBody(page.Content, document);
            var article = document.QuerySelectorAll("article").Select(a => a.TextContent).OrderByDescending(t => t.Length).FirstOrDefault() ?? "";
            var description = document.QuerySelector("meta[property='og:description' i], meta[name='description' i]")?.GetAttribute("content") ?? "";
            var links = document.QuerySelectorAll("a").Select(a => Flat(a.TextContent)).Where(t => t.Split(' ').Length >= 2).ToHashSet(StringComparer.Ordinal);
            var title = chosen.Title;
            var values = new object[]
            {
                setName, page.Name, page.Score(own).F1, page.Score(smart).F1, page.Score(chosen).F1,
                Words(own.CleanText).Count, Words(smart.CleanText).Count,
                Paragraphs(own.CleanText), Paragraphs(smart.CleanText),
                TitleCoverage(title, own.CleanText), TitleCoverage(title, smart.CleanText),
                Inside(own.CleanText, smart.CleanText), Inside(smart.CleanText, own.CleanText),
                LinkShare(own.CleanText, links), LinkShare(smart.CleanText, links),
                Words(body).Count, Inside(body, own.CleanText), Inside(body, smart.CleanText), Inside(own.CleanText, body), Inside(smart.CleanText, body),
                Words(article).Count, Inside(article, own.CleanText), Inside(article, smart.CleanText),
                Words(description).Count, Words(document.Body?.TextContent ?? "").Count,
            };
            output.WriteLine(string.Join('\t', values.Select(v => v switch
            {
                double d => d.ToString("F3", CultureInfo.InvariantCulture),
                _ => Convert.ToString(v, CultureInfo.InvariantCulture),
            })));
        }
    }

    /// <summary>The page's own statement of its article body: JSON-LD articleBody, else the itemprop=articleBody element.</summary>
    private static string MarkupBody(string html, AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var best = "";
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var text in PageDescription.ArticleBodies(json.RootElement))
                    if (text.Length > best.Length)
                        best = text;
            }
            catch (JsonException)
            {
            }
        }
        if (best.Length > 0)
            return best;
        _ = html;
        return document.QuerySelector("[itemprop='articleBody' i]")?.TextContent ?? "";
    }

    private static List<string> Words(string text) => Word().Matches(VietnameseText.Normalize(text).ToLowerInvariant()).Select(m => m.Value).ToList();

    private static int Paragraphs(string text) => text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The share of the first text's distinct words that the second holds (1 for an empty first text).</summary>
    private static double Inside(string text, string other)
    {
        var words = Words(text).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
            return 1;
        var otherWords = Words(other).ToHashSet(StringComparer.Ordinal);
        return (double)words.Count(otherWords.Contains) / words.Count;
    }

    /// <summary>The share of the text's paragraphs' characters that are the text of a link on the page.</summary>
    private static double LinkShare(string text, HashSet<string> links)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(Flat).ToList();
        var total = paragraphs.Sum(p => p.Length);
        return total == 0 ? 0 : (double)paragraphs.Where(links.Contains).Sum(p => p.Length) / total;
    }

    /// <summary>The share of the headline's words of four letters or more in the text, as the extractor weighs it.</summary>
    private static double TitleCoverage(string title, string text)
    {
        var titleWords = Words(VietnameseText.Fold(title)).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        if (titleWords.Count < 2)
            return 0;
        var textWords = Words(VietnameseText.Fold(text)).ToHashSet(StringComparer.Ordinal);
        return (double)titleWords.Count(textWords.Contains) / titleWords.Count;
    }

    private static string Flat(string text) => string.Join(' ', VietnameseText.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
