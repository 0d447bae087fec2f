using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>One input as ingestion receives it: a pasted page, either HTML or plain text.</summary>
internal sealed record Document(string Source, string Content, bool IsHtml)
{
    public int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Content);
}

/// <summary>A benchmark corpus made of the articles kept in this repository, repeated to a given size.</summary>
internal static class Corpus
{
    /// <summary>The directory holding Microservices.sln, found by walking up from the program's own directory.</summary>
    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Microservices.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains Microservices.sln.");
    }

    /// <summary>Every article in the repository, once: the samples, the main-text set and the extraction dev set.</summary>
    public static IReadOnlyList<Document> Originals(string root)
    {
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

        if (documents.Count == 0)
            throw new InvalidOperationException($"No articles found under {root}.");
        return documents;
    }

    /// <summary>
    /// The originals repeated until the corpus holds at least <paramref name="targetBytes"/> of UTF-8.
    /// Copy k moves every year in the text k years back (modulo 100, so the articles' 2020s stay in
    /// the 1900–2100 range the date recogniser accepts): copies of an article differ, so neither a
    /// memoised result nor a branch history learnt on one exact input can help.
    /// </summary>
    public static IReadOnlyList<Document> Build(IReadOnlyList<Document> originals, long targetBytes)
    {
        var corpus = new List<Document>();
        long bytes = 0;
        for (var copy = 0; bytes < targetBytes; copy++)
        {
            foreach (var original in originals)
            {
                var document = original with { Content = ShiftYears(original.Content, copy % 100) };
                corpus.Add(document);
                bytes += document.Utf8Bytes;
                if (bytes >= targetBytes)
                    break;
            }
        }
        return corpus;
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
