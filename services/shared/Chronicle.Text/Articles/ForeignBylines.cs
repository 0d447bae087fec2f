using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Chronicle.Text.Articles;

/// <summary>
/// The author of a page that is not Vietnamese: the page's author meta tag when it names a
/// person, else the byline SmartReader found, without its label ('Von', 'By', 'Par', 'Autor:'),
/// date or handle.
/// </summary>
internal static partial class ForeignBylines
{
    private const int MaxBylineLength = 80;

    /// <summary>'Von …', 'By …', 'Par …', 'Por …', 'Autor: …', 'Text: …', 'Artikel von …', 'Posted by …'.</summary>
    [GeneratedRegex(@"^((artikel|text|geschrieben|posted|written|publicado|publié)\s+)?(von|by|par|por|di|door|przez|autor(in)?|author|auteur|text|texto)\b\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    /// <summary>What follows the name: a date ('am 21. April 2020', ', 01.12.2021', '19. Juni 2019', 'March 11'), a time, a handle ('@name'), 'Updated …'.</summary>
    [GeneratedRegex(@"(\s*[,·|]?\s*(am|on|le|el|il)?\s*\d{1,4}[./-]?\s*(\p{L}+\.?|\d{1,2}[./-])\s*\d{2,4}.*|\s*@\w+.*|\s*[,·|]\s*\d.*|\s+(updated|aktualisiert|actualizado|mis à jour)\b.*|\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.? \d{1,2}(,? \d{4})?\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    /// <summary>The page's author: its meta tag, else the reader's byline; null when neither names someone.</summary>
    public static string? Of(IDocument document, string? readerByline)
    {
        var meta = document.QuerySelector("meta[name='author' i]")?.GetAttribute("content")
            ?? document.QuerySelector("meta[property='article:author' i]")?.GetAttribute("content");
        return Clean(meta) ?? Clean(readerByline);
    }

    /// <summary>The name alone, or null when the line is empty, an address, too long or holds no letter.</summary>
    public static string? Clean(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
            return null;
        var text = HtmlArticleReader.Clean(byline);
        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return null;
        text = Tail().Replace(Label().Replace(text, ""), "").Trim(' ', ',', '·', '|', '-', '–');
        return text.Length is 0 or > MaxBylineLength || !text.Any(char.IsLetter) ? null : text;
    }
}
