using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Text.Articles;

/// <summary>
/// A third reading of a page that is not Vietnamese: each paragraph of the chosen text is weighed
/// on its shape (length, sentence ends, capitals, links), its place in the text and on the page
/// (first or last lines, inside a list item, a table cell, a footer, before the headline) and its
/// neighbours, by a logistic model trained on labelled pages of many sites
/// (<c>tests/Chronicle.Text.ReaderBench --page-blocks --train</c>); the paragraphs of the default
/// reader's text it takes for boilerplate go. No
/// word lists: rules fitted to the words of the tuning pages did not carry to other pages, shapes did.
/// </summary>
internal static class ParagraphClassifier
{
    /// <summary>The names of the features, in the order of <see cref="Features"/>.</summary>
    public static readonly string[] FeatureNames =
    [
        "log chars", "log words", "ends sentence", "sentence ends per word", "capitalised share", "digit share", "separator chars",
        "ends with colon", "headline words share",
        "first", "second", "last", "second last", "third last", "relative position", "words after share",
        "log chars before", "log chars after", "share of longest", "short neighbours",
        "own reader kept", "found on page", "link density", "whole element",
        "tag p", "tag li", "tag heading", "tag cell", "tag div", "tag quote",
        "in list", "in table", "in figure", "in footer", "in aside", "in nav", "in header", "in form", "in link", "in article",
        "depth off", "main parent", "before headline", "printed again", "default reader kept",
    ];

    public static int FeatureCount => FeatureNames.Length;

    /// <summary>The features of each paragraph of a text read from the page.</summary>
    /// <param name="paragraphs">The text's paragraphs in order.</param>
    /// <param name="html">The page (normalised), read again: the readers change their copy of it.</param>
    /// <param name="title">The headline.</param>
    /// <param name="ownText">The own reader's text of the page, or empty.</param>
    /// <param name="defaultText">The default reader's text when the paragraphs are all the page's blocks; null when they are that text.</param>
    /// <param name="weighed">The paragraphs whose features are wanted (the others get none, though they count as neighbours and place); null for all.</param>
    public static double[][] Features(IReadOnlyList<string> paragraphs, string html, string title, string ownText, string? defaultText = null, IReadOnlySet<string>? weighed = null)
        => Features(paragraphs, new HtmlParser().ParseDocument(html), title, ownText, defaultText, weighed);

