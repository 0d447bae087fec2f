namespace Chronicle.Text;

/// <summary>Normalisation and folding of Vietnamese text.</summary>
public static class VietnameseText
{
    /// <summary>
    /// The form every stored text takes: NFC, look-alike letters mapped ('Ð' U+00D0 → 'Đ' U+0110,
    /// 'ð' → 'đ'), non-breaking spaces turned into spaces and zero-width characters removed.
    /// Keeps the author's tone-mark placement and case.
    /// </summary>
    public static string Normalize(string input) => throw new NotImplementedException();

    /// <summary>
    /// A key for matching and search: lower case, diacritics removed, 'đ' → 'd', runs of
    /// whitespace collapsed to one space, trimmed. 'Lê Hoài Trung' → 'le hoai trung'.
    /// </summary>
    public static string Fold(string input) => throw new NotImplementedException();

    /// <summary>
    /// A key that keeps diacritics but treats the two tone-mark conventions as one
    /// ('hoà' = 'hòa', 'uỷ' = 'ủy', 'thuỷ' = 'thủy'), lower-cased.
    /// </summary>
    public static string MatchKey(string input) => throw new NotImplementedException();
}
