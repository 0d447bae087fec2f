using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A body told to have issued a decision ('đã ban hành quyết định …') without its number: a decision of the day the
/// sentence tells, as one signed ('ký quyết định') is. A duty or a step still to come ('có trách nhiệm ban hành
/// quyết định', 'sẽ ban hành'), or the day counted from an issue ('kể từ ngày ban hành quyết định'), is no document.
/// </summary>
public sealed class DecisionIssuedWithoutNumberTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void A_decision_issued_on_a_written_day_is_a_document_of_that_day()
    {
        var act = Assert.Single(Read(
            "Về vụ chấm thi sai sót, ngày 9/10, UBND tỉnh Hà Nam cho hay vừa ban hành quyết định đình chỉ thêm mười ngày với hiệu trưởng Trần Văn Khoa.",
            Anchor(2025, 10, 10)));
        Assert.Equal("Quyết định", act.Kind);
        Assert.Equal("2025-10-09", act.Issued?.Iso);
        Assert.DoesNotContain(act.Number, char.IsDigit);
    }

    [Fact]
    public void A_decision_issued_on_a_day_before_the_report_keeps_that_day()
    {
        var act = Assert.Single(Read(
            "Trước đó, ngày 3/6, Sở Tài chính tỉnh Lào Cai đã ban hành quyết định xử phạt Công ty Minh Phát 80 triệu đồng.",
            Anchor(2025, 6, 20)));
        Assert.Equal("2025-06-03", act.Issued?.Iso);
    }

    [Fact]
    public void A_decision_issued_on_the_last_day_written_before_the_issuing_is_dated_by_it()
    {
        var act = Assert.Single(Read(
            "Cửa hàng Minh An mở cửa từ ngày 02/03/2016; sau đợt kiểm tra, ngày 25/03/2016 Thanh tra Sở Công Thương ban hành quyết định phạt cửa hàng vì bán hàng giả.",
            Anchor(2016, 5, 2)));
        Assert.Equal("2016-03-25", act.Issued?.Iso);
    }

    [Fact]
    public void A_decision_issued_with_its_number_after_what_it_does_is_the_numbered_act()
    {
        var act = Assert.Single(Read("Ngày 4/11, Cục Hàng hải ban hành quyết định xử phạt số 58/QĐ-XPVPHC đối với chủ tàu Hải Long.", Anchor(2025, 11, 5)));
        Assert.Equal("58/QĐ-XPVPHC", act.Number);
    }

    [Theory]
    [InlineData("Ngày 2/10, luật sư cho rằng Chủ tịch UBND phường phải thu hồi giấy phép, giấy chứng nhận và ban hành quyết định cưỡng chế tháo dỡ căn nhà.")]
    [InlineData("Chủ tịch UBND huyện có trách nhiệm ban hành quyết định cưỡng chế trong ba ngày, kể từ ngày 5/6.")]
    [InlineData("Sau ngày 12/4, người dân phải nộp đơn trong 30 ngày kể từ ngày ban hành quyết định thu hồi đất.")]
    [InlineData("Ngày 7/5, lãnh đạo sở cho biết chưa ban hành quyết định xử lý đối với hiệu trưởng.")]
    [InlineData("Ngày 7/5, lãnh đạo sở cho biết sẽ ban hành quyết định xử lý đối với hiệu trưởng.")]
    public void A_duty_a_step_to_come_or_a_day_counted_from_the_issue_is_no_document(string text) =>
        Assert.Empty(Read(text, Anchor(2025, 6, 20)));
}
