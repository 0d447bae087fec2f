namespace Chronicle.Entities.Extraction.Tests;

/// <summary>A department's name that closes the sentence on a joining word ('… và') leaves nothing after it to read.</summary>
public class BodyNameEndingTheSentenceTests
{
    [Fact]
    public void A_department_name_closing_the_sentence_on_and_is_read_without_failing()
    {
        var result = ArticleAnalyzer.Analyze("", "Ông Lò Văn Páo, Cục trưởng Cục Quản lý thị trường và", null);

        Assert.NotNull(result);
    }
}
