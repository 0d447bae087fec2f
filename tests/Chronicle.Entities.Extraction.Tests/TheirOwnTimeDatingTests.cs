namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts whose aspect or date the words around them settle: a holder 'at the time' ('Thủ tướng Canada khi đó là X') held
/// the post on the date the sentence tells of; a post set off after the name of one transferred is left; a post named
/// after 'nhậm chức cùng' is taken up; a lower-case list after a taking verb is taken up item by item; the day an act
/// takes effect starts no post of its signer.
/// </summary>
public sealed class TheirOwnTimeDatingTests
{
    [Fact]
    public void A_holder_at_the_time_holds_the_post_in_the_year_the_sentence_tells_of()
    {
        var roles = DatedRoles.Read("Quan hệ hai nước trải qua nhiều thăng trầm.\n\n"
            + "Chuyến thăm năm 2017 của Thủ tướng Canada khi đó là Justin Trudeau mở ra giai đoạn hợp tác mới.", "2024-09-20");
        Assert.Contains("Justin Trudeau | Thủ tướng Canada | held 2017", roles);
        Assert.DoesNotContain("Justin Trudeau | Thủ tướng Canada | ended 2017", roles);
    }

    [Fact]
    public void A_holder_at_the_time_with_no_date_of_the_sentence_has_left_the_post()
    {
        var roles = DatedRoles.Read("Quan hệ hai nước trải qua nhiều thăng trầm.\n\n"
            + "Thỏa thuận được ký dưới thời Thủ tướng Canada khi đó là Justin Trudeau.", "2025-09-20");
        Assert.Contains(roles, r => r.StartsWith("Justin Trudeau | Thủ tướng Canada | ended", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_set_off_after_the_name_of_one_transferred_is_left()
    {
        var roles = DatedRoles.Read("Sáng 14/11, Tỉnh ủy Hà Tĩnh họp để trao quyết định nhân sự mới.\n\n"
            + "Trong quyết định mới, Bộ Chính trị điều động ông Phan Quốc Khải (Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Yên Bái) về Hà Tĩnh giữ chức Bí thư Tỉnh ủy Hà Tĩnh.", "2024-11-14");
        Assert.Contains("Phan Quốc Khải | Bí thư Tỉnh ủy Yên Bái | ended 2024-11-14", roles);
        Assert.Contains("Phan Quốc Khải | Ủy viên Trung ương Đảng | held 2024-11-14", roles);
    }

    [Fact]
    public void A_post_set_off_by_commas_after_the_name_of_one_transferred_is_the_one_they_are_named_by()
    {
        var roles = DatedRoles.Read("Sáng 14/11, Tỉnh ủy Hà Tĩnh họp để trao quyết định nhân sự mới.\n\n"
            + "Trong quyết định mới, Bộ Chính trị điều động ông Phan Quốc Khải, Thứ trưởng Bộ Xây dựng, về Hà Tĩnh giữ chức Phó Bí thư Tỉnh ủy Hà Tĩnh.", "2024-11-14");
        Assert.Contains("Phan Quốc Khải | Thứ trưởng Bộ Xây dựng | held 2024-11-14", roles);
    }

    [Fact]
    public void A_post_set_off_after_the_name_of_one_merely_met_is_still_held()
    {
        var roles = DatedRoles.Read("Sáng 14/11, đoàn công tác làm việc tại tỉnh Yên Bái.\n\n"
            + "Đoàn đã gặp ông Phan Quốc Khải (Bí thư Tỉnh ủy Yên Bái) để bàn việc điều động lực lượng giúp dân.", "2024-11-14");
        Assert.Contains("Phan Quốc Khải | Bí thư Tỉnh ủy Yên Bái | held 2024-11-14", roles);
    }

    [Fact]
    public void A_post_named_after_sworn_in_alongside_is_taken_up()
    {
        var roles = DatedRoles.Read("Lễ nhậm chức diễn ra tại thủ đô Santiago ngày 11/3.\n\n"
            + "Tổng thống Rafael Costa nhậm chức cùng Phó Tổng thống Chile Elena Prado, người từng là thượng nghị sĩ.", "2025-03-11");
        Assert.Contains("Elena Prado | Phó Tổng thống Chile | started 2025-03-11", roles);
    }

    [Fact]
    public void Every_post_of_a_lower_case_list_after_an_appointment_is_taken_up()
    {
        var roles = DatedRoles.Read("Ông Trịnh Văn Lực sinh năm 1968 tại Thái Bình.\n\n"
            + "Tháng 5/2020, ông được bổ nhiệm làm thứ trưởng Bộ Tài chính, tổng cục trưởng Tổng cục Thuế.", "2024-10-02");
        Assert.Contains("Trịnh Văn Lực | Tổng cục trưởng Tổng cục Thuế | started 2020-05", roles);
    }

    [Fact]
    public void The_day_an_act_takes_effect_starts_no_post_of_its_signer()
    {
        var roles = DatedRoles.Read("Từ tháng 9, người dân làm thủ tục đăng ký xe qua cổng dịch vụ công.\n\n"
            + "Thông tư số 41/2024/TT-BGTVT do Bộ trưởng Bộ Giao thông vận tải Trần Hồng Minh ký về việc cấp biển số có hiệu lực từ 1/9.", "2024-09-01");
        Assert.Contains("Trần Hồng Minh | Bộ trưởng Bộ Giao thông vận tải | held 2024-09-01", roles);
    }

    [Fact]
    public void A_post_held_since_a_day_is_still_taken_up_then()
    {
        var roles = DatedRoles.Read("Ngành giao thông có nhiều thay đổi về nhân sự.\n\n"
            + "Ông Trần Hồng Minh giữ chức Bộ trưởng Bộ Giao thông vận tải từ ngày 3/7.", "2024-09-01");
        Assert.Contains("Trần Hồng Minh | Bộ trưởng Bộ Giao thông vận tải | started 2024-07-03", roles);
    }

    [Fact]
    public void A_line_saying_only_who_takes_which_post_tells_of_the_post_taken_up()
    {
        var roles = DatedRoles.Read("Thượng tá Đỗ Minh Khang làm Phó Giám đốc Công an tỉnh Sóc Trăng. (Ảnh: CA)\n\n"
            + "Sáng 9/10, Công an tỉnh Sóc Trăng họp để trao quyết định nhân sự.", "2024-10-09");
        Assert.Contains("Đỗ Minh Khang | Phó Giám đốc Công an tỉnh Sóc Trăng | started 2024-10-09", roles);
    }

    [Fact]
    public void A_line_going_on_past_the_post_still_shows_it_held()
    {
        var roles = DatedRoles.Read("Sáng 9/10, Công an tỉnh Sóc Trăng họp bàn việc phòng cháy mùa khô.\n\n"
            + "Thượng tá Đỗ Minh Khang làm Phó Giám đốc Công an tỉnh Sóc Trăng đã báo cáo kết quả của tỉnh.", "2024-10-09");
        Assert.DoesNotContain(roles, r => r.StartsWith("Đỗ Minh Khang | Phó Giám đốc Công an tỉnh Sóc Trăng | started", StringComparison.Ordinal));
    }

    [Fact]
    public void A_retirement_told_in_the_clause_of_the_post_leaves_it()
    {
        var roles = DatedRoles.Read("Ông Đào Văn Hiển từng làm Chủ tịch UBND tỉnh Ninh Bình.\n\n"
            + "Tháng 6/2020, ông nghỉ theo chế độ sau hai nhiệm kỳ giữ chức Bộ trưởng Bộ Xây dựng.", "2024-05-10");
        Assert.Contains("Đào Văn Hiển | Bộ trưởng Bộ Xây dựng | ended 2020-06", roles);
        Assert.DoesNotContain("Đào Văn Hiển | Bộ trưởng Bộ Xây dựng | started 2020-06", roles);
    }

    [Fact]
    public void A_post_taken_after_retiring_is_not_left()
    {
        var roles = DatedRoles.Read("Ông Đào Văn Hiển sinh năm 1955 tại Ninh Bình.\n\n"
            + "Năm 2016, sau khi nghỉ hưu, ông giữ chức Chủ tịch Hội Cựu chiến binh tỉnh Ninh Bình.", "2024-05-10");
        Assert.DoesNotContain(roles, r => r.StartsWith("Đào Văn Hiển | Chủ tịch Hội Cựu chiến binh tỉnh Ninh Bình | ended", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_year_of_the_article_does_not_date_a_former_post()
    {
        var roles = DatedRoles.Read("Ngày 22/10/2016, giới quan sát châu Âu nhìn lại một năm nhiều biến động.\n\n"
            + "Năm 2016 có nhiều căng thẳng mà cựu Thủ tướng Anh David Cameron đã cảnh báo từ trước.", "2016-10-22");
        Assert.Contains("David Cameron | Thủ tướng Anh | ended 2016-10-22", roles);
    }
}
