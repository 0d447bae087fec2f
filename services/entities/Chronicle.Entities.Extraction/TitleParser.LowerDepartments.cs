namespace Chronicle.Entities.Extraction;

/// <summary>
/// A ministry's department or a general staff's directorate written in sentence case after its head: 'Cục trưởng
/// Cục tác chiến, Bộ Tổng Tham mưu …', 'Vụ trưởng Vụ pháp chế - Bộ Lao động …'. <see cref="Department"/> reads a
/// 'Cục' or 'Vụ' from its capitalised words, and in lower case only where a province closes it ('Cục thuế tỉnh X');
/// these names have no capitalised word before the body they belong to. The owner written right after them closes
/// them as plainly as a province does: after a comma, in brackets, or after a dash where the owner is a ministry (as
/// <see cref="Department"/> takes an owner after a dash). Lower-case words nothing closes so ('Cục trưởng Cục này
/// cho biết', 'Vụ trưởng vụ án …') stay unread.
/// </summary>
internal static partial class TitleParser
{
    /// <summary>
    /// True where the lower-case words from k (two at least) are a department's name closed by the body it belongs to,
    /// written right after them.
    /// </summary>
    private static bool LowerNameClosedByOwner(IReadOnlyList<Token> tokens, int k, string? province)
    {
        var end = k;
        while (end < tokens.Count && end - k <= MaxDepartmentWords && LowerDepartmentWord(tokens, end))
        {
            end++;
        }
        if (end - k < MinLowerDepartmentWords || end + 1 >= tokens.Count)
        {
            return false;
        }
        if (tokens[end].Text is not ("," or "(" or "-" or "–") || OwnerBody(tokens, end + 1, province) is not ({ } owner, var length))
        {
            return false;
        }
        return tokens[end].Text switch
        {
            "," => true,
            "(" => end + 1 + length < tokens.Count && tokens[end + 1 + length].Text == ")",
            _ => owner.StartsWith("Bộ ", StringComparison.Ordinal),
        };
    }

    /// <summary>A lower-case word of a department's name: a letter word that neither carries the sentence nor opens a name or a title.</summary>
    private static bool LowerDepartmentWord(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsWord && !tokens[k].IsCapitalized && char.IsLetter(tokens[k].Text[0])
        && !IsSentenceWord(tokens, k) && !StartsNameOrTitle(tokens, k) && !NotInLowerName.Contains(tokens[k].Key);

    /// <summary>One lower-case word alone ('Cục này', 'Vụ đó') points back at a body; a name has two at least ('tác chiến').</summary>
    private const int MinLowerDepartmentWords = 2;
}
