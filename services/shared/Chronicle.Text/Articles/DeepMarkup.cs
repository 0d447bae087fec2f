using System.Net;
using System.Text;

namespace Chronicle.Text.Articles;

/// <summary>
/// Markup nested far deeper than any page is written. The readers walk each element's ancestors and
/// descendants, so their cost grows with depth times size: twenty thousand nested tags took seconds
/// to read. Real article pages nest a few dozen deep; a page nested beyond <see cref="MaxDepth"/> is
/// read as its plain text instead, in one linear pass, and says so (<see cref="ExtractedArticle.MainTextFallback"/>).
/// </summary>
internal static class DeepMarkup
{
    /// <summary>Far beyond the deepest real page seen (a few dozen), far below what slows the readers.</summary>
    public const int MaxDepth = 400;

    /// <summary>Elements that never take a closing tag, so never nest.</summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Elements whose edges break paragraphs.</summary>
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td",
        "th", "tr", "ul",
    };

    /// <summary>Elements whose content is not markup.</summary>
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

    /// <summary>Whether the tags, counted without building a tree, open deeper than <see cref="MaxDepth"/>.</summary>
    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
                i += 2;
                continue;
            }
            if (next == '!' || next == '?')
            {
                i = SkipComment(html, i);
                continue;
            }
            var name = TagName(html, i + 1);
            if (name.Length == 0)
            {
                i++;
                continue;
            }
            var close = html.IndexOf('>', i);
            if (close < 0)
                break;
            if (RawTextElements.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                // Its content is not markup: go to its closing tag, depth unchanged.
                var end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end + 2 + name.Length;
                continue;
            }
            if (!VoidElements.Contains(name) && html[close - 1] != '/' && ++depth > MaxDepth)
                return true;
            i = close + 1;
        }
        return false;
    }

    /// <summary>The page's text without its markup, scripts, styles and comments, one line per block.</summary>
    public static string PlainText(string html)
    {
        var text = new StringBuilder(html.Length / 4);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            var upTo = open < 0 ? html.Length : open;
            text.Append(html, i, upTo - i);
            if (open < 0)
                break;
            if (open + 1 < html.Length && (html[open + 1] == '!' || html[open + 1] == '?'))
            {
                i = SkipComment(html, open);
                continue;
            }
            var name = TagName(html, open + 1 + (open + 1 < html.Length && html[open + 1] == '/' ? 1 : 0));
            var close = html.IndexOf('>', open);
            if (close < 0)
                break;
            if (RawTextElements.Contains(name, StringComparer.OrdinalIgnoreCase) && html[open + 1] != '/')
            {
                var end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                close = end < 0 ? html.Length - 1 : Math.Max(close, html.IndexOf('>', end) is var gt and >= 0 ? gt : html.Length - 1);
            }
            // A block's edge is a paragraph break; an inline tag is nothing, as when the page is shown.
            if (BlockElements.Contains(name))
                text.Append('\n');
            i = close + 1;
        }
        var lines = WebUtility.HtmlDecode(text.ToString())
            .Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join("\n\n", lines);
    }

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
            end++;
        return end > start && char.IsAsciiLetter(html[start]) ? html[start..end] : "";
    }

    /// <summary>Past a comment, a doctype or a processing instruction starting at <paramref name="at"/>.</summary>
    private static int SkipComment(string html, int at)
    {
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }
        var close = html.IndexOf('>', at);
        return close < 0 ? html.Length : close + 1;
    }
}
