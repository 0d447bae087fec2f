using System.Text.RegularExpressions;
using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The tokeniser reads by hand what a pattern once read, and the sentence splitter jumps from one possible end to the
/// next: both must give what the plain rules give, letter for letter.
/// </summary>
public sealed class TokensTests
{
    /// <summary>The pattern <see cref="Tokens.Of"/> reads by hand (see its comment).</summary>
    private static readonly Regex Pattern = new(@"TP\.|[\p{L}\p{M}\d]+(?:[’'.\-/][\p{L}\p{M}\d]+)*|[,;:–—\-()“”""]");

    [Theory]
    [InlineData("Chiều 14/2, ông Phạm Văn Đức, Phó Chủ tịch UBND TP.Cần Thơ, dự lễ khởi công cầu mới.")]
    [InlineData("Nghị quyết 34-NQ/TW (ngày 9/1/2025) được bà H’Hen Niê nhắc lại – ‘rất rõ ràng’.")]
    [InlineData("Ông Lý Cường (李强) gặp đại diện của hãng Ωmega; nhiệt độ đạt 25² độ, giá 3,5 triệu đồng…")]
    [InlineData("Tên viết rời: Hòa và Hoà, chữ e\u0301 ghép dấu, số ٣ và ½ phần.")]
    [InlineData("  ---  , ; : — “trích dẫn” \"khác\" T.Ư Th. TP HCM TP. ")]
    public void Words_and_marks_are_those_of_the_pattern(string text)
    {
        var read = Tokens.Of(text, new TextSpan(0, text.Length)).Select(t => (t.Text, t.Start, t.End));
        var expected = Pattern.Matches(text).Select(m => (m.Value, m.Index, m.Index + m.Length));
        Assert.Equal(expected, read);
    }

    [Fact]
    public void Sentences_end_at_stops_before_a_space_and_at_line_breaks_only()
    {
        const string text = "Sáng nay, TP. Huế đón đoàn khách. Ai đến trước? Ông A! Cơ quan T.Ư. họp\n"
            + "Dòng mới không dấu chấm\n\n  Giá 2.5 triệu.Chưa tách. Câu cuối";
        var sentences = Tokens.Sentences(text).Select(s => text[s.Start..s.End]);
        Assert.Equal(
            [
                "Sáng nay, TP. Huế đón đoàn khách.", "Ai đến trước?", "Ông A!", "Cơ quan T.Ư. họp",
                "Dòng mới không dấu chấm", "Giá 2.5 triệu.Chưa tách.", "Câu cuối",
            ],
            sentences);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("Không có dấu chấm nào")]
    public void A_text_without_an_end_is_one_sentence_or_none(string text)
    {
        var sentences = Tokens.Sentences(text).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(text.Trim().Length == 0 ? [] : [text.Trim()], sentences);
    }
}
