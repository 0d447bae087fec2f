using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Classes of posts seen in real news that single sentences of the other tests do not cover.</summary>
public sealed class RealNewsRoleClassTests
{
    private static List<RoleMention> RolesOf(string person, string text) =>
        ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Where(r => r.PersonName == person).ToList();

    [Fact]
    public void A_bracketed_abbreviation_inside_a_body_name_does_not_cut_the_chain_of_posts()
    {
        var roles = RolesOf("Trần Quốc Bảo",
            "Chiều qua, Thượng tướng Trần Quốc Bảo, Tổng Tham mưu trưởng Quân đội nhân dân (QĐND) Việt Nam, Thứ trưởng Bộ Quốc phòng đã tới thăm một trung đoàn pháo binh.");

        Assert.Contains(roles, r => r.Role == "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam");
        Assert.Contains(roles, r => r.Role == "Thứ trưởng Bộ Quốc phòng");
    }

    [Fact]
    public void Each_post_left_in_a_list_with_its_own_former_mark_keeps_the_body_the_next_post_names()
    {
        var roles = RolesOf("Đặng Văn Tâm",
            "Hội nghị đề nghị cảnh cáo ông Đặng Văn Tâm, nguyên Bí thư Tỉnh ủy, nguyên Bí thư Đảng đoàn, nguyên Chủ tịch HĐND tỉnh, nguyên Bí thư Ban cán sự đảng, nguyên Chủ tịch UBND tỉnh Quảng Ninh, vì những sai phạm trong quản lý đất đai.");

        Assert.Contains(roles, r => r.Role == "Bí thư Đảng đoàn HĐND tỉnh Quảng Ninh" && r.Qualifier == "former");
        Assert.Contains(roles, r => r.Role == "Chủ tịch HĐND tỉnh Quảng Ninh");
        Assert.Contains(roles, r => r.Role == "Bí thư Ban Cán sự Đảng UBND tỉnh Quảng Ninh");
        Assert.Contains(roles, r => r.Role == "Chủ tịch UBND tỉnh Quảng Ninh");
    }

    [Fact]
    public void Posts_of_Chinese_state_bodies_are_Chinese_posts_even_where_no_country_is_written()
    {
        var text = "Cuộc gặp bàn về hợp tác giữa hai đảng Việt Nam và Trung Quốc. Cuối buổi, vị khách đề nghị chuyển lời hỏi thăm tới Chủ tịch Chính hiệp Vương Hộ Ninh cùng Ủy viên trưởng Nhân đại Triệu Lạc Tế.";

        Assert.Contains(RolesOf("Triệu Lạc Tế", text), r => r.Role == "Ủy viên trưởng Nhân đại Trung Quốc");
        Assert.Contains(RolesOf("Vương Hộ Ninh", text), r => r.Role == "Chủ tịch Chính hiệp Trung Quốc");
    }

