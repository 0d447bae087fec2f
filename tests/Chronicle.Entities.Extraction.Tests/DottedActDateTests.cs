using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>An act's day written with dots after its number ('ngày 16.8.2019') is its day as the slashed form is.</summary>
public sealed class DottedActDateTests
{
    [Fact]
    public void A_dotted_day_after_the_number_dates_the_act()
    {
        var documents = ArticleAnalyzer.Analyze("", "Công đoàn ngành đã cụ thể hóa phong trào thi đua trong Nghị quyết số 07/NQ-CĐN ngày 21.9.2020 về nâng cao chất lượng hoạt động.").LegalDocuments;
        var act = Assert.Single(documents, d => d.Number == "07/NQ-CĐN");
        Assert.Equal("2020-09-21", act.Issued?.Iso);
    }
}
