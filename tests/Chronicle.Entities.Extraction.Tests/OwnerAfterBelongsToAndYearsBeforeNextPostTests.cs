using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Two shapes that lost a post its holder was read with: a unit's name followed by 'thuộc' and the body it belongs to
/// ('Tổng cục Cảnh sát thuộc Bộ Công an'), which cut the name short, and a post's years written after it without
/// brackets ('từ năm 1980 đến năm 1986,'), which ended the holder's chain of posts before the next one.
/// </summary>
public sealed class OwnerAfterBelongsToAndYearsBeforeNextPostTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_general_department_before_thuoc_and_its_ministry_is_read_as_after_a_comma()
    {
        var roles = Roles("Đoàn công tác do ông Hà Quang Vinh, Phó Tổng cục trưởng Tổng cục Cảnh sát thuộc Bộ Công an, dẫn đầu đã đến tỉnh.");
        Assert.Contains("Hà Quang Vinh | Phó Tổng cục trưởng Tổng cục Cảnh sát", roles);
    }

    [Fact]
    public void An_institute_before_thuoc_and_its_ministry_keeps_its_own_name()
    {
        var roles = Roles("Ông Tạ Đình Phong, Viện trưởng Viện Chiến lược và Chính sách thuộc Bộ Tài chính, trả lời phóng viên.");
        Assert.Contains("Tạ Đình Phong | Viện trưởng Viện Chiến lược và Chính sách", roles);
    }

    [Fact]
    public void A_centre_before_thuoc_and_a_provincial_department_is_not_read_without_its_city()
    {
        // The press and the gold name such a centre with its city ('Trung tâm X TP.HCM'); its name alone is too little.
        var roles = Roles("Bà Đoàn Thị Nhung, Giám đốc Trung tâm Giống cây trồng thuộc Sở Nông nghiệp và Phát triển nông thôn TP.HCM, trả lời phóng viên.");
        Assert.DoesNotContain("Đoàn Thị Nhung | Giám đốc Trung tâm Giống cây trồng", roles);
    }

    [Fact]
    public void A_department_before_thuoc_takes_its_ministry_as_after_a_comma()
    {
        var roles = Roles("Ông Lục Văn Khải, Cục trưởng Cục Quản lý thị trường thuộc Bộ Công Thương, chủ trì buổi làm việc.");
        Assert.Contains("Lục Văn Khải | Cục trưởng Cục Quản lý thị trường, Bộ Công Thương", roles);
        Assert.DoesNotContain(roles, r => r.Contains("thuộc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_thuoc_with_no_body_after_it_still_cuts_the_name_short()
    {
        // 'thuộc' before a common noun opens no owner: the name it follows stays unread, as before.
        var roles = Roles("Ông Vi Văn Tường, Giám đốc Trung tâm Điều hành thuộc loại hiện đại nhất nước, phát biểu.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Vi Văn Tường | Giám đốc Trung tâm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_after_the_years_of_the_one_before_it_is_the_same_holders()
    {
        var roles = Roles("Ông Đàm Quốc Khang là Bộ trưởng Bộ Công an từ năm 1981 đến năm 1987, Bí thư Đảng ủy Công an Trung ương từ 1983 - 1987.");
        Assert.Contains("Đàm Quốc Khang | Bộ trưởng Bộ Công an", roles);
        Assert.Contains("Đàm Quốc Khang | Bí thư Đảng ủy Công an Trung ương", roles);
    }

    [Fact]
    public void After_a_pronoun_the_post_after_the_years_of_the_one_before_it_is_the_subjects()
    {
        var roles = Roles("Đại tướng Đàm Quốc Khang sinh năm 1920 tại Nghệ An. Ông là Bộ trưởng Bộ Công an từ năm 1981 đến năm 1987, Bộ trưởng Bộ Nội vụ từ năm 1987 đến năm 1990.");
        Assert.Contains("Đàm Quốc Khang | Bộ trưởng Bộ Công an", roles);
        Assert.Contains("Đàm Quốc Khang | Bộ trưởng Bộ Nội vụ", roles);
    }

    [Fact]
    public void A_post_held_until_now_before_the_next_is_the_same_holders()
    {
        var roles = Roles("Bà Lò Thị Hiền là Bí thư Tỉnh ủy Sơn La từ năm 2020 đến nay, Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La.");
        Assert.Contains("Lò Thị Hiền | Bí thư Tỉnh ủy Sơn La", roles);
        Assert.Contains("Lò Thị Hiền | Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La", roles);
    }

    [Fact]
    public void A_post_with_a_name_of_its_own_after_the_years_is_that_names()
    {
        var roles = Roles("Ông Đàm Quốc Khang là Bộ trưởng Bộ Công an từ năm 1981 đến năm 1987, Thủ tướng Hồ Văn Thanh nhắc lại.");
        Assert.Contains("Hồ Văn Thanh | Thủ tướng", roles);
        Assert.DoesNotContain("Đàm Quốc Khang | Thủ tướng", roles);
    }

    [Fact]
    public void Years_that_no_post_follows_end_the_chain()
    {
        var roles = Roles("Ông Đàm Quốc Khang là Bộ trưởng Bộ Công an từ năm 1981 đến năm 1987, sau đó nghỉ hưu tại quê nhà.");
        Assert.Contains("Đàm Quốc Khang | Bộ trưởng Bộ Công an", roles);
        Assert.Single(roles);
    }
}
