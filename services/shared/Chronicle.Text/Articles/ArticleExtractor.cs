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
/// <param name="PageDate">The publication day the page's markup declares (<see cref="PageDates"/>), for HTML input.</param>
public sealed record ExtractedArticle(string Title, string CleanText, string? Byline, string? SourceLine, DateOnly? DateLine = null,
    PageDate? PageDate = null);

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
        return ArticleAssembler.Assemble(paragraphs, titleHint: null);
    }

    /// <summary>HTML: the main block's paragraphs; navigation, scripts, forms and asides never reach the text.</summary>
    public static ExtractedArticle FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (title, paragraphs, dateLine) = HtmlArticleReader.Read(VietnameseText.Normalize(html));
        return ArticleAssembler.Assemble(paragraphs, title, dateLine) with { PageDate = PageDates.Find(html) };
    }
}
