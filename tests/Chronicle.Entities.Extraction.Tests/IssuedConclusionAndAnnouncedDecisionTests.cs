using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Unnumbered acts the news reports as issued or announced: an investigation's or inspection's
/// conclusion put out on a day, a decision announced ('thông báo quyết định') or carried out at a
/// meeting ('Hội nghị triển khai quyết định').
/// </summary>
public sealed class IssuedConclusionAndAnnouncedDecisionTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Documents(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void An_investigation_conclusion_issued_on_a_day_is_a_conclusion_of_that_day()
    {
        var conclusion = Assert.Single(Documents("Ngày 5-3, Cơ quan Cảnh sát điều tra Bộ Công an ra kết luận điều tra vụ án xảy ra tại Công ty Thuận An, đề nghị truy tố 12 bị can.", Anchor(2024, 3, 6)));
        Assert.Equal("Kết luận", conclusion.Kind);
        Assert.Equal("2024-03-05", conclusion.Issued?.Iso);
    }

    [Fact]
    public void An_inspection_conclusion_made_public_is_a_conclusion_of_that_day()
    {
        var conclusion = Assert.Single(Documents("Ngày 20/6/2019, Thanh tra Chính phủ công bố Kết luận chính thức về cuộc thanh tra dự án cải tạo đường sắt.", Anchor(2024, 4, 1)));
        Assert.Equal("Kết luận", conclusion.Kind);
        Assert.Equal("2019-06-20", conclusion.Issued?.Iso);
    }

    [Fact]
    public void A_conclusion_as_a_common_word_is_no_document() =>
        Assert.DoesNotContain(Documents("Ngày 5-3, đoàn công tác đã ra kết luận rằng công trình bảo đảm an toàn.", Anchor(2024, 3, 6)), d => d.Kind == "Kết luận");

    [Fact]
    public void A_decision_carried_out_at_a_meeting_is_the_documents_decision()
    {
        var decision = Assert.Single(Documents("Sáng 14/1, Tỉnh ủy Nam Định tổ chức Hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ.", Anchor(2025, 1, 14)));
        Assert.Equal("Quyết định", decision.Kind);
        Assert.Equal("Ban Bí thư", decision.Issuer);
    }

    [Fact]
    public void A_decision_read_out_at_a_ceremony_is_the_documents_decision()
    {
        var decision = Assert.Single(Documents("Tại buổi lễ, Đại tá Lê Văn Hòa đã thông báo quyết định của Bộ trưởng Bộ Công an về việc điều động ông Nguyễn Văn Tâm.", Anchor(2025, 1, 14)));
        Assert.Equal("Quyết định", decision.Kind);
    }
}
