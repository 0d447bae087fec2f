using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>The anchor's year from the address, the page's stamp and the text's context.</summary>
public class AnchorContextTests
{
    private const string LeadOnly = "Ngày 14/12, tại Hà Nội, Ban Tuyên giáo tổ chức hội nghị báo cáo viên.";

    [Fact]
    public void Without_a_publication_date_the_address_dates_the_day()
    {
        var anchor = AnchorDateResolver.Resolve(LeadOnly, null, "https://example.vn/thoi-su/hoi-nghi-bao-cao-vien-20211215083000123.htm");
        Assert.Equal("2021-12-14", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
        Assert.Contains("from the address", anchor.Reason);
    }

    [Fact]
    public void A_given_publication_date_wins_over_the_address()
    {
        var anchor = AnchorDateResolver.Resolve(LeadOnly, new DateOnly(2023, 12, 20), "https://example.vn/2021/12/15/hoi-nghi/");
        Assert.Equal(2023, anchor.Year);
        Assert.DoesNotContain("address", anchor.Reason);
    }

    [Fact]
    public void A_month_in_the_address_bounds_the_day_by_its_last_day()
    {
        var anchor = AnchorDateResolver.Resolve("Sáng 28/4, Sở Giáo dục họp triển khai công tác thi.", null, "http://example.vn/giao-duc/202404/hop-trien-khai-7dc2af3/");
        Assert.Equal("2024-04-28", anchor.ToIso());
    }

    [Fact]
    public void A_day_shortly_after_the_publication_date_is_announced_ahead()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 16/5, Ban Chấp hành sẽ họp phiên bế mạc.", new DateOnly(2024, 5, 9));
        Assert.Equal(2024, anchor.Year);
        Assert.Contains("announced ahead", anchor.Reason);
    }

    [Fact]
    public void A_visit_days_ahead_leaves_the_publication_day_as_the_day_reported()
    {
        var anchor = AnchorDateResolver.Resolve(
            "Chủ tịch Quốc hội sẽ thăm chính thức Lào từ ngày 12 đến 14/3 theo lời mời của Chủ tịch Quốc hội Lào.", new DateOnly(2025, 3, 8));
        Assert.Equal("2025-03-08", anchor.ToIso());
        Assert.False(anchor.FromText);
    }

    [Fact]
    public void A_day_just_after_a_publication_date_filed_a_day_early_is_still_the_day_reported()
    {
        var anchor = AnchorDateResolver.Resolve("Sáng 9/3, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ.", new DateOnly(2025, 3, 8));
        Assert.Equal("2025-03-09", anchor.ToIso());
        Assert.True(anchor.FromText);
    }

