namespace Chronicle.Text.Articles;

/// <summary>An article's main text without page boilerplate, normalised.</summary>
/// <param name="Title">The headline; empty when none can be found.</param>
/// <param name="CleanText">Main-text paragraphs separated by "\n\n", normalised with <see cref="VietnameseText.Normalize"/>.</param>
/// <param name="Byline">The author line when found.</param>
/// <param name="SourceLine">The outlet or credit line when found ('(TTXVN/Vietnam+)').</param>
/// <param name="DateLine">
/// The day of the date line the page prints at the top ('Thứ ba, 10/09/2024 15:10'), when found: the
/// page's own publication day. The line itself is not in <paramref name="CleanText"/>.
/// </param>
/// <param name="Language">
/// The language as a primary subtag ('vi', 'en'): the one the page declares (&lt;html lang&gt;,
/// content-language), else the one its text shows when that is clear; null when unknown.
/// </param>
/// <param name="MainTextFallback">
/// True when no main block was found and <paramref name="CleanText"/> is the page's readable text
/// as a whole (prose paragraphs anywhere on the page): usable, but it may carry boilerplate.
/// </param>
/// <param name="PageDate">The publication day the page's markup declares (<see cref="PageDates"/>), for HTML input.</param>
public sealed record ExtractedArticle(string Title, string CleanText, string? Byline, string? SourceLine, DateOnly? DateLine = null,
    string? Language = null, bool MainTextFallback = false, PageDate? PageDate = null);

/// <summary>Which reader finds the main block of an HTML page.</summary>
public enum HtmlMainTextReader
{
    /// <summary>The default: see <see cref="ArticleExtractor.FromHtml(string)"/>.</summary>
    Default,

    /// <summary>Chronicle's own reader: template names, densest run of paragraphs.</summary>
    Own,

    /// <summary>SmartReader (a port of Mozilla Readability) after Chronicle's template rules.</summary>
    Readability,
}

/// <summary>Turns a pasted page (plain text or HTML) into its main text.</summary>
public static class ArticleExtractor
{
    private static readonly char[] LineBreaks = ['\n', '\r', '\u2028', '\u2029'];

    /// <summary>Plain text: every line is a paragraph (blank lines or single newlines separate them).</summary>
    public static ExtractedArticle FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = VietnameseText.Normalize(text)
            .Split(LineBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(RunTogetherSentences.Lines)
            .Where(line => line.Length > 0)
            .Select(RunTogetherSentences.Separate)
            .ToArray();
        var article = ArticleAssembler.Assemble(paragraphs, titleHint: null);
        article = article with { Language = TextLanguage.Guess(article.CleanText) };
        // The cleaning took every line: keep the text as it came rather than refuse it.
        return article.CleanText.Length > 0 || paragraphs.Length == 0
            ? article
            : article with { CleanText = string.Join("\n\n", paragraphs), MainTextFallback = true, Language = TextLanguage.Guess(string.Join(' ', paragraphs)) };
    }

    /// <summary>
    /// HTML: the main block's paragraphs; navigation, scripts, forms and asides never reach the text.
    /// Vietnamese pages are read by Chronicle's own reader, made for their templates; other pages by
    /// SmartReader (Mozilla Readability), which reads pages of any site better. Each falls back on
    /// the other, and when neither finds a main block the page's readable text is taken
    /// (<see cref="ExtractedArticle.MainTextFallback"/>).
    /// </summary>
    public static ExtractedArticle FromHtml(string html) => FromHtml(html, HtmlMainTextReader.Default);

    /// <summary>HTML read by the given reader; when it finds no main block, the page's readable text is taken instead.</summary>
    public static ExtractedArticle FromHtml(string html, HtmlMainTextReader reader) => FromHtml(html, reader, weighParagraphs: true);

