using System.Globalization;
using System.Text;

namespace Chronicle.Text;

/// <summary>Normalisation and folding of Vietnamese text.</summary>
public static class VietnameseText
{
    /// <summary>
    /// The form every stored text takes: NFC, look-alike letters mapped ('Ð' U+00D0 → 'Đ' U+0110,
    /// 'ð' → 'đ'), non-breaking spaces turned into spaces and zero-width characters removed.
    /// Keeps the author's tone-mark placement and case.
    /// </summary>
    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var builder = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            switch (c)
            {
                // Icelandic eth is the usual wrong key for Vietnamese 'Đ'; they look identical.
                case '\u00D0': builder.Append('\u0110'); break;
                case '\u00F0': builder.Append('\u0111'); break;
                case '\u00A0' or '\u202F': builder.Append(' '); break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF': break;
                // Code points normalisation refuses (the noncharacters U+FFFE and U+FFFF) become the
                // replacement character, so a damaged paste is read rather than refused with an exception.
                case '\uFFFE' or '\uFFFF': builder.Append('\uFFFD'); break;
                // A surrogate pair is copied whole; a lone half (JSON may carry one as '\uD800') is
                // refused by normalisation too, so it becomes the replacement character as well.
                case >= '\uD800' and <= '\uDBFF' when i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]):
                    builder.Append(c).Append(input[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF': builder.Append('\uFFFD'); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A key for matching and search: lower case, diacritics removed, 'đ' → 'd', runs of
    /// whitespace collapsed to one space, trimmed. 'Lê Hoài Trung' → 'le hoai trung'.
    /// </summary>
    public static string Fold(string input)
    {
        var decomposed = Normalize(input).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// A key that keeps diacritics but treats the two tone-mark conventions as one
    /// ('hoà' = 'hòa', 'uỷ' = 'ủy', 'thuỷ' = 'thủy'), lower-cased.
    /// </summary>
    public static string MatchKey(string input) =>
        ToneMarkPlacement.Unify(Normalize(input).ToLowerInvariant());
}
