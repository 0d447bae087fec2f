using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Text.Articles;

/// <summary>Reads the main block of an HTML page as paragraphs, and its title.</summary>
internal static partial class HtmlArticleReader
{
    /// <summary>Elements whose text is never article text.</summary>
    private const string NonContent = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, object, embed";

    /// <summary>Elements that start a new paragraph.</summary>
    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "figure", "figcaption", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "address", "hr", "br", "center",
    ];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>' | Site name' or ' - Site name' after the headline in &lt;title&gt;.</summary>
    [GeneratedRegex(@"\s+[|–—-]\s+[^|–—-]{1,60}$")]
    private static partial Regex SiteNameSuffix();

    public static HtmlReading Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = HeadlineOf(document);
        var language = PageLanguage.Of(document);
        // Read before furniture goes: templates print the date line in a 'date' box, often in the <header>.
        var dateLine = PageFurniture.DateLine(document, Clean);
        // Found before anything is dropped: outlets print the lead inside their <header>.
        var lead = PageFurniture.Lead(document);
        foreach (var element in document.QuerySelectorAll(NonContent).ToList())
            element.Remove();
        PageFurniture.Remove(document);
        var root = MainBlock(document);
        var paragraphs = new List<string>();
        if (root is not null)
            CollectParagraphs(root, new StringBuilder(), paragraphs, isRoot: true);
        if (lead is not null && (root is null || !root.Contains(lead)))
        {
            var text = Clean(lead.TextContent);
            if (!paragraphs.Contains(text))
                paragraphs.Insert(0, text);
        }
        return new HtmlReading(title, paragraphs, dateLine, Byline: null, language);
    }

    /// <summary>
    /// The page's readable text when no main block gave any: the densest run of paragraphs once
    /// only scripts, forms and navigation are gone (not the template rules), else every block of
    /// the body that reads as prose (a sentence or eight words), else every block with text.
    /// </summary>
    public static IReadOnlyList<string> DensestText(string html)
    {
        // Some pages print the whole story inside a <header>, a <form> or even a <noscript>: those
        // count when nothing else has text.
        foreach (var dropped in new[] { NonContent, NeverText })
        {
            var document = new HtmlParser().ParseDocument(html);
            foreach (var element in document.QuerySelectorAll(dropped).ToList())
                element.Remove();
            var root = MainBlock(document);
            if (root is not null && root != document.Body && ParagraphsOf(root) is { Count: > 0 } densest)
                return densest;
            var paragraphs = document.Body is { } body ? ParagraphsOf(body) : [];
            var prose = paragraphs.Where(ReadsAsProse).ToList();
            if (paragraphs.Count > 0)
                return prose.Count > 0 ? prose : paragraphs;
        }
        return [];
    }

    private static List<string> ParagraphsOf(IElement root)
    {
        var paragraphs = new List<string>();
        CollectParagraphs(root, new StringBuilder(), paragraphs, isRoot: true);
        return paragraphs;
    }

    /// <summary>Elements whose text is never text a person reads.</summary>
    private const string NeverText = "script, style, template, svg, select, object, embed";

    private const int ProseWords = 8;

    private static bool ReadsAsProse(string paragraph) =>
        paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= ProseWords
        || (paragraph.Length >= 40 && paragraph.TrimEnd().EndsWith('.'));

    /// <summary>
    /// The article's &lt;h1&gt; (read before headers are dropped), else &lt;title&gt; without the site name.
    /// A page with several &lt;h1&gt; (the site's or a section's name beside the story's) has as headline
    /// the one whose words its &lt;title&gt; or og:title repeats most.
    /// </summary>
    internal static string? HeadlineOf(IDocument document)
    {
        var heading = document.QuerySelector("article h1") ?? document.QuerySelector("h1");
        var text = Clean(heading?.TextContent ?? "");
        var pageTitle = Clean(document.Title ?? "");
        if (text.Length > 0)
            return RepeatedByPageTitle(document, text, pageTitle);
        return pageTitle.Length > 0 ? SiteNameSuffix().Replace(pageTitle, "") : null;
    }

    private static string RepeatedByPageTitle(IDocument document, string first, string pageTitle)
    {
        var headings = document.QuerySelectorAll("h1").Select(h => Clean(h.TextContent)).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (headings.Count < 2)
            return first;
        // The site's name closes the <title> ('… - Yahoo'): the title without it, and og:title, are the story's headline.
        var declared = new[] { SiteNameSuffix().Replace(pageTitle, ""), Clean(document.QuerySelector("meta[property='og:title' i]")?.GetAttribute("content") ?? "") }
            .Select(HeadingWords).Where(w => w.Count > 0).ToList();
        if (declared.Count == 0)
            return first;
        double Covered(string heading)
        {
            var words = HeadingWords(heading);
            return declared.Max(title => (double)title.Count(words.Contains) / title.Count);
        }
        var best = headings.MaxBy(Covered)!;
        return Covered(best) > Covered(first) ? best : first;
    }

    private static HashSet<string> HeadingWords(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ':', ';', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')', '|', '-', '–', '—'))
            .Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    /// <summary>The &lt;article&gt; with most paragraph text, else the element whose own paragraphs hold most text.</summary>
    private static IElement? MainBlock(IDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .Select(a => (Element: a, Score: a.QuerySelectorAll("p, figcaption").Sum(p => p.TextContent.Length)))
            .Where(a => a.Score > 0)
            .OrderByDescending(a => a.Score)
            .Select(a => a.Element)
            .FirstOrDefault();
        if (article is not null)
            return article;
        var densest = document.QuerySelectorAll("p")
            .GroupBy(p => p.ParentElement)
            .Where(g => g.Key is not null)
            .Select(g => (Element: g.Key!, Score: g.Sum(p => p.TextContent.Length)))
            .OrderByDescending(g => g.Score)
            .Select(g => g.Element)
            .FirstOrDefault();
        // Templates wrap each run of paragraphs in its own row between photos and boxes: climb to
        // the ancestor that holds clearly more of the page's paragraph text.
        var ancestor = densest?.ParentElement;
        for (var level = 0; densest is not null && ancestor is { LocalName: not ("body" or "html") } && level < MaxClimb; level++, ancestor = ancestor.ParentElement)
        {
            if (ParagraphText(ancestor) >= ParagraphText(densest) * ClimbGain)
                densest = ancestor;
        }
        return densest ?? document.Body;
    }

    private const int MaxClimb = 4;
    private const double ClimbGain = 1.2;

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    internal static void CollectParagraphs(INode node, StringBuilder current, List<string> paragraphs, bool isRoot = false)
    {
        if (node is IText text)
        {
            current.Append(text.Data);
            return;
        }
        if (node is not IElement element)
            return; // comments, processing instructions
        var isBlock = !isRoot && BlockTags.Contains(element.LocalName);
        if (isBlock)
            Flush(current, paragraphs);
        foreach (var child in element.ChildNodes)
            CollectParagraphs(child, current, paragraphs);
        if (isBlock || isRoot)
            Flush(current, paragraphs);
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = Clean(current.ToString());
        current.Clear();
        if (paragraph.Length > 0)
            paragraphs.Add(paragraph);
    }

    internal static string Clean(string text) => Whitespace().Replace(VietnameseText.Normalize(text), " ").Trim();
}
