using System.Text.Json;
using Chronicle.Entities.Extraction;
using Chronicle.Text;

// Two readings of the mined titles, for development only:
//   TitleCoverage titles <mined-titles.tsv>
//     each mined title after a name in a plain sentence, and the role the extractor reads; a title
//     read shorter than written, or not at all, is a gap in the lexicon or the grammar.
//   TitleCoverage corpus <trends-politics.json> <dev-real folder>
//     every person and role the extractor reads in the corpus, the real-text hold-out left out, one
//     'count, person | role' a line: compare two versions of the extractor with diff; with
//     --per-article, 'count, url | person | role'.
//   TitleCoverage speed <trends-politics.json>
//     how fast the extractor reads the corpus, ten rounds.
return args switch
{
    ["titles", var file] => Titles(file),
    ["corpus", var corpus, var devReal] => Corpus(corpus, devReal),
    ["corpus", var corpus, var devReal, "--per-article"] => Corpus(corpus, devReal, perArticle: true),
    ["speed", var corpus] => Speed(corpus),
    _ => Usage(),
};

static int Titles(string file)
{
    var read = 0;
    var total = 0;
    foreach (var line in File.ReadLines(file).Where(l => !l.StartsWith('#')))
    {
        var fields = line.Split('\t');
        var (count, title) = (int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture), fields[1]);
        var sentence = VietnameseText.Normalize($"Hôm qua, ông Nguyễn Văn Thử, {title}, đã phát biểu tại hội nghị.");
        var roles = ArticleAnalyzer.Analyze("", sentence).Roles.Where(r => r.PersonName == "Nguyễn Văn Thử").Select(r => r.Role).ToList();
        var whole = roles.Count > 0 && Words(string.Join(' ', roles)) >= Words(title);
        total += count;
        read += whole ? count : 0;
        Console.WriteLine($"{(whole ? "ok  " : "GAP ")}\t{count}\t{title}\t=> {string.Join(" | ", roles)}");
    }
    Console.WriteLine($"read whole: {read} of {total} mined title mentions");
    return 0;
}

static int Corpus(string corpus, string devReal, bool perArticle = false)
{
    var heldOut = Directory.GetFiles(Path.Combine(devReal, "articles"), "*.json")
        .Where(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture) % 3 == 0)
        .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("url").GetString())
        .ToHashSet();
    using var json = JsonDocument.Parse(File.ReadAllText(corpus));
    var counts = new Dictionary<string, int>(StringComparer.Ordinal);
    foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
    {
        if (heldOut.Contains(article.GetProperty("url").GetString()))
            continue;
        var text = VietnameseText.Normalize(article.GetProperty("text").GetString() ?? "");
        foreach (var role in ArticleAnalyzer.Analyze("", text).Roles)
        {
            var key = perArticle ? $"{article.GetProperty("url").GetString()} | {role.PersonName} | {role.Role}" : $"{role.PersonName} | {role.Role}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }
    foreach (var (key, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        Console.WriteLine($"{count}\t{key}");
    return 0;
}

// Reading speed over the whole corpus, for comparing two versions of the extractor on one machine.
static int Speed(string corpus)
{
    using var json = JsonDocument.Parse(File.ReadAllText(corpus));
    var texts = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => VietnameseText.Normalize(a.GetProperty("text").GetString() ?? "")).ToList();
    var megabytes = texts.Sum(t => t.Length * 2) / 1e6;
    foreach (var round in Enumerable.Range(0, 10))
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var text in texts)
            ArticleAnalyzer.Analyze("", text);
        Console.WriteLine($"round {round}: {megabytes / watch.Elapsed.TotalSeconds:0.00} MB/s");
    }
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: TitleCoverage titles <mined-titles.tsv> | corpus <corpus.json> <dev-real folder>");
    return 2;
}

static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
