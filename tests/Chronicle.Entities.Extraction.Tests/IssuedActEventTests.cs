using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Putting out a numbered act on a written day is that day's happening as well as the act's date:
/// the news reports it as a deed ('Bộ trưởng ký ban hành Quyết định số …'); an unnumbered act signed
/// in a career line stays a document only.
/// </summary>
public sealed class IssuedActEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void Signing_a_numbered_decision_on_a_day_is_an_event_of_that_day()
    {
        var signing = Assert.Single(Read("Ngày 4/3/2024, Phó Thủ tướng Trần Hồng Hà ký ban hành Quyết định số 215/QĐ-TTg về việc thành lập Hội đồng thẩm định quy hoạch vùng.", Anchor(2024, 3, 5)));
        Assert.Equal("2024-03-04", signing.Date?.Iso);
        Assert.Contains("Quyết định số 215/QĐ-TTg", signing.Name);
    }

    [Fact]
    public void The_date_after_the_number_of_an_act_signed_dates_the_signing()
    {
        var signing = Assert.Single(Read("Trước đó, Bộ trưởng Nguyễn Văn Hùng đã ký Quyết định số 88/QĐ-BVHTTDL ngày 12/1/2024 thành lập Ban tổ chức Lễ hội.", Anchor(2024, 3, 5)));
        Assert.Equal("2024-01-12", signing.Date?.Iso);
        Assert.Contains("88/QĐ-BVHTTDL", signing.Name);
    }

    [Fact]
    public void A_notice_put_out_on_a_day_is_an_event_of_that_day()
    {
        var notice = Assert.Single(Read("Chiều 6/8, Văn phòng Trung ương Đảng đã ban hành thông báo về lịch làm việc của Ban Chấp hành Trung ương.", Anchor(2024, 8, 6)));
        Assert.Equal("2024-08-06", notice.Date?.Iso);
        Assert.Contains("ban hành thông báo", notice.Name);
    }

    [Fact]
    public void A_decision_cited_by_its_number_without_a_verb_of_signing_dates_no_event() =>
        Assert.Empty(Read("Việc bố trí cán bộ thực hiện theo Quyết định số 1042/QĐ-UBND ngày 7/5/2024 của UBND tỉnh.", Anchor(2024, 6, 1)));
}
