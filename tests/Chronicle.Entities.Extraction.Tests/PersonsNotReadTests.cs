using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Persons the extractor read no post for at all: a body's name followed by a phrase of time, taken for a
/// name cut short; a post the parser cannot read standing between the name and the posts it can; a committee
/// of the National Assembly written without 'của'.
/// </summary>
public sealed class PersonsNotReadTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_phrase_of_time_after_a_body_ending_in_lower_case_closes_its_name()
    {
        var roles = Roles("Bà Lê Thị Mai làm Phó Giám đốc Học viện Tài chính từ năm 2019.");
        Assert.Contains("Lê Thị Mai | Phó Giám đốc Học viện Tài chính", roles);
    }

    [Fact]
    public void A_phrase_of_time_after_a_capitalised_name_closes_it_too()
    {
        var roles = Roles("Ông Đỗ Văn Tùng giữ chức Giám đốc Bệnh viện Việt Đức kể từ ngày 3/2.");
        Assert.Contains("Đỗ Văn Tùng | Giám đốc Bệnh viện Việt Đức", roles);
    }

    [Fact]
    public void A_lower_case_syllable_of_the_name_still_cuts_it_short()
    {
        var roles = Roles("Giám đốc Trung tâm Nghiên cứu Phát triển bền vững Hồ Văn Lợi trình bày báo cáo.");
        Assert.DoesNotContain(roles, r => r.EndsWith("Nghiên cứu Phát triển", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_before_a_phrase_of_time_is_no_syllable_of_the_name()
    {
        var roles = Roles("Tòa tuyên phạt bà Vũ Thị Hoa - Tổng giám đốc Công ty cổ phần Minh Long 4 năm tù.");
        Assert.DoesNotContain(roles, r => r.Contains("Minh Long 4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_not_read_does_not_part_the_next_posts_from_their_holder()
    {
        var roles = Roles("Tham dự có ông Trịnh Văn Sáu, Ủy viên Ban Thường vụ Đảng ủy Khối cơ sở, Phó Chủ nhiệm Văn phòng Quốc hội.");
        Assert.Contains("Trịnh Văn Sáu | Phó Chủ nhiệm Văn phòng Quốc hội", roles);
    }

    [Fact]
    public void A_post_not_read_after_a_name_of_its_own_does_not_keep_the_former_post_from_it()
    {
        var roles = Roles("Ông Lê Văn Bảy, Chủ tịch Ủy ban Chỉ đạo Kinh tế và Xã hội, nguyên Bộ trưởng Bộ Tư pháp.");
        Assert.Contains("Lê Văn Bảy | Bộ trưởng Bộ Tư pháp", roles);
    }

    [Fact]
    public void Past_a_post_not_read_a_name_after_its_own_title_takes_no_more_posts()
    {
        var roles = Roles("Ông Hùng từng là cố vấn của Thủ tướng Lê Văn Bảy, Chủ tịch Ủy ban Chỉ đạo Kinh tế và Xã hội, nguyên Bộ trưởng Bộ Tư pháp.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lê Văn Bảy | Bộ trưởng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_committee_of_the_assembly_written_without_cua_is_the_same_committee()
    {
        var roles = Roles("Phó Chủ nhiệm Ủy ban Xã hội Quốc hội Đặng Thuần Phong chủ trì phiên giải trình chiều nay.");
        Assert.Contains("Đặng Thuần Phong | Phó Chủ nhiệm Ủy ban Xã hội của Quốc hội", roles);
    }
}
