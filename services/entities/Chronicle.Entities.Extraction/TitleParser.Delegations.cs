namespace Chronicle.Entities.Extraction;

/// <summary>
/// A National Assembly delegation whose province is not written after it: 'Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH,
/// Chủ tịch HĐND tỉnh Nghệ An', 'Chủ tịch UBND tỉnh, Trưởng đoàn Đại biểu Quốc hội (ĐBQH) tỉnh đã …', a lead cut
/// short after 'Trưởng đoàn đại biểu Quốc hội …'. Every province elects one delegation, and its head holds it
/// beside a post of that province, so a delegation written bare right after such a post of the same entry is
/// that province's: the one the post names, else the article's where the post writes its level ('Tỉnh ủy',
/// 'tỉnh', 'Thành ủy', 'thành phố'). Elsewhere, or closed by anything but punctuation, it is no post.
/// </summary>
internal static partial class TitleParser
{
    private const string AssemblyDelegation = "Đoàn đại biểu Quốc hội";

    /// <summary>The delegation's short form in brackets after its name in full: 'Đoàn Đại biểu Quốc hội (ĐBQH) tỉnh'.</summary>
    private const string AssemblyDelegationAcronym = "ĐBQH";

    // The keys of 'tỉnh', 'thành' and the 'ủy' of 'Tỉnh ủy', as the tokens carry them ('Uỷ' and 'Ủy' alike).
    private static readonly string ProvinceKey = Lexicon.Key("tỉnh");
    private static readonly string CityKey = Lexicon.Key("thành");
    private static readonly string CommitteeKey = Lexicon.Key("ủy");

    /// <summary>The delegation at j (its name n tokens long) completed with the province of the post before it, or none.</summary>
    private static (string? Name, int Length) DelegationOfThePostBefore(IReadOnlyList<Token> tokens, int j, int n, string? province)
    {
        var k = j + n;
        if (k + 2 < tokens.Count && tokens[k].Text == "(" && tokens[k + 1].Text == AssemblyDelegationAcronym && tokens[k + 2].Text == ")")
        {
            // The place follows the short form: read it as it would be read right after the name.
            return Place(tokens, k + 3, province) is ({ } place, var p) ? ($"{AssemblyDelegation} {place}", n + 3 + p) : (null, 0);
        }
        if (k < tokens.Count && tokens[k].Text is not ("," or ";" or "." or "…" or ")" or "-" or "–"))
        {
            return (null, 0);
        }
        var (own, level) = PlaceOfThePostBefore(tokens, HeadStartBefore(tokens, j), province);
        own ??= level is not null && k + 1 < tokens.Count && tokens[k].Text == "," ? PlaceOfThePostAfter(tokens, k + 1, province, level) : null;
        return own is not null ? ($"{AssemblyDelegation} {own}", n) : (null, 0);
    }

    /// <summary>
    /// 'Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh Nghệ An đã …' where the article's province is not known:
    /// the province the next post of the entry names at the level the post before wrote, or null.
    /// </summary>
    private static string? PlaceOfThePostAfter(IReadOnlyList<Token> tokens, int next, string? province, string level)
    {
        if (Parse(tokens, next, province) is not { Organization: { Length: > 0 } body, Country: null })
        {
            return null;
        }
        var at = body.LastIndexOf($" {level} ", StringComparison.Ordinal);
        return at >= 0 && Lexicon.ProvinceNames.Contains(body[(at + level.Length + 2)..]) ? body[(at + 1)..] : null;
    }

    /// <summary>Where the delegation's head ('Trưởng', 'Phó Trưởng') starts before its body at j; -1 if none is written.</summary>
    private static int HeadStartBefore(IReadOnlyList<Token> tokens, int j)
    {
        var h = j - 1;
        if (h < 0 || tokens[h].Key != "trưởng")
        {
            return -1;
        }
        return h >= 1 && tokens[h - 1].Key == "phó" ? h - 1 : h;
    }

    /// <summary>
    /// The province of the post that ends, with a comma, right before the head at <paramref name="head"/>:
    /// 'Chủ tịch HĐND tỉnh Nghệ An,' names it; 'Bí thư Tỉnh ủy,', 'Chủ tịch UBND tỉnh,' write its level, and the
    /// article's province stands for it where it fits that level; with the level written and no province to fit
    /// it, the level alone. Nulls where no provincial post stands there.
    /// </summary>
    private static (string? Place, string? Level) PlaceOfThePostBefore(IReadOnlyList<Token> tokens, int head, string? province)
    {
        var comma = head - 1;
        if (head < 0 || comma < 1 || tokens[comma].Text != ",")
        {
            return (null, null);
        }
        for (var s = Math.Max(1, comma - 3); s < comma; s++)
        {
            if (Phrase.Longest(tokens, s, Lexicon.ProvinceNames) is ({ } named, var p) && s + p == comma && LevelWrittenAt(tokens, s - 1) is { } namedLevel)
            {
                var bare = BarePlaceName(named);
                return ($"{(CentralCities.Contains(bare) ? "thành phố" : namedLevel)} {bare}", namedLevel);
            }
        }
        var level = LevelWrittenAt(tokens, comma - 1);
        return level is not null && FitsLevel(province, level) ? ($"{level} {BarePlaceName(province!)}", level) : (null, level);
    }

    /// <summary>'tỉnh' or 'Tỉnh ủy' ending at k: a province's level; 'thành phố' or 'Thành ủy': a city's; else null.</summary>
    private static string? LevelWrittenAt(IReadOnlyList<Token> tokens, int k)
    {
        if (k < 0)
        {
            return null;
        }
        if (tokens[k].Key == ProvinceKey)
        {
            return "tỉnh";
        }
        if (k < 1)
        {
            return null;
        }
        var (before, last) = (tokens[k - 1].Key, tokens[k].Key);
        if (before == ProvinceKey && last == CommitteeKey)
        {
            return "tỉnh";
        }
        return before == CityKey && (last == CommitteeKey || last == "phố") ? "thành phố" : null;
    }
}
