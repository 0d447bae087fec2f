using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A decision told first without its number (a lead's summary) and then cited by its number for the same thing is one
/// act, known by its number; a decision without a number about something else stays a document of its own.
/// </summary>
public sealed class DecisionToldAgainByNumberTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void A_summary_s_decision_cited_again_by_its_number_is_one_act()
    {
        var read = Read(
            "UBND tỉnh Bình Định vừa có quyết định công nhận Hội đồng trường mới của Trường Cao đẳng Quy Nhơn. "
            + "Ông Lê Văn An, Phó Chủ tịch UBND tỉnh, đã ký quyết định số 812/QĐ-UBND về việc công nhận Hội đồng trường nhiệm kỳ 2025-2030.",
            Anchor(2025, 3, 12));
        var act = Assert.Single(read, d => d.Kind == "Quyết định");
        Assert.Equal("812/QĐ-UBND", act.Number);
    }

    [Fact]
    public void A_decision_without_a_number_about_another_thing_stays()
    {
        var read = Read(
            "Ngày 5/3, UBND tỉnh Bình Định đã có quyết định đình chỉ công tác hiệu trưởng Trần Văn Bình. "
            + "Trước đó, tỉnh ban hành quyết định số 640/QĐ-UBND về việc thành lập đoàn thanh tra nhà trường.",
            Anchor(2025, 3, 12));
        Assert.Equal(2, read.Count(d => d.Kind == "Quyết định"));
    }
}
