using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A court or police paper a named investigating agency, procuracy or court is told to have issued on a day written
/// before it ('Ngày 4/3, Cơ quan CSĐT Công an tỉnh X đã ra quyết định khởi tố …'): a document of that day, filed under
/// the paper's own kind, with its issuer. A paper with no day, no issuer, still to come, asked for, or only cited
/// again is no document of its own.
/// </summary>
public sealed class CourtPaperIssuedOnADayTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void An_indictment_a_procuracy_issued_on_a_written_day_is_dated_by_that_day()
    {
        var indictment = Assert.Single(Read(
            "Ngày 14/10, VKSND tỉnh Bình Định đã ban hành cáo trạng truy tố bảy bị can trong vụ sai phạm đấu thầu thiết bị y tế.",
            Anchor(2024, 10, 16)));
        Assert.Equal("Cáo trạng", indictment.Kind);
        Assert.Equal("2024-10-14", indictment.Issued?.Iso);
        Assert.Equal("VKSND tỉnh Bình Định", indictment.Issuer);
        Assert.StartsWith("Cáo trạng truy tố bảy bị can", indictment.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_to_prosecute_is_a_court_paper_not_a_plain_decision()
    {
        var papers = Read(
            "Ngày 2/8, Cơ quan CSĐT Công an tỉnh Hà Tĩnh đã ra quyết định khởi tố vụ án lừa đảo qua mạng xảy ra tại huyện Kỳ Anh.",
            Anchor(2024, 8, 5));
        var paper = Assert.Single(papers);
        Assert.Equal("Quyết định khởi tố vụ án", paper.Kind);
        Assert.Equal("2024-08-02", paper.Issued?.Iso);
        Assert.Equal("Cơ quan CSĐT Công an tỉnh Hà Tĩnh", paper.Issuer);
    }

    [Fact]
    public void Papers_listed_after_the_first_share_its_day_and_issuer()
    {
        var papers = Read(
            "Ngày 21/5, Cơ quan Cảnh sát điều tra Công an TP Cần Thơ đã ra quyết định khởi tố vụ án, khởi tố bị can và lệnh bắt bị can để tạm giam đối với ông Lâm Văn Tư.",
            Anchor(2024, 5, 23));
        Assert.Equal(["Quyết định khởi tố vụ án", "Quyết định khởi tố bị can", "Lệnh bắt bị can để tạm giam"], papers.Select(p => p.Kind));
        Assert.All(papers, p => Assert.Equal("2024-05-21", p.Issued?.Iso));
        Assert.All(papers, p => Assert.Equal("Cơ quan Cảnh sát điều tra Công an TP Cần Thơ", p.Issuer));
    }

    [Fact]
    public void A_wanted_notice_issued_by_the_police_is_read()
    {
        var notice = Assert.Single(Read(
            "Chiều 9/1, Công an tỉnh Long An đã phát quyết định truy nã đối với người đàn ông bỏ trốn sau vụ đâm chém.",
            Anchor(2025, 1, 10)));
        Assert.Equal("Quyết định truy nã", notice.Kind);
        Assert.Equal("2025-01-09", notice.Issued?.Iso);
    }

    [Theory]
    // No day opening the clause.
    [InlineData("VKSND tỉnh Bình Định đã ban hành cáo trạng truy tố bảy bị can trong vụ sai phạm đấu thầu thiết bị y tế.")]
    // No issuing body before the verb.
    [InlineData("Ngày 14/10, theo cáo trạng, bảy bị can đã thông đồng nâng giá thiết bị y tế.")]
    [InlineData("Ngày 14/10, ông Hùng cho biết gia đình đã hoàn tất cáo trạng riêng gửi báo chí.")]
    // Still to come, or asked for.
    [InlineData("Ngày 14/10, VKSND tỉnh Bình Định cho biết sẽ ban hành cáo trạng truy tố bảy bị can trong tháng tới.")]
    [InlineData("Ngày 2/8, gia đình nạn nhân đề nghị Cơ quan CSĐT Công an tỉnh Hà Tĩnh ra quyết định khởi tố vụ án.")]
    // A paper told again.
    [InlineData("Ngày 14/10, VKSND tỉnh Bình Định ban hành cáo trạng này sau khi trả hồ sơ điều tra bổ sung hai lần.")]
    public void A_paper_without_day_or_issuer_to_come_asked_for_or_told_again_is_not_read(string sentence) =>
        Assert.DoesNotContain(Read(sentence, Anchor(2024, 10, 16)), d => d.Kind is "Cáo trạng" or "Quyết định khởi tố vụ án");
}
