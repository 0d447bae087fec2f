using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Votes told inside the meeting that held them, visits dated by a range across two months, and
/// meetings named inside quoted promises.
/// </summary>
public sealed class VoteAndVisitEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.IsMainEvent || e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_vote_at_a_meeting_known_only_by_its_kind_is_an_event_of_the_day_too()
    {
        var events = Read("Tại hội nghị chiều 12/5, Ban Chấp hành Trung ương bầu ông Nguyễn Văn Minh giữ chức Thường trực Ban Bí thư.", Anchor(2025, 5, 12));
        Assert.Equal(2, events.Count);
        var vote = Assert.Single(events, e => e.Name.Contains("bầu ông Nguyễn Văn Minh", StringComparison.Ordinal));
        Assert.Equal("2025-05-12", vote.Date?.Iso);
    }

    [Fact]
    public void A_vote_after_a_session_framing_the_date_is_an_event_beside_the_session()
    {
        var events = Read("Ngày 7.3, tại kỳ họp bất thường thứ 4, Quốc hội đã phê chuẩn đề nghị bổ nhiệm bà Lê Thị Lan làm Bộ trưởng.", Anchor(2025, 3, 7));
        Assert.Contains(events, e => e.Name.StartsWith("Kỳ họp bất thường thứ 4", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Name.Contains("phê chuẩn", StringComparison.Ordinal) && e.Date?.Iso == "2025-03-07");
    }

    [Fact]
    public void A_named_meeting_alone_is_the_event_when_it_frames_a_vote()
    {
        var meeting = Assert.Single(Read("Tại Hội nghị Trung ương 11 sáng 12/4, Trung ương đã bầu bổ sung hai Ủy viên Bộ Chính trị.", Anchor(2025, 4, 12)));
        Assert.StartsWith("Hội nghị Trung ương 11", meeting.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_visit_over_a_range_across_two_months_starts_on_its_first_day()
    {
        var visit = Assert.Single(Read("Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam từ ngày 29/9-2/10.", Anchor(2024, 9, 29)));
        Assert.Equal("2024-09-29", visit.Date?.Iso);
    }

    [Fact]
    public void A_meeting_named_in_a_quoted_promise_is_no_event()
    {
        var events = Read("Tân Bí thư cam kết \"cùng tập thể lãnh đạo tổ chức thành công Đại hội Đảng bộ tỉnh lần thứ XX, đưa tỉnh phát triển nhanh\".", Anchor(2025, 2, 10));
        Assert.Empty(events);
    }

    [Fact]
    public void A_sanction_decided_in_a_month_of_a_written_year_is_an_event_of_that_month()
    {
        var sanction = Assert.Single(Read("Trước đó, tháng 6.2021, Ban Bí thư quyết định khai trừ ra khỏi Đảng ông Trần Văn Quý do vi phạm nghiêm trọng.", Anchor(2024, 9, 3)));
        Assert.Equal("2021-06", sanction.Date?.Iso);
        Assert.Contains("khai trừ", sanction.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signing_after_the_talks_is_of_the_talks_day()
    {
        var events = Read("Sáng 5/9, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng New Zealand Christopher Luxon. "
            + "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký Hiệp định hợp tác giáo dục.", Anchor(2025, 9, 5));
        Assert.Contains(events, e => e.Name.StartsWith("Lễ ký Hiệp định", StringComparison.Ordinal) && e.Date?.Iso == "2025-09-05");
    }
}