    [Fact]
    public void Without_a_day_in_the_text_the_publication_date_stands_for_it()
    {
        var anchor = AnchorDateResolver.Resolve("Bộ trưởng gửi thư chúc mừng các nhà giáo.", null, "https://example.vn/2024/11/20/thu-chuc-mung/");
        Assert.Equal("2024-11-20", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
    }

    [Fact]
    public void A_deadline_long_after_publication_is_not_the_reported_day()
    {
        var anchor = AnchorDateResolver.Resolve("Nhà ga mới phải hoàn thành trước ngày 31/12/2025 theo kế hoạch của Bộ.", new DateOnly(2024, 5, 19));
        Assert.Equal("2024-05-19", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
    }

    [Fact]
    public void A_day_recalled_in_passing_yields_to_the_publication_date()
    {
        var text = "Hai bên tiếp tục đàm phán về lệnh ngừng bắn.\n\nCác cuộc tấn công gia tăng kể từ vụ việc hôm 1/10 ở biên giới.";
        var anchor = AnchorDateResolver.Resolve(text, new DateOnly(2024, 10, 10));
        Assert.Equal("2024-10-10", anchor.ToIso());
        Assert.Contains("recalled", anchor.Reason);
    }

    [Fact]
    public void A_day_in_passing_close_to_the_publication_date_is_still_the_event()
    {
        var text = "Tiếp tục chuyến công tác tại Lào, ngày 3/8, tại Vientiane, Thứ trưởng hội đàm với người đồng cấp.";
        Assert.Equal("2024-08-03", AnchorDateResolver.Resolve(text, new DateOnly(2024, 8, 4)).ToIso());
    }

    [Fact]
    public void Two_days_joined_by_va_are_a_range()
    {
        var mention = Assert.Single(DateRecognizer.Find("Cờ rủ được treo trong hai ngày 25 và 26/7."));
        Assert.Equal(25, mention.Day);
        Assert.Equal(26, mention.EndDay);
        Assert.Equal(7, mention.Month);
    }

    [Fact]
    public void Sang_nay_is_the_publication_day()
    {
        var anchor = AnchorDateResolver.Resolve("Sáng nay, đoàn đại biểu vào Lăng viếng Chủ tịch Hồ Chí Minh.", new DateOnly(2024, 9, 2));
        Assert.Equal("2024-09-02", anchor.ToIso());
        Assert.Contains("Sáng nay", anchor.Reason);
    }

    [Fact]
    public void The_page_stamp_dates_the_article_when_nothing_else_does()
    {
        var text = "Chủ tịch nước thăm Bộ Tư lệnh Thủ đô 12/08/2024 09:15\n\nSáng 12/8, Chủ tịch nước đến thăm và làm việc với Bộ Tư lệnh Thủ đô.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal("2024-08-12", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
        Assert.Contains("time stamp", anchor.Reason);
    }

    [Fact]
    public void A_named_session_of_the_assembly_dates_a_day_during_it()
    {
        var text = "Sáng 3/6, tiếp tục Kỳ họp thứ 7, Quốc hội khóa XV, các đại biểu chất vấn Bộ trưởng Bộ Công Thương.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal("2024-06-03", anchor.ToIso());
        Assert.Equal(YearBasis.Context, anchor.Basis);
    }

    [Fact]
    public void A_session_without_its_term_is_read_in_the_assembly_term_the_text_names()
    {
        var text = "Chiều 12/11, Quốc hội thảo luận tại Kỳ họp thứ 8 về dự án luật.\n\nĐại biểu Quốc hội khóa XV phát biểu ý kiến.";
        Assert.Equal(2024, AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void A_council_session_is_not_the_assembly_s()
    {
        var text = "Sáng 12/11, Kỳ họp thứ 8, HĐND tỉnh khai mạc.\n\nĐại biểu Quốc hội khóa XV của tỉnh dự kỳ họp.";
        Assert.Null(AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void A_session_far_from_the_day_says_nothing()
    {
        var text = "Ngày 2/2, Ủy ban Kinh tế rà soát các luật được thông qua tại Kỳ họp thứ 7, Quốc hội khóa XV.";
        Assert.Null(AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void A_plenum_cited_for_its_resolution_says_nothing()
    {
        var text = "Ngày 12/10, Tỉnh ủy quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII tới cán bộ chủ chốt.";
        Assert.Null(AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void A_plenum_named_at_the_lead_dates_the_day()
    {
        var text = "Ngày 18/9, Hội nghị Trung ương 10 khóa XIII khai mạc tại Hà Nội.";
        Assert.Equal(2024, AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void A_party_congress_in_session_dates_the_day()
    {
        Assert.Equal(2021, AnchorDateResolver.Resolve("Sáng 28/1, Đại hội XIII của Đảng thảo luận các văn kiện.", null).Year);
    }

    [Fact]
    public void A_congress_named_for_its_resolution_says_nothing()
    {
        Assert.Null(AnchorDateResolver.Resolve("Sáng 28/1, Huyện ủy họp tổng kết quá trình đưa Nghị quyết Đại hội XIII của Đảng vào cuộc sống.", null).Year);
    }

    [Fact]
    public void A_half_year_review_dates_a_mid_year_day()
    {
        var text = "Ngày 10/7, Sở Nội vụ họp sơ kết 6 tháng đầu năm 2023, bàn nhiệm vụ thời gian tới.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal("2023-07-10", anchor.ToIso());
        Assert.Equal(YearBasis.Context, anchor.Basis);
    }

    [Theory]
    [InlineData("Ngày 8/4, Sở Tài chính sơ kết quý I/2024 và bàn nhiệm vụ quý tiếp theo.", 2024)]
    [InlineData("Ngày 9/1, Sở Tài chính họp đánh giá kết quả quý IV năm 2023.", 2024)]
    public void A_quarter_review_dates_a_day_in_or_just_after_the_quarter(string text, int expected)
    {
        Assert.Equal(expected, AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void A_quarter_named_as_a_deadline_far_from_the_day_says_nothing()
    {
        Assert.Null(AnchorDateResolver.Resolve("Ngày 28/8, đoàn kiểm tra đề nghị hoàn thành báo cáo trong quý IV năm 2024.", null).Year);
    }

    [Fact]
    public void Without_a_publication_date_an_old_date_away_from_the_lead_is_history()
    {
        // No paragraph opens with a date: without the rule, the first day written (1995) would be taken.
        var text = "Khu di tích được công nhận ngày 2/9/1995. Lãnh đạo tỉnh dâng hương tại đây ngày 14/6, sau khi hoàn thành tu bổ ngày 5/6/2024.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal(14, anchor.Day);
        Assert.Equal(2024, anchor.Year);
    }

    [Fact]
    public void A_year_called_the_present_one_dates_the_day()
    {
        var text = "Ngày 9/4, Ủy ban họp phiên thường kỳ.\n\nPhiên họp tháng 4/2024 này bàn bốn nhóm nội dung.";
        Assert.Equal(2024, AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void An_event_named_with_its_year_in_the_opening_dates_the_day()
    {
        var text = "Chiều 3/5, Ban Chỉ đạo Kỳ thi tốt nghiệp THPT năm 2025 của tỉnh họp triển khai nhiệm vụ.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal(2025, anchor.Year);
        Assert.Equal(YearBasis.Context, anchor.Basis);
    }

    [Fact]
    public void An_event_named_with_its_year_late_in_the_year_leaves_two_candidates()
    {
        var text = "Ngày 20/12, Ban tổ chức Festival Hoa 2025 công bố chương trình.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Null(anchor.Year);
        Assert.Equal([2024, 2025], anchor.CandidateYears);
    }

    [Theory]
    [InlineData("Ngày 20/1, thành phố tổ chức chợ hoa đón Tết Giáp Thìn.", 2024)]
    [InlineData("Ngày 2/2, người dân đi lễ đầu năm sau Tết Ất Tỵ.", 2025)]
    [InlineData("Ngày 28/12, các chợ đầu mối chuẩn bị hàng phục vụ Tết Ất Tỵ.", 2024)]
    public void A_named_tet_dates_the_days_around_it(string text, int expected)
    {
        Assert.Equal(expected, AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void A_full_date_written_close_to_the_day_lends_its_year()
    {
        var text = "Ngày 28/8, đoàn kiểm tra làm việc với Ban Thường vụ Thành ủy.\n\nTrước đó, ngày 9/7/2024, Bộ Chính trị ban hành quyết định thành lập đoàn.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal("2024-08-28", anchor.ToIso());
        Assert.Equal(YearBasis.Context, anchor.Basis);
    }

    [Fact]
    public void An_old_date_near_the_day_is_history_not_context()
    {
        var text = "Ngày 18/8, đoàn dâng hương tại khu tưởng niệm.\n\nNgày 19/6/1924, người chiến sĩ hy sinh.\n\nNăm 2024, địa phương tu bổ khu tưởng niệm.";
        Assert.Null(AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void Hints_that_disagree_leave_the_year_open_with_both_candidates()
    {
        var text = "Ngày 20/1, hội chợ Tết Giáp Thìn khai mạc; ban tổ chức nhắc lại hội chợ tháng 1/2023 này.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Null(anchor.Year);
        Assert.Equal([2023, 2024], anchor.CandidateYears);
    }

    [Fact]
    public void A_document_handed_over_the_day_it_is_dated_gives_its_year()
    {
        var text = "Ngày 25/10, Bộ Chính trị trao Quyết định số 1616-QĐNS/TW ngày 25/10/2024 phân công cán bộ.";
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal("2024-10-25", anchor.ToIso());
    }

    [Fact]
    public void A_commemorated_span_is_not_the_reported_day()
    {
        var text = "Nhân kỷ niệm ngày thống nhất (30/4/1975 – 30/4/2024), ngày 29/4/2024, hội thể thao tổ chức giao lưu.";
        Assert.Equal("2024-04-29", AnchorDateResolver.Resolve(text, null).ToIso());
    }

    [Fact]
    public void Milestones_of_a_life_and_statistics_cut_offs_are_not_the_reported_day()
    {
        Assert.Null(AnchorDateResolver.Resolve("Ông vào Đảng Cộng sản Việt Nam ngày 5/3/1970 và công tác nhiều năm ở địa phương.", null).Mention);
        Assert.Null(AnchorDateResolver.Resolve("Tính đến hết ngày 31/12/2023, cả nước có 63 tỉnh, thành phố.", null).Mention);
    }

    [Fact]
    public void A_fraction_of_a_flagpole_is_not_a_date()
    {
        Assert.Empty(DateRecognizer.Find("Cờ rủ được kéo lên 2/3 cột và buộc dải băng đen."));
    }

    [Fact]
    public void Terms_of_office_bound_the_candidates_only()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 18/7, Hội đồng họp đánh giá nhiệm kỳ 2021-2026.", null);
        Assert.Null(anchor.Year);
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], anchor.CandidateYears);
    }

    [Fact]
    public void A_past_term_recalled_gives_no_candidates()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 7/6, Bộ trưởng trình dự án luật thay luật do Quốc hội khóa XII thông qua tháng 3/2012.", null);
        Assert.Null(anchor.Year);
        Assert.Empty(anchor.CandidateYears);
    }

    [Theory]
    [InlineData("giáp", "thìn", 2024)]
    [InlineData("ất", "tỵ", 2025)]
    [InlineData("quý", "mão", 2023)]
    [InlineData("canh", "tý", 2020)]
    public void Lunar_years_follow_the_sixty_year_cycle(string stem, string branch, int year)
    {
        Assert.Equal(year, ContextYears.LunarYear(stem, branch));
    }

    [Fact]
    public void The_calendar_lists_each_sitting_once()
    {
        var keys = ReferenceCalendar.Sittings.Select(s => (s.Kind, s.Term, s.Number)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(ReferenceCalendar.Sittings, s => Assert.True(s.Opened <= s.Closed));
    }
}
