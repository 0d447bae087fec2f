namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A photo caption ends with the day, month or year its photo was taken ('…, tháng 3.2021. Ảnh: …'), or is
/// followed by a short 'Ảnh chụp ngày …' sentence: the posts it shows are held then, not on the day of the page.
/// </summary>
public sealed class PhotoCaptionDatingTests
{
    private const string Opening = "Báo giới thiệu một số hình ảnh về các chuyến công tác của lãnh đạo tỉnh trong nhiều năm qua.\n\n";

    [Fact]
    public void A_caption_ending_with_a_month_is_dated_by_that_month()
    {
        var roles = DatedRoles.Read(Opening + "Bí thư Tỉnh ủy Đồng Nai Lê Minh Khoa thăm hỏi công nhân nhà máy giày Tân Phú, tháng 3.2021. Ảnh: Thanh Hà", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy Đồng Nai | held 2021-03", roles);
    }

    [Fact]
    public void A_caption_ending_with_a_year_is_dated_by_that_year()
    {
        var roles = DatedRoles.Read(Opening + "Bí thư Tỉnh ủy Đồng Nai Lê Minh Khoa trao quà cho các hộ nghèo xã Tân Lập, năm 2019. Ảnh: Quốc Việt", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy Đồng Nai | held 2019", roles);
    }

    [Fact]
    public void A_shot_taken_sentence_after_the_caption_dates_it()
    {
        var roles = DatedRoles.Read(Opening + "Bí thư Tỉnh ủy Đồng Nai Lê Minh Khoa cùng đoàn công tác kiểm tra tiến độ xây dựng cầu Bình Lợi. Ảnh chụp ngày 14-6-2022. Ảnh MINH ĐỨC", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy Đồng Nai | held 2022-06-14", roles);
    }

    [Fact]
    public void A_bracketed_shot_day_before_the_credit_dates_the_caption()
    {
        var roles = DatedRoles.Read(Opening + "Bí thư Tỉnh ủy Đồng Nai Lê Minh Khoa thăm bảo tàng tỉnh nhân dịp khánh thành nhà trưng bày mới (ảnh chụp ngày 2-9-2018). Ảnh: Hồng Sơn", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy Đồng Nai | held 2018-09-02", roles);
    }

    [Fact]
    public void A_plain_sentence_ending_with_a_year_is_no_caption()
    {
        var roles = DatedRoles.Read("Sáng 2/8, Bí thư Tỉnh ủy Đồng Nai Lê Minh Khoa làm việc với huyện Tân Phú về kế hoạch năm 2019.\n\nÔng Khoa đề nghị huyện đẩy nhanh tiến độ.", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy Đồng Nai | held 2024-08-02", roles);
    }

    [Fact]
    public void An_opening_lead_years_before_publication_does_not_become_the_day_reported()
    {
        var roles = DatedRoles.Read("Ngày 7-4-2017, Bí thư Tỉnh ủy Đồng Nai Lê Minh Khoa thăm các đơn vị bộ đội biên phòng. Ảnh: Văn Tùng\n\n"
            + "Chủ tịch UBND tỉnh Đồng Nai Trần Quang Huy cùng các đại biểu dự lễ. Ảnh: Văn Tùng\n\n"
            + "Ngày 3-2-2021, Bí thư Tỉnh ủy Đồng Nai Lê Minh Khoa chúc Tết các gia đình chính sách. Ảnh: Văn Tùng", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy Đồng Nai | held 2017-04-07", roles);
        Assert.Contains("Trần Quang Huy | Chủ tịch UBND tỉnh Đồng Nai | held 2024-08-02", roles);
    }
}

/// <summary>
/// A closed span in brackets right after a post ('(tháng 3/2012-tháng 6/2019)', '(2008-2012)', '(từ năm 2006-năm 2016)')
/// says when it was taken up and when it was left; 'bị mất chức' before a post says it was left.
/// </summary>
public sealed class BracketedSpanDatingTests
{
    [Fact]
    public void A_bracketed_span_after_a_post_gives_its_start_and_its_end()
    {
        var roles = DatedRoles.Read("Sáng 9/8, Bí thư Tỉnh ủy Phạm Quốc Bảo làm việc với huyện.\n\n"
            + "Trước đó, ông Phạm Quốc Bảo từng giữ chức Giám đốc Sở Tài chính tỉnh Nam Định (tháng 3/2012-tháng 6/2019).", "2024-08-09");
        Assert.Contains("Phạm Quốc Bảo | Giám đốc Sở Tài chính tỉnh Nam Định | started 2012-03", roles);
        Assert.Contains("Phạm Quốc Bảo | Giám đốc Sở Tài chính tỉnh Nam Định | ended 2019-06", roles);
    }

    [Fact]
    public void A_span_of_years_after_the_terms_of_a_membership_dates_it()
    {
        var roles = DatedRoles.Read("Sáng 9/8, Ủy ban Kiểm tra Trung ương họp.\n\n"
            + "Ông Phạm Quốc Bảo là Ủy viên Trung ương Đảng hai khóa 10 và 11 (từ năm 2006-năm 2016).", "2024-08-09");
        Assert.Contains("Phạm Quốc Bảo | Ủy viên Trung ương Đảng | started 2006", roles);
        Assert.Contains("Phạm Quốc Bảo | Ủy viên Trung ương Đảng | ended 2016", roles);
    }

    [Fact]
    public void Losing_a_post_in_a_year_ends_it_then()
    {
        var roles = DatedRoles.Read("Sáng 9/8, Quốc hội họp phiên bất thường.\n\nÔng Phạm Quốc Bảo đã bị mất chức Chủ tịch UBND tỉnh Nam Định vào năm 2022.", "2024-08-09");
        Assert.Contains("Phạm Quốc Bảo | Chủ tịch UBND tỉnh Nam Định | ended 2022", roles);
    }
}