    /// <summary>
    /// HTML read by the given reader; the default reader's text of a page that is not Vietnamese then
    /// loses the paragraphs <see cref="ParagraphClassifier"/> takes for boilerplate, unless
    /// <paramref name="weighParagraphs"/> is false (the text the classifier is trained on).
    /// </summary>
    internal static ExtractedArticle FromHtml(string html, HtmlMainTextReader reader, bool weighParagraphs)
    {
        ArgumentNullException.ThrowIfNull(html);
        var normalized = VietnameseText.Normalize(html);
        if (DeepMarkup.IsTooDeep(normalized))
            return FromText(DeepMarkup.PlainText(normalized)) with { MainTextFallback = true, PageDate = PageDates.Find(html) };
        var ownText = "";
        var article = reader switch
        {
            HtmlMainTextReader.Own => ReadOwn(normalized),
            HtmlMainTextReader.Readability => WithLead(ReadReadability(normalized)),
            _ => ReadEither(normalized, out ownText),
        };
        var read = article.CleanText.Length > 0 ? article : DensestText(normalized, article);
        read = WithRecipe(WithDescription(read, normalized), normalized);
        if (reader == HtmlMainTextReader.Default && weighParagraphs)
            read = ParagraphClassifier.Filter(read, normalized, ownText);
        return read with { PageDate = PageDates.Find(html) };
    }

