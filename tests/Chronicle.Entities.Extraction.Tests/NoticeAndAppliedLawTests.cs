using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Acts the news names without a number: a notice issued on a day, and a law the text holds a
/// deed against ('trái quy định của Luật …'); a submission merely put before the legislature is
/// a step of its session, not an act cited.
/// </summary>
public sealed class NoticeAndAppliedLawTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Documents(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void A_submission_put_before_the_assembly_is_no_act_cited() =>
        Assert.Empty(Documents("Sáng 19/6, Bộ trưởng Bộ Tư pháp đã trình Quốc hội Tờ trình về dự án Luật Công chứng sửa đổi.", Anchor(2024, 6, 19)));

    [Fact]
    public void A_notice_issued_on_a_day_is_a_notice_of_that_day()
    {
        var notice = Assert.Single(Documents("Chiều 6/8, Văn phòng Trung ương Đảng đã ban hành thông báo về lịch làm việc của Ban Chấp hành Trung ương.", Anchor(2024, 8, 6)));
        Assert.Equal("Thông báo", notice.Kind);
        Assert.Equal("2024-08-06", notice.Issued?.Iso);
    }

    [Fact]
    public void A_law_a_deed_is_held_against_is_cited()
    {
        var law = Assert.Single(Documents("Đoàn kiểm tra kết luận việc cấp phép khai thác cát là trái quy định của Luật Khoáng sản.", Anchor(2024, 8, 6)));
        Assert.Equal("Luật Khoáng sản", law.Number);
    }
}
