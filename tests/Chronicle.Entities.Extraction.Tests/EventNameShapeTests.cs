using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An event's name reads well in a list: whole numbers and words, quotes closed, no dangling
/// word at its end, never only a person, and the day a session's number stands before is not read as a day.
/// </summary>
public sealed class EventNameShapeTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_sum_with_a_decimal_comma_stays_whole_in_the_name()
    {
        var start = Assert.Single(Read("Thủ tướng Lào Sonexay Siphandone ngày 9/3 đã khởi công dự án đường sắt trị giá 2,4 tỷ USD nhằm nối Viêng Chăn với biển.", Anchor(2024, 3, 10)));
        Assert.Contains("2,4 tỷ USD", start.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_against_something_keeps_both_halves_of_its_name()
    {
        var session = Assert.Single(Read("Sáng 4/10, Tổng Bí thư Nguyễn Văn An chủ trì phiên họp thứ 9 của Ban Chỉ đạo phòng, chống lãng phí tại Hà Nội.", Anchor(2024, 10, 4)));
        Assert.Contains("phòng, chống lãng phí", session.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regular_meeting_keeps_the_month_it_is_held_for()
    {
        var meeting = Assert.Single(Read("Toàn cảnh phiên họp Chính phủ thường kỳ tháng 3, sáng 6/4.", Anchor(2024, 4, 6)));
        Assert.Equal("Phiên họp Chính phủ thường kỳ tháng 3", meeting.Name);
    }

    [Fact]
    public void The_number_of_a_session_before_its_day_is_no_first_day_of_a_list()
    {
        var vote = Assert.Single(Read("Quốc hội bầu ông Trần Văn Bình làm Chánh án, tại kỳ họp bất thường lần thứ 6, chiều 19/9.", Anchor(2024, 9, 20)));
        Assert.Equal("2024-09-19", vote.Date?.Iso);
    }

    [Fact]
    public void A_lead_cut_before_its_deed_is_named_by_the_meeting_told_next()
    {
        var events = Read(
            "Chiều 14-11, Phó Thủ tướng Lê Văn Hòa, Trưởng ban Chỉ đạo tổng kết việc sắp xếp các đơn vị hành chính, ...\n\n"
            + "Cùng dự có lãnh đạo các bộ, ngành.\n\n"
            + "Phát biểu kết luận cuộc họp, Phó Thủ tướng Lê Văn Hòa đề nghị các bộ hoàn thiện báo cáo.",
            Anchor(2024, 11, 14));
        var meeting = Assert.Single(events);
        Assert.StartsWith("Cuộc họp", meeting.Name, StringComparison.Ordinal);
        Assert.Equal("2024-11-14", meeting.Date?.Iso);
    }

    [Fact]
    public void A_teaser_cut_inside_a_word_loses_the_cut_word()
    {
        var session = Assert.Single(Read("Sáng nay (9/7), HĐND tỉnh Bình Định khóa XIII tổ chức kỳ họp thứ 18 để kiện toàn nhân sự theo thẩm ...", Anchor(2024, 7, 9)));
        Assert.Equal("Kỳ họp thứ 18", session.Name[.."Kỳ họp thứ 18".Length]);
        Assert.DoesNotContain("thẩm", session.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_cut_inside_a_quote_drops_the_quote_mark_left_open()
    {
        Assert.Equal("Hội nghị Thượng đỉnh tương lai", EventNames.Tidy("Hội nghị Thượng đỉnh tương lai”"));
        Assert.Equal("Lễ ra mắt cuốn sách Một con đường", EventNames.Tidy("Lễ ra mắt cuốn sách “Một con đường"));
        Assert.Equal("Lễ ra mắt cuốn sách “Một con đường”", EventNames.Tidy("Lễ ra mắt cuốn sách “Một con đường”"));
    }

    [Fact]
    public void A_name_never_ends_on_a_word_waiting_for_its_complement()
    {
        Assert.Equal("Phiên họp thứ hai cho ý kiến", EventNames.Tidy("Phiên họp thứ hai cho ý kiến đối với"));
        Assert.Equal("Kỳ họp bất thường", EventNames.Tidy("Kỳ họp bất thường lần thứ"));
        Assert.Equal("Hội nghị về chuyển đổi số", EventNames.Tidy("Hội nghị về chuyển đổi số"));
    }

    [Fact]
    public void A_long_name_is_cut_where_a_phrase_ends_not_inside_a_proper_name()
    {
        var words = string.Join(' ', Enumerable.Repeat("thăm", EventNames.MaxWords - 2));
        var name = EventNames.Tidy($"Bộ trưởng {words} tại Thành phố Điện Biên Phủ");
        Assert.EndsWith("thăm", name, StringComparison.Ordinal);
        Assert.True(name.Split(' ').Length <= EventNames.MaxWords);
    }

    [Fact]
    public void A_deed_attended_in_passing_is_not_named_by_who_attended()
    {
        var events = Read("Từ ngày 3/5, tại Huế, Ngày hội Văn hóa các dân tộc lần thứ IV đã diễn ra với sự tham dự của Phó Thủ tướng Lê Văn Hòa.", Anchor(2024, 5, 3));
        Assert.DoesNotContain(events, e => e.Name.StartsWith("Của", StringComparison.Ordinal));
    }
}