    [Fact]
    public void A_post_one_person_holds_given_to_a_second_person_in_an_article_on_China_is_the_Chinese_post()
    {
        var text = "Ngày 7/11, Thủ tướng Phạm Minh Chính hội kiến lãnh đạo Trung Quốc tại Côn Minh, Trung Quốc.\n\n" +
            "Thủ tướng gửi lời chúc sức khỏe của Tổng Bí thư Tô Lâm tới Tổng Bí thư, Chủ tịch nước Tập Cận Bình.";

        var roles = RolesOf("Tập Cận Bình", text);

        Assert.Contains(roles, r => r.Role == "Tổng Bí thư Đảng Cộng sản Trung Quốc");
        Assert.DoesNotContain(RolesOf("Tô Lâm", text), r => r.Role.Contains("Trung Quốc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_funeral_committee_headed_by_someone_named_before_its_head_word_is_the_late_persons_committee()
    {
        var text = "Sáng 2/3, Lễ Quốc tang cố Chủ tịch nước Trần Văn Hòa được tổ chức trọng thể.\n\n" +
            "Ban tổ chức lễ tang có 18 người, do Thủ tướng Phạm Văn Khải làm Trưởng ban. Hai phó ban là Bộ trưởng Bộ Nội vụ Lý Thị Hạnh và Phó Thủ tướng Đỗ Minh Tâm.";

        Assert.Contains(RolesOf("Phạm Văn Khải", text), r => r.Role == "Trưởng Ban Tổ chức Lễ tang Chủ tịch nước Trần Văn Hòa");
        Assert.Contains(RolesOf("Đỗ Minh Tâm", text), r => r.Role == "Phó Trưởng Ban Tổ chức Lễ tang Chủ tịch nước Trần Văn Hòa");
        Assert.Contains(RolesOf("Lý Thị Hạnh", text), r => r.Role == "Phó Trưởng Ban Tổ chức Lễ tang Chủ tịch nước Trần Văn Hòa");
    }

    [Fact]
    public void An_inspection_team_shortened_after_its_full_name_keeps_its_full_name_in_each_post()
    {
        var text = "Chiều 5/9, Đoàn Kiểm tra số 2071 của Bộ Chính trị do ông Hà Quang Vinh, Ủy viên Bộ Chính trị làm trưởng đoàn đã làm việc với tỉnh.\n\n" +
            "Kết thúc buổi làm việc, ông Mai Văn Lộc, Phó Chánh Văn phòng Trung ương Đảng, Phó Trưởng Đoàn kiểm tra số 2071 tóm tắt các kiến nghị.";

        Assert.Contains(RolesOf("Hà Quang Vinh", text), r => r.Role == "Trưởng Đoàn Kiểm tra số 2071 của Bộ Chính trị");
        Assert.Contains(RolesOf("Mai Văn Lộc", text), r => r.Role == "Phó Trưởng Đoàn Kiểm tra số 2071 của Bộ Chính trị");
    }

    [Fact]
    public void A_congress_subcommittee_gives_its_head_and_its_listed_members_their_posts()
    {
        var text = "Ngày 3/6, Tổng Bí thư Đào Văn Quang, Trưởng Tiểu ban Văn kiện Đại hội XV của Đảng chủ trì phiên họp. " +
            "Tham gia buổi họp có thành viên Tiểu ban, gồm các đồng chí: Chủ tịch Quốc hội Tạ Minh Châu; Thủ tướng Chính phủ Lâm Hữu Tín.";

        Assert.Contains(RolesOf("Đào Văn Quang", text), r => r.Role == "Trưởng Tiểu ban Văn kiện Đại hội XV của Đảng");
        Assert.Contains(RolesOf("Lâm Hữu Tín", text), r => r.Role == "Thành viên Tiểu ban Văn kiện Đại hội XV của Đảng");
        Assert.Contains(RolesOf("Tạ Minh Châu", text), r => r.Role == "Thành viên Tiểu ban Văn kiện Đại hội XV của Đảng");
    }

    [Fact]
    public void A_past_month_opening_a_career_sentence_dates_the_taking_up_of_the_post_held_from_then()
    {
        var text = "Ông Ngô Văn Sáu sinh năm 1968. Tháng 5/2012, ông Sáu giữ chức Phó Giám đốc Sở Tài chính tỉnh Nghệ An. " +
            "Năm 2018, ông Sáu là Giám đốc Sở Xây dựng tỉnh Nghệ An.";
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text), new Chronicle.Text.Dates.AnchorDate(2024, 6, 1, Chronicle.Text.Dates.DateGranularity.Day, Chronicle.Text.Dates.YearBasis.Publication, [], "test", null)).Roles
            .Where(r => r.PersonName == "Ngô Văn Sáu").ToList();

        Assert.Contains(roles, r => r.Role == "Phó Giám đốc Sở Tài chính tỉnh Nghệ An" && r.Aspect == "started" && r.Date?.Iso == "2012-05");
        Assert.Contains(roles, r => r.Role == "Giám đốc Sở Xây dựng tỉnh Nghệ An" && r.Aspect == "held" && r.Date?.Iso == "2018");
    }

    [Fact]
    public void A_bare_city_committee_takes_the_city_a_later_post_of_its_entry_names_even_in_an_article_on_a_province()
    {
        var text = "Tỉnh Quảng Ninh họp bàn công tác cán bộ. UBND tỉnh Quảng Ninh đã báo cáo.\n\n" +
            "Hôm qua, ông Hồ Văn Đạt, nguyên Bí thư Thành ủy, Chủ tịch UBND TP.HCM bị kỷ luật.";

        Assert.Contains(RolesOf("Hồ Văn Đạt", text), r => r.Role == "Bí thư Thành ủy TP. Hồ Chí Minh");
    }

    [Fact]
    public void A_brand_spelled_out_once_before_its_bracketed_short_form_names_the_posts_written_with_the_short_form()
    {
        var text = "Tổng công ty Đường sắt Phía Bắc (RNB) khởi công nhà ga mới.\n\n" +
            "Theo ông Đinh Công Hậu - chủ tịch HĐQT RNB, công trình sẽ xong trong năm tới.";

        Assert.Contains(RolesOf("Đinh Công Hậu", text), r => r.Role == "Chủ tịch Hội đồng quản trị Tổng công ty Đường sắt Phía Bắc (RNB)");
    }

    [Fact]
    public void Holding_a_post_in_an_acting_capacity_is_the_acting_post_of_the_one_named_before_and_dated_from_its_start()
    {
        var text = "Hiện nay ông Lưu Văn Bình, Phó Chủ tịch UBND tỉnh Hà Giang, đang giữ quyền Chủ tịch UBND tỉnh Hà Giang. " +
            "Ông Lưu Văn Bình giữ quyền Chủ tịch UBND tỉnh Hà Giang từ ngày 3/4/2024.";
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text), new Chronicle.Text.Dates.AnchorDate(2024, 6, 1, Chronicle.Text.Dates.DateGranularity.Day, Chronicle.Text.Dates.YearBasis.Publication, [], "test", null)).Roles
            .Where(r => r.PersonName == "Lưu Văn Bình").ToList();

