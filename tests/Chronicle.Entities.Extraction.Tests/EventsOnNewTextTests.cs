using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Shapes of real reports the event and document readers missed on text they were not written for:
/// a second deed on a day already reported, a day recalled from the year before, documents dated
/// by a day without its year, meetings and signatures of earlier years.
/// </summary>
public sealed class EventsOnNewTextTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.IsMainEvent || e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_second_deed_opened_by_cung_trong_on_the_day_already_reported_is_its_own_event()
    {
        var events = Read(
            "Sáng 14/3, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị công bố quyết định về công tác cán bộ. "
            + "Cũng trong sáng 14/3, Chủ tịch nước Lương Cường đã trao Quyết định bổ nhiệm Thượng tướng Nguyễn Văn Hải giữ chức Thứ trưởng Bộ Quốc phòng.",
            Anchor(2025, 3, 14));
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Name.Contains("trao Quyết định bổ nhiệm", StringComparison.Ordinal) && e.Date?.Iso == "2025-03-14");
    }

    [Fact]
    public void A_date_inside_a_meeting_reported_that_day_stays_a_back_reference()
    {
        var events = Read(
            "Chiều 9/5, Ủy ban Thường vụ Quốc hội khai mạc phiên họp thứ 40. "
            + "Trong phiên họp chiều 9/5, các đại biểu cho ý kiến về dự án luật đất đai.",
            Anchor(2025, 5, 9));
        Assert.Single(events);
    }

    [Theory]
    [InlineData("Đúng ngày này năm ngoái, hôm 3/11, chính quyền đã tổ chức lễ khánh thành cây cầu mới.", "2023-11-03")]
    [InlineData("Làn sóng bạo lực bùng phát sau cuộc tấn công của Hamas vào ngày 7/10, khiến hàng nghìn người thương vong.", "2023-10-07")]
    public void A_day_recalled_from_the_year_before_takes_that_year(string sentence, string iso)
    {
        var recalled = Assert.Single(Read(sentence, Anchor(2024, 11, 10)));
        Assert.Equal(iso, recalled.Date?.Iso);
    }

    [Fact]
    public void A_day_without_its_year_in_a_sentence_of_this_year_keeps_the_anchor_year()
    {
        var visit = Assert.Single(Read("Ngày 3/11, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản tại Hà Nội.", Anchor(2024, 11, 10)));
        Assert.Equal("2024-11-03", visit.Date?.Iso);
    }

    [Fact]
    public void A_document_dated_by_a_day_without_its_year_takes_the_anchor_year()
    {
        var document = Assert.Single(ArticleAnalyzer.Analyze("", "Hôm nay 8/1, Bộ Tài chính đã có tờ trình số 17/TTr-BTC đề nghị khen thưởng các đơn vị.", Anchor(2025, 1, 8)).LegalDocuments);
        Assert.Equal("17/TTr-BTC", document.Number);
        Assert.Equal("2025-01-08", document.Issued?.Iso);
    }

    [Fact]
    public void A_document_signed_on_the_day_the_sentence_opens_with_is_dated_by_it()
    {
        var document = Assert.Single(ArticleAnalyzer.Analyze("", "Ngày 12/8, Phó Thủ tướng Trần Hồng Hà đã ký Quyết định số 801/QĐ-TTg về việc hỗ trợ các tỉnh bị lũ.", Anchor(2024, 8, 14)).LegalDocuments);
        Assert.Equal("2024-08-12", document.Issued?.Iso);
        Assert.Equal("Thủ tướng Chính phủ", document.Issuer);
    }

    [Fact]
    public void A_document_number_followed_by_a_day_without_its_year_is_dated_by_the_anchor()
    {
        var document = Assert.Single(ArticleAnalyzer.Analyze("", "Các bộ triển khai Công điện số 44/CĐ-TTg ngày 20/4 của Thủ tướng Chính phủ về phòng chống hạn mặn.", Anchor(2024, 4, 25)).LegalDocuments);
        Assert.Equal("2024-04-20", document.Issued?.Iso);
    }

    [Theory]
    [InlineData("Tháng 6/2022, ông Trần Văn Bình bị Ủy ban Kiểm tra Trung ương cảnh cáo vì vi phạm trong công tác đấu thầu.", "2022-06", "cảnh cáo")]
    [InlineData("Giám đốc Sở Xây dựng Lê Văn Nam cũng bị bắt tạm giam hồi tháng 9/2023.", "2023-09", "bắt tạm giam")]
    [InlineData("Việt Nam và Cộng hòa Guatemala thiết lập quan hệ ngoại giao vào tháng 1/1993.", "1993-01", "thiết lập quan hệ")]
    public void A_deed_of_a_past_month_with_its_year_is_an_event(string sentence, string iso, string deed)
    {
        var past = Assert.Single(Read(sentence, Anchor(2024, 10, 2)));
        Assert.Equal(iso, past.Date?.Iso);
        Assert.Contains(deed, past.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tháng 3/2021, ông Nguyễn Văn Tâm được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.")]
    [InlineData("Ông bị kỷ luật vì sai phạm trong thời gian làm Giám đốc Sở Tài chính từ tháng 5/2015 đến tháng 8/2020.")]
    [InlineData("Thủ tướng yêu cầu các bộ khởi công dự án chậm nhất trong tháng 6/2025.")]
    public void A_career_step_a_term_or_a_deadline_of_a_month_is_no_event(string sentence) =>
        Assert.Empty(Read(sentence, Anchor(2024, 10, 2)));

    [Fact]
    public void A_meeting_named_by_its_kind_alone_takes_the_body_that_holds_it()
    {
        var meeting = Assert.Single(Read("Tại kỳ họp thứ 52 (14-15/1/2025), Ủy ban Kiểm tra Trung ương đã xem xét nhiều nội dung quan trọng.", Anchor(2025, 1, 16)));
        Assert.Equal("Kỳ họp thứ 52 của Ủy ban Kiểm tra Trung ương", meeting.Name);
    }

    [Fact]
    public void A_vote_on_a_resolution_is_named_by_what_it_decided()
    {
        var vote = Assert.Single(Read("Chiều 12/6, Quốc hội đã biểu quyết thông qua nghị quyết miễn nhiệm chức vụ Bộ trưởng Bộ Nội vụ đối với ông Lê Văn Hòa.", Anchor(2025, 6, 12)));
        Assert.StartsWith("Quốc hội miễn nhiệm Bộ trưởng Bộ Nội vụ", vote.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vote_of_the_same_day_told_after_sau_khi_is_an_event_of_that_day()
    {
        var events = Read(
            "Bà Nguyễn Thị Lan được giao điều hành công việc của Ủy ban từ ngày 9-4, sau khi Hội đồng nhân dân tỉnh thông qua nghị quyết miễn nhiệm chức vụ Chủ tịch Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026 đối với ông Phạm Văn Đức vào cùng ngày.",
            Anchor(2025, 4, 20));
        var vote = Assert.Single(events, e => e.Name.StartsWith("Hội đồng nhân dân tỉnh miễn nhiệm", StringComparison.Ordinal));
        Assert.Equal("2025-04-09", vote.Date?.Iso);
        Assert.EndsWith("Phạm Văn Đức", vote.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_day_of_a_newspaper_quoting_someone_is_no_event()
    {
        Assert.Empty(Read("Báo Bangkok Post ngày 3-9 dẫn lời Thủ tướng Thái Lan cho biết ông sẽ công bố danh sách nội các trong tuần tới.", Anchor(2024, 9, 4)));
    }

    [Fact]
    public void An_article_of_a_code_or_a_document_is_no_place()
    {
        var charge = Assert.Single(Read("Ông Lê Văn Hùng bị khởi tố về tội nhận hối lộ quy định tại Điều 354 Bộ luật Hình sự vào ngày 12/3.", Anchor(2025, 3, 14)));
        Assert.Null(charge.Place);
    }
}