    private static double[][] Features(IReadOnlyList<string> paragraphs, IDocument document, string title, string ownText, string? defaultText, IReadOnlySet<string>? weighed)
    {
        var flatDefault = defaultText?.Replace("\n\n", " ", StringComparison.Ordinal);
        var (located, printedAgain) = Locate(paragraphs, document);
        var headline = document.QuerySelector("article h1") ?? document.QuerySelector("h1");
        var titleWords = Words(title).Where(w => w.Length >= 4).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var flatOwn = ownText.Replace("\n\n", " ", StringComparison.Ordinal);
        var words = paragraphs.Select(p => Words(p).Length).ToList();
        var totalWords = Math.Max(1, words.Sum());
        var longest = Math.Max(1, paragraphs.Select(p => p.Length).DefaultIfEmpty().Max());
        var depths = located.Where(e => e is not null).Select(e => Depth(e!)).Order().ToList();
        var medianDepth = depths.Count == 0 ? 0 : depths[depths.Count / 2];
        // The element whose paragraphs hold most of the text's words: the story's own box.
        var mainParent = located.Select((e, i) => (Parent: e?.ParentElement, Words: words[i]))
            .Where(x => x.Parent is not null).GroupBy(x => x.Parent).MaxBy(g => g.Sum(x => x.Words))?.Key;
        var features = new double[paragraphs.Count][];
        var measured = new Dictionary<IElement, (double LinkDensity, int CleanLength)>();
        var wordsBefore = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i];
            if (weighed is not null && !weighed.Contains(text))
            {
                features[i] = [];
                wordsBefore += words[i];
                continue;
            }
            var paragraphWords = Words(text);
            var n = paragraphs.Count;
            var element = located[i];
            var f = new double[FeatureCount];
            var k = 0;
            f[k++] = Math.Log(1 + text.Length);
            f[k++] = Math.Log(1 + paragraphWords.Length);
            f[k++] = EndsSentence(text) ? 1 : 0;
            f[k++] = (double)text.Count(c => c is '.' or '!' or '?') / Math.Max(1, paragraphWords.Length);
            f[k++] = (double)paragraphWords.Count(w => char.IsUpper(w[0])) / Math.Max(1, paragraphWords.Length);
            f[k++] = (double)text.Count(char.IsDigit) / text.Length;
            f[k++] = text.Any(c => c is '|' or '•' or '»' or '›' or '·' or '/') ? 1 : 0;
            f[k++] = text.TrimEnd().EndsWith(':') ? 1 : 0;
            f[k++] = titleWords.Count == 0 ? 0 : (double)paragraphWords.Count(w => titleWords.Contains(w.ToLowerInvariant())) / Math.Max(1, paragraphWords.Length);
            f[k++] = i == 0 ? 1 : 0;
            f[k++] = i == 1 ? 1 : 0;
            f[k++] = i == n - 1 ? 1 : 0;
            f[k++] = i == n - 2 ? 1 : 0;
            f[k++] = i == n - 3 ? 1 : 0;
            f[k++] = n == 1 ? 0 : (double)i / (n - 1);
            f[k++] = (double)(totalWords - wordsBefore - words[i]) / totalWords;
            f[k++] = i == 0 ? 0 : Math.Log(1 + paragraphs[i - 1].Length);
            f[k++] = i == n - 1 ? 0 : Math.Log(1 + paragraphs[i + 1].Length);
            f[k++] = (double)text.Length / longest;
            f[k++] = (i == 0 || paragraphs[i - 1].Length < ShortLine) && (i == n - 1 || paragraphs[i + 1].Length < ShortLine) ? 1 : 0;
            f[k++] = flatOwn.Contains(text, StringComparison.Ordinal) ? 1 : 0;
            f[k++] = element is null ? 0 : 1;
            if (element is not null)
            {
                // Many lines of one box (lines split by <br>) share its element: its text is measured once.
                if (!measured.TryGetValue(element, out var measure))
                {
                    var elementText = element.TextContent;
                    measured[element] = measure = (element.QuerySelectorAll("a").Sum(a => a.TextContent.Length) / (double)Math.Max(1, elementText.Length),
                        HtmlArticleReader.Clean(elementText).Length);
                }
                f[k++] = Math.Min(1, measure.LinkDensity + (element.Closest("a") is null ? 0 : 1));
                f[k++] = measure.CleanLength <= text.Length + 5 ? 1 : 0;
                var tag = element.LocalName;
                f[k++] = tag == "p" ? 1 : 0;
                f[k++] = tag is "li" or "dd" or "dt" ? 1 : 0;
                f[k++] = tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? 1 : 0;
                f[k++] = tag is "td" or "th" ? 1 : 0;
                f[k++] = tag is "div" or "section" ? 1 : 0;
                f[k++] = tag == "blockquote" ? 1 : 0;
                f[k++] = element.Closest("ul, ol, dl") is null ? 0 : 1;
                f[k++] = element.Closest("table") is null ? 0 : 1;
                f[k++] = element.Closest("figure, figcaption") is null ? 0 : 1;
                f[k++] = element.Closest("footer") is null ? 0 : 1;
                f[k++] = element.Closest("aside") is null ? 0 : 1;
                f[k++] = element.Closest("nav") is null ? 0 : 1;
                f[k++] = element.Closest("header") is null ? 0 : 1;
                f[k++] = element.Closest("form") is null ? 0 : 1;
                f[k++] = element.Closest("a") is null ? 0 : 1;
                f[k++] = element.Closest("article, main") is null ? 0 : 1;
                f[k++] = Math.Min(5, Math.Abs(Depth(element) - medianDepth));
                f[k++] = element.ParentElement == mainParent ? 1 : 0;
                f[k++] = headline is not null && headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Preceding) ? 1 : 0;
                f[k++] = printedAgain[i] ? 1 : 0;
            }
            f[^1] = flatDefault is null || flatDefault.Contains(text, StringComparison.Ordinal) ? 1 : 0;
            features[i] = f;
            wordsBefore += words[i];
        }
        return features;
    }

    /// <summary>A line shorter than this is a label, a date, a name: not prose.</summary>
    private const int ShortLine = 60;

    /// <summary>The probability that the paragraph is boilerplate, by the trained trees.</summary>
    public static double Boilerplate(double[] features)
    {
        var inner = (1 << ParagraphModel.Depth) - 1;
        var z = ParagraphModel.Base;
        for (var tree = 0; tree < ParagraphModel.Leaves.Length >> ParagraphModel.Depth; tree++)
        {
            var node = 0;
            for (var level = 0; level < ParagraphModel.Depth; level++)
                node = 2 * node + (features[ParagraphModel.Features[tree * inner + node]] < ParagraphModel.Thresholds[tree * inner + node] ? 1 : 2);
            z += ParagraphModel.Leaves[(tree << ParagraphModel.Depth) + node - inner];
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// The default reader's text of a page that is not Vietnamese less the paragraphs the trees take
    /// for boilerplate; Vietnamese pages and the fall-back keep their text.
    /// </summary>
    /// <param name="article">The default reader's article.</param>
    /// <param name="html">The page, normalised.</param>
    /// <param name="ownText">The own reader's text of the page.</param>
    public static ExtractedArticle Filter(ExtractedArticle article, string html, string ownText)
    {
        if (article.Language == "vi" || article.MainTextFallback || article.CleanText.Length == 0 || ParagraphModel.FeatureCount != FeatureCount)
            return article;
        var paragraphs = article.CleanText.Split("\n\n");
        double[] boilerplate;
        if (ParagraphModel.PageBlocks)
        {
            // Weighed among the page's blocks, as trained: a paragraph without a block of the same text stays.
            // Only the blocks that are paragraphs of the default reader's text are weighed, so each is in
            // that text: no default text is passed, which gives the same feature without searching it.
            var document = new HtmlParser().ParseDocument(html);
            var blocks = PageBlocks(document);
            var blockFeatures = Features(blocks, document, article.Title, ownText, defaultText: null, paragraphs.ToHashSet(StringComparer.Ordinal));
            var blockIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < blocks.Count; i++)
                blockIndex.TryAdd(blocks[i], i);
            boilerplate = paragraphs.Select(p => blockIndex.TryGetValue(p, out var at) ? Boilerplate(blockFeatures[at]) : 0).ToArray();
        }
        else
        {
            boilerplate = Features(paragraphs, html, article.Title, ownText).Select(Boilerplate).ToArray();
        }
        var kept = Keep(paragraphs, boilerplate, ParagraphModel.Threshold, ParagraphModel.MaxDroppedShare);
        return kept.Count == paragraphs.Length ? article : article with { CleanText = string.Join("\n\n", kept) };
    }

    /// <summary>The paragraphs under the threshold, unless the ones over it hold more than the given share of the words.</summary>
    public static List<string> Keep(IReadOnlyList<string> paragraphs, IReadOnlyList<double> boilerplate, double threshold, double maxDroppedShare)
    {
        var words = paragraphs.Select(p => Words(p).Length).ToArray();
        var total = words.Sum();
        var dropped = words.Where((_, i) => boilerplate[i] > threshold).Sum();
        if (dropped > total * maxDroppedShare || dropped >= total)
            return paragraphs.ToList();
        return paragraphs.Where((p, i) => boilerplate[i] <= threshold).ToList();
    }

    /// <summary>Every block of text of the page, in order, as the readers cut paragraphs.</summary>
    public static List<string> PageBlocks(string html) => PageBlocks(new HtmlParser().ParseDocument(html));

    /// <summary>The blocks of the page, read from a copy of its body: the page itself stays whole for <see cref="Features"/>.</summary>
    private static List<string> PageBlocks(IDocument document)
    {
        var blocks = new List<string>();
        if (document.Body?.Clone(deep: true) is not IElement body)
            return blocks;
        foreach (var element in body.QuerySelectorAll("script, style, noscript, template").ToList())
            element.Remove();
        HtmlArticleReader.CollectParagraphs(body, new System.Text.StringBuilder(), blocks, isRoot: true);
        return blocks;
    }

    private static readonly HashSet<string> InlineTags =
    [
        "a", "span", "strong", "b", "em", "i", "u", "font", "small", "sup", "sub", "time", "abbr", "cite", "mark", "label", "big", "q", "s", "code",
    ];

    /// <summary>
    /// The block element each paragraph starts in, found by its first text on the page (the first
    /// text node whose text the paragraph starts with); null when none is found.
    /// </summary>
    /// <remarks>Also whether the page prints the paragraph's text twice or more (a teaser, a caption repeated, a box above and below).</remarks>
    private static (IElement?[] Located, bool[] PrintedAgain) Locate(IReadOnlyList<string> paragraphs, IDocument document)
    {
        var byFirstWord = new Dictionary<string, List<(string Text, IText Node)>>(StringComparer.Ordinal);
        if (document.Body is { } body)
        {
            foreach (var node in body.Descendants<IText>())
            {
                if (node.ParentElement is { LocalName: "script" or "style" or "template" })
                    continue;
                var text = HtmlArticleReader.Clean(node.Data);
                if (text.Length == 0)
                    continue;
                var first = FirstWord(text);
                if (!byFirstWord.TryGetValue(first, out var list))
                    byFirstWord[first] = list = [];
                list.Add((text, node));
            }
        }
        var located = new IElement?[paragraphs.Count];
        var printedAgain = new bool[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!byFirstWord.TryGetValue(FirstWord(paragraphs[i]), out var candidates))
                continue;
            foreach (var (text, node) in candidates)
            {
                if (paragraphs[i].StartsWith(text, StringComparison.Ordinal) || text.StartsWith(paragraphs[i], StringComparison.Ordinal))
                {
                    if (located[i] is not null)
                    {
                        printedAgain[i] |= text.Length * 2 >= paragraphs[i].Length;
                        break;
                    }
                    var element = node.ParentElement;
                    while (element is not null && InlineTags.Contains(element.LocalName) && element.ParentElement is not null)
                        element = element.ParentElement;
                    located[i] = element;
                }
            }
        }
        return (located, printedAgain);
    }

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            depth++;
        return depth;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool EndsSentence(string paragraph) =>
        paragraph.TrimEnd('"', '”', '’', '»', ')', ' ') is { Length: > 0 } line && line[^1] is '.' or '!' or '?' or '…';
}
