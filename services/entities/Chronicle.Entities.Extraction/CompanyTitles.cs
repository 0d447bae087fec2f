using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Heads of companies the press names by the brand alone: 'Chủ tịch FPT', 'Tổng Giám đốc
/// Vietcombank', 'Chủ tịch HĐQT HDBank', 'Phó Giám đốc Trung tâm thẻ HDBank'. A brand is one word
/// written as no Vietnamese word is: capitals inside it ('HDBank', 'VNPT') or a spelling that is no
/// Vietnamese syllable ('Vietcombank'). The first kind may run straight into the holder's name; the
/// second only into a Vietnamese one, so that 'Giám đốc Marc Knapper' stays a person.
/// </summary>
internal static partial class CompanyTitles
{
    private static readonly string[] Heads =
    [
        "Chủ tịch Hội đồng quản trị", "Chủ tịch HĐQT", "Chủ tịch HĐTV", "Phó Chủ tịch HĐQT", "Chủ tịch", "Phó Chủ tịch",
        "Phó Tổng Giám đốc", "Tổng Giám đốc", "Phó Giám đốc", "Giám đốc",
    ];

    /// <summary>Words for a company or one of its units that may stand before the brand: 'Tập đoàn FPT', 'Trung tâm thẻ HDBank'.</summary>
    private static readonly string[] UnitWords = ["Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng", "Trung tâm", "Chi nhánh"];

    private const int MaxUnitLowerWords = 2;

    /// <summary>
    /// Capitalised short forms that are no company: our own bodies ('CATP', 'UBMTTQ', 'HĐH' for an
    /// association of natives), company types, and international organisations ('EU', 'G20').
    /// </summary>
    private static readonly HashSet<string> NotBrands = new(StringComparer.Ordinal)
    {
        "UBND", "HĐND", "TAND", "VKSND", "MTTQ", "UBMTTQ", "MTTQVN", "TP", "BCH", "TW", "TƯ", "ĐBQH", "HĐQT", "HĐTV", "CTCP", "TNHH", "UBKT",
        "BTC", "BCĐ", "BCH", "QH", "CP", "CAND", "QĐND", "CATP", "CAT", "CAH", "CSGT", "BHXH", "KBNN", "NHNN", "ĐHQG", "LĐBĐVN", "LĐLĐ",
        "HĐH", "HTX", "BQL", "KCN", "TPHCM", "HCM",
        "EU", "EC", "UN", "LHQ", "G7", "G20", "ASEAN", "APEC", "WTO", "WHO", "IMF", "NATO", "BRICS", "IPU", "AIPA", "UNESCO", "UNICEF",
        "FAO", "OPEC", "WB", "ADB", "IAEA", "ICC", "ICJ", "FIFA", "AFF", "AFC", "IOC", "OCA", "SCO", "OECD", "UNDP", "AU", "GCC",
    };

    public static TitleMatch? At(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, Heads) is not ({ } head, var n))
        {
            return null;
        }
        var j = i + n;
        if (Phrase.Longest(tokens, j, UnitWords) is (not null, var u))
        {
            j += u;
            for (var lower = 0; lower < MaxUnitLowerWords && j < tokens.Count && tokens[j].IsWord && !tokens[j].IsCapitalized; lower++)
            {
                j++;
            }
        }
        if (j >= tokens.Count || !IsBrand(tokens, j))
        {
            return null;
        }
        var end = j + 1;
        // 'Giám đốc CDC Hải Dương': the province the company serves is part of its name.
        if (Phrase.Longest(tokens, end, Lexicon.ProvinceNames) is (not null, var p))
        {
            end += p;
        }
        var body = string.Join(' ', tokens.Skip(i + n).Take(end - i - n).Select(t => t.Text));
        var spelled = SpelledOut(head);
        return new TitleMatch($"{spelled} {body}", spelled, body, "", i, end, false);
    }

    /// <summary>'Chủ tịch HĐQT' is 'Chủ tịch Hội đồng quản trị', 'HĐTV' 'Hội đồng thành viên': one post, one name.</summary>
    public static string SpelledOut(string head) =>
        head.Replace("HĐQT", "Hội đồng quản trị", StringComparison.Ordinal).Replace("HĐTV", "Hội đồng thành viên", StringComparison.Ordinal);

    /// <summary>
    /// 'Tổng công ty Cảng hàng không Việt Nam (ACV)' … 'chủ tịch HĐQT ACV': a brand the article
    /// spells out once in front of its bracketed short form is that body, and the post is named with
    /// the full name and the short form, as the article introduced it.
    /// </summary>
    public static void SpellOutBrands(string text, List<RoleMention> roles)
    {
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            if (!Heads.Select(SpelledOut).Contains(role.Title) || role.Organization.Length < 2 || role.Organization.Contains(' ', StringComparison.Ordinal)
                || !role.Role.EndsWith(" " + role.Organization, StringComparison.Ordinal) || FullNameOf(text, role.Organization) is not var (full, brand))
                continue;
            var body = $"{full} ({brand})";
            roles[k] = role with { Role = $"{role.Title} {body}", Organization = body };
        }
    }

    /// <summary>The full name the text writes right before '(brand', and the brand as written there.</summary>
    private static (string Full, string Brand)? FullNameOf(string text, string brand)
    {
        foreach (Match bracket in BracketedShortForm().Matches(text))
        {
            var written = bracket.Groups["brand"].Value;
            if (!string.Equals(written, brand, StringComparison.OrdinalIgnoreCase))
                continue;
            var from = Math.Max(0, bracket.Index - MaxFullNameChars);
            var before = text[from..bracket.Index];
            var start = BodyStarts().Matches(before).LastOrDefault();
            if (start is null)
                continue;
            var full = before[start.Index..].Trim();
            if (full.IndexOfAny([',', '.', ';', ':', '(', ')']) < 0 && full.Split(' ').Length >= 3)
                return (full, written);
        }
        return null;
    }

    private const int MaxFullNameChars = 90;

    [GeneratedRegex(@"\(\s*(?<brand>\p{Lu}[\p{L}0-9]+)(?:\s+\p{Lu}+)?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedShortForm();

    [GeneratedRegex(@"(?<![\p{L}])(?:Tổng\s+công\s+ty|Công\s+ty|Tập\s+đoàn|Ngân\s+hàng|Hiệp\s+hội|Hội|Liên\s+đoàn|Tổng\s+cục|Trung\s+tâm|Quỹ)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStarts();

    private static bool IsBrand(IReadOnlyList<Token> tokens, int j)
    {
        var word = tokens[j].Text;
        if (!tokens[j].IsCapitalized || word.Length < 2 || !word.All(char.IsLetterOrDigit) || NotBrands.Contains(word)
            || Countries.At(tokens, j).Country is not null || Phrase.Longest(tokens, j, Lexicon.ProvinceNames).Phrase is not null)
        {
            return false;
        }
        if (word.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return true;
        }
        var next = j + 1 < tokens.Count ? tokens[j + 1] : default;
        return PersonNameCheck.LooksForeign(word)
            && (next.Text is null || !next.IsCapitalized || !next.IsWord || PersonNames.At(tokens, j + 1, afterTitle: true) is not null);
    }
}
