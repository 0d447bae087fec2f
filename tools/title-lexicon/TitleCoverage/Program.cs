using Chronicle.Entities.Extraction;
using Chronicle.Text;

// Reads mined-titles.tsv (count, title) and says, for each title, the role the extractor reads
// when the title stands after a name in a plain sentence. A title read shorter than written, or
// not at all, is a gap in the lexicon or the grammar; the most frequent gaps are printed first.
var file = args.Length > 0 ? args[0] : "mined-titles.tsv";
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

static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
