namespace Chronicle.Entities.Extraction;

/// <summary>A person's name read at a token position.</summary>
internal sealed record NameMatch(string Name, int First, int End);

/// <summary>
/// Vietnamese names (a surname and one to three capitalised syllables), ethnic minority names
/// ('H’Lim Niê'), and Sino-Vietnamese renderings of foreign names ('Tập Cận Bình').
/// </summary>
internal static class PersonNames
{
    private const int MaxSyllables = 4;

    public static NameMatch? At(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsCapitalized)
        {
            return null;
        }
        var first = tokens[i].Text;
        var minority = first.Length > 2 && (first[1] is '’' or '\'') && char.IsUpper(first[2]);
        if (!minority && !Lexicon.Surnames.Contains(first))
        {
            return null;
        }
        var end = i + 1;
        while (end < tokens.Count && end - i < MaxSyllables && IsNameSyllable(tokens, end))
        {
            end++;
        }
        if (end - i < 2 || (Lexicon.NotNameStarts.Contains(first) && end - i < 3))
        {
            return null;
        }
        var name = string.Join(' ', tokens.Skip(i).Take(end - i).Select(t => t.Text));
        if (Lexicon.Places.Any(place => name.StartsWith(place, StringComparison.Ordinal)) || name.StartsWith("Hồ Chí Minh", StringComparison.Ordinal))
        {
            return null;
        }
        return new NameMatch(name, i, end);
    }

    /// <summary>A capitalised syllable that is not the start of a title or organisation ('Ủy', 'Bộ', 'Ban').</summary>
    private static bool IsNameSyllable(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (!token.IsCapitalized || token.Text.Length > 7 || !token.Text.All(c => char.IsLetter(c) || c is '’' or '\'') || NotInNames.Contains(token.Text))
        {
            return false;
        }
        // Given names that also start common phrases: 'Trung ương', 'Chính phủ', 'Thành ủy' follow
        // a name without being part of it.
        var next = index + 1 < tokens.Count ? tokens[index + 1].Key : "";
        return !(PhraseStarts.TryGetValue(token.Key, out var followers) && followers.Contains(next));
    }

    /// <summary>Syllables never found in a person's name: title and organisation words.</summary>
    private static readonly HashSet<string> NotInNames = new(StringComparer.Ordinal)
    {
        "Ủy", "Uỷ", "Bộ", "Ban", "Phó", "Trưởng", "Thứ", "Tổng", "Bí", "Chủ", "Đảng", "Tỉnh", "UBND", "HĐND",
        "Đại", "Hội", "Nhà", "Quyền", "Ông", "Bà",
    };

    private static readonly Dictionary<string, string[]> PhraseStarts = new(StringComparer.Ordinal)
    {
        ["trung"] = ["ương"],
        ["việt"] = ["nam"],
        ["hà"] = ["nội"],
        ["chính"] = ["phủ", "trị"],
        ["quốc"] = ["hội", "gia", "tế"],
        ["thành"] = ["ủy", "phố"],
        ["thường"] = ["trực", "vụ"],
        ["đồng"] = ["chí"],
    };
}
