using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>One event for every sentence that dates a deed or a named event to a day or a month.</summary>
public sealed class EventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.IsMainEvent || e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_session_lead_is_the_main_event_with_its_term_place_and_organiser()
    {
        var session = Assert.Single(Read("Sáng 21/10, tại Nhà Quốc hội, Quốc hội khai mạc Kỳ họp thứ 8, Quốc hội khóa XV.", Anchor(2024, 10, 21)));
        Assert.Equal("Kỳ họp thứ 8 Quốc hội khóa XV", session.Name);
        Assert.True(session.IsMainEvent);
        Assert.Equal("2024-10-21", session.Date?.Iso);
        Assert.Equal("Nhà Quốc hội", session.Place);
        Assert.Equal("Quốc hội", session.Organizer);
    }

    [Fact]
    public void A_plenum_keeps_its_term_in_the_name()
    {
        var plenum = Assert.Single(Read("Ngày 18/9, tại Hà Nội, Ban Chấp hành Trung ương Đảng khai mạc Hội nghị Trung ương 10, khóa XIII.", Anchor(2024, 9, 18)));
        Assert.Equal("Hội nghị Trung ương 10 khóa XIII", plenum.Name);
        Assert.Equal("Hà Nội", plenum.Place);
    }

    [Fact]
    public void Talks_are_named_by_both_sides()
    {
        var talks = Assert.Single(Read("Chiều 12/12, tại Hà Nội, Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Indonesia Prabowo Subianto.", Anchor(2024, 12, 12)));
        Assert.StartsWith("Hội đàm giữa Tổng Bí thư Tô Lâm và ", talks.Name, StringComparison.Ordinal);
        Assert.Contains("Prabowo Subianto", talks.Name, StringComparison.Ordinal);
        Assert.Contains("Tô Lâm", talks.Participants);
    }

    [Fact]
    public void A_reception_names_host_and_guest()
    {
        var reception = Assert.Single(Read("Sáng 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki tại Trụ sở Chính phủ.", Anchor(2024, 3, 5)));
        Assert.StartsWith("Thủ tướng Phạm Minh Chính tiếp ", reception.Name, StringComparison.Ordinal);
        Assert.Equal("Trụ sở Chính phủ", reception.Place);
    }

    [Fact]
    public void A_ceremony_is_named_by_what_was_held_and_who_held_it()
    {
        var ceremony = Assert.Single(Read("Chiều 8/11, Văn phòng Chủ tịch nước tổ chức Lễ công bố quyết định bổ nhiệm Thẩm phán Tòa án nhân dân tối cao.", Anchor(2024, 11, 8)));
        Assert.StartsWith("Lễ công bố quyết định bổ nhiệm", ceremony.Name, StringComparison.Ordinal);
        Assert.Equal("Văn phòng Chủ tịch nước", ceremony.Organizer);
    }

    [Theory]
    [InlineData("Ngày 14/5, Bộ Chính trị đồng ý để đồng chí Trần Văn Hòa thôi giữ các chức vụ hiện nay.")]
    [InlineData("Ngày 14/5, Bộ Chính trị quyết định kỷ luật Ban Thường vụ Tỉnh ủy với hình thức cảnh cáo.")]
    [InlineData("Sáng 14/5, Quốc hội bầu ông Trần Văn Hòa giữ chức Chủ tịch Quốc hội.")]
    [InlineData("Sáng 14/5, Quốc hội biểu quyết phê chuẩn đề nghị bổ nhiệm Phó Thủ tướng.")]
    public void A_decision_or_an_election_on_a_day_is_an_event(string text)
    {
        var decision = Assert.Single(Read(text, Anchor(2024, 5, 14)));
        Assert.Equal("2024-05-14", decision.Date?.Iso);
    }

    [Theory]
    [InlineData("Ông sinh ngày 10/2/1962 tại Hưng Yên, vào Đảng ngày 5/6/1985.")]
    [InlineData("Các cấp ủy quán triệt Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị trong toàn Đảng bộ.")]
    [InlineData("Thứ hai, 14/10/2024 09:15 (GMT+7)")]
    [InlineData("Hồ sơ dự tuyển được nhận đến ngày 30/6 tại trụ sở Sở Nội vụ.")]
    [InlineData("Ngày 9/7/2024, Bộ Chính trị ban hành Quyết định 1500 thành lập các đoàn kiểm tra.")]
    [InlineData("Bảng giá mới áp dụng kể từ ngày 1/7 trên toàn quốc.")]
    public void Dates_that_date_no_event_make_none(string text) => Assert.Empty(Read(text, Anchor(2024, 10, 14)));

    [Fact]
    public void A_sentence_with_a_date_but_no_deed_makes_no_event()
    {
        Assert.Empty(Read("Ngày 14/10, trời Hà Nội mưa to kéo dài từ sáng đến tối.", Anchor(2024, 10, 14)));
    }

    [Fact]
    public void The_same_day_named_again_inside_a_sentence_is_the_same_event()
    {
        var text = "Sáng 21/10, Quốc hội khai mạc Kỳ họp thứ 8, Quốc hội khóa XV.\n\nTrong phiên họp ngày 21/10, Quốc hội cũng nghe báo cáo về công tác nhân sự.";
        Assert.Single(Read(text, Anchor(2024, 10, 21)));
    }

    [Fact]
    public void A_lead_printed_twice_is_one_event()
    {
        var text = "Sáng 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki tại Trụ sở Chính phủ.\n\n"
            + "Sáng 5/3, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản Ito Naoki tại Trụ sở Chính phủ.";
        Assert.Single(Read(text, Anchor(2024, 3, 5)));
    }

    [Fact]
    public void A_lead_cut_short_takes_the_name_of_the_full_telling()
    {
        var text = "Sáng 28/8, tại Cần Thơ, Đoàn công tác của Bộ Chính trị do ông Nguyễn Văn Bình làm trưởng đoàn đã ...\n\n"
            + "Sáng 28/8, tại Cần Thơ, Đoàn công tác của Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Cần Thơ.";
        var visit = Assert.Single(Read(text, Anchor(2024, 8, 28)));
        Assert.Contains("Ban Thường vụ Thành ủy Cần Thơ", visit.Name, StringComparison.Ordinal);
        Assert.Equal("Cần Thơ", visit.Place);
    }

    [Fact]
    public void Days_without_a_year_take_the_anchors_and_late_autumn_in_january_is_last_year()
    {
        var text = "Ngày 10/1, Ban Bí thư tổ chức Hội nghị toàn quốc tổng kết công tác năm.\n\nTrước đó, ngày 28/12, Bộ Chính trị đã họp Hội nghị chuẩn bị nhân sự.";
        var events = Read(text, Anchor(2025, 1, 10));
        Assert.Equal(["2025-01-10", "2024-12-28"], events.Select(e => e.Date?.Iso));
    }

    [Fact]
    public void What_is_still_to_come_is_not_put_in_the_year_before()
    {
        var text = "Sáng 20/12, Ủy ban Thường vụ Quốc hội họp phiên thứ 40.\n\nKỳ họp bất thường sẽ khai mạc vào ngày 5/3 tại Nhà Quốc hội.";
        var events = Read(text, Anchor(2024, 12, 20));
        Assert.Contains(events, e => e.Date?.Iso == "2025-03-05");
    }

    [Theory]
    [InlineData("Hội nghị Trung ương sẽ diễn ra trong hai ngày 25 và 26/7 tại Hà Nội.", "2024-07-25")]
    [InlineData("Đoàn sẽ thăm Lào từ ngày 12 đến ngày 14/7 theo lời mời của Chủ tịch nước Lào.", "2024-07-12")]
    [InlineData("Kỳ thi dự kiến diễn ra vào các ngày 26, 27, 28/7/2024 trên cả nước.", "2024-07-26")]
    public void A_list_or_a_range_of_days_dates_the_event_by_its_first(string text, string date) =>
        Assert.Contains(Read(text, Anchor(2024, 7, 10)), e => e.Date?.Iso == date);

    [Fact]
    public void A_month_dates_the_event_it_is_written_with()
    {
        var session = Assert.Single(Read("Ủy ban góp ý những dự án luật sẽ đưa ra Kỳ họp thứ bảy (tháng 5/2024) của nhiệm kỳ.", Anchor(2024, 4, 15)));
        Assert.Equal("2024-05", session.Date?.Iso);
        Assert.Equal("month", session.Date?.Granularity);
    }

    [Fact]
    public void A_career_month_is_not_an_event()
    {
        Assert.Empty(Read("Tháng 3/2021, ông được bổ nhiệm làm Thứ trưởng Bộ Xây dựng.", Anchor(2024, 4, 15)));
    }

    [Fact]
    public void Each_visit_after_a_semicolon_is_an_event_of_that_day()
    {
        var events = Read("Sáng 18/8, tại Quảng Châu, Chủ tịch nước Tô Lâm dâng hương tại Nhà tưởng niệm liệt sĩ; thăm Khu di tích Hội Việt Nam Cách mạng Thanh niên.", Anchor(2024, 8, 18));
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Name.Contains("thăm Khu di tích", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal("2024-08-18", e.Date?.Iso));
    }

    [Fact]
    public void A_dotted_date_and_a_same_day_lead_are_read()
    {
        var text = "Sáng 10.9, tại Phủ Chủ tịch, Chủ tịch nước tiếp Đoàn đại biểu Quốc hội Lào.\n\nChiều cùng ngày, Chủ tịch nước dự Lễ kỷ niệm 80 năm thành lập Hội Nông dân Việt Nam.";
        var events = Read(text, Anchor(2024, 9, 10));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("2024-09-10", e.Date?.Iso));
    }

    [Fact]
    public void Without_an_anchor_only_a_written_year_dates_an_event_cited_in_passing()
    {
        var events = ArticleAnalyzer.Analyze("", "Sáng 21/10, Quốc hội khai mạc Kỳ họp thứ 8.\n\nNgày 19/6/1924, liệt sĩ Phạm Hồng Thái hi sinh tại Quảng Châu.").Events;
        Assert.Contains(events, e => e.IsMainEvent && e.Date is null);
        Assert.Contains(events, e => e.Date?.Iso == "1924-06-19");
    }
}

public sealed class EventChairTests
{
    private static readonly Chronicle.Text.Dates.AnchorDate Anchor =
        new(2024, 4, 22, Chronicle.Text.Dates.DateGranularity.Day, Chronicle.Text.Dates.YearBasis.Publication, [], "publication date", null);

    [Theory]
    [InlineData("Phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội khai mạc sáng 22/4 dưới sự chủ trì của Chủ tịch Quốc hội Vương Đình Huệ.")]
    [InlineData("Sáng 22/4, Chủ tịch Quốc hội Vương Đình Huệ chủ trì phiên thứ 32 của Ủy ban Thường vụ Quốc hội.")]
    public void The_chair_is_read_whichever_side_of_the_verb_they_stand(string text)
    {
        var session = Assert.Single(ArticleAnalyzer.Analyze("", text, Anchor).Events, e => e.Date?.Iso is not null);
        Assert.Equal("Vương Đình Huệ", session.Chair);
    }
}
