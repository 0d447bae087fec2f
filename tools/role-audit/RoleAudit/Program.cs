using System.Globalization;
using System.Text.Json;
using Chronicle.Entities.Extraction;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

// Reads the unlabelled corpus through the same pipeline the services use (clean, anchor date,
// analyse), leaves out every article of the evaluation set, and prints what a hand check needs:
//   RoleAudit sample <corpus.json> <dev-real folder> <seed> [count]
//     a seeded random sample of role answers: person, role, qualifier, aspect, date, basis and the sentence.
//   RoleAudit totals <corpus.json> <dev-real folder>
//     counts of answers per qualifier, aspect, date basis and granularity.
//   RoleAudit misses <corpus.json> <dev-real folder> <seed> [count]
//     sentences where a known title word stands next to a capitalised name but no role was read.
//   RoleAudit dump <corpus.json> <dev-real folder> <out.json>
//     every article's clean text, persons and role answers as JSON, for comparing two versions of the rules.
//   RoleAudit text <sentence> ...
//     the roles read in sentences written by hand, dated against 2024-08-16.
//   RoleAudit grep <corpus.json> <dev-real folder> <text>
//     every role answer whose role or sentence contains the text.
return args switch
{
    ["sample", var corpus, var devReal, var seed] => Sample(Read(corpus, devReal), Seed(seed), 50),
    ["sample", var corpus, var devReal, var seed, var count] => Sample(Read(corpus, devReal), Seed(seed), Seed(count)),
    ["totals", var corpus, var devReal] => Totals(Read(corpus, devReal)),
    ["misses", var corpus, var devReal, var seed] => Misses(Read(corpus, devReal), Seed(seed), 50),
    ["misses", var corpus, var devReal, var seed, var count] => Misses(Read(corpus, devReal), Seed(seed), Seed(count)),
    ["grep", var corpus, var devReal, var text] => Grep(Read(corpus, devReal), text),
    ["dump", var corpus, var devReal, var output] => Dump(Read(corpus, devReal), output),
    ["text", .. var sentences] => Text(sentences),
    _ => Usage(),
};

static int Seed(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static List<Reading> Read(string corpus, string devReal)
{
    // Every evaluation article is left out, tuning and hold-out alike: the audit must judge unseen text.
    var evaluation = Directory.GetFiles(Path.Combine(devReal, "articles"), "*.json")
        .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("url").GetString())
        .ToHashSet(StringComparer.Ordinal);
    using var json = JsonDocument.Parse(File.ReadAllText(corpus));
    var readings = new List<Reading>();
    foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
    {
        var url = article.GetProperty("url").GetString() ?? "";
        if (evaluation.Contains(url))
            continue;
        var extracted = ArticleExtractor.FromText(article.GetProperty("text").GetString() ?? "");
        DateOnly? published = article.TryGetProperty("published", out var p) && p.GetString() is { } day
            ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        var anchor = AnchorDateResolver.Resolve(extracted.CleanText, published, url);
        var result = ArticleAnalyzer.Analyze(extracted.Title, extracted.CleanText, anchor);
        readings.Add(new Reading(url, published, extracted.CleanText, result));
    }
    Console.WriteLine($"articles read: {readings.Count} (evaluation set left out)");
    return readings;
}

static int Sample(List<Reading> readings, int seed, int count)
{
    var answers = readings.SelectMany(r => r.Result.Roles.Select(role => (Reading: r, Role: role))).ToList();
    var random = new Random(seed);
    var picked = answers.OrderBy(_ => random.Next()).Take(count).ToList();
    var n = 0;
    foreach (var (reading, role) in picked)
    {
        Console.WriteLine($"#{++n} {reading.Url} (published {reading.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"})");
        Console.WriteLine($"   {role.PersonName} | {role.Role} | q={Show(role.Qualifier)} | {role.Aspect} | {role.Date?.Iso ?? "-"} ({role.Date?.Granularity ?? "-"}) | {role.DateBasis}");
        Console.WriteLine($"   « {Sentence(reading.Text, role.Evidence)} »");
    }
    Console.WriteLine($"sampled {picked.Count} of {answers.Count} role answers, seed {seed}");
    return 0;
}

static int Totals(List<Reading> readings)
{
    var roles = readings.SelectMany(r => r.Result.Roles).ToList();
    Console.WriteLine($"role answers: {roles.Count}, persons: {roles.Select(r => r.PersonName).Distinct().Count()}");
    Print("qualifier", roles.GroupBy(r => Show(r.Qualifier)));
    Print("aspect", roles.GroupBy(r => r.Aspect));
    Print("date basis", roles.GroupBy(r => r.DateBasis));
    Print("granularity", roles.GroupBy(r => r.Date?.Granularity ?? "none"));
    Print("role head", roles.GroupBy(r => r.Title));
    return 0;

    static void Print(string what, IEnumerable<IGrouping<string, RoleMention>> groups)
    {
        Console.WriteLine($"{what}:");
        foreach (var g in groups.OrderByDescending(g => g.Count()).Take(25))
            Console.WriteLine($"   {g.Count(),6}  {g.Key}");
    }
}

