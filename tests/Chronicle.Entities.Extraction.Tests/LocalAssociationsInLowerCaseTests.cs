using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A local association whose name the copy writes in lower case ('Hội khuyến học huyện …', 'Hội người mù
/// quận …', 'Hội luật gia TP.HCM'): its head's post is read where a place, with the place's level written,
/// closes the name within a few words; lower-case words that no place closes stay the sentence's.
/// </summary>
public sealed class LocalAssociationsInLowerCaseTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Bà Hà Thị Quyên, Chủ tịch Hội khuyến học huyện Thạch Thành, cho hay quỹ năm nay tăng gấp đôi.",
        "Hà Thị Quyên | Chủ tịch Hội khuyến học huyện Thạch Thành")]
    [InlineData("Ông Đặng Văn Lực - Phó Chủ tịch Hội người mù quận Cầu Giấy kể về lớp học chữ nổi.",
        "Đặng Văn Lực | Phó Chủ tịch Hội người mù quận Cầu Giấy")]
    [InlineData("Theo luật sư Phùng Văn Hảo, Phó Chủ tịch Hội luật gia tỉnh Bình Định, bản án chưa thỏa đáng.",
        "Phùng Văn Hảo | Phó Chủ tịch Hội luật gia tỉnh Bình Định")]
    [InlineData("Ông Tạ Quang Vinh, Chủ tịch Hội người cao tuổi phường Trung Hòa, đọc báo cáo tổng kết.",
        "Tạ Quang Vinh | Chủ tịch Hội người cao tuổi phường Trung Hòa")]
    [InlineData("Bà Lò Thị Ban, Phó Chủ tịch Hội nạn nhân chất độc da cam huyện Mường Tè, trao quà cho các gia đình.",
        "Lò Thị Ban | Phó Chủ tịch Hội nạn nhân chất độc da cam huyện Mường Tè")]
    public void A_lower_case_association_closed_by_its_place_is_read(string text, string expected) =>
        Assert.Contains(expected, Roles(text));

    [Fact]
    public void A_city_of_a_province_closes_the_name_with_its_own_words()
    {
        var roles = Roles("Bà Mai Thị Lụa - Chủ tịch Hội khuyến học thành phố Tam Kỳ - trao học bổng cho các em.");
        Assert.Contains("Mai Thị Lụa | Chủ tịch Hội khuyến học thành phố Tam Kỳ", roles);
    }

    [Fact]
    public void The_city_written_short_is_spelled_out()
    {
        var roles = Roles("Theo ông Kiều Văn Toàn, Tổng thư ký Hội tim mạch học TP.HCM, số ca bệnh đang tăng.");
        Assert.Contains("Kiều Văn Toàn | Tổng Thư ký Hội tim mạch học thành phố Hồ Chí Minh", roles);
    }

    [Theory]
    [InlineData("Chủ tịch Hội vừa trao quà cho bà Hà Thị Quyên tại huyện Thạch Thành.")]
    [InlineData("Bà Hà Thị Quyên, Chủ tịch Hội nghị tỉnh Thanh Hóa, khai mạc phiên họp.")]
    [InlineData("Bà Hà Thị Quyên, Chủ tịch Hội khuyến học, kể rằng nhiều em học sinh ở huyện Thạch Thành còn khó khăn.")]
    [InlineData("Bà Hà Thị Quyên, Chủ tịch Hội khuyến học cùng nhiều hội viên đến thăm các em huyện Thạch Thành.")]
    public void Lower_case_words_no_place_closes_are_no_association(string text) =>
        Assert.DoesNotContain(Roles(text), r => (r.Contains("Hội", StringComparison.Ordinal) && r.Contains("Thạch Thành", StringComparison.Ordinal)) || r.Contains("Hội nghị", StringComparison.Ordinal));
}
