using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A phrase is found at a word whatever the case it is written in and wherever its tone marks are placed, and is let go
/// at a word that does not open it, also when the phrase's first letter is checked before its keys are looked up.
/// </summary>
public sealed class PhraseTests
{
    private static List<Token> Words(string text) => Tokens.Of(text, new TextSpan(0, text.Length));

    [Theory]
    [InlineData("Hôm qua Bộ trưởng Nội vụ đã ký", 2, "Bộ trưởng", 2)]
    [InlineData("Hôm qua bộ trưởng nội vụ đã ký", 2, "Bộ trưởng", 2)]
    [InlineData("HÔM QUA BỘ TRƯỞNG NỘI VỤ ĐÃ KÝ", 2, "Bộ trưởng", 2)]
    [InlineData("Đoàn công tác tới TP. Vinh hôm nay", 4, "TP.", 1)]
    [InlineData("Hai bên hoà giải xong", 2, "hòa giải", 2)]
    [InlineData("Ông là Ủy viên Trung ương Đảng", 2, "Ủy viên Trung ương", 4)]
    [InlineData("Ông là ủy viên Trung ương Đảng", 2, "Ủy viên", 2)]
    [InlineData("Quân đội nhân dân (QĐND) Việt Nam", 0, "Quân đội nhân dân Việt Nam", 9)]
    public void A_phrase_is_found_where_it_is_written(string text, int at, string phrase, int length) =>
        Assert.Equal(length, Phrase.Length(Words(text), at, phrase));

    [Theory]
    [InlineData("Hôm qua Chánh Văn phòng đã ký", 2, "Chủ tịch")]
    [InlineData("Hôm qua Thủ tướng đã ký", 2, "Bộ trưởng")]
    [InlineData("Hôm qua Bộ Y tế đã ký", 2, "Bộ trưởng")]
    [InlineData("Hôm qua Ủy ban đã họp", 2, "Ủy viên")]
    [InlineData("Ông là Bộ trưởng", 4, "Bộ trưởng")]
    [InlineData("Ông là Bộ trưởng", 3, "Bộ trưởng")]
    public void A_phrase_is_not_found_where_it_is_not_written(string text, int at, string phrase) =>
        Assert.Null(Phrase.Length(Words(text), at, phrase));

    /// <summary>A list read as a sequence rather than a list of tokens takes the other way through, with the same answers.</summary>
    [Theory]
    [InlineData("Hôm qua bộ trưởng nội vụ đã ký", 2, "Bộ trưởng", 2)]
    [InlineData("Hôm qua Chánh Văn phòng đã ký", 2, "Chủ tịch", null)]
    [InlineData("Ông là Bộ trưởng", 4, "Bộ trưởng", null)]
    public void A_list_of_tokens_of_another_kind_gives_the_same_answers(string text, int at, string phrase, int? length) =>
        Assert.Equal(length, Phrase.Length(Words(text).ToArray(), at, phrase));

    /// <summary>The longest phrase is the same whether a list is short and scanned or long and read through its index.</summary>
    [Theory]
    [InlineData("Ông là Phó Chủ tịch Thường trực UBND tỉnh", 2, "Phó Chủ tịch Thường trực", 5)]
    [InlineData("Ông là phó chủ tịch UBND tỉnh", 2, "Phó Chủ tịch", 3)]
    [InlineData("Ông là Chủ tịch UBND tỉnh", 2, "Chủ tịch", 2)]
    [InlineData("Ông là Giám đốc Sở", 2, null, 0)]
    public void The_longest_phrase_is_found_in_a_short_list_and_in_a_long_one(string text, int at, string? longest, int length)
    {
        string[] heads = ["Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch"];
        // The same heads among enough others to be read through the list's index by first word.
        string[] many = [.. Enumerable.Range(1, 20).Select(n => $"Trưởng đoàn {n}"), .. heads, "Phó Trưởng đoàn", "Ủy viên"];
        Assert.Equal((longest, length), Phrase.Longest(Words(text), at, heads));
        Assert.Equal((longest, length), Phrase.Longest(Words(text), at, many));
    }
}
