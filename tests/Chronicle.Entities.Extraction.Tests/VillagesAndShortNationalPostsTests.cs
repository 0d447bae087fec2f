using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Persons whose post was not read at all: a village's head or Party cell secretary, the village written
/// after a lower-case level ('Trưởng thôn X', 'Bí thư Chi bộ ấp Y'); the state bank's governors and the Front's
/// chair shortened before a Vietnamese name ('Phó Thống đốc X', 'Chủ tịch Mặt trận Tổ quốc Y'); a police section whose code stands in
/// brackets before its owner ('Trưởng phòng Cảnh sát kinh tế (PC03) Công an tỉnh X').
/// </summary>
public sealed class VillagesAndShortNationalPostsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Ông Đỗ Văn Sáu, Trưởng thôn Phú Hậu, kể lại trận lũ năm ấy.", "Đỗ Văn Sáu | Trưởng thôn Phú Hậu")]
    [InlineData("Bà Lò Thị Mai, Bí thư Chi bộ bản Na Lay, cho hay cả bản đã có điện.", "Lò Thị Mai | Bí thư Chi bộ bản Na Lay")]
    [InlineData("Theo ông Vũ Đình Tư, phó trưởng ấp 4, con đường sẽ xong trước Tết.", "Vũ Đình Tư | Phó Trưởng ấp 4")]
    [InlineData("Trưởng khu phố Bình Minh Trịnh Văn Lộc đến từng nhà vận động.", "Trịnh Văn Lộc | Trưởng khu phố Bình Minh")]
    public void A_village_head_or_party_cell_secretary_is_read(string text, string expected) =>
        Assert.Contains(expected, Roles(text));

    [Theory]
    [InlineData("Bà Lò Thị Mai - Bí thư Chi bộ bản Na Lay (xã Mường Chà) cho hay cả bản đã có điện.", "Lò Thị Mai | Bí thư Chi bộ bản Na Lay, xã Mường Chà")]
    [InlineData("Ông Đỗ Văn Sáu, Trưởng thôn Phú Hậu, xã Quảng Phú, kể lại trận lũ năm ấy.", "Đỗ Văn Sáu | Trưởng thôn Phú Hậu, xã Quảng Phú")]
    public void The_commune_written_with_a_village_is_part_of_its_post(string text, string expected) =>
        Assert.Contains(expected, Roles(text));

    [Fact]
    public void A_full_name_after_the_level_is_the_holder_not_the_village()
    {
        var roles = Roles("Ông Trưởng ấp Phan Văn Dũng dẫn chúng tôi ra bờ kênh.");
        Assert.DoesNotContain(roles, r => r.Contains("ấp Phan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deputy_governor_before_a_vietnamese_name_is_the_state_banks()
    {
        var roles = Roles("Phó Thống đốc Phạm Thanh Hà nói lãi suất cho vay sẽ còn giảm.");
        Assert.Contains("Phạm Thanh Hà | Phó Thống đốc Ngân hàng Nhà nước Việt Nam", roles);
    }

    [Fact]
    public void The_fronts_chair_before_a_vietnamese_name_is_the_national_one()
    {
        var roles = Roles("Đến chúc mừng có Chủ tịch Mặt trận Tổ quốc Đỗ Văn Chiến và nhiều đại biểu.");
        Assert.Contains("Đỗ Văn Chiến | Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", roles);
    }

    [Fact]
    public void A_provinces_front_chair_keeps_the_province()
    {
        var roles = Roles("Chủ tịch Ủy ban MTTQ tỉnh Hà Nam Lại Văn Thắng phát biểu khai mạc.");
        Assert.DoesNotContain(roles, r => r.Contains("Trung ương", StringComparison.Ordinal));
    }

    [Fact]
    public void A_governor_of_a_state_is_not_the_state_banks()
    {
        var roles = Roles("Thống đốc bang Ohio Mike DeWine ký lệnh mới.");
        Assert.DoesNotContain(roles, r => r.Contains("Ngân hàng Nhà nước", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Trung tá Hồ Đức Long, Trưởng phòng Cảnh sát kinh tế (PC03) Công an tỉnh Nghệ An, cho biết vụ việc đang được điều tra.",
        "Hồ Đức Long | Trưởng phòng Cảnh sát kinh tế Công an tỉnh Nghệ An")]
    [InlineData("Thiếu tá Vi Thị Hằng, Phó Trưởng phòng Cảnh sát giao thông (CSGT) Công an tỉnh Lạng Sơn, nhắc người dân đội mũ bảo hiểm.",
        "Vi Thị Hằng | Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh Lạng Sơn")]
    public void A_sections_code_in_brackets_before_its_owner_is_stepped_over(string text, string expected) =>
        Assert.Contains(expected, Roles(text));
}
