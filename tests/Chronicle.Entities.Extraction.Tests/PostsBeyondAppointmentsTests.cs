using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Posts of schools, police, courts and the clergy as everyday news names them, outside appointment notices.</summary>
public sealed class PostsBeyondAppointmentsTests
{
    private static List<RoleMention> RolesOf(string person, string text) =>
        ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Where(r => r.PersonName == person).ToList();

    [Fact]
    public void The_head_of_a_police_investigation_agency_holds_a_post_of_the_provincial_police()
    {
        var roles = RolesOf("Lê Văn Sơn",
            "Thiếu tướng Lê Văn Sơn, Phó Giám đốc Công an tỉnh, Thủ trưởng Cơ quan CSĐT Công an tỉnh Hà Tĩnh, nói vụ việc đang được làm rõ.");

        Assert.Contains(roles, r => r.Role == "Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh");
        Assert.Contains(roles, r => r.Role == "Phó Giám đốc Công an tỉnh Hà Tĩnh");
    }

    [Fact]
    public void The_investigation_agency_of_the_ministry_is_named_by_the_ministry()
    {
        var roles = RolesOf("Đinh Quang Vũ",
            "Trung tướng Đinh Quang Vũ, Thủ trưởng Cơ quan An ninh điều tra Bộ Công an, đã ký lệnh bắt.");

        Assert.Contains(roles, r => r.Role == "Thủ trưởng Cơ quan An ninh điều tra Bộ Công an");
    }

    [Fact]
    public void A_deputy_rector_in_charge_keeps_the_words_in_charge_in_the_post()
    {
        var roles = RolesOf("Hoàng Minh Tân",
            "PGS.TS Hoàng Minh Tân, Phó Hiệu trưởng phụ trách Trường Đại học Thủy lợi, cho biết năm nay trường mở hai ngành mới.");

        Assert.Contains(roles, r => r.Role == "Phó Hiệu trưởng phụ trách Trường Đại học Thủy lợi");
    }

    [Fact]
    public void The_chair_of_a_university_council_is_the_councils_post_not_the_rectors()
    {
        var roles = RolesOf("Trịnh Văn Đạt",
            "Ông Trịnh Văn Đạt, Chủ tịch Hội đồng trường Trường Đại học Vinh, ký nghị quyết công nhận hiệu trưởng.");

        Assert.Contains(roles, r => r.Role == "Chủ tịch Hội đồng trường Trường Đại học Vinh");
        Assert.DoesNotContain(roles, r => r.Role.StartsWith("Hiệu trưởng", StringComparison.Ordinal));
    }

    [Fact]
    public void Monks_are_read_with_the_posts_of_the_buddhist_church()
    {
        var text = "Thượng tọa Thích Minh Hải, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, dâng hương tại chùa. "
            + "Buổi lễ có sự chứng minh của Hòa thượng Thích Quảng Độ, Pháp chủ GHPGVN.";

        Assert.Contains(RolesOf("Thích Minh Hải", text), r => r.Role == "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam");
        Assert.Contains(RolesOf("Thích Quảng Độ", text), r => r.Role == "Pháp chủ Giáo hội Phật giáo Việt Nam");
    }

    [Fact]
    public void A_school_named_after_a_person_keeps_that_name_and_its_head_is_the_person_named_next()
    {
        var text = "Trong buổi gặp mặt, thầy Đặng Quốc Huy, Hiệu trưởng Trường THPT Lê Quý Đôn, cho biết năm nay trường có 30 học sinh giỏi quốc gia. "
            + "Hiệu trưởng Trường THCS Nguyễn Trãi Phan Thị Hồng nói thêm về kế hoạch năm học mới.";

        Assert.Contains(RolesOf("Đặng Quốc Huy", text), r => r.Role == "Hiệu trưởng Trường THPT Lê Quý Đôn");
        Assert.Contains(RolesOf("Phan Thị Hồng", text), r => r.Role == "Hiệu trưởng Trường THCS Nguyễn Trãi");
        Assert.Empty(RolesOf("Lê Quý Đôn", text));
    }

    [Fact]
    public void A_teacher_addressed_at_the_start_of_a_sentence_is_named_without_the_form_of_address()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize("Cô Trịnh Thu Hà, Phó Hiệu trưởng Trường Mầm non Hoa Sen, cho biết các lớp đã sẵn sàng.")).Roles;

        Assert.Contains(roles, r => r.PersonName == "Trịnh Thu Hà" && r.Role == "Phó Hiệu trưởng Trường Mầm non Hoa Sen");
    }

    [Fact]
    public void A_post_introduced_by_nguyen_la_is_left_and_one_in_an_aside_after_a_comma_is_held()
    {
        var text = "Ông Võ Văn Định nguyên là Giám đốc Sở Xây dựng tỉnh Gia Lai. "
            + "Bà Trần Thị Ngọc, hiện là Phó Giám đốc Sở Xây dựng tỉnh Gia Lai, xác nhận việc bàn giao hồ sơ.";

        Assert.Contains(RolesOf("Võ Văn Định", text), r => r.Role == "Giám đốc Sở Xây dựng tỉnh Gia Lai" && r.Qualifier == "former");
        Assert.Contains(RolesOf("Trần Thị Ngọc", text), r => r.Role == "Phó Giám đốc Sở Xây dựng tỉnh Gia Lai" && r.Qualifier == "");
    }

    [Fact]
    public void English_words_closing_a_companys_name_are_not_read_as_its_chairmans_name()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(
            "Bị cáo Lâm Gia Khánh (Chủ tịch HĐQT Công ty CP Đầu tư Harbor Capital) nhận mức án 7 năm tù.")).Roles;

        Assert.DoesNotContain(roles, r => r.PersonName == "Harbor Capital");
        Assert.Contains(roles, r => r.PersonName == "Lâm Gia Khánh" && r.Role == "Chủ tịch Hội đồng quản trị Công ty CP Đầu tư Harbor Capital");
    }

    [Fact]
    public void A_university_whose_name_closes_with_a_lower_case_syllable_keeps_it_before_the_holder_after_the_comma()
    {
        var roles = RolesOf("Bùi Xuân Nhàn",
            "Hiệu trưởng Trường Đại học Thương mại, PGS.TS Bùi Xuân Nhàn cho biết trường giữ nguyên học phí.");

        Assert.Contains(roles, r => r.Role == "Hiệu trưởng Trường Đại học Thương mại");
    }

    [Fact]
    public void A_bare_district_party_committee_in_a_chain_is_the_district_the_next_post_names()
    {
        var roles = RolesOf("Đỗ Thị Mai",
            "Sáng 3/9, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Gia Lâm Đỗ Thị Mai dự lễ khai giảng tại một trường tiểu học.");

        Assert.Contains(roles, r => r.Role.StartsWith("Phó Bí thư Huyện ủy Gia Lâm", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.Role == "Phó Bí thư Huyện ủy");
    }

    [Fact]
    public void A_post_owning_a_decision_is_not_given_to_the_ranked_speaker_named_after_it()
    {
        var roles = RolesOf("Trần Quốc Toản",
            "Tại buổi họp báo về quyết định đặc xá của Chủ tịch nước, Thiếu tướng Trần Quốc Toản, Phó Chánh Văn phòng Bộ Công an, trả lời câu hỏi của phóng viên.");

        Assert.DoesNotContain(roles, r => r.Role == "Chủ tịch nước");
        Assert.Contains(roles, r => r.Role == "Phó Chánh Văn phòng Bộ Công an");
    }
}
