using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Testing;

/// <summary>One input as ingestion receives it: a pasted page, either HTML or plain text.</summary>
internal sealed record Document(string Source, string Content, bool IsHtml)
{
    public int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Content);
}

/// <summary>
/// A benchmark corpus of real variety: the articles kept in this repository and, where the shared
/// folder is beside the checkout, its real news (the unlabelled politics corpus and the seed
/// articles), each once; then, only if the size asked for is larger, further copies that differ
/// in their years and the order of their body paragraphs, so no memoised result, warm cache line
/// or learnt branch history of one exact input carries over to its copy.
/// </summary>
internal static class Corpus
{
    /// <summary>Every distinct article available, once, and where they came from.</summary>
    public static (IReadOnlyList<Document> Documents, string Origin) Originals(bool includeShared)
    {
        var root = RepositoryRoot.Path;
        var documents = new List<Document>();
        var samples = Path.Combine(root, "samples");
        documents.AddRange(Files(samples, "*.txt").Select(f => new Document(f, File.ReadAllText(f), IsHtml: false)));
        documents.AddRange(Files(samples, "*.html").Select(f => new Document(f, File.ReadAllText(f), IsHtml: true)));

        // The .expected.txt files are the labels of the pages next to them, not articles.
        documents.AddRange(Files(Path.Combine(root, "tests", "Chronicle.Text.Tests", "MainTextSet"), "*")
            .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Select(f => new Document(f, File.ReadAllText(f), IsHtml: f.EndsWith(".html", StringComparison.Ordinal))));

        documents.AddRange(Files(Path.Combine(root, "tests", "Chronicle.Entities.Extraction.Tests", "DevSet"), "*.txt")
            .Select(f => new Document(f, WithoutAnnotations(File.ReadAllText(f)), IsHtml: false)));
        var own = documents.Count;

        if (includeShared && RepositoryRoot.Shared is { } shared)
        {
            documents.AddRange(Files(Path.Combine(shared, "seeds"), "*.txt").Select(f => new Document(f, File.ReadAllText(f), IsHtml: false)));
            var politics = Path.Combine(shared, "corpus", "trends-politics.json");
            if (File.Exists(politics))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(politics));
                documents.AddRange(json.RootElement.GetProperty("articles").EnumerateArray().Select((article, i) =>
                    new Document($"{politics}#{i}", $"{article.GetProperty("title").GetString()}\n\n{article.GetProperty("text").GetString()}", IsHtml: false)));
            }
        }

        if (documents.Count == 0)
            throw new InvalidOperationException($"No articles found under {root}.");
        var origin = documents.Count == own
            ? $"{own} articles in the repository" + (includeShared ? " (no shared folder beside the checkout)" : "")
            : $"{own} articles in the repository and {documents.Count - own} real news articles from {RepositoryRoot.Shared}";
        return (documents, origin);
    }

    /// <summary>
    /// The originals in a fixed shuffled order, repeated only as far as <paramref name="targetBytes"/>
    /// of UTF-8 needs. Copy k moves every year k years back (modulo 100, so the articles' 2020s stay
    /// in the 1900–2100 range the date recogniser accepts) and rotates the body paragraphs by k (the
    /// first paragraph, title or dateline, stays first).
    /// </summary>
    public static IReadOnlyList<Document> Build(IReadOnlyList<Document> originals, long targetBytes)
    {
        var order = originals.ToArray();
        new Random(20240704).Shuffle(order);
        var corpus = new List<Document>();
        long bytes = 0;
        for (var copy = 0; bytes < targetBytes; copy++)
        {
            foreach (var original in order)
            {
                var document = copy == 0 ? original : original with { Content = Altered(original, copy) };
                corpus.Add(document);
                bytes += document.Utf8Bytes;
                if (bytes >= targetBytes)
                    break;
            }
        }
        return corpus;
    }

    /// <summary>Copy <paramref name="copy"/> of an article: years shifted; in plain text, body paragraphs rotated too.</summary>
    private static string Altered(Document original, int copy)
    {
        var shifted = ShiftYears(original.Content, copy % 100);
        return original.IsHtml ? shifted : RotateBody(shifted, copy);
    }

    /// <summary>Body paragraphs rotated by <paramref name="by"/>; the first paragraph (title, dateline) stays.</summary>
    private static string RotateBody(string text, int by)
    {
        var paragraphs = text.Split("\n\n");
        if (paragraphs.Length < 3)
            return text;
        var body = paragraphs[1..];
        var shift = by % body.Length;
        return string.Join("\n\n", [paragraphs[0], .. body[shift..], .. body[..shift]]);
    }

    private static IEnumerable<string> Files(string directory, string pattern) =>
        Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal);

    /// <summary>
    /// The dev set marks gold persons as [[shown|canonical]] and roles as {{shown|canonical}} and
    /// lists the gold after a '---' line; the benchmark wants the article as it was published.
    /// </summary>
    private static string WithoutAnnotations(string annotated)
    {
        var goldList = Regex.Match(annotated, @"^[ \t]*---[ \t]*\r?$", RegexOptions.Multiline);
        var article = goldList.Success ? annotated[..goldList.Index] : annotated;
        article = Regex.Replace(article, @"\[\[([^\[\]|]*)(?:\|[^\[\]]*)?\]\]", "$1");
        return Regex.Replace(article, @"\{\{([^{}|]*)(?:\|[^{}]*)?\}\}", "$1");
    }

    private static string ShiftYears(string text, int yearsBack) =>
        yearsBack == 0
            ? text
            : Regex.Replace(text, @"(?<!\d)(?:19|20)\d\d(?!\d)",
                m => (int.Parse(m.ValueSpan, CultureInfo.InvariantCulture) - yearsBack).ToString(CultureInfo.InvariantCulture));
}
