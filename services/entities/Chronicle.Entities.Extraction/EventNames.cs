using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// An event's name as a list shows it: whole words and whole numbers, its quotes and brackets
/// closed, no dangling 'của'/'và'/'theo' at its end, and no longer than a reader takes in at a
/// glance. A name longer than that is cut where a phrase ends ('… của', '… về', a comma), not
/// inside one.
/// </summary>
internal static partial class EventNames
{
    /// <summary>Most words a name keeps: 'Hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Campuchia Hun Manet' has 14.</summary>
    public const int MaxWords = 30;

    /// <summary>Fewest words a name keeps when it is cut at a phrase's end: fewer would lose what the event was.</summary>
    private const int MinWordsAtCut = 20;

    /// <summary>Words that open a phrase: a long name is cut before one of them.</summary>
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.Ordinal)
    {
        "của", "về", "với", "tại", "cho", "và", "nhằm", "để", "trong", "theo", "giữa", "sau", "trước", "nhân", "do", "khi", "từ",
    };

    /// <summary>Words that cannot end a name: they wait for what the cut took away ('… của', '… lần thứ').</summary>
    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal)
    {
        "của", "và", "với", "về", "cho", "tại", "theo", "trong", "để", "nhằm", "giữa", "đã", "sẽ", "đang", "vừa", "các", "những",
        "từ", "tới", "đến", "là", "thì", "mà", "đối", "lần", "thứ", "hồi", "sáng", "chiều", "tối", "trưa", "do", "bằng", "như",
        "khi", "trên", "dưới", "ở", "được", "bị", "hôm", "vào", "cùng", "sau", "trước", "nhân", "có", "lúc", "khoảng", "đêm", "rạng",
    };

    /// <summary>
    /// Whether a trip's name goes on past ' tại': 'Chuyến công tác của Chủ tịch nước tại tỉnh Cao Bằng' is known by where
    /// it went, while 'Hội nghị … tại Hà Nội' is known without its place.
    /// </summary>
    public static bool TripGoesOn(string text, int nameStart, int stopAt, string stop) =>
        stop.AsSpan().Trim().SequenceEqual("tại")
        && Trip().IsMatch(text.AsSpan(nameStart, stopAt - nameStart))
        && PlaceNext().IsMatch(text.AsSpan(stopAt + stop.Length, Math.Min(PlaceReach, text.Length - stopAt - stop.Length)));

    private const int PlaceReach = 20;

    [GeneratedRegex(@"^[Cc]huyến\s+(?:thăm|công\s+tác|công\s+du)(?![\p{L}])")]
    private static partial Regex Trip();

    /// <summary>' tỉnh Lạng Sơn', ' Hà Nội', ' TP.HCM': a place named with a capital, maybe after the kind of place.</summary>
    [GeneratedRegex(@"^\s+(?:(?:tỉnh|thành\s+phố|huyện|thủ\s+đô|Thủ\s+đô|TP\.?)\s*)?\p{Lu}")]
    private static partial Regex PlaceNext();

    /// <summary>
    /// The short name in brackets that closes a long name cut at a comma: 'Triển lãm Quốc tế về nông nghiệp, thủy sản, …,
    /// bao bì 2024 (Agro Expo)'. Only a name written in Latin letters, an abbreviation or a brand ('APEC', 'Agro Expo'),
    /// reached through a list of nouns written in lower case: no verb, no place ('tại', 'ở'), no clause's end and no
    /// capitalised name on the way, so a place in brackets ('(Hà Nội)') or the abbreviation of a body that opens the next
    /// clause ('tại phiên họp thứ 38, Ủy ban Thường vụ Quốc hội (UBTVQH) …') is not taken.
    /// </summary>
    public static string? ShortNameClosing(string text, int commaAt, int limit)
    {
        var run = ShortNameRun().Match(text, commaAt, Math.Min(ShortNameReach, limit - commaAt));
        if (!run.Success || run.Index != commaAt)
            return null;
        var before = run.Groups["short"].Index - 1;
        if (HasCapital(text.AsSpan(commaAt, before - commaAt)))
            return null;
        return EventPhrases.VerbIn(text, commaAt, before - commaAt).Success ? null : run.Groups["short"].Value.Trim();
    }

    private static bool HasCapital(ReadOnlySpan<char> words)
    {
        foreach (var c in words)
        {
            if (char.IsUpper(c))
                return true;
        }
        return false;
    }

    /// <summary>How far after the comma the closing short name may stand.</summary>
    private const int ShortNameReach = 300;

    [GeneratedRegex(@"\G,(?:(?!\s(?:tại|ở|là|của)\s)[^;.!?()\n])+?\((?<short>[A-Z][A-Za-z0-9&\-]*(?:\s+[A-Za-z0-9&\-]+){0,3})\)(?=[\s,.;:]|$)")]
    private static partial Regex ShortNameRun();

    /// <summary>The name tidied: quotes and brackets closed or dropped, cut at a phrase's end, no dangling word last.</summary>
    public static string Tidy(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
            words = words[..CutAt(words)];
        var tidy = string.Join(' ', words);
        tidy = WithoutUnclosedBracket(WithoutUnpairedQuotes(tidy));
        return TrimDangling(tidy);
    }

    /// <summary>
    /// Where a long name is cut: before the last phrase opener within reach, else at the limit,
    /// moved back to the start of a proper name it would split ('TP Điện | Biên Phủ').
    /// </summary>
    private static int CutAt(string[] words)
    {
        for (var k = MaxWords; k >= MinWordsAtCut; k--)
        {
            if (PhraseOpeners.Contains(words[k]) || words[k - 1].EndsWith(',') || words[k - 1].EndsWith(';'))
                return k;
        }
        var cut = MaxWords;
        while (cut > MinWordsAtCut && StartsUpper(words[cut]) && StartsUpper(words[cut - 1]))
            cut--;
        return StartsUpper(words[cut]) && StartsUpper(words[cut - 1]) ? MaxWords : cut;
    }

    /// <summary>'13h', '15h30', '9g': the hour an event began, which its name does without.</summary>
    private static bool IsClockTime(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
            digits++;
        if (digits is 0 or > 2 || digits == word.Length || word[digits] is not ('h' or 'g'))
            return false;
        var minutes = word[(digits + 1)..];
        return minutes.Length == 0 || (minutes.Length == 2 && char.IsAsciiDigit(minutes[0]) && char.IsAsciiDigit(minutes[1]));
    }

        private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>The marks <see cref="TrimDangling"/> drops from a name's end: kept in an array made once, not written out at every call.</summary>
    private static readonly char[] DanglingMarks = [' ', ',', '.', ';', ':', '-', '–', '(', '/'];

    /// <summary>Drops the dangling words and marks at the name's end, one after another, and a clock time ('Lễ truy điệu 13h').</summary>
    private static string TrimDangling(string name)
    {
        while (true)
        {
            var trimmed = name.TrimEnd(DanglingMarks);
            var lastSpace = trimmed.LastIndexOf(' ');
            if (lastSpace < 0 || !(Dangling.Contains(trimmed[(lastSpace + 1)..]) || IsClockTime(trimmed.AsSpan(lastSpace + 1))))
                return trimmed;
            name = trimmed[..lastSpace];
        }
    }

    /// <summary>'Hội nghị Thượng đỉnh tương lai”': a quote mark whose partner the cut took away goes too.</summary>
    private static string WithoutUnpairedQuotes(string name)
    {
        if (name.AsSpan().IndexOfAny("“”\"") < 0)
            return name;
        var dropped = new HashSet<int>();
        var opened = new Stack<int>();
        var straightOpen = -1;
        for (var i = 0; i < name.Length; i++)
        {
            switch (name[i])
            {
                case '“':
                    opened.Push(i);
                    break;
                case '”' when opened.Count > 0:
                    opened.Pop();
                    break;
                case '”':
                    dropped.Add(i);
                    break;
                case '"':
                    straightOpen = straightOpen < 0 ? i : -1;
                    break;
            }
        }
        dropped.UnionWith(opened);
        if (straightOpen >= 0)
            dropped.Add(straightOpen);
        if (dropped.Count == 0)
            return name;
        var kept = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (!dropped.Contains(i))
                kept.Append(name[i]);
        }
        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>'Triển lãm (khai mạc sáng': a bracket the cut left open is cut away with what follows it.</summary>
    private static string WithoutUnclosedBracket(string name)
    {
        var open = name.LastIndexOf('(');
        return open > 0 && name.IndexOf(')', open) < 0 ? name[..open].TrimEnd() : name;
    }
}
