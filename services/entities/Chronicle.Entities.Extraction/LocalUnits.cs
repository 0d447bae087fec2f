using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Districts, towns, wards and communes, the units below a province. A guest list of a district's
/// event writes their posts without the unit's name ('Bí thư Quận ủy; …, Phó Chủ tịch UBND Quận;
/// …, Chủ tịch Ủy ban MTTQ Việt Nam Quận'): the unit is the one the post's own entry names after it
/// ('Bí thư Huyện ủy, Chủ tịch HĐND huyện Tân Yên'), else the one unit of that level the article
/// names. An article that names two districts leaves the post unnamed.
/// </summary>
internal static partial class LocalUnits
{
    /// <summary>The levels, as the press writes them before a unit's name.</summary>
    public static readonly string[] Levels = ["huyện", "quận", "thị xã", "xã", "phường", "thị trấn"];

    /// <summary>A level word at k that starts a unit or stands for one ('huyện', 'Quận'), not 'xã hội'.</summary>
    public static bool LevelAt(IReadOnlyList<Token> tokens, int k) =>
        Phrase.Longest(tokens, k, Levels) is ({ } level, var d) && !(level == "xã" && k + d < tokens.Count && tokens[k + d].Key == "hội");

    /// <summary>
    /// The level a body written without its unit's name stands for, and how it is named once the unit
    /// is known: 'UBND quận' → 'UBND quận 12' (the level, then the name), 'Huyện ủy' → 'Huyện ủy Tân Yên'
    /// (the committee's kind says the level; a district that goes by number keeps its level word,
    /// 'Quận ủy Quận 12').
    /// </summary>
    public static (string Level, bool LevelWritten)? UnnamedLevel(string organization)
    {
        foreach (var (committee, level) in Committees)
        {
            if (organization == committee || EndsWithWords(organization, committee))
                return (level, false);
        }
        foreach (var level in Levels)
        {
            if (EndsWithWords(organization, level))
                return (level, true);
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends with a space and <paramref name="words"/>; compared in place, since
    /// joining the space on first made a string for every unit tried at every post resolved.
    /// </summary>
    public static bool EndsWithWords(string text, string words) =>
        text.Length > words.Length && text[^(words.Length + 1)] == ' ' && text.EndsWith(words, StringComparison.Ordinal);

    /// <summary>The body completed with the unit's name: 'UBND quận' + '12' → 'UBND quận 12'; 'Quận ủy' + '12' → 'Quận ủy Quận 12'.</summary>
    public static string Completed(string organization, string level, bool levelWritten, string name)
    {
        var numbered = name.All(char.IsDigit);
        return levelWritten || !numbered ? $"{organization} {name}" : $"{organization} {char.ToUpperInvariant(level[0])}{level[1..]} {name}";
    }

    /// <summary>Party committees of a unit, and the unit's level.</summary>
    private static readonly (string Committee, string Level)[] Committees =
        [("Huyện ủy", "huyện"), ("Huyện uỷ", "huyện"), ("Quận ủy", "quận"), ("Quận uỷ", "quận"), ("Thị ủy", "thị xã"), ("Thị uỷ", "thị xã")];

    /// <summary>The names of the units of each level the text writes ('huyện Gia Lâm', 'Quận 12', 'Huyện ủy Tân Yên').</summary>
    public static IEnumerable<(string Level, string Name)> Named(string text, int start = 0, int length = -1)
    {
        var span = length < 0 ? text[start..] : text.Substring(start, length);
        foreach (Match match in UnitMention().Matches(span))
        {
            var written = match.Groups["level"].Value;
            var level = Committees.FirstOrDefault(c => string.Equals(c.Committee, written, StringComparison.OrdinalIgnoreCase)).Level
                ?? written.ToLowerInvariant();
            var name = match.Groups["name"].Value;
            // 'tại điểm cầu UBND huyện Về dự …': a line that ends on the level, run on into the next one's opening word.
            if (!SentenceOpeners.Contains(name.Split(' ')[0]))
                yield return (level, name);
        }
    }

    /// <summary>Capitalised words that open a sentence and no unit's name ('Từ Sơn', 'Năm Căn' are names).</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "Về", "Trong", "Tại", "Theo", "Sau", "Ngày", "Đây", "Đó", "Các", "Những", "Tháng", "Khi", "Với", "Để", "Do", "Trước", "Hiện", "Như", "Thời",
    };

    /// <summary>
    /// The one unit (or body) among the names given, or null when there are two. A name read with
    /// the words after it ('huyện Gia Lâm Nguyễn', a person named after the unit) is the shorter
    /// name it begins with.
    /// </summary>
    public static string? TheOne(IEnumerable<string> names)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).OrderBy(n => n.Length).ToList();
        if (distinct.Count == 0)
            return null;
        var shortest = distinct[0];
        return distinct.All(n => n == shortest || n.StartsWith(shortest + " ", StringComparison.Ordinal)) ? shortest : null;
    }

    /// <summary>A unit's level (or its Party committee) and its name: a number, or one to three capitalised words.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?<level>[hH]uyện ủy|[hH]uyện uỷ|[qQ]uận ủy|[qQ]uận uỷ|[tT]hị ủy|[tT]hị uỷ|[hH]uyện|[qQ]uận|[tT]hị xã|[pP]hường|[xX]ã|[tT]hị trấn) (?!(?:[hH]uyện|[qQ]uận|[tT]hị|[pP]hường|[xX]ã)(?!\p{L}))(?<name>\d+(?!\p{L})|\p{Lu}[\p{Ll}']*(?: \p{Lu}[\p{Ll}']*){0,2})")]
    private static partial Regex UnitMention();
}
