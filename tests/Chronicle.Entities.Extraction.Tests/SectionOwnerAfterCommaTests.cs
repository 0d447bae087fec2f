using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A section ('Phòng …') whose owner is written after a comma or in brackets: a provincial department, read as
/// a body the lexicon names after a comma already was ('Phòng Đào tạo, Trường …'); and a national centre whose
/// long name the word limit cut just before its closing 'Quốc gia', so that neither it nor its sections were read.
/// </summary>
public sealed class SectionOwnerAfterCommaTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_provincial_department_after_the_comma_is_the_sections_owner()
    {
        var roles = Roles("Ông Đặng Văn Hùng, Trưởng phòng Quản lý đất đai, Sở Tài nguyên và Môi trường tỉnh Lào Cai, cho biết hồ sơ đã đủ.");
        Assert.Contains("Đặng Văn Hùng | Trưởng phòng Quản lý đất đai, Sở Tài nguyên và Môi trường tỉnh Lào Cai", roles);
    }

    [Fact]
    public void A_department_shortened_as_its_ministry_is_read_in_full_after_the_comma()
    {
        var roles = Roles("Bà Hoàng Thị Mai, Phó Trưởng phòng Giáo dục trung học, Sở GD-ĐT Nam Định, chia sẻ về kỳ thi.");
        Assert.Contains("Hoàng Thị Mai | Phó Trưởng phòng Giáo dục trung học, Sở Giáo dục và Đào tạo tỉnh Nam Định", roles);
    }

    [Fact]
    public void A_former_sections_head_in_a_list_keeps_the_owner()
    {
        var roles = Roles("Các bị can gồm: Vương Văn Tài, nguyên Trưởng phòng Kế hoạch tài chính, Sở Xây dựng tỉnh Phú Yên; Đào Văn Sang, chuyên viên.");
        Assert.Contains("Vương Văn Tài | Trưởng phòng Kế hoạch tài chính, Sở Xây dựng tỉnh Phú Yên", roles);
    }

    [Fact]
    public void A_bare_department_word_carrying_the_sentence_is_no_owner()
    {
        var roles = Roles("Theo ông Lê Văn Đạt, Trưởng phòng Tổng hợp, Sở đang rà soát lại toàn bộ hồ sơ.");
        Assert.DoesNotContain(roles, r => r.Contains(", Sở", StringComparison.Ordinal));
    }

    [Fact]
    public void A_provincial_department_in_brackets_is_the_sections_owner()
    {
        var roles = Roles("Ông Trịnh Văn Lợi, Trưởng phòng Quản lý giá (Sở Tài chính tỉnh Thái Bình), cho biết giá đã ổn định.");
        Assert.Contains("Trịnh Văn Lợi | Trưởng phòng Quản lý giá (Sở Tài chính tỉnh Thái Bình)", roles);
    }

    [Fact]
    public void A_national_centres_long_name_is_whole_with_its_capitalised_closing_words()
    {
        var roles = Roles("Ông Cao Văn Tâm, Giám đốc Trung tâm Dự báo Khí tượng Thủy văn Quốc gia, cho biết bão sẽ suy yếu.");
        Assert.Contains("Cao Văn Tâm | Giám đốc Trung tâm Dự báo Khí tượng Thủy văn Quốc gia", roles);
    }

    [Fact]
    public void A_section_of_that_centre_is_read_with_it_after_the_comma()
    {
        var roles = Roles("Bà Lương Thị Hoa, Phó Trưởng phòng Dự báo khí hậu, Trung tâm Dự báo khí tượng thủy văn Quốc gia cho biết nắng nóng sẽ kéo dài.");
        Assert.Contains("Lương Thị Hoa | Phó Trưởng phòng Dự báo khí hậu, Trung tâm Dự báo khí tượng thủy văn Quốc gia", roles);
    }

    [Fact]
    public void A_name_going_on_in_capitals_after_its_national_words_is_still_cut()
    {
        var roles = Roles("Ông Phùng Văn Kiên, Hiệu trưởng Trường Đại học Khoa học Xã hội và Nhân văn - Đại học Quốc gia Hà Nội, phát biểu.");
        Assert.DoesNotContain(roles, r => r.EndsWith("Đại học Quốc gia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_its_owners_province_closes_is_whole_before_a_lower_case_verb()
    {
        var roles = Roles("Ông Tạ Văn Thành, Trưởng phòng Giáo dục thường xuyên, Sở GD-ĐT Hải Phòng băn khoăn về số học viên.");
        Assert.Contains("Tạ Văn Thành | Trưởng phòng Giáo dục thường xuyên, Sở Giáo dục và Đào tạo thành phố Hải Phòng", roles);
    }

    [Fact]
    public void A_section_cut_short_by_a_word_no_province_closes_stays_unread()
    {
        var roles = Roles("Ông Tạ Văn Thành, Trưởng phòng Quản lý dự án đầu tư xây dựng tỉnh Hà Tĩnh nhấn mạnh việc xử lý.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Tạ Văn Thành | Trưởng phòng", StringComparison.Ordinal));
    }
}
