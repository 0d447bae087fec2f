using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Text.ReaderBench;

/// <summary>Where a snippet sits in a page: the chain of elements (tag.class#id) down to the smallest one that holds it.</summary>
internal static class PageTrace
{
    public static string Where(string html, string snippet)
    {
        var holder = Holder(html, snippet);
        if (holder is null)
            return "(not in the page's text)";
        var chain = new List<string>();
        for (var element = holder; element is not null; element = element.ParentElement)
            chain.Insert(0, Describe(element));
        return string.Join(" > ", chain);
    }

    /// <summary>The words of the class and id names of the elements that hold the snippet (the smallest and its ancestors), lower case.</summary>
    public static HashSet<string> NameWords(string html, string snippet)
    {
        var holder = Holder(html, snippet);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var element = holder; element is not null; element = element.ParentElement)
        {
            foreach (var name in new[] { element.ClassName, element.Id })
            {
                foreach (var word in System.Text.RegularExpressions.Regex.Split(name ?? "", @"[-_\s]+|(?<=[a-z])(?=[A-Z])").Where(w => w.Length > 1))
                    words.Add(word.ToLowerInvariant());
            }
        }
        return words;
    }

    private static string Describe(IElement element) =>
        element.LocalName + (string.IsNullOrEmpty(element.ClassName) ? "" : "." + element.ClassName.Replace(' ', '.'))
        + (string.IsNullOrEmpty(element.Id) ? "" : "#" + element.Id);

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The smallest element whose text holds the snippet, or null when the page's text does not.</summary>
    private static IElement? Holder(string html, string snippet)
    {
        var document = new HtmlParser().ParseDocument(html);
        var wanted = Flat(snippet);
        IElement? holder = null;
        foreach (var element in document.QuerySelectorAll("*"))
        {
            if (element.LocalName is "script" or "style" || !Flat(element.TextContent).Contains(wanted, StringComparison.Ordinal))
                continue;
            holder = element; // document order: the last match is the deepest
        }
        return holder;
    }
}
