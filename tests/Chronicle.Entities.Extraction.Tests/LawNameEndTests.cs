using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Where a law's name ends when the sentence goes on without a stop: 'theo Luật Bảo hiểm y tế thì …', 'Luật Nhà ở hiện
/// hành', '… hay không'. The words after the name are in no law's name; read into it, one law became two. Sentences of
/// our own.
/// </summary>
public sealed class LawNameEndTests
{
    private static IReadOnlyList<LegalDocumentMention> Documents(string text) =>
        ArticleAnalyzer.Analyze("", text, new AnchorDate(2016, 10, 20, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).LegalDocuments;

    [Fact]
    public void A_clause_after_thi_is_not_part_of_the_law()
    {
        var laws = Documents("Theo Điều 12 Luật Bảo hiểm y tế thì người có thẻ được chi trả một phần. Theo Luật Bảo hiểm y tế, mức đóng do Chính phủ quy định.");
        var law = Assert.Single(laws);
        Assert.Equal("Luật Bảo hiểm y tế", law.Number);
    }

    [Fact]
    public void The_law_in_force_is_the_law_itself()
    {
        var laws = Documents("Việc thu hồi nhà phải theo quy định của Luật Nhà ở hiện hành.");
        Assert.Equal("Luật Nhà ở", Assert.Single(laws).Number);
    }

    [Fact]
    public void A_question_after_the_name_is_not_part_of_it()
    {
        var laws = Documents("Hội đồng sẽ xét bài báo có trái Điều 9 Luật Báo chí hay không.");
        Assert.Equal("Luật Báo chí", Assert.Single(laws).Number);
    }

    [Fact]
    public void Names_with_lower_case_words_of_their_own_are_kept_whole()
    {
        var laws = Documents("Theo quy định của Luật Hàng không dân dụng Việt Nam, hãng phải bồi thường cho khách.");
        Assert.Equal("Luật Hàng không dân dụng Việt Nam", Assert.Single(laws).Number);
    }
}
