using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Text.ReaderBench;

/// <summary>Where a snippet sits in a page: the chain of elements (tag.class#id) down to the smallest one that holds it.</summary>
internal static class PageTrace
{
    public static string Where(string html, string snippet)
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
        if (holder is null)
            return "(not in the page's text)";
        var chain = new List<string>();
        for (var element = holder; element is not null; element = element.ParentElement)
            chain.Insert(0, Describe(element));
        return string.Join(" > ", chain);
    }

    private static string Describe(IElement element) =>
        element.LocalName + (string.IsNullOrEmpty(element.ClassName) ? "" : "." + element.ClassName.Replace(' ', '.'))
        + (string.IsNullOrEmpty(element.Id) ? "" : "#" + element.Id);

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
