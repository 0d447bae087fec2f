using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Numbering the papers print short: the number with its year and no code ('Nghị định số 178/2024'),
/// and a bare number followed by the day it was signed ('Quyết định số 52 ngày 5/2/1985').
/// </summary>
public sealed class NumberWithYearTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Documents(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 10, 20)).LegalDocuments;

    [Fact]
    public void A_number_with_its_year_and_no_code_is_read()
    {
        var decree = Assert.Single(Documents("Các chế độ hỗ trợ người nghỉ hưu trước tuổi được nêu trong Nghị định số 178/2024 của Chính phủ."));
        Assert.Equal("Nghị định", decree.Kind);
        Assert.Equal("178/2024", decree.Number);
        Assert.Equal("Chính phủ", decree.Issuer);
    }

    [Fact]
    public void The_same_number_told_again_without_its_code_is_one_document()
    {
        var decision = Assert.Single(Documents(
            "UBND tỉnh đã ban hành Quyết định số 15/2023/QĐ-UBND về bảng giá đất. Theo Quyết định 15/2023, giá đất ven biển tăng mạnh."));
        Assert.Equal("15/2023/QĐ-UBND", decision.Number);
    }

    [Fact]
    public void A_day_and_month_are_no_number_with_a_year() =>
        Assert.DoesNotContain(Documents("Ủy ban Kiểm tra đã công bố Quyết định 12/7/2024 về việc kỷ luật ông Nguyễn Văn Tám."),
            d => d.Number.StartsWith("12/7", StringComparison.Ordinal));

    [Fact]
    public void A_bare_number_followed_by_the_day_it_was_signed_is_read_with_that_day()
    {
        var decision = Assert.Single(Documents("Ngày Báo chí được Ban Bí thư chọn tại Quyết định số 37 ngày 12/3/1986 của Ban Bí thư."));
        Assert.Equal("37", decision.Number);
        Assert.Equal("1986-03-12", decision.Issued?.Iso);
    }

    [Fact]
    public void A_count_of_days_is_still_no_number() =>
        Assert.Empty(Documents("Thời hạn thực hiện nghị quyết 3 ngày kể từ khi nhận được thông báo."));

    [Fact]
    public void An_official_letter_cited_by_its_coded_number_is_a_letter()
    {
        var letter = Assert.Single(Documents("Văn phòng Chính phủ đã có văn bản số 5120/VPCP-NN gửi các bộ về việc khắc phục hậu quả mưa lũ."));
        Assert.Equal("Công văn", letter.Kind);
        Assert.Equal("5120/VPCP-NN", letter.Number);
    }

    [Fact]
    public void A_letter_whose_code_names_a_decision_is_a_decision() =>
        Assert.Equal("Quyết định", Assert.Single(Documents("UBND tỉnh ban hành văn bản số 88/QĐ-UBND về giá đất.")).Kind);

    [Fact]
    public void A_text_counted_by_a_bare_number_is_no_letter() =>
        Assert.Empty(Documents("Sở đã gửi văn bản số 2 tới các huyện để lấy ý kiến."));

    [Fact]
    public void A_letter_cited_in_lower_case_by_its_number_is_read()
    {
        var letter = Assert.Single(Documents("Theo công văn 4172 của Sở Xây dựng, các dự án chậm tiến độ phải báo cáo trước tháng 11."));
        Assert.Equal("Công văn", letter.Kind);
        Assert.Equal("4172", letter.Number);
    }

    [Fact]
    public void A_notice_put_out_on_a_day_and_told_by_what_it_says_is_a_notice_of_that_day()
    {
        var notice = Assert.Single(Documents("Ngày 9/10, Bộ Chính trị ra thông báo cho biết, Tổng Bí thư cần thời gian để điều trị bệnh."));
        Assert.Equal("Thông báo", notice.Kind);
        Assert.Equal("2024-10-09", notice.Issued?.Iso);
        Assert.Equal("Bộ Chính trị", notice.Issuer);
    }

    [Fact]
    public void A_communique_put_out_on_a_day_is_a_communique()
    {
        var communique = Assert.Single(Documents("Chiều 3/10, Bộ Ngoại giao phát đi thông cáo về chuyến thăm của Thủ tướng Malaysia."));
        Assert.Equal("Thông cáo", communique.Kind);
        Assert.Equal("2024-10-03", communique.Issued?.Iso);
    }
}
