// Main-text quality of the HTML readers on labelled pages, own reader and SmartReader-based reader
// side by side. The pages are never part of the repository: pass the folders that hold them.
//   dotnet run -c Release --project tests/Chronicle.Text.ReaderBench -- FOLDER [FOLDER ...] [--pages] [--only tuning|untouched] [--reader own|smartreader|default] [--show PAGE]
// --dump DIR writes each tuning page's text (of --reader, else the default) to DIR/PAGE.txt.
// --no-classifier leaves out the paragraph classifier (ParagraphClassifier) from the default reader's text.
// --train FILE trains the paragraph classifier (--page-blocks: on every block of the page, as the committed model) on the
// tuning pages of a snippet-labelled set (cross-validated) and writes its trees as C# to FILE (ParagraphModel.cs); --other-readers adds the other readers' paragraphs as training rows.
// --choices FILE writes, for the tuning pages, each reader's score and the signals of the choice between them (tab-separated).
// --pages lists the tuning pages by score (--trace adds where each missed or unwanted snippet sits in the page); --show prints one tuning page's text as each reader reads it.
// A folder may hold, in any of these layouts:
//   - NAME/source.html with NAME/expected.html (the main text as HTML) — Mozilla Readability's test pages;
//   - evaldata.json with eval/*.html — trafilatura's evaluation: snippets that must and must not be in the text;
//   - html/NAME.html with txt/NAME.txt (the whole main text) — newspaper4k's test data (tests/data), several languages;
//   - NAME.html or NAME.txt with NAME.expected.txt (main-text paragraphs, one a line) — the repository's MainTextSet.
// Each set is split by a hash of the page name: a third is the untouched part (never looked at page
// by page, never tuned on), printed first; the rest is the tuning part.
using System.Diagnostics;
using System.Globalization;
using Chronicle.Text.Articles;
using Chronicle.Text.ReaderBench;

var folders = new List<string>();
var listPages = false;
string? only = null;
string? show = null;
string? onlyReader = null;
var trace = false;
string? choices = null;
string? dump = null;
string? train = null;
var dropped = false;
var classWords = false;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--pages")
        listPages = true;
    else if (args[i] == "--only" && i + 1 < args.Length)
        only = args[++i];
    else if (args[i] == "--trace")
        trace = true;
    else if (args[i] == "--reader" && i + 1 < args.Length)
        onlyReader = args[++i];
    else if (args[i] == "--dump" && i + 1 < args.Length)
        dump = args[++i];
    else if (args[i] == "--no-classifier")
        LabelledPage.WeighParagraphs = false;
    else if (args[i] == "--class-words")
        classWords = true;
    else if (args[i] == "--dropped")
        dropped = true;
    else if (args[i] == "--page-blocks")
        ParagraphTrainer.UsePageBlocks = true;
    else if (args[i] == "--other-readers")
        ParagraphTrainer.UseOtherReaders = true;
    else if (args[i] == "--train" && i + 1 < args.Length)
        train = args[++i];
    else if (args[i] == "--choices" && i + 1 < args.Length)
        choices = args[++i];
    else if (args[i] == "--show" && i + 1 < args.Length)
        show = args[++i];
    else
        folders.Add(args[i]);
}
if (folders.Count == 0)
{
    Console.Error.WriteLine("Usage: FOLDER [FOLDER ...] [--pages] [--only tuning|untouched] [--reader own|smartreader|default] [--show PAGE]");
    return 2;
}

var readers = new (string Name, HtmlMainTextReader Reader)[]
{
    ("own", HtmlMainTextReader.Own),
    ("smartreader", HtmlMainTextReader.Readability),
    ("default", HtmlMainTextReader.Default),
};