    /// <summary>
    /// A recipe whose text misses half its declared steps lost its boxes of steps and ingredients
    /// (short lines, links to each ingredient): the missing ones are added as the page declares them.
    /// </summary>
    private static ExtractedArticle WithRecipe(ExtractedArticle article, string html)
    {
        if (article.Language == "vi")
            return article;
        var (ingredients, steps) = PageDescription.Recipe(html);
        var text = Flat(article.CleanText);
        var missingSteps = steps.Where(s => !text.Contains(Flat(s), StringComparison.Ordinal)).ToList();
        if (steps.Count == 0 || missingSteps.Count * 2 < steps.Count)
            return article;
        var missingIngredients = ingredients.Where(i => !text.Contains(Flat(i), StringComparison.Ordinal)).ToList();
        var added = (missingIngredients.Count * 2 >= ingredients.Count ? missingIngredients : []).Concat(missingSteps);
        return article with { CleanText = string.Join("\n\n", new[] { article.CleanText }.Where(t => t.Length > 0).Concat(added)) };
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Fewer words than this is a notice or a headline, not a story.</summary>
    private const int TinyText = 40;

    /// <summary>How many times the words of the tiny text the page's own description must hold to be taken.</summary>
    private const int DescriptionShare = 3;

    /// <summary>
    /// A story loaded by script leaves the readers a notice ('Your browser is out of date') or a
    /// headline: when the page's own account of its article (JSON-LD articleBody, description)
    /// says far more, it opens the text.
    /// </summary>
    private static ExtractedArticle WithDescription(ExtractedArticle article, string html)
    {
        if (article.Language == "vi" || WordCount(article.CleanText) >= TinyText)
            return article;
        var description = PageDescription.Of(html);
        var words = WordCount(description);
        return words >= TinyText && words >= DescriptionShare * WordCount(article.CleanText) && !article.CleanText.Contains(description, StringComparison.Ordinal)
            ? article with { CleanText = article.CleanText.Length == 0 ? description : description + "\n\n" + article.CleanText }
            : article;
    }

    private static ExtractedArticle ReadEither(string html, out string ownText)
    {
        var own = ReadOwn(html);
        ownText = own.CleanText;
        if (own.Language == "vi" && own.CleanText.Length > 0)
            return own;
        // The lead printed above the body is added after the choice: the choice weighs the bodies.
        var (readability, lead, blockWords) = ReadReadability(html);
        // SmartReader settled on a side block (a sign-in box, a blog's header) when it kept less
        // than a fifth of what the own reader's densest run of paragraphs holds.
        // The own reader finds no byline on pages of other sites: SmartReader's stands.
        own = own with { Byline = own.Byline ?? readability.Byline };
        if (readability.CleanText.Length > 0 && blockWords * SideBlockShare < WordCount(own.CleanText))
            return own;
        var title = readability.Title.Length > 0 ? readability.Title : own.Title;
        if (readability.CleanText.Length > 0 && own.CleanText.Length > 0 && SmartReaderTookAnotherBlock(title, own.CleanText, readability.CleanText))
            return own with { CleanText = string.Join("\n\n", WithoutFurnitureLines(own.CleanText.Split("\n\n").ToList())) };
        if (readability.CleanText.Length > 0 || own.CleanText.Length == 0)
            return WithLead(readability, lead);
        // SmartReader found no article: the own reader's block, unless it holds less than half the
        // page's prose (its template rules, made for Vietnamese outlets, took the rest away).
        var densest = DensestText(html, own);
        return WordCount(own.CleanText) * 2 >= WordCount(densest.CleanText) ? own : densest;
    }

    private const int SideBlockShare = 5;

    /// <summary>The longest line of a list of other stories: a headline and a sentence of teaser.</summary>
    private const int MaxTeaserLine = 200;

    /// <summary>How many paragraphs at the end of a story may be closing calls to act.</summary>
    private const int ClosingReach = 4;

    /// <summary>How many paragraphs at the top and at the end of a story may be its date lines.</summary>
    private const int DateLineReach = 3;

    /// <summary>The longest line dropped when printed again: a date, a print bar, a label; repeated prose stays.</summary>
    private const int MaxRepeatedLine = 80;

    /// <summary>The most words of a line dropped when printed again: a date and time, a label; a line of verse or of prose broken by &lt;br&gt; says more.</summary>
    private const int MaxRepeatedWords = 8;

    /// <summary>Furniture lines of pages of any language gone, and a short line printed twice (a date and print bar above and below the story) once.</summary>
    private static List<string> WithoutFurnitureLines(List<string> paragraphs)
    {
        // A box label in the second half of the story, followed by nothing but short lines, heads
        // a list of other stories' headlines: the story ended above it.
        for (var i = paragraphs.Count / 2; i < paragraphs.Count; i++)
        {
            if (ForeignPageBoilerplate.IsBoxLabel(paragraphs[i]) && paragraphs.Skip(i + 1).All(p => p.Length < MaxTeaserLine))
            {
                paragraphs.RemoveRange(i, paragraphs.Count - i);
                break;
            }
        }
        // Higher up, the label heads a box inside the story: it and the headlines under it (short
        // lines that end no sentence) go, up to the story's next paragraph.
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!ForeignPageBoilerplate.IsBoxLabel(paragraphs[i]))
                continue;
            var end = i + 1;
            while (end < paragraphs.Count && paragraphs[end].Length < MaxTeaserLine && !EndsSentence(paragraphs[end]))
                end++;
            if (end > i + 1)
                paragraphs.RemoveRange(i, end - i);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        paragraphs.RemoveAll(p => ForeignPageBoilerplate.IsFurnitureLine(p) || (p.Length <= MaxRepeatedLine && WordCount(p) <= MaxRepeatedWords && !seen.Add(p)));
        // Calls to subscribe, donate or share close the story, with no mark-up of their own.
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - ClosingReach); i--)
        {
            if (ForeignPageBoilerplate.IsClosingCall(paragraphs[i]))
                paragraphs.RemoveAt(i);
        }
        // Date lines print above the story or below it; dates inside it are a table's or a timeline's.
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            if ((i < DateLineReach || i >= paragraphs.Count - DateLineReach) && ForeignPageBoilerplate.IsDateOnlyLine(paragraphs[i]))
                paragraphs.RemoveAt(i);
        }
        return paragraphs;
    }

    private static bool EndsSentence(string paragraph) => paragraph.TrimEnd('"', '”', '’', '»', ')', ' ') is { Length: > 0 } line && line[^1] is '.' or '!' or '?' or ':';

    /// <summary>
    /// A story is about its headline: when SmartReader's block hardly names it and the own block
    /// does, SmartReader took another block (a list of signatories, a teaser of another story).
    /// An own block of less than a fifth of SmartReader's words is the headline and a line or two
    /// (a breadcrumb that ends with the headline), not the story: it names the headline by itself.
    /// A line that only reprints the headline (the story's own entry in a list of most-read stories
    /// under it) names it without telling it, so the own block's coverage is counted without such lines.
    /// </summary>
    internal static bool SmartReaderTookAnotherBlock(string title, string ownText, string readabilityText) =>
        WordCount(ownText) * SideBlockShare >= WordCount(readabilityText)
        && TitleCoverage(title, WithoutHeadlineLines(title, ownText)) is var ownCoverage and >= OwnTitleCoverage
        && TitleCoverage(title, readabilityText) is var readabilityCoverage
        && readabilityCoverage <= ownCoverage - TitleCoverageGap && readabilityCoverage < HardlyNamed;

    /// <summary>The text less its lines whose words are the headline's, and nothing more.</summary>
    private static string WithoutHeadlineLines(string title, string text)
    {
        var headline = string.Join(' ', TextWords(title));
        return headline.Length == 0 ? text : string.Join("\n\n", text.Split("\n\n").Where(line => string.Join(' ', TextWords(line)) != headline));
    }

    private const double OwnTitleCoverage = 0.6;
    private const double TitleCoverageGap = 0.3;

    /// <summary>A block that holds 60 % of the headline's longer words or more names it: one word of three missing is a rephrasing, not another story.</summary>
    private const double HardlyNamed = 0.6;

    /// <summary>The share of the headline's longer words (four letters or more) that the text holds; 0 for a headline of fewer than two.</summary>
    internal static double TitleCoverage(string title, string text)
    {
        var titleWords = TextWords(title).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        if (titleWords.Count < 2)
            return 0;
        var textWords = TextWords(text).ToHashSet(StringComparer.Ordinal);
        return (double)titleWords.Count(textWords.Contains) / titleWords.Count;
    }

    private static IEnumerable<string> TextWords(string text) =>
        VietnameseText.Fold(text).ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] WordSeparators = [.. " \t\n\r.,;:!?\"'“”‘’„«»()[]{}/|–—-…".ToCharArray()];

    private static int WordCount(string text) => ScriptWords.Count(text);

    private static ExtractedArticle ReadOwn(string html)
    {
        var reading = HtmlArticleReader.Read(html);
        var article = ArticleAssembler.Assemble(reading.Paragraphs, reading.Title, reading.DateLine);
        return article with { Language = reading.Language ?? TextLanguage.Guess(article.CleanText) };
    }

    /// <summary>
    /// The line rules of the assembler (menus, date lines, bylines, credits, 'Tin liên quan') are
    /// Vietnamese outlets' conventions: other pages keep SmartReader's text, less a repeated title.
    /// </summary>
    /// <remarks>
    /// Also the lead printed above the body (pages that are not Vietnamese), and the words of
    /// SmartReader's block as it chose it, before the pruning of captions and link lists: the
    /// measure of which block it settled on.
    /// </remarks>
    private static (ExtractedArticle Article, string? Lead, int BlockWords) ReadReadability(string html)
    {
        var reading = ReadabilityArticleReader.Read(html);
        if (reading.Language == "vi")
        {
            var article = ArticleAssembler.Assemble(reading.Paragraphs, reading.Title, reading.DateLine);
            return (article with { Byline = article.Byline ?? reading.Byline, Language = "vi" }, null, WordCount(article.CleanText));
        }
        var title = reading.Title ?? "";
        var paragraphs = reading.Paragraphs.ToList();
        if (paragraphs.Count > 0 && title.Length > 0 && VietnameseText.Fold(paragraphs[0]) == VietnameseText.Fold(title))
            paragraphs.RemoveAt(0);
        return (new ExtractedArticle(title, string.Join("\n\n", WithoutFurnitureLines(paragraphs)), reading.Byline, SourceLine: null, reading.DateLine, reading.Language),
            reading.Lead, reading.BlockWords);
    }

    /// <summary>The article with its lead on top, when the template printed one above the body.</summary>
    private static ExtractedArticle WithLead((ExtractedArticle Article, string? Lead, int BlockWords) reading) => WithLead(reading.Article, reading.Lead);

    private static ExtractedArticle WithLead(ExtractedArticle article, string? lead) =>
        lead is null || article.CleanText.Length == 0 ? article : article with { CleanText = lead + "\n\n" + article.CleanText };

    /// <summary>No main block: the page's prose paragraphs, through the same line rules when they leave any.</summary>
    private static ExtractedArticle DensestText(string html, ExtractedArticle found)
    {
        var fallback = HtmlArticleReader.DensestText(html);
        if (fallback.Count == 0)
            return found;
        var title = found.Title.Length > 0 ? found.Title : null;
        var rescued = ArticleAssembler.Assemble(fallback, title, found.DateLine);
        var cleanText = rescued.CleanText.Length > 0 ? rescued.CleanText : string.Join("\n\n", fallback);
        return rescued with
        {
            CleanText = cleanText,
            Byline = rescued.Byline ?? found.Byline,
            Language = found.Language ?? TextLanguage.Guess(cleanText),
            MainTextFallback = true,
        };
    }
}
