namespace Chronicle.Text.Articles;

/// <summary>An article's main text without page boilerplate, normalised.</summary>
/// <param name="Title">The headline; empty when none can be found.</param>
/// <param name="CleanText">Main-text paragraphs separated by "\n\n", normalised with <see cref="VietnameseText.Normalize"/>.</param>
/// <param name="Byline">The author line when found.</param>
/// <param name="SourceLine">The outlet or credit line when found ('(TTXVN/Vietnam+)').</param>
public sealed record ExtractedArticle(string Title, string CleanText, string? Byline, string? SourceLine);

/// <summary>Turns a pasted page (plain text or HTML) into its main text.</summary>
public static class ArticleExtractor
{
    public static ExtractedArticle FromText(string text) => throw new NotImplementedException();

    public static ExtractedArticle FromHtml(string html) => throw new NotImplementedException();
}
