using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Holders whose post the press writes in its own short forms ('TGĐ', 'UVBTV', 'TUV'), a section's second field
/// in lower case after a dash, and a defendant named after 'liên quan đến': each was read as no post at all.
/// Each rule has a sentence where it must not fire.
/// </summary>
public sealed class PersonsWithShortenedPostsTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", text, Anchor(2024, 9, 12));

    private static void ReadsPost(string sentence, string person, string role) =>
        Assert.Contains(Read(sentence).Roles, r => r.PersonName == person && r.Role == role);

    [Theory]
    [InlineData("Hội đồng xét xử tuyên phạt Đặng Thị Hoa (TGĐ Công ty Cổ phần Thương mại Bình Minh) 12 năm tù.", "Đặng Thị Hoa", "Tổng Giám đốc Công ty Cổ phần Thương mại Bình Minh")]
    [InlineData("Ông Lý Quốc Huy, PTGĐ Tập đoàn Hòa Lạc, chia sẻ kế hoạch năm tới.", "Lý Quốc Huy", "Phó Tổng Giám đốc Tập đoàn Hòa Lạc")]
    [InlineData("Ông Lý Quốc Huy, Phó TGĐ Ngân hàng Đông Sơn, cho biết lãi suất sẽ giữ nguyên.", "Lý Quốc Huy", "Phó Tổng Giám đốc Ngân hàng Đông Sơn")]
    public void A_chief_executive_written_tgd_is_read_spelled_out(string sentence, string person, string role) =>
        ReadsPost(sentence, person, role);

    [Theory]
    [InlineData("Dự buổi lễ có ông Vi Đức Toàn, UVBTV Tỉnh ủy Cao Bằng, cùng lãnh đạo các sở.", "Vi Đức Toàn", "Ủy viên Ban Thường vụ Tỉnh ủy Cao Bằng")]
    [InlineData("Ông Vi Đức Toàn, UV BTV Huyện ủy, Phó Chủ tịch UBND huyện Quảng Hòa trao quà cho các hộ dân.", "Vi Đức Toàn", "Ủy viên Ban Thường vụ Huyện ủy Quảng Hòa")]
    public void A_standing_committee_member_written_uvbtv_is_read_spelled_out(string sentence, string person, string role) =>
        ReadsPost(sentence, person, role);

    [Fact]
    public void A_short_membership_before_the_holders_next_post_leaves_that_post_to_the_holder() =>
        ReadsPost("Ông Vi Đức Toàn, UVBTV, Phó Chủ tịch UBND huyện Quảng Hòa trao quà cho các hộ dân.", "Vi Đức Toàn", "Phó Chủ tịch UBND huyện Quảng Hòa");

    [Fact]
    public void A_provincial_committee_member_written_tuv_is_read_as_tinh_uy_vien()
    {
        var roles = Read("Bà Nông Thị Lan, TUV, Phó Chủ tịch UBND tỉnh Lạng Sơn kiểm tra công trình.").Roles;
        Assert.Contains(roles, r => r.PersonName == "Nông Thị Lan" && r.Role == "Ủy viên Ban Chấp hành Đảng bộ tỉnh Lạng Sơn");
        Assert.Contains(roles, r => r.PersonName == "Nông Thị Lan" && r.Role == "Phó Chủ tịch UBND tỉnh Lạng Sơn");
    }

    [Theory]
    [InlineData("Bà Tạ Thu Hằng - Trưởng phòng Văn hóa - thông tin huyện Kim Sơn cho biết lễ hội sẽ kéo dài ba ngày.", "Tạ Thu Hằng", "Trưởng phòng Văn hóa - thông tin huyện Kim Sơn")]
    [InlineData("Ông Mạc Văn Khải, Phó Trưởng phòng Tài chính - kế hoạch thị xã Đông Triều, trình bày báo cáo.", "Mạc Văn Khải", "Phó Trưởng phòng Tài chính - kế hoạch thị xã Đông Triều")]
    public void A_sections_second_field_in_lower_case_after_a_dash_is_read_up_to_its_place(string sentence, string person, string role) =>
        ReadsPost(sentence, person, role);

    [Fact]
    public void Lower_case_words_after_a_sections_dash_that_no_place_closes_are_the_sentences() =>
        Assert.DoesNotContain(Read("Ông Mạc Văn Khải - Trưởng phòng Tài chính - nói rằng ngân sách đã được giải ngân.").Roles,
            r => r.Role.Contains(" - nói", StringComparison.Ordinal));

    [Fact]
    public void A_defendant_named_after_lien_quan_den_is_a_person_not_a_place() =>
        ReadsPost("Tòa tiếp tục xét xử vụ án liên quan đến Quách Thị Yến (SN 1972, cựu Chủ tịch Công ty Hưng Phát) vào sáng nay.",
            "Quách Thị Yến", "Chủ tịch Công ty Hưng Phát");

    [Fact]
    public void A_name_after_a_plain_den_is_still_a_place()
    {
        // 'đến Lê Lợi': a street named after a person, where the 'đến' is a way to it.
        var roles = Read("Đoàn xe của Giám đốc Sở Giao thông vận tải tỉnh Thanh Hóa chạy đến Lê Lợi rồi quay lại.").Roles;
        Assert.DoesNotContain(roles, r => r.PersonName == "Lê Lợi");
    }

    [Theory]
    [InlineData("Giám đốc Sở Xây dựng TP.HCM Đinh Quang Vũ đề nghị các quận rà soát lại.", "Đinh Quang Vũ", "Giám đốc Sở Xây dựng thành phố Hồ Chí Minh")]
    [InlineData("Phó Giám đốc Sở Y tế TP. Hồ Chí Minh Đinh Quang Vũ cho hay số ca bệnh đã giảm.", "Đinh Quang Vũ", "Phó Giám đốc Sở Y tế thành phố Hồ Chí Minh")]
    public void A_departments_city_written_short_before_its_holder_is_read(string sentence, string person, string role) =>
        ReadsPost(sentence, person, role);

    [Fact]
    public void A_citys_level_written_tp_before_its_name_is_not_a_word_of_the_departments_name()
    {
        var roles = Read("Giám đốc Sở Công Thương TP Đà Nẵng Đinh Quang Vũ chủ trì buổi làm việc.").Roles;
        Assert.Contains(roles, r => r.PersonName == "Đinh Quang Vũ" && r.Role == "Giám đốc Sở Công Thương thành phố Đà Nẵng");
        Assert.DoesNotContain(roles, r => r.Role.Contains("TP thành phố", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_board_written_ban_qlda_is_read_up_to_its_province() =>
        ReadsPost("Bà Tôn Nữ Mai (Phó Giám đốc Ban QLDA đầu tư xây dựng các công trình dân dụng tỉnh Quảng Trị) bị khởi tố.",
            "Tôn Nữ Mai", "Phó Giám đốc Ban QLDA đầu tư xây dựng các công trình dân dụng tỉnh Quảng Trị");

    [Fact]
    public void A_project_board_written_ban_qlda_that_no_province_closes_is_no_post() =>
        Assert.DoesNotContain(Read("Bà Tôn Nữ Mai, Phó Giám đốc Ban QLDA cho biết công trình sắp xong.").Roles,
            r => r.Role.Contains("QLDA", StringComparison.Ordinal));
}
