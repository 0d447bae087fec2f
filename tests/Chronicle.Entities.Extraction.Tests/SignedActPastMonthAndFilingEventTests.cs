using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Events the gold's conventions count and the reading passed over: a coded act signed on the day written
/// after its number, a past deed of a month told without its year, an official's day of receiving
/// citizens, and the filings and accidents of the wider feed's trials, companies and incidents (an appeal
/// or a suit lodged, a resignation handed in, a road accident or a drowning). A past month without its year
/// dates any deed of the lists when 'hồi' marks it ('hồi tháng 5' after the deed or before it), when it opens
/// the sentence ('Hồi đầu tháng 4, …', 'Vào tháng 3, …') or follows the deed after 'vào'; a month written with
/// its year dates only the deeds it did before. Each rule has a sentence where it must not fire.
/// </summary>
public sealed class SignedActPastMonthAndFilingEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Dated(string text) =>
        [.. ArticleAnalyzer.Analyze("", text, Anchor(2024, 6, 20)).Events.Where(e => e.Date?.Iso is not null)];

    [Fact]
    public void A_coded_act_signed_on_the_day_after_its_number_is_the_signing_not_what_the_act_is_about()
    {
        var signing = Assert.Single(Dated("Thủ tướng Chính phủ Phạm Minh Chính ký Công điện số 88/CĐ-TTg ngày 2/5/2024 yêu cầu khắc phục hậu quả vụ cháy chung cư tại Hà Nội."));
        Assert.Equal("2024-05-02", signing.Date?.Iso);
        Assert.Contains("ký Công điện số 88/CĐ-TTg", signing.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_act_cited_after_a_comma_with_its_day_is_no_signing_event()
    {
        var events = Dated("Trước đó, Thủ tướng Chính phủ đã ban hành Quyết định số 55/QĐ-TTg, ngày 3/4/2024 phê duyệt chủ trương đầu tư cảng biển.");
        Assert.DoesNotContain(events, e => e.Name.Contains("ban hành", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cựu bộ trưởng lãnh án bảy năm, rồi được tạm tha vào tháng 2 vì lý do sức khỏe.", "2024-02")]
    [InlineData("Ca sĩ nổi tiếng của Hàn Quốc qua đời hồi tháng 4 tại Seoul, gia đình cho biết.", "2024-04")]
    public void A_past_deed_told_with_a_month_and_no_year_is_dated_to_that_month_of_the_report(string sentence, string month) =>
        Assert.Equal(month, Assert.Single(Dated(sentence)).Date?.Iso);

    [Theory]
    [InlineData("Tháng 3, ông được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Bắc Ninh.")]
    [InlineData("Dự kiến ông sẽ thăm Nhật Bản vào tháng 8, Bộ Ngoại giao cho biết.")]
    [InlineData("Sản lượng điện tiêu thụ tăng mạnh vào tháng 4 so với cùng kỳ.")]
    public void A_month_without_its_year_dates_no_career_step_plan_or_figure(string sentence) =>
        Assert.Empty(Dated(sentence));

    [Fact]
    public void An_official_receiving_citizens_on_a_day_is_that_days_event()
    {
        var reception = Assert.Single(Dated("Sáng 12/3, tại trụ sở Bộ, Bộ trưởng Nguyễn Văn Hùng tiếp công dân đến phản ánh về chính sách đất đai."));
        Assert.Equal("2024-03-12", reception.Date?.Iso);
        Assert.Contains("tiếp công dân", reception.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reception_office_named_on_a_day_gives_no_reception()
    {
        // The office's name holds the words; the sentence's deed is a relocation, which no list reads.
        Assert.Empty(Dated("Từ ngày 5/3, Ban tiếp công dân của tỉnh chuyển sang trụ sở mới ở phường Đông Thọ."));
    }

    [Theory]
    [InlineData("Ngày 14/6, cựu giám đốc sở đã nộp đơn kháng cáo vì cho rằng mức án quá nặng.", "2024-06-14")]
    [InlineData("Cũng trong ngày 3/6, một thành viên hội đồng quản trị của ngân hàng đã nộp đơn xin từ nhiệm.", "2024-06-03")]
    [InlineData("Khoảng 21 giờ ngày 11/6, trên quốc lộ 1A đoạn qua huyện Phù Mỹ đã xảy ra vụ tai nạn giữa xe tải và xe khách.", "2024-06-11")]
    [InlineData("Chiều 9/6, tại sông Đà đoạn qua xã Tu Lý đã xảy ra vụ đuối nước làm hai học sinh tử vong.", "2024-06-09")]
    public void A_filing_or_an_accident_told_on_a_day_is_that_days_event(string sentence, string day) =>
        Assert.Equal(day, Assert.Single(Dated(sentence)).Date?.Iso);

    [Theory]
    [InlineData("Trong các ngày 3/7 đến 9/7, học sinh muốn chấm lại bài thi thì nộp đơn phúc khảo ở trường mình.")]
    [InlineData("Theo dự báo, ngày 22/6 nhiều tuyến đường có thể xảy ra ùn tắc kéo dài.")]
    public void A_filing_period_or_a_feared_jam_is_no_event(string sentence) =>
        Assert.Empty(Dated(sentence));

    [Theory]
    [InlineData("Hồi tháng 3, Bộ Ngoại giao Pháp triệu tập Đại sứ Nga để phản đối vụ bắt giữ nhà báo.", "2024-03")]
    [InlineData("Vào tháng 2, Tổng thống Mỹ Joe Biden thăm Ba Lan và gặp các binh sĩ đồn trú.", "2024-02")]
    [InlineData("Bộ trưởng Y tế Anh hồi tháng 5 đã công bố kế hoạch cắt giảm nhân sự ở các bệnh viện.", "2024-05")]
    [InlineData("Đội tuyển Việt Nam giao hữu với Thái Lan vào tháng 6 trên sân Mỹ Đình.", "2024-06")]
    public void Any_deed_of_the_lists_is_dated_by_a_past_month_that_hoi_vao_or_the_opening_ties_to_it(string sentence, string month) =>
        Assert.Equal(month, Assert.Single(Dated(sentence)).Date?.Iso);

    [Fact]
    public void A_month_opening_the_sentence_with_hoi_is_no_part_of_the_name()
    {
        var consent = Assert.Single(Dated("Hồi đầu tháng 4, Ban Chấp hành Trung ương đồng ý cho ông Trần Văn Bình thôi làm Ủy viên Trung ương."));
        Assert.Equal("2024-04", consent.Date?.Iso);
        Assert.StartsWith("Ban Chấp hành Trung ương", consent.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hồi tháng 2, ông Lê Văn Cường được bổ nhiệm làm Thứ trưởng Bộ Tài chính.")]
    [InlineData("Hồi tháng 5, Bộ Chính trị quyết định chuẩn y ông Hà Văn Sơn giữ chức Phó Bí thư Tỉnh ủy.")]
    [InlineData("Bộ trưởng Ngoại giao sẽ thăm Lào vào tháng 10, phía bạn cho biết.")]
    [InlineData("Cử tri Mỹ bỏ phiếu bầu tổng thống vào tháng 11 tới.")]
    [InlineData("Lễ hội đua thuyền được tổ chức vào tháng 9 hằng năm ở Quảng Ngãi.")]
    [InlineData("Trong tháng 5/2024, lực lượng chức năng bắt giữ 120 đối tượng buôn lậu qua biên giới.")]
    [InlineData("Tháng 4/2022, bà Hoa mua tặng ông Tín một căn hộ ở quận 7.")]
    public void A_career_step_a_plan_a_month_to_come_or_of_every_year_a_tally_or_a_written_year_gives_no_new_event(string sentence) =>
        Assert.Empty(Dated(sentence));
}
