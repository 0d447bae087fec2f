using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A law whose name is written all in lower case after its kind, as the news of the decade before often wrote it, is
/// read when its year follows the name ('Luật phí năm 2015', 'Bộ luật tố tụng dân sự 2004'); the year tells the name from
/// the words of a sentence, so without it, or where the words are a lawyer, a birth or the law in general, nothing is
/// read. Sentences of our own.
/// </summary>
public sealed class LawNamedInLowerCaseWithYearTests
{
    private static IReadOnlyList<LegalDocumentMention> Documents(string text) =>
        ArticleAnalyzer.Analyze("", text, new AnchorDate(2016, 5, 12, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).LegalDocuments;

    [Fact]
    public void A_lower_case_name_before_its_year_is_a_law_of_that_year()
    {
        var law = Assert.Single(Documents("Mức thu này đã trái với Luật phí và lệ phí năm 2015, các hộ kinh doanh phản ánh."));

        Assert.Equal(("Luật", "Luật Phí và lệ phí", "2015"), (law.Kind, law.Number, law.Issued?.Iso));
    }

    [Fact]
    public void A_code_written_in_lower_case_keeps_its_kind_and_year()
    {
        var law = Assert.Single(Documents("Tòa sơ thẩm đã áp dụng Điều 27 Bộ luật tố tụng dân sự 2004 để thụ lý đơn kiện."));

        Assert.Equal(("Bộ luật", "Bộ luật Tố tụng dân sự", "2004"), (law.Kind, law.Number, law.Issued?.Iso));
    }

    [Fact]
    public void A_code_whose_kind_is_written_with_a_capital_is_a_code()
    {
        var law = Assert.Single(Documents("Đơn kháng cáo được xét theo Bộ Luật tố tụng dân sự năm 2004 và các văn bản hướng dẫn."));

        Assert.Equal(("Bộ luật", "Bộ luật Tố tụng dân sự", "2004"), (law.Kind, law.Number, law.Issued?.Iso));
    }

    [Fact]
    public void The_same_law_in_lower_case_and_capitalised_is_one_law()
    {
        var laws = Documents("Huyện tập huấn Luật thủy sản năm 2017 cho ngư dân. Theo Luật Thủy sản năm 2017, tàu cá phải có nhật ký khai thác.");

        Assert.Equal("Luật Thủy sản", Assert.Single(laws).Number);
    }

    [Theory]
    [InlineData("Hậu vệ Văn Luật sinh năm 1994, đã khoác áo đội tuyển nhiều lần.")]
    [InlineData("Ông có bằng luật sư năm 2008 và mở văn phòng riêng ở Cần Thơ.")]
    [InlineData("Hội thi tìm hiểu luật pháp về an toàn lao động năm 2016 thu hút nhiều công nhân.")]
    [InlineData("Tổng thống nói luật này sẽ được bàn lại vào năm 2017.")]
    [InlineData("Mức phạt nay cao gấp đôi so với luật năm 2012, chủ xe cho biết.")]
    [InlineData("Một số luật có hiệu lực từ năm 2015 vẫn chưa có thông tư hướng dẫn.")]
    [InlineData("Nhiều cơ sở kinh doanh chưa nắm Luật phí và lệ phí, theo cán bộ thuế huyện.")]
    public void Words_that_are_no_law_s_name_give_no_law(string sentence) =>
        Assert.Empty(Documents(sentence));

    [Fact]
    public void A_convention_s_name_holding_the_law_of_the_sea_is_no_law_of_the_country()
    {
        Assert.DoesNotContain(Documents("Việt Nam là thành viên của Công ước Luật biển năm 1982 từ nhiều năm trước."), d => d.Kind == "Luật");
    }
}
