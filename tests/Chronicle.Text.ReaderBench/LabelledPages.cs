using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Chronicle.Text;
using Chronicle.Text.Articles;

namespace Chronicle.Text.ReaderBench;

/// <summary>A page with its labels: the gold main text (scored by word shingles) or snippets that must and must not appear.</summary>
internal sealed record LabelledPage(string Name, string Kind, string Content, bool IsHtml, string? GoldText, IReadOnlyList<string> With, IReadOnlyList<string> Without)
{
    /// <summary>Title, byline and language as labelled, where the set has them.</summary>
    public PageFields? Fields { get; init; }

    public int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Content);

    /// <summary>A third of every set, chosen by a hash of the page name, is never tuned on.</summary>
    public bool Untouched => StableHash(Name) % 3 == 0;

    public ExtractedArticle Read(HtmlMainTextReader reader) =>
        !IsHtml ? ArticleExtractor.FromText(Content) : ArticleExtractor.FromHtml(Content, reader, WeighParagraphs);

    /// <summary>Whether the default reader's text goes through the paragraph classifier (off with <c>--no-classifier</c> and while training it).</summary>
    public static bool WeighParagraphs { get; set; } = true;

    public Score Score(ExtractedArticle article) =>
        GoldText is not null ? Scoring.Shingles(article, GoldText) : Scoring.Snippets(article, With, Without);

    private static uint StableHash(string text)
    {
        var hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * 16777619;
        return hash;
    }
}

internal static partial class LabelledPages
{
    public static List<LabelledPage> Load(string folder)
    {
        if (File.Exists(Path.Combine(folder, "evaldata.json")))
            return Trafilatura(folder);
        if (Directory.GetDirectories(folder).Any(d => File.Exists(Path.Combine(d, "source.html"))))
            return Readability(folder);
        if (Directory.Exists(Path.Combine(folder, "html")) && Directory.Exists(Path.Combine(folder, "txt")))
            return HtmlWithText(folder);
        return MainTextSet(folder);
    }

    private static List<LabelledPage> Readability(string folder) =>
        Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "source.html")) && File.Exists(Path.Combine(d, "expected.html")))
            .Select(d => new LabelledPage(Path.GetFileName(d), "source.html + expected.html", ReadHtml(Path.Combine(d, "source.html")), true,
                TextOfHtml(File.ReadAllText(Path.Combine(d, "expected.html"))), [], []) { Fields = PageFields.Read(Path.Combine(d, "expected-metadata.json")) })
            .ToList();

    /// <summary>html/NAME.html with txt/NAME.txt, the page's whole main text (newspaper4k's test data, several languages).</summary>
    private static List<LabelledPage> HtmlWithText(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "html"), "*.html").Order(StringComparer.Ordinal)
            .Select(f => (Html: f, Text: Path.Combine(folder, "txt", Path.GetFileNameWithoutExtension(f) + ".txt")))
            .Where(f => File.Exists(f.Text))
            .Select(f => new LabelledPage(Path.GetFileName(f.Html), "html/NAME.html + txt/NAME.txt", ReadHtml(f.Html), true, File.ReadAllText(f.Text), [], []))
            .ToList();

    private static List<LabelledPage> Trafilatura(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "evaldata.json")));
        var pages = new List<LabelledPage>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var file = Path.Combine(folder, "eval", entry.Value.GetProperty("file").GetString()!);
            if (!File.Exists(file))
                continue; // pages of other benchmarks are left out of the copy
            pages.Add(new LabelledPage(Path.GetFileName(file), "evaldata.json snippets", ReadHtml(file), true, null,
                Strings(entry.Value, "with"), Strings(entry.Value, "without"))
            {
                Fields = entry.Value.TryGetProperty("title", out _) ? new PageFields(Text(entry.Value, "title"), Text(entry.Value, "author"), null) : null,
            });
        }
        return pages.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    private static List<LabelledPage> MainTextSet(string folder) =>
        Directory.GetFiles(folder).Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal) && File.Exists(Path.ChangeExtension(f, ".expected.txt")))
            .Order(StringComparer.Ordinal)
            .Select(f => new LabelledPage(Path.GetFileName(f), "page + .expected.txt", File.ReadAllText(f), f.EndsWith(".html", StringComparison.Ordinal),
                File.ReadAllText(Path.ChangeExtension(f, ".expected.txt")), [], []))
            .ToList();

    private static List<string> Strings(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(s => s.GetString() ?? "").Where(s => s.Length > 0).ToList() : [];

    private static string? Text(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0 ? value.GetString()!.Trim() : null;

    private static string TextOfHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, style").ToList())
            element.Remove();
        return (document.Body ?? document.DocumentElement)?.TextContent ?? "";
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    /// <summary>The page as text: UTF-8 unless it is not valid UTF-8 and declares another charset.</summary>
    private static string ReadHtml(string file)
    {
        var bytes = File.ReadAllBytes(file);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var declared = DeclaredCharset().Match(head);
            try
            {
                return (declared.Success ? Encoding.GetEncoding(declared.Groups["name"].Value) : Encoding.Latin1).GetString(bytes);
            }
            catch (ArgumentException)
            {
                return Encoding.Latin1.GetString(bytes);
            }
        }
    }

    static LabelledPages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}

/// <summary>The labelled title, byline and language of a page (null where the label is empty).</summary>
internal sealed record PageFields(string? Title, string? Byline, string? Language)
{
    public static PageFields? Read(string file)
    {
        if (!File.Exists(file))
            return null;
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        string? Text(string name) => json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0
            ? value.GetString()!.Trim() : null;
        return new PageFields(Text("title"), Text("byline"), Text("lang"));
    }

    /// <summary>Which labelled fields the article has right: same words (case and spacing aside), same primary language subtag.</summary>
    public (bool? Title, bool? Byline, bool? Language) Agreement(ExtractedArticle article) =>
        (Title is null ? null : Same(Title, article.Title),
         Byline is null ? null : Same(Byline, article.Byline ?? ""),
         Language is null ? null : string.Equals(Language.Split('-', '_')[0], article.Language, StringComparison.OrdinalIgnoreCase));

    private static bool Same(string a, string b) => Words(a) == Words(b);

    private static string Words(string text) => string.Join(' ', WordPattern().Matches(VietnameseText.Normalize(text).ToLowerInvariant()).Select(m => m.Value));

    private static Regex WordPattern() => new(@"\w+");
}
