using System.Text.RegularExpressions;
using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Comparison keys for scoring: two spellings of the same person or role get the same key.</summary>
public static partial class RoleKeys
{
    /// <summary>Diacritics kept (they tell names apart), case and tone-mark placement ignored.</summary>
    public static string Person(string name) => CollapseSpaces(VietnameseText.MatchKey(name));

    /// <summary>
    /// Like <see cref="Person"/>, with the usual abbreviations spelled out ('UBND' = 'Ủy ban nhân dân',
    /// 'TƯ' = 'Trung ương', 'TP.' = 'Thành phố') and a leading 'nguyên'/'Quyền' dropped: the qualifier
    /// is scored separately, so 'nguyên Trưởng Ban' and 'Trưởng Ban' name the same role.
    /// </summary>
    public static string Role(string role)
    {
        // Both sides of a comparison go through the same rewriting, so expanding 'tư' inside
        // 'Tư pháp' or 'Tư lệnh' does not make different roles equal; it only makes the key uglier.
        var key = Abbreviation().Replace(VietnameseText.MatchKey(role), m => " " + Expansions[m.Value] + " ");
        key = CollapseSpaces(key);
        // These posts are written both ways, and the dev set's own pair lines treat them as one:
        // 'Ủy viên Ban Chấp hành Trung ương Đảng' = 'Ủy viên Trung ương Đảng',
        // 'Trưởng Ban Đối ngoại Trung ương Đảng' = 'Trưởng Ban Đối ngoại Trung ương',
        // '(Phó) Thủ tướng Chính phủ' = '(Phó) Thủ tướng'. Only a trailing 'Đảng' is dropped, so
        // 'Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào' stays apart.
        key = key.Replace("ban chấp hành trung ương đảng", "trung ương đảng", StringComparison.Ordinal);
        key = CommissionOfTheCentralCommittee().Replace(key, "${commission}");
        if (key.EndsWith("thủ tướng chính phủ", StringComparison.Ordinal))
            key = key[..^" chính phủ".Length];
        // A foreign head of state is written both ways: 'Chủ tịch nước Lào' = 'Chủ tịch Lào'.
        if (key.StartsWith("chủ tịch nước ", StringComparison.Ordinal))
            key = "chủ tịch " + key["chủ tịch nước ".Length..];
        foreach (var qualifier in Qualifiers)
        {
            if (key.StartsWith(qualifier, StringComparison.Ordinal))
                key = key[qualifier.Length..];
        }
        return key;
    }

    private static readonly string[] Qualifiers = ["nguyên ", "quyền "];

    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["ubnd"] = VietnameseText.MatchKey("ủy ban nhân dân"),
        ["hđnd"] = "hội đồng nhân dân",
        ["t.ư"] = "trung ương",
        ["tư"] = "trung ương",
        ["tw"] = "trung ương",
        ["tp."] = "thành phố",
        ["tp"] = "thành phố",
    };

    private static string CollapseSpaces(string text) => Spaces().Replace(text, " ").Trim();

    // Whole words only: 'tp' must not fire inside a longer word. Longer alternatives come first.
    [GeneratedRegex(@"(?<![\p{L}\p{M}.])(?:ubnd|hđnd|t\.ư|tư|tw|tp\.|tp)(?![\p{L}\p{M}])")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^(?<commission>.*\bban .+ trung ương) đảng$")]
    private static partial Regex CommissionOfTheCentralCommittee();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
