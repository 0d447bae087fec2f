using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Chronicle.Text.Articles;

/// <summary>
/// Reads the main block of an HTML page with SmartReader (a port of Mozilla Readability), after
/// Chronicle's own knowledge of Vietnamese templates has taken out their related boxes, and
/// returns it as paragraphs for the same assembler as the own reader.
/// </summary>
internal static class ReadabilityArticleReader
{
    /// <summary>Readability needs an address to resolve links; nothing is ever fetched from it.</summary>
    private const string PlaceholderAddress = "https://article.invalid/";

    /// <summary>
    /// Vietnamese pages first lose what Chronicle knows of their templates (related boxes, 'Tin liên
    /// quan', the lead printed outside the body); other pages go to SmartReader as they are, since
    /// those rules, made for Vietnamese outlets, take away text on other sites.
    /// </summary>
    public static HtmlReading Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = HtmlArticleReader.HeadlineOf(document);
        var hasHeading = HtmlArticleReader.Clean(document.QuerySelector("h1")?.TextContent ?? "").Length > 0;
        var dateLine = PageFurniture.DateLine(document, HtmlArticleReader.Clean);
        var language = PageLanguage.Of(document) ?? TextLanguage.Guess(document.Body?.TextContent ?? "");
        string? leadText = null;
        IReadOnlyList<string> leadCandidates = [];
        var pageText = "";
        if (language == "vi")
        {
            var lead = PageFurniture.Lead(document);
            leadText = lead is null ? null : HtmlArticleReader.Clean(lead.TextContent);
            PageFurniture.Remove(document);
        }
        else
        {
            leadCandidates = ForeignPageBoilerplate.Leads(document);
            pageText = leadCandidates.Count == 0 ? "" : HtmlArticleReader.Clean(document.Body?.TextContent ?? "");
            ForeignPageBoilerplate.RemoveBoxes(document);
        }

        var paragraphs = new List<string>();
        string? byline = null;
        var blockWords = 0;
        // Class names kept: the pruning below reads them (captions, credits).
        using (var reader = new Reader(PlaceholderAddress, document) { ContinueIfNotReadable = true, KeepClasses = true })
        {
            var article = Parse(reader);
            if (article is not null && !string.IsNullOrWhiteSpace(article.Content))
            {
                var content = new HtmlParser().ParseDocument(article.Content);
                if (content.Body is { } body)
                {
                    blockWords = ScriptWords.Count(body.TextContent);
                    if (language != "vi")
                        ForeignPageBoilerplate.PruneContent(body);
                    HtmlArticleReader.CollectParagraphs(body, new StringBuilder(), paragraphs, isRoot: true);
                    JoinDropCaps(paragraphs);
                }
                byline = string.IsNullOrWhiteSpace(article.Byline) ? null : HtmlArticleReader.Clean(article.Byline);
                // The page's <h1> is the headline; without one, Readability's title (<title>, og:title
                // and JSON-LD weighed against the headings) beats the bare <title>.
                if (!hasHeading && !string.IsNullOrWhiteSpace(article.Title))
                    title = HtmlArticleReader.Clean(article.Title);
                language ??= PageLanguage.Tag(article.Language);
            }
        }
        if (leadText is { Length: > 0 } && !paragraphs.Contains(leadText))
            paragraphs.Insert(0, leadText);
        var foreignLead = leadCandidates.FirstOrDefault(lead => LeadsInto(lead, paragraphs, pageText));
        if (language != "vi")
            byline = ForeignBylines.Of(document, byline);
        return new HtmlReading(title, paragraphs, dateLine, byline, language) { Lead = foreignLead, BlockWords = blockWords };
    }

    /// <summary>A drop cap printed in a box of its own ('T' over 'urkey, Poland and …') rejoins its word.</summary>
    private static void JoinDropCaps(List<string> paragraphs)
    {
        for (var i = paragraphs.Count - 2; i >= 0; i--)
        {
            if (paragraphs[i] is { Length: 1 } letter && char.IsUpper(letter[0]) && paragraphs[i + 1] is { Length: > 0 } rest && char.IsLower(rest[0]))
            {
                paragraphs[i] = letter + rest;
                paragraphs.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>The most text between a lead and the body it opens: pictures with captions, a byline, a date, share bars.</summary>
    private const int MaxLeadGap = 5000;

    /// <summary>
    /// Whether the lead opens the body the reader kept: printed shortly before the body's first
    /// paragraph on the page, and not already in it. A lead-named box elsewhere (a teaser of
    /// another story, an author's note) is not the article's lead.
    /// </summary>
    private static bool LeadsInto(string lead, List<string> paragraphs, string pageText)
    {
        if (paragraphs.Count == 0 || string.Join(' ', paragraphs).Contains(lead, StringComparison.Ordinal))
            return false;
        var leadAt = pageText.IndexOf(lead, StringComparison.Ordinal);
        var first = paragraphs[0];
        var bodyAt = pageText.IndexOf(first[..Math.Min(first.Length, 60)], StringComparison.Ordinal);
        return leadAt >= 0 && bodyAt > leadAt && bodyAt - (leadAt + lead.Length) <= MaxLeadGap;
    }

    /// <summary>
    /// SmartReader's article, or null when it fails on the page: a page the library cannot parse
    /// goes to the own reader and the fall-back instead of failing the submission.
    /// </summary>
    private static Article? Parse(Reader reader)
    {
        try
        {
            return reader.GetArticle();
        }
#pragma warning disable CA1031 // Any failure inside the third-party reader means only 'no article found'.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}

/// <summary>What an HTML reader hands the assembler.</summary>
internal sealed record HtmlReading(string? Title, IReadOnlyList<string> Paragraphs, DateOnly? DateLine, string? Byline, string? Language)
{
    /// <summary>The lead printed above the body of a page that is not Vietnamese, not in <see cref="Paragraphs"/>; null when none.</summary>
    public string? Lead { get; init; }

    /// <summary>The words of the block the reader chose, before any pruning inside it.</summary>
    public int BlockWords { get; init; }
}

/// <summary>The page's declared language: &lt;html lang&gt;, else the content-language or og:locale meta.</summary>
internal static class PageLanguage
{
    public static string? Of(IHtmlDocument document)
    {
        var declared = document.DocumentElement?.GetAttribute("lang")
            ?? document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")
            ?? document.QuerySelector("meta[property='og:locale' i]")?.GetAttribute("content");
        return Tag(declared);
    }

    /// <summary>'vi-VN', 'vi_VN', 'VI' → 'vi': the primary subtag, lower case.</summary>
    public static string? Tag(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
            return null;
        var primary = declared.Trim().Split('-', '_', ',', ' ')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
