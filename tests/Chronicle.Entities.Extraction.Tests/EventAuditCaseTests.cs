using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Classes of error found by auditing events and documents on articles the rules were not tuned on.</summary>
public sealed class EventAuditCaseTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.IsMainEvent || e.Date?.Iso is not null).ToList();

    [Theory]
    [InlineData("Văn bản mới có hiệu lực thi hành từ ngày 1/7/2024, thay cho văn bản cũ của Chính phủ.")]
    [InlineData("Các đại biểu dự lễ mít tinh kỷ niệm Quốc khánh 2/9 tại quảng trường trung tâm vào năm 2010.")]
    [InlineData("Một nhà nghiên cứu trả lời VOA ngày 12/9 rằng ông Tô Lâm có thể phát biểu tại Đại hội đồng Liên Hợp Quốc.")]
    [InlineData("Theo thông tin từ Bộ Ngoại giao ngày 9-6, trong bức điện gửi Thủ tướng, lãnh đạo Nhật Bản chúc mừng Việt Nam.")]
    public void A_date_that_dates_no_event_gives_none(string text) =>
        Assert.Empty(Read(text, Anchor(2024, 9, 20)));

    [Fact]
    public void A_meeting_that_opens_on_one_day_and_closes_on_another_is_dated_by_its_opening()
    {
        var plenum = Assert.Single(Read("Ban Chấp hành Trung ương đang họp Hội nghị lần thứ 10, khai mạc vào ngày 18 và bế mạc ngày 20/9.", Anchor(2024, 9, 19)));
        Assert.Equal("2024-09-18", plenum.Date?.Iso);
    }

    [Fact]
    public void A_photo_caption_gives_no_event_and_does_not_hide_the_report_of_that_day()
    {
        var events = Read("Toàn cảnh phiên họp sáng 30/11 (Ảnh: Minh Anh).\nNghị quyết lập thêm một thành phố trực thuộc Trung ương đã được Quốc hội thông qua vào sáng 30/11.", Anchor(2024, 11, 30));
        var passed = Assert.Single(events);
        Assert.Contains("thông qua", passed.Name, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2024-11-30", passed.Date?.Iso);
        Assert.True(passed.Evidence.Start > 0, "the event is read from the report, not the caption");
    }

    [Fact]
    public void A_today_lead_after_an_occasion_clause_is_the_main_event()
    {
        var visit = Assert.Single(Read("(VTV) - Nhân dịp kỷ niệm Quốc khánh (2/9/1945 - 2/9/2024), vào sáng nay (02/9), Chủ tịch nước Tô Lâm đến thăm và tặng quà gia đình nhạc sĩ Văn Cao.", Anchor(2024, 9, 2)));
        Assert.Equal("2024-09-02", visit.Date?.Iso);
        Assert.Contains("thăm", visit.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trước đó, hôm 12/3, Cơ quan điều tra bắt ông Nguyễn Văn An về tội nhận hối lộ.", "2024-03-12")]
    [InlineData("Tháng trước, Thủ tướng đã có chuyến công du tới Nhật Bản từ ngày 14-16/3.", "2024-03-14")]
    [InlineData("Ngày 1-4, Ba Lan chính thức đảm nhận vai trò chủ tịch luân phiên Hội đồng Liên minh châu Âu trong nửa năm.", "2024-04-01")]
    [InlineData("Sáng 2/4, tại buổi họp báo về đợt đặc xá, Thứ trưởng Bộ Công an Lê Quốc Hùng giải đáp thắc mắc của phóng viên.", "2024-04-02")]
    public void Deeds_of_a_day_the_rules_missed_give_an_event(string text, string date)
    {
        var deed = Assert.Single(Read(text, Anchor(2024, 4, 20)));
        Assert.Equal(date, deed.Date?.Iso);
    }

    [Fact]
    public void A_photo_credit_before_a_caption_is_not_part_of_the_name()
    {
        var meeting = Assert.Single(Read("Nguồn hình ảnh, Reuters Chụp lại hình ảnh, Tổng Bí thư Tô Lâm gặp Tổng thống Joe Biden tại New York ngày 25/9/2024", Anchor(2024, 9, 26)));
        Assert.DoesNotContain("Nguồn hình ảnh", meeting.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_written_after_today_is_the_day_read()
    {
        var rally = Assert.Single(Read("Sáng nay 7-5, tại thành phố Điện Biên Phủ diễn ra lễ mít tinh kỷ niệm ngày chiến thắng.", Anchor(2024, 5, 6)));
        Assert.Equal("2024-05-07", rally.Date?.Iso);
    }

    [Fact]
    public void A_summit_held_in_a_city_on_given_days_is_dated_by_its_first_day()
    {
        var summit = Assert.Single(Read("Hội nghị Thượng đỉnh về khí hậu của Liên Hợp Quốc diễn ra tại Geneva vào các ngày 14, 15/10 với sự tham gia của nhiều nước.", Anchor(2024, 10, 1)), e => e.Date?.Iso is not null);
        Assert.Equal("2024-10-14", summit.Date?.Iso);
    }

    [Fact]
    public void A_letter_sent_by_a_body_on_a_day_is_a_document_not_an_event() =>
        Assert.Empty(Read("Ngày 3/10/2023, Bộ Tài chính có Công văn số 1234/BTC-TCCB báo cáo về việc bổ nhiệm lại ông Hùng.", Anchor(2024, 12, 1)));

    [Theory]
    [InlineData("Ông Hải đã được Ban Chấp hành Trung ương cho thôi chức ủy viên vào ngày 5/8.", "2024-08-05")]
    [InlineData("Việt Nam và Brazil thiết lập quan hệ ngoại giao ngày 8-5-1989.", "1989-05-08")]
    public void Decisions_and_relations_established_on_a_day_are_events(string text, string date) =>
        Assert.Equal(date, Assert.Single(Read(text, Anchor(2024, 8, 20))).Date?.Iso);

    [Fact]
    public void A_lead_after_the_broadcaster_tag_gives_the_reunion_of_that_day()
    {
        var reunion = Assert.Single(Read("(VTV) - Sáng 19/10, tại Hà Nội, khoảng 300 cựu học viên đã trở về trường gặp mặt, kỷ niệm 40 năm ngày khai giảng khóa đầu.", Anchor(2024, 10, 19)));
        Assert.Equal("2024-10-19", reunion.Date?.Iso);
    }

    [Theory]
    [InlineData("Thăm Trường Sa tối 9/6, Chủ tịch nước động viên cán bộ, chiến sĩ trên đảo.", "2024-06-09")]
    [InlineData("Đến ngày 12-1, Tòa án nhân dân TP Hà Nội đã tuyên cựu thứ trưởng Nguyễn Văn Sơn 4 năm tù.", "2024-01-12")]
    [InlineData("Ngày 17-6, hai tàu đã xảy ra một vụ va chạm tại khu vực bãi cạn.", "2024-06-17")]
    [InlineData("Cuộc diễn tập phòng thủ của Quân khu 9 được tiến hành từ ngày 3 đến ngày 6/6 với sự tham gia của nhiều lực lượng.", "2024-06-03")]
    [InlineData("Hướng tới kỷ niệm Cách mạng Tháng Tám, Quốc khánh 2/9, sáng 22/8, Chủ tịch UBND tỉnh Nguyễn Văn Phúc đến thăm, tặng quà các gia đình chính sách.", "2024-08-22")]
    [InlineData("Tối 3-6, tổng thống nước này ban bố lệnh thiết quân luật trên toàn quốc.", "2024-06-03")]
    [InlineData("Hôm 14/6, Hạ viện bỏ phiếu thông qua đề xuất bãi nhiệm thủ tướng.", "2024-06-14")]
    [InlineData("Ngày 5-6, Cơ quan điều tra hoàn tất kết luận, chuyển hồ sơ đề nghị truy tố 12 bị can trong vụ án đấu thầu.", "2024-06-05")]
    [InlineData("Ngày 2 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập trước đồng bào tại Quảng trường Ba Đình.", "1945-09-02")]
    public void Visits_sentences_collisions_and_proclamations_give_an_event(string text, string date) =>
        Assert.Equal(date, Assert.Single(Read(text, Anchor(2024, 6, 20))).Date?.Iso);

    [Fact]
    public void A_month_that_opens_on_the_session_it_dates_gives_the_session()
    {
        var session = Assert.Single(Read("Tháng 1/2023, tại kỳ họp bất thường lần thứ 2, Quốc hội phê chuẩn bổ nhiệm hai Phó Thủ tướng.", Anchor(2025, 1, 20)));
        Assert.Equal("2023-01", session.Date?.Iso);
        Assert.StartsWith("Kỳ họp bất thường", session.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_that_opens_a_career_step_gives_no_event() =>
        Assert.Empty(Read("Tháng 4/2021, ông được bầu làm Phó Chủ tịch Quốc hội.", Anchor(2025, 1, 20)));

    [Fact]
    public void A_birthday_written_with_sinh_ra_dates_no_event() =>
        Assert.Empty(Read("Ông Nam sinh ra ngày 3/2/1961 và sẽ đủ tuổi nghỉ hưu trước Đại hội 14.", Anchor(2024, 10, 1)));

    [Fact]
    public void The_day_a_statement_was_released_is_not_the_day_of_the_session_it_reports()
    {
        var session = Assert.Single(Read("Theo thông cáo phát chiều 30/10, Ủy ban Kiểm tra Trung ương tại kỳ họp thứ 49 (diễn ra ngày 28 và 29/10) đã xem xét nhiều vụ việc.", Anchor(2024, 10, 30)));
        Assert.Equal("2024-10-28", session.Date?.Iso);
    }

    [Fact]
    public void Talks_framed_by_trong_cuoc_are_not_hosted_by_the_frame()
    {
        var talks = Assert.Single(Read("Trong cuộc hội đàm ngày 18/11 với Tổng thống Chile Gabriel Boric, Thủ tướng Phạm Minh Chính đề nghị mở rộng thương mại.", Anchor(2024, 11, 19)));
        Assert.DoesNotContain("Trong cuộc", talks.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_funeral_home_is_a_place_not_a_funeral()
    {
        var rite = Assert.Single(Read("Lễ viếng bắt đầu từ 7 giờ ngày 14/3 tại Nhà tang lễ Quốc gia, Hà Nội.", Anchor(2024, 3, 10)));
        Assert.StartsWith("Lễ viếng", rite.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_of_verbs_keeps_what_was_visited_in_the_name()
    {
        var visit = Assert.Single(Read("Ngày 12-3, Chủ tịch nước Tô Lâm thăm, kiểm tra công tác sẵn sàng chiến đấu của Vùng 2 Hải quân.", Anchor(2024, 3, 13)));
        Assert.Contains("kiểm tra công tác sẵn sàng chiến đấu", visit.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_number_before_the_day_is_not_the_first_day_of_a_list()
    {
        var session = Assert.Single(Read("Bước sang phiên họp thứ 35, sáng 14.5, các thành viên Ủy ban Thường vụ Quốc hội góp ý cho hai dự án luật.", Anchor(2024, 5, 14)));
        Assert.Equal("2024-05-14", session.Date?.Iso);
    }

    [Fact]
    public void The_day_a_body_released_a_notice_is_not_the_day_of_the_meeting_it_tells()
    {
        var meeting = Assert.Single(Read("Ngày 20-6, Ủy ban Kiểm tra Trung ương ra thông báo cho biết, trong các ngày từ 17 đến 19-6, ủy ban này đã họp kỳ thứ 43 tại Đà Nẵng.", Anchor(2024, 6, 20)));
        Assert.Equal("2024-06-17", meeting.Date?.Iso);
    }
}
