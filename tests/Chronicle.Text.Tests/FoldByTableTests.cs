using System.Globalization;
using System.Text;

namespace Chronicle.Text.Tests;

/// <summary>
/// Folding reads a Vietnamese text character by character from a table worked out once, and gives
/// the key of the definition — normalised, decomposed, marks dropped, whitespace collapsed, lower
/// case — for every text: keys are stored (content hashes, story prints, names), so a later build
/// must fold bit for bit alike.
/// </summary>
public sealed class FoldByTableTests
{
    /// <summary>The definition, step by step as it reads.</summary>
    private static string FoldByDefinition(string input)
    {
        var decomposed = VietnameseText.Normalize(input).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
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

    [Fact]
    public void Every_character_of_the_table_folds_as_by_the_definition_alone_and_between_others()
    {
        for (var c = 0; c < 0x2100; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }
            foreach (var text in new[] { $"{(char)c}", $"A {(char)c}b", $"ư{(char)c}\u0301 ", $"\u00A0{(char)c}\u0323Đ" })
            {
                Assert.Equal(FoldByDefinition(text), VietnameseText.Fold(text));
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Random_texts_fold_as_by_the_definition(int seed)
    {
        // Precomposed and decomposed Vietnamese, look-alike letters, odd spaces, zero-width characters,
        // marks in a row, other scripts, a pair of surrogates and lone halves.
        string[] pieces =
        [
            "Bộ trưởng", "Nguyễn Văn Hùng", "ĐẠI HỘI", "ủy", "uỷ", "hoà", "hòa", "Ðà", "ðường", "e\u0302\u0301", "a\u0323\u0306",
            "\u0301\u0300", "\u00A0", "\u202F", "\u200B", "\uFEFF", "\t", "\n\n", "  ", "\u2028", "\u2003", "“", "”", "…", "–",
            "(", ")", ",", ".", "2024", "Ωμέγα", "Москва", "北京", "😀", "\uD800", "\uDC00", "\uFFFE", "İ", "ß", "ǅ", "Ǆ", "ẛ",
            "\u0340", "\u0344", "ﬁ", "Å", "K",
        ];
        var random = new Random(seed);
        for (var round = 0; round < 3_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(FoldByDefinition(text), VietnameseText.Fold(text));
        }
    }

    [Fact]
    public void A_long_article_folds_as_by_the_definition()
    {
        var random = new Random(5);
        var words = new[] { "Thủ", "tướng", "Chính", "phủ", "tiếp", "Đại", "sứ", "ngày", "3/4", "tại", "Hà", "Nội.", "“Chúng", "tôi”", "\n" };
        var text = string.Join(' ', Enumerable.Range(0, 5_000).Select(_ => words[random.Next(words.Length)]));
        Assert.Equal(FoldByDefinition(text), VietnameseText.Fold(text));
        Assert.Equal(FoldByDefinition(text + "北"), VietnameseText.Fold(text + "北"));
    }
}
