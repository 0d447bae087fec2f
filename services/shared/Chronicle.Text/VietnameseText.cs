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
        ArgumentNullException.ThrowIfNull(input);
        return FoldByTable(input) ?? FoldByNormalization(input);
    }

    /// <summary>
    /// <see cref="Fold"/> as its definition reads: <see cref="Normalize"/>, decomposed (NFD), marks
    /// dropped, whitespace collapsed, lower case. Two passes of the Unicode library and three copies
    /// of the text: most of the cost of folding an article.
    /// </summary>
    private static string FoldByNormalization(string input)
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

    /// <summary>What a character gives in <see cref="FoldedChars"/> besides a character of the key.</summary>
    private const char FoldsToNothing = '\uFFFF', FoldsToSpace = '\uFFFE', FoldsByDefinition = '\uFFFD';

    /// <summary>The ranges a Vietnamese text is written in: Latin, the combining marks, Vietnamese's own letters, punctuation.</summary>
    private static bool InFoldedRanges(int c) => c < 0x0250 || c is >= 0x0300 and < 0x0370 or >= 0x1E00 and < 0x1F00 or >= 0x2000 and < 0x2070;

    /// <summary>
    /// What each character of <see cref="InFoldedRanges"/> gives in the key, worked out once by the
    /// definition (<see cref="FoldByNormalization"/>'s steps on the character alone): a character,
    /// nothing (a mark, a zero-width character) or a space. A character whose decomposition gives more
    /// than one of these, and every character outside the ranges, is folded by the definition.
    /// Character by character is the definition here: the decomposition of a text is that of its
    /// characters one after the other but for the order of combining marks, all of which are dropped.
    /// </summary>
    private static readonly char[] FoldedChars = BuildFoldedChars();

    private static char[] BuildFoldedChars()
    {
        var table = new char[0x2070];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = FoldsByDefinition;
            if (!InFoldedRanges(c) || c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }
            var normalized = Normalize(((char)c).ToString());
            var pieces = new List<char>();
            foreach (var d in normalized.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                    continue;
                pieces.Add(char.IsWhiteSpace(d) ? FoldsToSpace : d is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d));
            }
            table[c] = pieces.Count switch
            {
                0 => FoldsToNothing,
                1 when pieces[0] is not (FoldsToNothing or FoldsByDefinition) => pieces[0],
                _ => FoldsByDefinition,
            };
        }
        return table;
    }

    /// <summary>
    /// <see cref="Fold"/> by <see cref="FoldedChars"/>, in one pass and one copy; null when a
    /// character is not in the table's ranges (the caller folds such a text by the definition).
    /// </summary>
    private static string? FoldByTable(string input)
    {
        var table = FoldedChars;
        var buffer = input.Length <= 1024 ? null : System.Buffers.ArrayPool<char>.Shared.Rent(input.Length);
        Span<char> key = buffer is null ? stackalloc char[input.Length] : buffer;
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in input)
            {
                var folded = c < table.Length ? table[c] : FoldsByDefinition;
                switch (folded)
                {
                    case FoldsByDefinition:
                        return null;
                    case FoldsToNothing:
                        continue;
                    case FoldsToSpace:
                        pendingSpace = length > 0;
                        continue;
                }
                if (pendingSpace)
                {
                    key[length++] = ' ';
                    pendingSpace = false;
                }
                key[length++] = folded;
            }
            return new string(key[..length]);
        }
        finally
        {
            if (buffer is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// A key that keeps diacritics but treats the two tone-mark conventions as one
    /// ('hoà' = 'hòa', 'uỷ' = 'ủy', 'thuỷ' = 'thủy'), lower-cased.
    /// </summary>
    public static string MatchKey(string input) =>
        ToneMarkPlacement.Unify(Normalize(input).ToLowerInvariant());
}
