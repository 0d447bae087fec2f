using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts of different bodies joined by a dash, as by a comma, are one holder's chain: after the name
/// ('ông A - Thứ trưởng Bộ X - Chủ tịch Hội Y') and before it ('Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy A').
/// </summary>
public sealed class PostsJoinedByDashTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void Posts_after_the_name_joined_by_dashes_are_all_the_holder_s()
    {
        var roles = Roles("Ông Đoàn Minh Khải - Thứ trưởng Bộ Công Thương - Phó Chủ tịch Hiệp hội Dệt may Việt Nam chia sẻ tại diễn đàn.");
        Assert.Contains("Đoàn Minh Khải | Thứ trưởng Bộ Công Thương", roles);
        Assert.Contains("Đoàn Minh Khải | Phó Chủ tịch Hiệp hội Dệt may Việt Nam", roles);
    }

    [Fact]
    public void A_former_post_then_a_dash_carries_on_the_chain()
    {
        var roles = Roles("Bà Hà Thị Yến, nguyên Thứ trưởng Bộ Tài chính - Chủ tịch Hội Kế toán Việt Nam, trao giải cho các em.");
        Assert.Contains("Hà Thị Yến | Thứ trưởng Bộ Tài chính", roles);
        Assert.Contains("Hà Thị Yến | Chủ tịch Hội Kế toán Việt Nam", roles);
    }

    [Fact]
    public void Posts_before_the_name_joined_by_a_dash_are_all_the_holder_s()
    {
        var roles = Roles("Sáng nay, Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Vi Đức Thắng làm việc với huyện Bảo Lạc, tỉnh Cao Bằng.");
        Assert.Contains("Vi Đức Thắng | Ủy viên Trung ương Đảng", roles);
        Assert.Contains("Vi Đức Thắng | Bí thư Tỉnh ủy Cao Bằng", roles);
    }

    [Fact]
    public void The_post_right_after_an_earlier_name_stays_with_it()
    {
        // 'A - post, post B': the post after A's dash is A's; the next one belongs to the name that follows it.
        var roles = Roles("Dự lễ có đồng chí Lò Văn Sình - Bí thư Tỉnh ủy Lai Châu - Chủ tịch UBND tỉnh Hoàng Quốc Khánh.");
        Assert.Contains("Lò Văn Sình | Bí thư Tỉnh ủy Lai Châu", roles);
        Assert.DoesNotContain("Lò Văn Sình | Chủ tịch UBND tỉnh Lai Châu", roles);
        Assert.DoesNotContain("Hoàng Quốc Khánh | Bí thư Tỉnh ủy Lai Châu", roles);
    }

    [Fact]
    public void Posts_of_two_countries_with_no_name_give_no_one_a_post()
    {
        Assert.Empty(Roles("Cuộc hội đàm giữa Bộ trưởng Quốc phòng Việt Nam - Bộ trưởng Quốc phòng Campuchia kéo dài hai giờ."));
    }
}