foreach (var folder in folders)
{
    var pages = LabelledPages.Load(folder);
    if (pages.Count == 0)
    {
        Console.Error.WriteLine($"No labelled pages in {folder}.");
        return 1;
    }
    if (show is not null)
    {
        // One tuning page's text as each reader gives it, to see what a rule does.
        foreach (var page in pages.Where(p => p.Name == show && !p.Untouched))
        {
            foreach (var (name, reader) in readers.Where(r => onlyReader is null || r.Name == onlyReader))
            {
                var article = page.Read(reader);
                Console.WriteLine($"== {name}: title '{article.Title}', byline '{article.Byline}', language {article.Language}, fallback {article.MainTextFallback}");
                Console.WriteLine(article.CleanText);
                if (page.GoldText is not null)
                {
                    // Shingle-scored pages: the gold lines the text misses and the text's paragraphs the gold lacks.
                    foreach (var line in Scoring.MissedLines(page.GoldText, article.CleanText))
                        Console.WriteLine($"   missed: {line}");
                    foreach (var line in Scoring.MissedLines(article.CleanText, page.GoldText))
                        Console.WriteLine($"   unwanted: {line}");
                }
                foreach (var snippet in page.With.Where(s => !Scoring.Contains(article, s)))
                    Console.WriteLine($"   missed: {snippet}\n      in {PageTrace.Where(page.Content, snippet)}");
                foreach (var snippet in page.Without.Where(s => Scoring.Contains(article, s)))
                    Console.WriteLine($"   unwanted: {snippet}\n      in {PageTrace.Where(page.Content, snippet)}");
            }
        }
        continue;
    }
    if (classWords)
    {
        // The words of the class and id names around the snippets of the tuning pages' texts: on how many pages a word
        // holds an unwanted snippet the text keeps, and on how many a wanted one it keeps.
        var unwantedPages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var wantedPages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => !p.Untouched && p.IsHtml && p.GoldText is null))
        {
            var article = page.Read(HtmlMainTextReader.Default);
            foreach (var (snippets, counts) in new[] { (page.Without, unwantedPages), (page.With, wantedPages) })
            {
                foreach (var snippet in snippets.Where(s => Scoring.Contains(article, s)))
                {
                    foreach (var word in PageTrace.NameWords(page.Content, snippet))
                    {
                        if (!counts.TryGetValue(word, out var set))
                            counts[word] = set = [];
                        set.Add(page.Name);
                    }
                }
            }
        }
        foreach (var (word, set) in unwantedPages.OrderByDescending(p => p.Value.Count).Where(p => p.Value.Count >= 2))
            Console.WriteLine($"{word,-24} unwanted on {set.Count,3} pages, wanted on {wantedPages.GetValueOrDefault(word)?.Count ?? 0,3}  ({string.Join(", ", set.Take(4))})");
        continue;
    }
    if (dropped)
    {
        // What the paragraph classifier takes out of each tuning page's text, and whether the labels wanted it.
        foreach (var page in pages.Where(p => !p.Untouched && p.IsHtml))
        {
            LabelledPage.WeighParagraphs = false;
            var whole = page.Read(HtmlMainTextReader.Default);
            LabelledPage.WeighParagraphs = true;
            var kept = page.Read(HtmlMainTextReader.Default).CleanText.Split("\n\n").ToHashSet(StringComparer.Ordinal);
            foreach (var paragraph in whole.CleanText.Split("\n\n").Where(p => !kept.Contains(p)))
            {
                var verdict = page.GoldText is not null
                    ? (Scoring.MissedLines(paragraph, page.GoldText).Any() ? "good" : Scoring.Words(paragraph) < 4 ? "short" : "BAD")
                    : page.With.Any(s => Scoring.Flat(paragraph).Contains(Scoring.Flat(s), StringComparison.Ordinal)) ? "BAD"
                    : page.Without.Any(s => Scoring.Flat(paragraph).Contains(Scoring.Flat(s), StringComparison.Ordinal)) ? "good" : "neutral";
                Console.WriteLine($"{verdict,-7} {Scoring.Words(paragraph),4}w {page.Name}: {(paragraph.Length > 160 ? paragraph[..160] : paragraph)}");
            }
        }
        continue;
    }
    if (train is not null)
    {
        // The paragraph classifier, trained on the tuning pages of a snippet-labelled set only.
        if (pages[0].GoldText is null && pages[0].IsHtml)
        {
            LabelledPage.WeighParagraphs = false;
            ParagraphTrainer.Train(pages.Where(p => !p.Untouched), train);
        }
        continue;
    }
    if (dump is not null)
    {
        // Each tuning page's text as the chosen reader gives it, one file a page, to count where misses sit.
        Directory.CreateDirectory(dump);
        foreach (var page in pages.Where(p => !p.Untouched))
            File.WriteAllText(Path.Combine(dump, page.Name + ".txt"), page.Read(onlyReader switch { "own" => HtmlMainTextReader.Own, "smartreader" => HtmlMainTextReader.Readability, _ => HtmlMainTextReader.Default }).CleanText);
        continue;
    }
    if (choices is not null)
    {
        // The signals of the choice between the readers, tuning pages only.
        var exists = File.Exists(choices);
        using var output = new StreamWriter(choices, append: true);
        ChoiceFeatures.Write(pages.Where(p => !p.Untouched && p.IsHtml), Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), output, header: !exists);
        continue;
    }
    Console.WriteLine($"{folder}: {pages.Count} pages ({pages[0].Kind})");
    foreach (var (partName, part) in new[] { ("untouched", pages.Where(p => p.Untouched).ToList()), ("tuning", pages.Where(p => !p.Untouched).ToList()) })
    {
        if (only is not null && only != partName)
            continue;
        foreach (var (name, reader) in readers.Where(r => onlyReader is null || r.Name == onlyReader))
        {
            var watch = Stopwatch.StartNew();
            var articles = part.Select(p => (Page: p, Article: p.Read(reader))).ToList();
            watch.Stop();
            var scores = articles.Select(a => (a.Page, Score: a.Page.Score(a.Article))).ToList();
            var fields = articles.Where(a => a.Page.Fields is not null).Select(a => a.Page.Fields!.Agreement(a.Article)).ToList();
            var bytes = part.Sum(p => (long)p.Utf8Bytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {partName,-9} {name,-11} pages {part.Count,4}  F1 {Score.MeanF1(scores.Select(s => s.Score)):F4}  P {Score.MeanPrecision(scores.Select(s => s.Score)):F3}  R {Score.MeanRecall(scores.Select(s => s.Score)):F3}" +
                $"  refused {scores.Count(s => s.Score.Refused),3}  fallback {scores.Count(s => s.Score.Fallback),3}  {bytes / 1e6 / watch.Elapsed.TotalSeconds,6:F1} MB/s") +
                (fields.Count == 0 ? "" : $"  title {Right(fields.Select(f => f.Title))}  byline {Right(fields.Select(f => f.Byline))}  language {Right(fields.Select(f => f.Language))}"));
            if (listPages && partName == "tuning" && name == "default")
            {
                foreach (var (page, article) in articles)
                {
                    foreach (var snippet in page.With.Where(s => !Scoring.Contains(article, s)))
                        Console.WriteLine($"      missed in {page.Name}: {snippet}" + (trace ? $"\n         in {PageTrace.Where(page.Content, snippet)}" : ""));
                    foreach (var snippet in page.Without.Where(s => Scoring.Contains(article, s)))
                        Console.WriteLine($"      unwanted in {page.Name}: {snippet}" + (trace ? $"\n         in {PageTrace.Where(page.Content, snippet)}" : ""));
                }
            }
            if (listPages && partName == "tuning")
            {
                foreach (var (page, score) in scores.OrderBy(s => s.Score.F1))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {score.F1:F3} P {score.Precision:F3} R {score.Recall:F3} {(score.Refused ? "REFUSED " : "")}{page.Name}"));
                foreach (var (page, article) in articles.Where(a => a.Page.Fields?.Agreement(a.Article).Title == false))
                    Console.WriteLine($"      title of {page.Name}: '{article.Title}', labelled '{page.Fields!.Title}'");
                foreach (var (page, article) in articles.Where(a => a.Page.Fields?.Agreement(a.Article).Byline == false))
                    Console.WriteLine($"      byline of {page.Name}: '{article.Byline}', labelled '{page.Fields!.Byline}'");
            }
        }
    }
}
return 0;

static string Right(IEnumerable<bool?> agreements)
{
    var labelled = agreements.Where(a => a is not null).ToList();
    return $"{labelled.Count(a => a == true)}/{labelled.Count}";
}
