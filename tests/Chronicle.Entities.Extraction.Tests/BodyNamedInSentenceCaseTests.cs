using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A body whose name the copy writes in sentence case, its kind capitalised and the words after it in lower case
/// ('Trung tâm phục hồi chức năng huyện X'), is read from those words where a place or a proper name closes them,
/// or the body the unit belongs to follows them. Lower-case words nothing closes so, a single word after the kind,
/// or a kind itself in lower case give no body. The name is kept as written; a section's, after the head's own
/// 'phòng', is read as a department's, its first word capitalised, where its owner closes it.
/// </summary>
public sealed class BodyNamedInSentenceCaseTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_centre_named_in_lower_case_up_to_its_district_is_read_with_the_district()
    {
        Assert.Contains("Trần Văn Phúc | Giám đốc Trung tâm giáo dục nghề nghiệp huyện Tân Kỳ",
            Roles("Theo ông Trần Văn Phúc, Giám đốc Trung tâm giáo dục nghề nghiệp huyện Tân Kỳ, năm nay có 300 học viên."));
    }

    [Fact]
    public void A_name_closed_by_its_own_proper_name_and_a_verb_is_read()
    {
        Assert.Contains("Lê Thị Mận | Giám đốc Trung tâm chăm sóc thương binh nặng Kim Bảng",
            Roles("Bà Lê Thị Mận - Giám đốc Trung tâm chăm sóc thương binh nặng Kim Bảng đã báo cáo về số đối tượng đang chăm sóc."));
    }

    [Fact]
    public void A_unit_named_in_lower_case_before_the_body_it_belongs_to_is_read_alone()
    {
        Assert.Contains("Hoàng Minh Tú | Giám đốc Trung tâm cấp cứu ngoại viện",
            Roles("Ông Hoàng Minh Tú, Giám đốc Trung tâm cấp cứu ngoại viện (Bệnh viện Đa khoa Xanh Pôn) cho hay số ca tai nạn tăng vào dịp lễ."));
    }

    [Fact]
    public void Two_fields_of_a_name_joined_by_a_dash_are_read_together()
    {
        Assert.Contains("Hoàng Minh Tú | Giám đốc Trung tâm dị ứng - miễn dịch lâm sàng",
            Roles("Ông Hoàng Minh Tú, Giám đốc Trung tâm dị ứng - miễn dịch lâm sàng (Bệnh viện Đa khoa Xanh Pôn) nhắc người dân thận trọng khi dùng thuốc."));
    }

    [Fact]
    public void An_employment_centre_keeps_its_last_word()
    {
        Assert.Contains("Phạm Văn Long | Giám đốc Trung tâm dịch vụ việc làm tỉnh Hà Nam",
            Roles("Ông Phạm Văn Long, Giám đốc Trung tâm dịch vụ việc làm tỉnh Hà Nam cho biết nhu cầu tuyển dụng tăng."));
    }

    [Fact]
    public void A_unit_no_place_name_or_body_closes_is_left_unread()
    {
        Assert.Empty(Roles("Ông Hoàng Minh Tú, Giám đốc Trung tâm cấp cứu ngoại viện, cho hay số ca tai nạn tăng vào dịp lễ."));
    }

    [Fact]
    public void A_hospital_named_in_lower_case_up_to_its_province_is_read()
    {
        Assert.Contains("Đỗ Văn Hùng | Giám đốc Bệnh viện phục hồi chức năng tỉnh Thái Bình",
            Roles("Ông Đỗ Văn Hùng, Giám đốc Bệnh viện phục hồi chức năng tỉnh Thái Bình cho biết bệnh viện sẽ mở thêm khoa mới."));
    }

    [Fact]
    public void Lower_case_words_nothing_closes_are_the_sentences()
    {
        Assert.Empty(Roles("Ông Đỗ Văn Hùng, Giám đốc Trung tâm hướng dẫn cán bộ của huyện làm hồ sơ."));
    }

    [Fact]
    public void One_lower_case_word_after_the_kind_is_no_name()
    {
        Assert.Empty(Roles("Ông Đỗ Văn Hùng, Giám đốc Bệnh viện tư, cho biết giá dịch vụ không đổi."));
    }

    [Fact]
    public void A_kind_written_in_lower_case_is_the_common_noun()
    {
        Assert.Empty(Roles("Ông Đỗ Văn Hùng, giám đốc công ty sản xuất đồ gỗ, cho biết đơn hàng giảm."));
    }

    [Fact]
    public void A_section_in_lower_case_is_read_with_the_body_after_the_comma()
    {
        Assert.Contains("Vũ Thị Lan | Trưởng phòng Kỹ thuật, Công ty Cổ phần Sông Đà",
            Roles("Bà Vũ Thị Lan, trưởng phòng kỹ thuật, Công ty Cổ phần Sông Đà nói dự án chậm vì thiếu vốn."));
    }

    [Fact]
    public void A_section_in_lower_case_is_read_up_to_its_district()
    {
        Assert.Contains("Vũ Thị Lan | Phó Trưởng phòng Tài chính - kế hoạch huyện Hưng Hà",
            Roles("Bà Vũ Thị Lan, Phó trưởng phòng tài chính - kế hoạch huyện Hưng Hà cho biết kinh phí đã được cấp đủ."));
    }

    [Fact]
    public void A_section_no_owner_closes_is_left_unread()
    {
        Assert.Empty(Roles("Bà Vũ Thị Lan, trưởng phòng khám cho biết người bệnh đã ổn định."));
    }

    [Fact]
    public void A_name_closed_by_another_countrys_name_is_not_ours()
    {
        Assert.Empty(Roles("Ông Lars Berg, thành viên Viện nghiên cứu hòa bình Thụy Điển, cho biết hội nghị sẽ hoãn."));
    }
}