// A sentence that puts a title head right before a capitalised word, or an honorific and a name
// followed by a comma and a title, yet yields no role: a candidate miss for the hand check.
static int Misses(List<Reading> readings, int seed, int count)
{
    string[] heads = ["Bí thư", "Chủ tịch", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Phó Thủ tướng", "Giám đốc", "Trưởng ban",
        "Trưởng Ban", "Chủ nhiệm", "Tổng Bí thư", "Đại sứ", "Ủy viên", "Phó Chủ tịch", "Phó Bí thư", "Tổng thống", "Ngoại trưởng",
        "Phó Trưởng", "Trưởng đoàn", "Tổng Giám đốc", "Viện trưởng", "Chánh án", "Tổng Thư ký", "Phó Chủ nhiệm", "Cục trưởng",
        "Vụ trưởng", "Tổng cục trưởng", "Đại biểu", "Hiệu trưởng", "Tư lệnh", "Chánh Văn phòng", "Tổng Kiểm toán", "Thống đốc"];
    var candidates = new List<(Reading Reading, string Sentence)>();
    foreach (var reading in readings)
    {
        var covered = reading.Result.Roles.Select(r => r.Evidence).ToHashSet();
        var sentences = reading.Result.Mentions.Where(m => m.Type == EntityTypes.Person).Select(m => m.Sentence).Distinct();
        foreach (var sentence in sentences.Where(s => !covered.Contains(s)))
        {
            var text = Sentence(reading.Text, sentence);
            if (heads.Any(h => text.Contains(h, StringComparison.Ordinal)))
                candidates.Add((reading, "[named] " + text));
        }
        // Sentences with a title but no person read at all.
        // A rough split is enough here: the candidates are read by hand.
        var named = reading.Result.Mentions.Select(m => Sentence(reading.Text, m.Sentence)).ToHashSet(StringComparer.Ordinal);
        foreach (var text in reading.Text.Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (named.Any(n => n.Contains(text, StringComparison.Ordinal)))
                continue;
            if (heads.Any(h => HeadBeforeName(text, h)))
                candidates.Add((reading, text));
        }
    }
    var random = new Random(seed);
    var n = 0;
    foreach (var (reading, text) in candidates.OrderBy(_ => random.Next()).Take(count))
        Console.WriteLine($"#{++n} {reading.Url}\n   « {text} »");
    Console.WriteLine($"sampled {Math.Min(count, candidates.Count)} of {candidates.Count} sentences with a title and no role, seed {seed}");
    return 0;

    static bool HeadBeforeName(string text, string head)
    {
        for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + 1, StringComparison.Ordinal))
        {
            // Two capitalised words in a row after the head and its organisation: a name may follow.
            var rest = text[(at + head.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
            for (var i = 0; i + 2 < rest.Count; i++)
                if (rest[i].Length > 0 && rest[i + 1].Length > 0 && rest[i + 2].Length > 0
                    && char.IsUpper(rest[i][0]) && char.IsUpper(rest[i + 1][0]) && char.IsUpper(rest[i + 2][0])
                    && rest[i].Length <= 6 && rest[i + 1].Length <= 6 && rest[i + 2].Length <= 6)
                    return true;
        }
        return false;
    }
}

static int Grep(List<Reading> readings, string needle)
{
    foreach (var reading in readings)
        foreach (var role in reading.Result.Roles)
        {
            var sentence = Sentence(reading.Text, role.Evidence);
            if (!role.Role.Contains(needle, StringComparison.Ordinal) && !sentence.Contains(needle, StringComparison.Ordinal))
                continue;
            Console.WriteLine($"{reading.Url}\n   {role.PersonName} | {role.Role} | q={Show(role.Qualifier)} | {role.Aspect} | {role.Date?.Iso ?? "-"} | {role.DateBasis}\n   « {sentence} »");
        }
    return 0;
}

static int Dump(List<Reading> readings, string output)
{
    var articles = readings.Select(r => new
    {
        url = r.Url,
        text = r.Text,
        persons = r.Result.Mentions.Where(m => m.Type == EntityTypes.Person).Select(m => new { name = m.CanonicalName, start = m.Span.Start, end = m.Span.End }),
        roles = r.Result.Roles.Select(role => new
        {
            person = role.PersonName,
            role = role.Role,
            qualifier = role.Qualifier,
            aspect = role.Aspect,
            date = role.Date?.Iso,
            basis = role.DateBasis.ToString(),
            sentence = Sentence(r.Text, role.Evidence),
        }),
    });
    File.WriteAllText(output, JsonSerializer.Serialize(articles));
    Console.WriteLine($"written: {output}");
    return 0;
}

static int Text(string[] sentences)
{
    var anchor = AnchorDateResolver.Resolve("", new DateOnly(2024, 8, 16));
    foreach (var sentence in sentences)
    {
        var clean = Chronicle.Text.VietnameseText.Normalize(sentence);
        Console.WriteLine($"« {clean} »");
        foreach (var role in ArticleAnalyzer.Analyze("", clean, anchor).Roles)
            Console.WriteLine($"   {role.PersonName} | {role.Role} | q={Show(role.Qualifier)} | {role.Aspect} | {role.Date?.Iso ?? "-"} | {role.DateBasis}");
    }
    return 0;
}

static string Sentence(string text, TextSpan span) => text[span.Start..span.End].ReplaceLineEndings(" ");

static string Show(string qualifier) => qualifier.Length == 0 ? "-" : qualifier;

static int Usage()
{
    Console.Error.WriteLine("usage: RoleAudit sample|misses <corpus.json> <dev-real folder> <seed> [count] | totals <corpus.json> <dev-real folder> | grep <corpus.json> <dev-real folder> <text>");
    return 2;
}

internal sealed record Reading(string Url, DateOnly? Published, string Text, ExtractionResult Result);
