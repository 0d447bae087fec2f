using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The words a list of alternatives opens with, read from its pattern: a text without any of them
/// is let go before the pattern runs, so the list must hold every word an alternative may open with,
/// and a form the reading does not know must leave nothing to be let go.
/// </summary>
public sealed class FirstWordsTests
{
    [Fact]
    public void The_deed_verbs_are_read_in_full()
    {
        var starts = Assert.IsType<FirstWords>(EventPhrases.EventVerbStarts);
        // A plain word, both cases of a class ('[Tt]hăm'), the words of an optional opening
        // ('(?:tham\s+)?dự'), a word after a lookbehind ('(?<=đã\s)(?:tới|đến)').
        Assert.Superset(new HashSet<string>(["hội", "thăm", "Thăm", "tham", "dự", "tới", "đến", "được", "tạm", "tái", "đắc", "bắt"]), starts.Words.ToHashSet());
        Assert.DoesNotContain("đã", starts.Words);
    }

    [Fact]
    public void Words_after_optional_openings_and_inside_groups_are_first_words()
    {
        var starts = Assert.IsType<FirstWords>(FirstWords.Of(@"(?:ra\s+)?kết\s+luận|(?:tràn|xông)\s+vào(?=\s+\p{Lu})|[Hh]ọp(?!\s+tác)|tiếp(?:\s+xã\s+giao)?(?=\s)"));
        Assert.Equal(new HashSet<string>(["ra", "kết", "tràn", "xông", "Họp", "họp", "tiếp"]), starts.Words.ToHashSet());
    }

    [Fact]
    public void A_named_group_is_read_as_a_group()
    {
        var starts = Assert.IsType<FirstWords>(FirstWords.Of(@"(?<kind>[Nn]ghị\s+quyết|Bộ\s+luật|Luật)"));
        Assert.Equal(new HashSet<string>(["Nghị", "nghị", "Bộ", "Luật"]), starts.Words.ToHashSet());
    }

    [Fact]
    public void The_kinds_of_documents_are_read_in_full()
    {
        var starts = Assert.IsType<FirstWords>(LegalDocuments.CitationStarts);
        Assert.Superset(new HashSet<string>(["Nghị", "nghị", "Quyết", "quyết", "Luật", "Lệnh", "Chương", "Pháp"]), starts.Words.ToHashSet());
    }

    [Theory]
    [InlineData(@"(?:ra\s+)*kết")]
    [InlineData(@"ký?")]
    [InlineData(@"\p{Lu}\s+họp")]
    [InlineData(@"(?:hội|họp)thảo")]
    [InlineData(@"kết(?:luận)?")]
    public void A_form_not_known_lets_nothing_go(string alternatives) =>
        Assert.Null(FirstWords.Of(alternatives));

    [Theory]
    [InlineData("Chiều nay, đoàn đã tới Huế.", true)]
    [InlineData("Mưa lớn kéo dài suốt tuần.", false)]
    [InlineData("Người dân hội tụ đông đúc.", true)]
    [InlineData("Bữa tiệc hộiX thì không.", false)]
    public void A_text_is_let_go_only_without_a_first_word(string text, bool kept)
    {
        var starts = Assert.IsType<FirstWords>(FirstWords.Of(@"hội\s+đàm|(?<=đã\s)(?:tới|đến)"));
        Assert.Equal(kept, starts.AnyIn(text));
    }
}

/// <summary>The deed verbs tried at their first words alone find what the whole search finds, from anywhere in a sentence.</summary>
public sealed class DeedVerbSearchTests
{
    [Theory]
    [InlineData("Sáng 12/5, Chủ tịch nước Lê Văn Hòa đã tới Cần Thơ và thăm Khu di tích, dâng hương tưởng niệm các anh hùng.")]
    [InlineData("Ngày làm việc với tỉnh kéo dài, trong đó ông bị Cơ quan điều tra bắt giữ vì sai phạm; ông ta bị công an bắt vào tối qua.")]
    [InlineData("Ông Nguyễn Văn Minh trực tiếp tiếp đoàn đại biểu, rồi tiếp xúc cử tri và chủ trì hội nghị; các tổ chức quốc tế tham dự.")]
    [InlineData("Thăm dò ý kiến cho thấy cử tri bầu không khí sôi nổi; Quốc hội thông qua Luật Đất đai sửa đổi và tái đắc cử chức vụ.")]
    [InlineData("Tòa tuyên phạt bị cáo 10 năm tù, bác kháng cáo; được tạm tha sau đó, ông tuyên bố rút khỏi cuộc đua.")]
    [InlineData("Mưa lớn kéo dài suốt tuần ở miền Trung, nhiều nơi ngập sâu.")]
    public void The_first_deed_is_the_one_the_whole_search_finds(string sentence)
    {
        for (var start = 0; start < sentence.Length; start++)
        {
            for (var end = start; end <= sentence.Length; end += 7)
            {
                var whole = EventPhrases.EventVerb().Match(sentence, start, end - start);
                var tried = EventPhrases.VerbIn(sentence, start, end - start);
                Assert.Equal((whole.Success, whole.Success ? whole.Index : 0, whole.Length), (tried.Success, tried.Index, tried.Length));
            }
        }
    }
}
