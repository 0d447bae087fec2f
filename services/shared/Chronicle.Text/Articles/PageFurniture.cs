using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Chronicle.Text.Articles;

/// <summary>
/// What outlets wrap around an article, recognised by the names their templates give it: related
/// and 'read more' boxes (also in the middle of the body), tags, share bars, comments, ads,
/// players, sidebars and date lines (author lines stay: the assembler reads the byline from them); and the lead paragraph (sapo), which templates often
/// print outside the body container.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Words of class and id names that mark furniture ('box-related', 'adsRight', 'the-article-tags').</summary>
    private static readonly HashSet<string> FurnitureWords =
    [
        "relate", "related", "relatedbox", "lienquan", "tinlienquan", "readmore", "xemthem", "docthem", "docnhieu", "xemnhieu",
        "mostview", "mostviewed", "mostread", "samecate", "category", "more", "tags", "tag", "keyword", "keywords", "share", "sharing",
        "social", "comment", "comments", "binhluan", "reactions", "ads", "ad", "adv", "adm", "admzone", "adz", "gpt", "inread", "inpage",
        "advert", "advertisement", "banner", "quangcao", "qc", "sidebar", "widget", "breadcrumb", "breadcrumbs", "newsletter", "footer",
        "menu", "nav", "navbar", "toolbar", "player", "video", "vjs", "date", "time", "publish", "meta", "print",
        "fontsize", "rating", "subscribe",
    ];

    /// <summary>Words of class and id names that mark the page's date line.</summary>
    private static readonly HashSet<string> DateWords = ["date", "time", "datetime", "publish", "published", "pubdate", "ngaydang", "thoigian"];

    /// <summary>The longest text a date box holds: a weekday, a date, a time and a short label.</summary>
    private const int MaxDateLineLength = 80;

    /// <summary>Words that name the lead paragraph.</summary>
    private static readonly HashSet<string> LeadWords = ["sapo", "chapeau", "chapo", "summary", "description", "desc", "lead", "intro", "excerpt", "abstract", "tomtat", "mota"];

    private const int MinLeadLength = 60;

    /// <summary>Words that templates write as separate syllables ('tom-tat', 'mo-ta', 'lien-quan', 'quang-cao').</summary>
    private static readonly HashSet<string> VietnameseJoined = ["tomtat", "mota", "lienquan", "tinlienquan", "quangcao", "binhluan", "xemthem", "docthem", "xemnhieu", "docnhieu"];
    private const int MinPrefixWord = 6;

    /// <summary>A box holding real prose (three long paragraphs) is never furniture, whatever its name.</summary>
    private const int ProseParagraphLength = 150;

    [GeneratedRegex(@"[-_\s]+|(?<=[a-z])(?=[A-Z])")]
    private static partial Regex NameWordBreak();

    public static void Remove(IDocument document)
    {
        foreach (var element in document.Body?.QuerySelectorAll("*").ToList() ?? [])
        {
            if (element.Parent is null || element.LocalName is "body" or "html")
                continue;
            if ((HasWord(element, FurnitureWords) || StartsWithBoxHeading(element)) && !HoldsProse(element))
                element.Remove();
        }
    }

    /// <summary>The first element named as a lead with enough text, else a long &lt;h2&gt; right after the &lt;h1&gt;.</summary>
    public static IElement? Lead(IDocument document)
    {
        var named = document.Body?.QuerySelectorAll("*")
            .FirstOrDefault(e => HasWord(e, LeadWords) && e.TextContent.Trim().Length >= MinLeadLength && !InFurniture(e)
                && !e.QuerySelectorAll("*").Any(child => HasWord(child, LeadWords) && child.TextContent.Trim().Length >= MinLeadLength));
        if (named is not null)
            return named;
        var headline = document.QuerySelector("h1");
        return headline?.ParentElement?.QuerySelectorAll("h2")
            .FirstOrDefault(h => h.TextContent.Trim().Length >= 80 && headline.CompareDocumentPosition(h).HasFlag(DocumentPositions.Following));
    }

    /// <summary>The day printed in the first &lt;time&gt; or date-named box that holds a full date, or null.</summary>
    /// <param name="clean">Normalises an element's text as the paragraphs are.</param>
    public static DateOnly? DateLine(IDocument document, Func<string, string> clean)
    {
        foreach (var element in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            if (element.LocalName != "time" && !HasWord(element, DateWords))
                continue;
            var text = element.TextContent;
            if (text.Length > MaxDateLineLength * 2)
                continue;
            if (DateLines.Read(clean(text), nameSaysDate: true) is { } date)
                return date;
        }
        return null;
    }

    private static bool InFurniture(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (HasWord(e, FurnitureWords) && !HoldsProse(e))
                return true;
        }
        return false;
    }

    private static bool HasWord(IElement element, HashSet<string> words)
    {
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
                continue;
            // Vietnamese names split into syllables: 'mo-ta-ngan', 'tom-tat' are one word each.
            foreach (var joined in name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => NameWordBreak().Replace(n, "").ToLowerInvariant()))
            {
                if (words.Any(w => w.Length >= 4 && joined.StartsWith(w, StringComparison.Ordinal) && VietnameseJoined.Contains(w)))
                    return true;
            }
            foreach (var word in NameWordBreak().Split(name))
            {
                var lower = word.ToLowerInvariant();
                // Long words also as prefixes: 'box-tinlienquanv2', 'relatedbox2'.
                if (lower.Length > 0 && (words.Contains(lower) || words.Any(w => w.Length >= MinPrefixWord && lower.StartsWith(w, StringComparison.Ordinal))))
                    return true;
            }
        }
        return false;
    }

    /// <summary>A box that opens with 'Tin liên quan', 'Đọc thêm', 'Xem thêm' … and is not a paragraph of text.</summary>
    private static bool StartsWithBoxHeading(IElement element)
    {
        if (element.LocalName is not ("div" or "section" or "ul" or "ol" or "table" or "aside") || element.TextContent.Length > 1500)
            return false;
        var first = element.Descendants<IText>().Select(t => t.Data.Trim()).FirstOrDefault(t => t.Length > 0);
        return first is not null && BoilerplateRules.EndOfArticleHeading().IsMatch(VietnameseText.Normalize(first));
    }

    private static bool HoldsProse(IElement element) =>
        element.QuerySelectorAll("p").Count(p => p.TextContent.Trim().Length >= ProseParagraphLength) >= 3;
}
