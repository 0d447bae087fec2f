using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Bodies the press shortens ('Sở TN-MT', 'Sở KH-ĐT', 'Viện Hàn lâm KHXH Việt Nam') are read by
/// their full names, so that one post gets one name however it is written.
/// </summary>
public sealed class ShortenedBodyNameTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_provincial_department_shortened_like_its_ministry_takes_the_full_name()
    {
        var roles = Roles("Bị khiển trách có ông Hồ Văn Khải, nguyên Bí thư Đảng ủy, Giám đốc Sở TN-MT tỉnh Bình Định; ông Lâm Quang Phú, Giám đốc Sở KH-ĐT tỉnh Bình Định.");
        Assert.Contains("Hồ Văn Khải | Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Định", roles);
        Assert.Contains("Hồ Văn Khải | Bí thư Đảng ủy Sở Tài nguyên và Môi trường tỉnh Bình Định", roles);
        Assert.Contains("Lâm Quang Phú | Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Định", roles);
    }

    [Fact]
    public void A_department_written_in_full_is_unchanged()
    {
        Assert.Contains("Lục Thị Yến | Giám đốc Sở Y tế tỉnh Lào Cai", Roles("Bà Lục Thị Yến, Giám đốc Sở Y tế tỉnh Lào Cai, phát biểu khai mạc."));
    }

    [Fact]
    public void The_academy_of_social_sciences_shortened_is_read_in_full()
    {
        Assert.Contains("Trương Minh Tân | Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam",
            Roles("Ông Trương Minh Tân giữ chức Phó Chủ tịch Viện Hàn lâm KHXH Việt Nam từ năm 2019."));
    }

    [Fact]
    public void The_national_television_shortened_to_Dai_THVN_takes_its_full_name()
    {
        var roles = Roles("Tại lễ trao giải, ông Đỗ Quang Vinh - Phó Tổng Giám đốc Đài THVN trao bằng khen cho các nhóm phóng viên.");
        Assert.Contains("Đỗ Quang Vinh | Phó Tổng Giám đốc Đài Truyền hình Việt Nam", roles);
    }
}
