using System.Text;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// An event's name as a list shows it: whole words and whole numbers, its quotes and brackets
/// closed, no dangling 'của'/'và'/'theo' at its end, and no longer than a reader takes in at a
/// glance. A name longer than that is cut where a phrase ends ('… của', '… về', a comma), not
/// inside one.
/// </summary>
internal static class EventNames
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
