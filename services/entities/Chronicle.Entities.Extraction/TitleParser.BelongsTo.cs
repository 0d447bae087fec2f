namespace Chronicle.Entities.Extraction;

/// <summary>
/// 'Tổng cục Cảnh sát thuộc Bộ Công an', 'Cục Quản lý thị trường thuộc Bộ Công Thương', 'Bệnh viện Nhi thuộc Sở Y tế
/// Hà Nội': 'thuộc' (belongs to) after a unit's name opens the body it belongs to, as a comma or a bracket does. The
/// unit's name is whole before it: the lower-case 'thuộc' neither cuts the name short nor goes on with it.
/// </summary>
internal static partial class TitleParser
{
    /// <summary>The body 'thuộc' at k opens, and the words from k to its end; null where k holds no 'thuộc' before a body.</summary>
    private static (string? Name, int Length) OwnerAfterBelongsTo(IReadOnlyList<Token> tokens, int k, string? province)
    {
        if (!BelongsToAt(tokens, k))
        {
            return (null, 0);
        }
        if (OwnerBody(tokens, k + 1, province) is ({ } owner, var length))
        {
            return (owner, 1 + length);
        }
        // A provincial department, which no body of the lexicon names: 'Trung tâm Y tế thuộc Sở Y tế tỉnh Nghệ An'.
        return Department(tokens, k + 1, "Sở", province) is ({ } department, var end) ? (department, end - k) : (null, 0);
    }

    /// <summary>
    /// Whether 'thuộc' at k opens a body the lexicon knows ('Bộ Công an', 'Ban Nội chính Trung ương'), closing the name
    /// before it. Not a provincial department: a centre or hospital of one ('Trung tâm X thuộc Sở Y TP.HCM') is named
    /// with the city by the press and the gold alike, which the name alone would leave out.
    /// </summary>
    private static bool BelongsToKnownBody(IReadOnlyList<Token> tokens, int k) =>
        BelongsToAt(tokens, k) && OwnerBody(tokens, k + 1, province: null).Name is not null;

    /// <summary>Whether k holds 'thuộc' with a capitalised word after it, where a body may open.</summary>
    private static bool BelongsToAt(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Key == "thuộc" && tokens[k + 1].IsCapitalized;
}
