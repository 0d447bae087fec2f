using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Acts whose kind is followed by what they do before their number, as legal and readers' pages write penalties,
/// prosecutions, appeals and rulings on complaints: 'quyết định xử phạt hành chính số 41/QĐ-XPVPHC', 'Thông báo kết
/// luận số 512/TB-BCT'. Sentences of our own.
/// </summary>
public sealed class QualifiedActCitationTests
{
    private static IReadOnlyList<LegalDocumentMention> Documents(string text) =>
        ArticleAnalyzer.Analyze("", text, new AnchorDate(2016, 11, 30, DateGranularity.Day, YearBasis.Publication, [], "publication date", null)).LegalDocuments;

    [Fact]
    public void A_penalty_decision_written_with_what_it_does_is_read_with_its_day()
    {
        var acts = Documents("Ngày 14/11, Thanh tra Sở Xây dựng đã ký quyết định xử phạt hành chính số 41/QĐ-XPVPHC, phạt nhà thầu Minh Sơn 60 triệu đồng.");
        var decision = Assert.Single(acts);
        Assert.Equal("Quyết định", decision.Kind);
        Assert.Equal("41/QĐ-XPVPHC", decision.Number);
        Assert.Equal("2016-11-14", decision.Issued?.Iso);
    }

    [Fact]
    public void A_prosecution_or_appeal_decision_keeps_a_code_that_names_no_kind()
    {
        var acts = Documents("Phòng cảnh sát kinh tế ra Quyết định khởi tố vụ án buôn lậu số 27/QĐKTVA-PC45 ngày 3/5/2014 đối với đường dây đưa hàng qua biên giới. Bản án sau đó bị Viện kiểm sát tỉnh phản đối bằng Quyết định kháng nghị số 09/2015/KN-HS ngày 12/2/2015.");
        Assert.Contains(acts, d => d.Kind == "Quyết định" && d.Number == "27/QĐKTVA-PC45" && d.Issued?.Iso == "2014-05-03");
        Assert.Contains(acts, d => d.Kind == "Quyết định" && d.Number == "09/2015/KN-HS" && d.Issued?.Iso == "2015-02-12");
    }

    [Fact]
    public void A_notice_of_conclusions_is_a_notice_not_a_conclusion()
    {
        var acts = Documents("Bộ Công Thương vừa gửi các tỉnh Thông báo kết luận số 512/TB-BCT của lãnh đạo Bộ về giá điện.");
        var notice = Assert.Single(acts);
        Assert.Equal("Thông báo", notice.Kind);
        Assert.Equal("512/TB-BCT", notice.Number);
    }

    [Fact]
    public void A_bare_number_after_such_words_is_no_act()
    {
        Assert.Empty(Documents("Hộ dân nhắc tới quyết định thu hồi đất số 12 tại thôn Đông để làm đường."));
    }

    [Fact]
    public void A_code_of_another_kind_after_the_words_belongs_to_another_act()
    {
        // 'quyết định … số 88/TB-UBND' would be a decision with a notice's code: the words run on to another act's number.
        Assert.DoesNotContain(Documents("Dân khiếu nại quyết định thu hồi theo thông tin số 88/TB-UBND của huyện."), d => d.Kind == "Quyết định");
    }

    [Fact]
    public void Words_that_start_another_clause_stop_the_reading()
    {
        // 'quyết định của tỉnh … số …': the words name an issuer, not what the act does.
        Assert.DoesNotContain(Documents("Ông cho biết quyết định của tỉnh về lô đất số 15/QH-XD đã có từ lâu."), d => d.Number == "15/QH-XD");
    }
}
