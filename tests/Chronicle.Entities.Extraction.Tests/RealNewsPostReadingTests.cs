using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Posts of real news that were read without their body, or given to nobody: one sentence of our own per class.</summary>
public sealed class RealNewsPostReadingTests
{
    private static List<RoleMention> RolesOf(string person, string text) =>
        ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Where(r => r.PersonName == person).ToList();

    [Fact]
    public void A_department_of_a_city_keeps_the_city_in_its_name()
    {
        var roles = RolesOf("Đoàn Minh Khoa",
            "Đoàn công tác đã làm việc với ông Đoàn Minh Khoa, Phó Cục trưởng Cục Thi hành án dân sự thành phố Cần Thơ, về tiến độ thu hồi tài sản.");

        Assert.Contains(roles, r => r.Role == "Phó Cục trưởng Cục Thi hành án dân sự thành phố Cần Thơ");
    }

    [Fact]
    public void The_body_a_department_belongs_to_is_part_of_the_post_in_brackets_or_after_a_dash()
    {
        var text = "Thiếu tướng Vương Đình Lực, Cục trưởng Cục Quân huấn (Bộ Tổng Tham mưu QĐND Việt Nam) báo cáo kết quả diễn tập.\n\n" +
            "Cùng dự có Đại tá Hà Văn Sơn, Phó Cục trưởng Cục Cảnh sát giao thông - Bộ Công an.";

        Assert.Contains(RolesOf("Vương Đình Lực", text), r => r.Role == "Cục trưởng Cục Quân huấn (Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam)");
        Assert.Contains(RolesOf("Hà Văn Sơn", text), r => r.Role == "Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an");
    }

    [Fact]
    public void A_provincial_project_board_is_named_in_lower_case_words_up_to_its_province()
    {
        var roles = RolesOf("Lục Văn Hùng",
            "Sáng nay, ông Lục Văn Hùng, Phó Bí thư Đảng ủy, Giám đốc Ban Quản lý dự án thủy lợi và nông nghiệp tỉnh Lạng Sơn, bị khởi tố.");

        Assert.Contains(roles, r => r.Role == "Giám đốc Ban Quản lý dự án thủy lợi và nông nghiệp tỉnh Lạng Sơn");
        Assert.Contains(roles, r => r.Role == "Phó Bí thư Đảng ủy Ban Quản lý dự án thủy lợi và nông nghiệp tỉnh Lạng Sơn");
    }

    [Fact]
    public void A_board_name_that_no_province_closes_is_not_read_as_a_project_board()
    {
        var roles = RolesOf("Lục Văn Hùng",
            "Ông Lục Văn Hùng, Giám đốc Ban Quản lý dự án đã ký hợp đồng với nhà thầu từ năm ngoái.");

        Assert.DoesNotContain(roles, r => r.Role.Contains("Ban Quản lý dự án", StringComparison.Ordinal));
    }

    [Fact]
    public void The_holder_named_after_hien_nay_la_and_a_lower_case_rank_holds_the_post()
    {
        var roles = RolesOf("Trần Văn Quý",
            "Đơn vị đã đổi người chỉ huy: Chủ nhiệm Tổng cục Hậu cần hiện nay là thượng tướng Trần Văn Quý.");

        Assert.Contains(roles, r => r.Role == "Chủ nhiệm Tổng cục Hậu cần");
    }