        Assert.Contains(roles, r => r.Role == "Chủ tịch UBND tỉnh Hà Giang" && r.Qualifier == "acting" && r.Aspect == "held");
        Assert.Contains(roles, r => r.Role == "Chủ tịch UBND tỉnh Hà Giang" && r.Qualifier == "acting" && r.Aspect == "started" && r.Date?.Iso == "2024-04-03");
    }

    [Fact]
    public void Posts_listed_past_semicolons_after_is_are_the_subjects_too()
    {
        var roles = RolesOf("Hà Văn Lực", "Ông Hà Văn Lực từng là Đại biểu Quốc hội khóa 13; Ủy viên Trung ương Đảng khóa 12; Ủy viên Bộ Chính trị khóa 13.");

        Assert.Contains(roles, r => r.Role == "Ủy viên Bộ Chính trị");
        Assert.Contains(roles, r => r.Role == "Ủy viên Trung ương Đảng");
        Assert.Contains(roles, r => r.Role == "Đại biểu Quốc hội");
    }

    [Fact]
    public void Being_relieved_of_the_duties_of_a_deputy_ends_that_post_for_the_one_named_after_it()
    {
        var roles = RolesOf("Kiều Văn Tấn", "Với đa số phiếu tán thành, chiều 12/4 Quốc hội đồng ý cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông Kiều Văn Tấn theo nguyện vọng cá nhân.");

        Assert.Contains(roles, r => r.Role == "Đại biểu Quốc hội" && r.Aspect == "ended");
    }

    [Fact]
    public void A_standing_committee_member_left_without_its_committee_takes_the_one_the_next_post_names()
    {
        var roles = RolesOf("Lò Thị Mai", "Tại Sơn La, bà Lò Thị Mai, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy Sơn La phát biểu.");

        Assert.Contains(roles, r => r.Role == "Ủy viên Ban Thường vụ Tỉnh ủy Sơn La");
        Assert.Contains(roles, r => r.Role == "Trưởng Ban Tuyên giáo Tỉnh ủy Sơn La");
    }

    [Fact]
    public void A_principal_left_unnamed_after_and_is_not_the_post_of_the_one_acting_for_them()
    {
        var roles = RolesOf("Cao Văn Thành", "Được sự ủy quyền của Ban Bí thư và Trưởng Ban Tổ chức Trung ương, ông Cao Văn Thành, Phó Trưởng Ban Tổ chức Trung ương công bố văn bản điều động cán bộ.");

        Assert.Contains(roles, r => r.Role == "Phó Trưởng Ban Tổ chức Trung ương");
        Assert.DoesNotContain(roles, r => r.Role == "Trưởng Ban Tổ chức Trung ương");
    }

    [Fact]
    public void A_post_alone_between_semicolons_goes_on_with_the_entry_the_name_before_opened()
    {
        var text = "Đoàn của tỉnh Nghệ An gồm: ông Thái Văn Dũng - Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh; bà Lê Thị Thu - Chủ tịch Hội Nông dân tỉnh.";

        Assert.Contains(RolesOf("Thái Văn Dũng", text), r => r.Role == "Phó Chủ tịch Thường trực HĐND tỉnh Nghệ An");
        Assert.DoesNotContain(RolesOf("Lê Thị Thu", text), r => r.Role.StartsWith("Phó Chủ tịch Thường trực", StringComparison.Ordinal));
    }

    [Fact]
    public void A_naval_region_is_a_body_its_commander_heads()
    {
        var roles = RolesOf("Trịnh Văn Hải", "Đón đoàn có Chuẩn Đô đốc Trịnh Văn Hải - Tư lệnh Vùng 2 Hải quân.");

        Assert.Contains(roles, r => r.Role == "Tư lệnh Vùng 2 Hải quân");
    }

    [Fact]
    public void A_town_or_district_body_names_the_province_written_after_it_in_brackets()
    {
        var text = "Ông Vi Văn Đức sinh năm 1970. - 3/1998 - 5/2001: Phó Chánh Thanh tra thành phố Thái Bình, tỉnh Hà Nam.\n\n" +
            "Bà Chu Thị Lan, Chủ tịch UBND huyện Quảng Xương, tỉnh Thanh Hóa dự lễ.";

        Assert.Contains(RolesOf("Vi Văn Đức", text), r => r.Role == "Phó Chánh Thanh tra thành phố Thái Bình (tỉnh Hà Nam)");
        Assert.Contains(RolesOf("Chu Thị Lan", text), r => r.Role == "Chủ tịch UBND huyện Quảng Xương (tỉnh Thanh Hóa)");
    }

    [Fact]
    public void A_district_committee_the_sentence_does_not_name_is_no_provincial_post()
    {
        var roles = RolesOf("Mã Văn Tùng", "Thay mặt lãnh đạo huyện Bảo Lâm, ông Mã Văn Tùng - Chủ tịch UBND huyện cảm ơn đoàn công tác.");

        Assert.DoesNotContain(roles, r => r.Role.Contains("UBND tỉnh", StringComparison.Ordinal));
    }

    [Fact]
    public void An_aide_to_the_chair_of_the_assembly_is_read_and_a_company_name_ends_before_the_next_listed_name()
    {
        Assert.Contains(RolesOf("Tôn Thất Lâm", "Cùng đi có ông Tôn Thất Lâm, Trợ lý Chủ tịch Quốc hội, Phó Chủ nhiệm Văn phòng Quốc hội."),
            r => r.Role == "Trợ lý Chủ tịch Quốc hội");
        Assert.Contains(RolesOf("Kha Văn Nhật", "Công an tỉnh khám xét nơi ở của ông Kha Văn Nhật, Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Hồng Phát và ông Lư Văn Tư, thủ quỹ của công ty."),
            r => r.Role == "Chủ tịch Hội đồng quản trị Công ty Cổ phần Tập đoàn Hồng Phát");
    }

    [Fact]
    public void The_party_group_of_the_assemblys_standing_committee_is_the_assemblys()
    {
        var roles = RolesOf("Đào Văn Nam", "Danh sách bị xem xét có cả ông Đào Văn Nam, nguyên Ủy viên Đảng đoàn, Ủy viên Ủy ban Thường vụ Quốc hội.");

        Assert.Contains(roles, r => r.Role == "Ủy viên Đảng đoàn Quốc hội");
    }
}
