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
public sealed record ExtractedArticle(string Title, string CleanText, string? Byline, string? SourceLine, DateOnly? DateLine = null,
    string? Language = null, bool MainTextFallback = false);

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
            .Split(LineBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var article = ArticleAssembler.Assemble(paragraphs, titleHint: null);
        article = article with { Language = TextLanguage.Guess(article.CleanText) };
        // The cleaning took every line: keep the text as it came rather than refuse it.
        return article.CleanText.Length > 0 || paragraphs.Length == 0
            ? article
            : article with { CleanText = string.Join("\n\n", paragraphs), MainTextFallback = true, Language = TextLanguage.Guess(string.Join(' ', paragraphs)) };
    }

    /// <summary>HTML: the main block's paragraphs; navigation, scripts, forms and asides never reach the text.</summary>
    public static ExtractedArticle FromHtml(string html) => FromHtml(html, HtmlMainTextReader.Default);

    /// <summary>HTML read by the given reader; when it finds no main block, the page's readable text is taken instead.</summary>
    public static ExtractedArticle FromHtml(string html, HtmlMainTextReader reader)
    {
        ArgumentNullException.ThrowIfNull(html);
        var normalized = VietnameseText.Normalize(html);
        var reading = reader == HtmlMainTextReader.Readability ? ReadabilityArticleReader.Read(normalized) : HtmlArticleReader.Read(normalized);
        var article = ArticleAssembler.Assemble(reading.Paragraphs, reading.Title, reading.DateLine);
        article = article with { Byline = article.Byline ?? reading.Byline, Language = reading.Language ?? TextLanguage.Guess(article.CleanText) };
        if (article.CleanText.Length > 0)
            return article;
        var fallback = HtmlArticleReader.DensestText(normalized);
        if (fallback.Count == 0)
            return article;
        var rescued = ArticleAssembler.Assemble(fallback, reading.Title, reading.DateLine);
        var cleanText = rescued.CleanText.Length > 0 ? rescued.CleanText : string.Join("\n\n", fallback);
        return rescued with
        {
            CleanText = cleanText,
            Byline = rescued.Byline ?? reading.Byline,
            Language = reading.Language ?? TextLanguage.Guess(cleanText),
            MainTextFallback = true,
        };
    }
}
