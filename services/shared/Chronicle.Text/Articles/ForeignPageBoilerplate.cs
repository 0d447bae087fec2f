using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Chronicle.Text.Articles;

/// <summary>
/// What pages of any site wrap around and into their article, for pages that are not Vietnamese
/// (whose templates <see cref="PageFurniture"/> knows): comment sections, share bars, 'related' and
/// 'more stories' boxes, newsletter and subscription boxes, author boxes, captions; then, inside the
/// block SmartReader keeps, lists and lines that are mostly links and headings left with nothing
/// under them. The word list is narrower than the Vietnamese one: names such as 'date', 'meta' or
/// 'more' wrap whole articles on other sites.
/// </summary>
internal static partial class ForeignPageBoilerplate
{
    /// <summary>Words of class and id names that mark boxes around an article ('comment-list', 'shareBar', 'related-posts').</summary>
    private static readonly HashSet<string> BoxWords =
    [
        "share", "sharing", "shariff", "social", "socials", "sociallinks", "related", "relatedposts", "recommended", "recommendations",
        "newsletter", "subscribe", "subscription", "promo", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "rating",
        "authorbox", "authorbio", "bio", "caption", "wpcaption", "credits", "copyright", "cookie", "cookies", "consent", "gdpr",
        "sidebar", "popular", "trending", "tags", "tagcloud", "tagged", "postmeta", "entrymeta",
        "advert", "advertisement", "ads", "ad", "sponsored", "pagination", "pager", "footer",
    ];

    /// <summary>Words that name the article's own box.</summary>
    private static readonly HashSet<string> ContentWords = ["content", "body", "text", "entry", "story", "articlebody"];

    /// <summary>Words that mark a comment section: taken even when the comments are long prose.</summary>
    private static readonly HashSet<string> CommentWords =
    [
        "comment", "comments", "kommentare", "kommentar", "commentaires", "comentarios", "komentarze", "disqus", "respond", "replies",
    ];

    /// <summary>A box holding real prose (three long paragraphs) is the article's wrapper ('post tag-x category-y'), whatever its name.</summary>
    private const int ProseParagraphLength = 150;

    /// <summary>Pairs of words that mark a box only together ('read-more', 'more-stories', 'author-box').</summary>
    private static readonly (string First, string Second)[] BoxWordPairs =
    [
        ("read", "more"), ("more", "stories"), ("more", "articles"), ("more", "news"), ("author", "box"), ("author", "info"),
        ("author", "bio"), ("about", "author"), ("post", "meta"), ("entry", "meta"), ("article", "meta"), ("post", "tags"),
        ("entry", "tags"), ("article", "tags"), ("you", "may"), ("also", "like"), ("see", "also"), ("further", "reading"),
    ];

    /// <summary>A box whose text holds this share of the page's text is the article (a body class 'comments-open'), not a box.</summary>
    private const double ArticleShare = 0.4;

    [GeneratedRegex(@"[-_\s]+|(?<=[a-z])(?=[A-Z])")]
    private static partial Regex NameWordBreak();

    /// <summary>Takes the named boxes and the captions out of the page before the reader looks for the article.</summary>
    public static void RemoveBoxes(IDocument document)
    {
        if (document.Body is not { } body)
            return;
        var pageText = Math.Max(1, TextLength(body));
        // The run of paragraphs with most text is the article or in it: the boxes around it may
        // bear any name (one site prints its stories inside a 'sidebar_content').
        var densest = DensestParagraphRun(body);
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "body" or "html" or "main" or "article" || (densest is not null && element.Contains(densest)))
                continue;
            var isBox = element.LocalName is "figcaption" || HasWord(element, CommentWords) || (HasWord(element, BoxWords) && !HoldsProse(element));
            if (isBox && TextLength(element) < pageText * ArticleShare)
                element.Remove();
        }
    }

    private static IElement? DensestParagraphRun(IElement body) =>
        body.QuerySelectorAll("p")
            .GroupBy(p => p.ParentElement)
            .Where(g => g.Key is not null)
            .MaxBy(g => g.Sum(p => p.TextContent.Length))?.Key;

    private static bool HoldsProse(IElement element) =>
        element.QuerySelectorAll("p").Count(p => p.TextContent.Trim().Length >= ProseParagraphLength) >= 3;

    private static bool HasWord(IElement element, HashSet<string> boxWords)
    {
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
                continue;
            var words = NameWordBreak().Split(name).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).ToList();
            // 'entry-content-read-more', 'article-body social': the article's own box, whatever else its name says.
            if (boxWords == BoxWords && words.Any(ContentWords.Contains))
                return false;
            if (words.Any(boxWords.Contains))
                return true;
            for (var i = 0; boxWords == BoxWords && i + 1 < words.Count; i++)
            {
                if (BoxWordPairs.Contains((words[i], words[i + 1])))
                    return true;
            }
        }
        return false;
    }

    private static int TextLength(IElement element) => element.TextContent.Length;
}
