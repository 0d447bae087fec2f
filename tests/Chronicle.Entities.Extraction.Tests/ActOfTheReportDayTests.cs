using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A resolution whose adoption opens the report, told without a day of its own, is the news of
/// the report's day; further in, an undated adoption stays undated.
/// </summary>
public sealed class ActOfTheReportDayTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void A_vote_opening_the_report_is_dated_by_the_report_day()
    {
        var act = Assert.Single(Read("460/462 đại biểu có mặt đã thông qua nghị quyết bầu ông Lê Văn Hòa làm Phó Chủ tịch Quốc hội nhiệm kỳ 2021-2026.", Anchor(2024, 10, 22)));
        Assert.Equal("Nghị quyết", act.Kind);
        Assert.Equal("2024-10-22", act.Issued?.Iso);
    }

    [Fact]
    public void An_undated_vote_recalled_deep_in_the_report_stays_undated()
    {
        const string opening = "Sáng 22/10, Quốc hội làm việc tại hội trường. Các đại biểu nghe báo cáo về kinh tế. Buổi chiều, các tổ thảo luận. ";
        var acts = Read(opening + "Trước đây, Quốc hội đã thông qua nghị quyết bầu ông Lê Văn Hòa làm Phó Chủ tịch Quốc hội.", Anchor(2024, 10, 22));
        Assert.DoesNotContain(acts, a => a.Issued?.Iso == "2024-10-22");
    }
}
