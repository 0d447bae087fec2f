using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Laws as legal and readers' pages of the 2010s cite them: by their name and then their number ('Luật Bảo hiểm xã hội
/// số 58/2014/QH13'), and by their initials ('Điều 54 Luật BHXH'). Sentences of our own.
/// </summary>
public sealed class LawByNameAndNumberTests
{
    private static IReadOnlyList<LegalDocumentMention> Documents(string text) =>
        ArticleAnalyzer.Analyze("", text, new AnchorDate(2016, 10, 22, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).LegalDocuments;

    [Fact]
    public void A_law_named_then_numbered_is_read_by_its_number_and_day()
    {
        var acts = Documents("Căn cứ Luật Việc làm số 38/2013/QH13 ngày 16/11/2013, người thất nghiệp ở Hà Tĩnh được hỗ trợ học nghề.");
        var law = Assert.Single(acts);
        Assert.Equal("Luật", law.Kind);
        Assert.Equal("38/2013/QH13", law.Number);
        Assert.Equal("2013-11-16", law.Issued?.Iso);
        Assert.Equal("Quốc hội", law.Issuer);
    }

    [Fact]
    public void A_code_named_in_lower_case_or_by_initials_is_read_by_its_number()
    {
        var acts = Documents("Khoản 2 Điều 9 Luật thuế thu nhập cá nhân số 04/2007/QH12 được viện dẫn. Ông dẫn Điều 12 Luật DN số 68/2014/QH13 và Bộ luật dân sự số 91/2015/QH13.");
        Assert.Contains(acts, d => d.Kind == "Luật" && d.Number == "04/2007/QH12");
        Assert.Contains(acts, d => d.Kind == "Luật" && d.Number == "68/2014/QH13");
        Assert.Contains(acts, d => d.Kind == "Bộ luật" && d.Number == "91/2015/QH13");
        Assert.Equal(3, acts.Count);
    }

    [Fact]
    public void The_number_after_an_amending_law_belongs_to_the_law_it_amends()
    {
        // 'Luật sửa đổi … của Bộ luật dân sự số 91/2015/QH13': the number is the code's, read under its own kind.
        var act = Assert.Single(Documents("Dự thảo Luật sửa đổi, bổ sung một số điều của Bộ luật dân sự số 91/2015/QH13 đang được lấy ý kiến."));
        Assert.Equal("Bộ luật", act.Kind);
        Assert.Equal("91/2015/QH13", act.Number);
    }

    [Fact]
    public void Only_a_law_number_follows_a_name()
    {
        // A house number or another code after a name is no law's number.
        Assert.Empty(Documents("Văn phòng của hãng Luật Hồng Phúc số 12/2015/KD ở phố Huế đã đóng cửa."));
        Assert.Empty(Documents("Chi nhánh Luật Sông Hồng số 27 Lê Lợi mở cửa cả tuần."));
    }

    [Fact]
    public void A_law_cited_by_its_initials_is_read()
    {
        var acts = Documents("Theo quy định của Luật BHYT, người có thẻ được thanh toán toàn bộ chi phí. Tại khoản 1 Điều 45 Luật THADS 2008, chấp hành viên có quyền kê biên.");
        Assert.Contains(acts, d => d.Kind == "Luật" && d.Number == "Luật BHYT" && d.Issued is null);
        Assert.Contains(acts, d => d.Kind == "Luật" && d.Number == "Luật THADS" && d.Issued?.Iso == "2008");
    }

    [Fact]
    public void A_law_written_in_full_and_then_by_its_initials_is_one_law()
    {
        var acts = Documents("Theo Luật Bảo hiểm y tế, trẻ em dưới sáu tuổi được cấp thẻ. Điều 22 Luật BHYT quy định mức hưởng.");
        var law = Assert.Single(acts);
        Assert.Equal("Luật Bảo hiểm y tế", law.Number);
    }

    [Fact]
    public void Letters_of_a_firm_a_paper_or_a_city_after_the_word_are_no_law()
    {
        Assert.Empty(Documents("Theo Luật TNHH Đại Phát, khách hàng đã ký hợp đồng. Theo Pháp Luật TP, vụ kiện kéo dài hai năm."));
        Assert.Empty(Documents("Anh tốt nghiệp trường Đại học Luật TPHCM năm 2012."));
    }

    [Fact]
    public void Initials_named_in_passing_are_no_law_cited()
    {
        // Undated and not applied by the text, a law by its initials stays unread, as one by its full name does.
        Assert.Empty(Documents("Các đại biểu bàn về việc sửa Luật BHXH trong kỳ họp tới."));
    }

    [Fact]
    public void A_law_numbered_once_and_named_again_is_one_law()
    {
        var acts = Documents("Điều 46 Luật BHXH số 58/2014/QH13 quy định mức hưởng. Nếu chưa đủ tuổi theo Luật BHXH, người lao động được bảo lưu thời gian đóng.");
        var law = Assert.Single(acts);
        Assert.Equal("58/2014/QH13", law.Number);
    }

    [Fact]
    public void A_law_numbered_under_its_full_name_and_cited_by_its_initials_is_one_law()
    {
        var acts = Documents("Luật Bảo hiểm y tế số 25/2008/QH12 có hiệu lực từ năm 2009. Theo quy định của Luật BHYT, học sinh phải mua thẻ.");
        var law = Assert.Single(acts);
        Assert.Equal("25/2008/QH12", law.Number);
    }
}