    [Fact]
    public void The_head_of_a_steering_committee_borrows_no_party_commission_of_the_article()
    {
        var text = "Ban Nội chính Trung ương đã báo cáo tiến độ xử lý các vụ án lớn.\n\n" +
            "Chiều 2/9, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp dưới sự chủ trì của Tổng Bí thư Đào Văn Hải, Trưởng Ban Chỉ đạo.";

        Assert.DoesNotContain(RolesOf("Đào Văn Hải", text), r => r.Role.Contains("Nội chính", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_spelled_Dak_Lak_without_its_tone_marks_is_Dak_Lak()
    {
        var roles = RolesOf("Y Kim Hoa",
            "Hội nghị xem xét trách nhiệm của bà Y Kim Hoa, Phó Bí thư Tỉnh ủy Đăk Lăk, trong việc giao đất.");

        Assert.Contains(roles, r => r.Role == "Phó Bí thư Tỉnh ủy Đắk Lắk");
    }

    [Fact]
    public void A_membership_shared_before_a_colon_goes_to_each_entry_that_names_its_holder_after_its_own_post()
    {
        var text = "Khách mời gồm hai đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ Xây dựng Trịnh Văn Hào, Bí thư Tỉnh ủy Hưng Yên Lê Thị Vân; ngoài ra còn đại diện nhiều huyện.";

        Assert.Contains(RolesOf("Trịnh Văn Hào", text), r => r.Role == "Ủy viên Trung ương Đảng");
        Assert.Contains(RolesOf("Trịnh Văn Hào", text), r => r.Role == "Bộ trưởng Bộ Xây dựng");
        Assert.Contains(RolesOf("Lê Thị Vân", text), r => r.Role == "Ủy viên Trung ương Đảng");
        Assert.DoesNotContain(RolesOf("Lê Thị Vân", text), r => r.Role == "Bộ trưởng Bộ Xây dựng");
    }

    [Fact]
    public void A_career_told_after_la_goes_on_past_the_time_and_rank_each_entry_opens_with()
    {
        var roles = RolesOf("Hà Quang Tuấn",
            "Trước năm 2015, đồng chí Hà Quang Tuấn là Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh Kon Tum; từ tháng 3-2015 đến 8-2017: Thiếu tướng, Phó tư lệnh Quân khu 4; từ tháng 8-2017: Trung tướng, Phó tư lệnh, Tham mưu trưởng Quân khu 4.");

        Assert.Contains(roles, r => r.Role == "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Kon Tum");
        Assert.Contains(roles, r => r.Role == "Phó Tư lệnh Quân khu 4");
        Assert.Contains(roles, r => r.Role == "Tham mưu trưởng Quân khu 4");
    }

    [Fact]
    public void Command_posts_written_one_after_another_share_the_unit_named_last()
    {
        var roles = RolesOf("Phạm Văn Tấn", "Trong sự nghiệp, ông Phạm Văn Tấn lần lượt làm Tham mưu trưởng, Phó tư lệnh, Tư lệnh Quân khu 7.");

        Assert.Contains(roles, r => r.Role == "Phó Tư lệnh Quân khu 7");
        Assert.Contains(roles, r => r.Role == "Tham mưu trưởng Quân khu 7");
        Assert.Contains(roles, r => r.Role == "Tư lệnh Quân khu 7");
    }

    [Fact]
    public void A_plural_post_takes_the_body_that_is_the_subject_of_co_before_it()
    {
        var text = "Sau kỳ họp, Quốc hội hiện có hai Phó chủ tịch gồm các ông Đinh Văn Lộc và Phan Thanh Bình. Bộ Tư pháp có 4 thứ trưởng gồm ông Lý Văn Tài, bà Hà Thị Nga.";

        Assert.Contains(RolesOf("Đinh Văn Lộc", text), r => r.Role == "Phó Chủ tịch Quốc hội");
        Assert.Contains(RolesOf("Phan Thanh Bình", text), r => r.Role == "Phó Chủ tịch Quốc hội");
        Assert.Contains(RolesOf("Hà Thị Nga", text), r => r.Role == "Thứ trưởng Bộ Tư pháp");
    }

    [Fact]
    public void The_new_holder_named_before_tan_and_the_post_holds_it_now()
    {
        var roles = RolesOf("Lê Ngọc Hà", "Sau lễ nhậm chức, ông Lê Ngọc Hà, tân Chủ tịch UBND tỉnh Hải Dương, đã gặp gỡ báo chí.");

        Assert.Contains(roles, r => r.Role == "Chủ tịch UBND tỉnh Hải Dương" && r.Qualifier.Length == 0);
    }

    [Fact]
    public void A_given_name_Tan_qualifies_no_post()
    {
        var roles = RolesOf("Nguyễn Tân Cường", "Đại tướng Nguyễn Tân Cường, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam dự lễ.");

        Assert.Contains(roles, r => r.Role == "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam");
    }

    [Fact]
    public void A_joint_stock_company_written_in_lower_case_is_named_by_the_words_after_its_type()
    {
        var roles = RolesOf("Vi Văn Khang", "Cơ quan điều tra đã tạm giữ ông Vi Văn Khang, Tổng Giám đốc Công ty cổ phần Xây dựng Sông Đà, cùng hai kế toán.");

        Assert.Contains(roles, r => r.Role == "Tổng Giám đốc Công ty cổ phần Xây dựng Sông Đà");
    }

    [Fact]
    public void A_national_centre_named_up_to_quoc_gia_keeps_the_lower_case_syllables_before_it()
    {
        var roles = RolesOf("Hoàng Văn Khiết", "Theo ông Hoàng Văn Khiết, Giám đốc Trung tâm Dự báo Khí tượng Thủy văn quốc gia, mưa lớn còn kéo dài.");

        Assert.Contains(roles, r => r.Role == "Giám đốc Trung tâm Dự báo Khí tượng Thủy văn quốc gia");
    }
}
