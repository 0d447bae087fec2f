using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Foreigners named in Latin script, with initials, or in Vietnamese transliteration hold the posts
/// written next to them, and those posts carry their country: the title's own, or the one the
/// sentence gives.
/// </summary>
public sealed class ForeignNamesTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_name_with_initials_is_one_person_and_its_periods_end_no_sentence()
    {
        var roles = Roles("Tiếp đoàn có ông R. K. Mehta, Vụ trưởng Vụ Đông Nam Á, Bộ Ngoại giao Ấn Độ.");
        Assert.Equal(["R. K. Mehta | Vụ trưởng Vụ Đông Nam Á, Bộ Ngoại giao Ấn Độ"], roles);
    }

    [Theory]
    [InlineData("Cựu Tổng thống Mỹ George W. Bush gửi thư chúc mừng.", "George W. Bush | Tổng thống Mỹ")]
    [InlineData("Buổi lễ nhậm chức của Tổng thống Mỹ Franklin D. Roosevelt diễn ra trong mưa.", "Franklin D. Roosevelt | Tổng thống Mỹ")]
    public void A_middle_initial_after_a_foreign_given_name_ends_no_sentence(string sentence, string expected) =>
        Assert.Contains(expected, Roles(sentence));

    [Fact]
    public void An_initial_after_a_foreign_word_still_ends_its_sentence_before_a_Vietnamese_one()
    {
        var roles = Roles("Đội bóng vừa trở lại Serie A. Sau trận đấu, Chủ tịch UBND tỉnh Nam Định Phạm Đình Nghị chúc mừng các cầu thủ.");
        Assert.Contains("Phạm Đình Nghị | Chủ tịch UBND tỉnh Nam Định", roles);
    }

    [Fact]
    public void A_Vietnamese_name_ending_in_a_letter_still_ends_its_sentence()
    {
        var roles = Roles("Người bị hại là ông Nguyễn Văn A. Sau đó, Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn chỉ đạo xử lý.");
        Assert.Equal(["Đỗ Minh Tuấn | Chủ tịch UBND tỉnh Thanh Hóa"], roles);
    }

    [Theory]
    [InlineData("Bà Natalia Sergeyevna Orlova, Phó Chủ tịch Thượng viện Nga, dẫn đầu đoàn.", "Natalia Sergeyevna Orlova | Phó Chủ tịch Thượng viện Nga")]
    [InlineData("Phó Chủ tịch Hội đồng Liên bang Nga Natalia Orlova dự buổi tiếp.", "Natalia Orlova | Phó Chủ tịch Hội đồng Liên bang Nga")]
    [InlineData("Chủ tịch Thượng viện Vương quốc Campuchia Samdech Hun Sen đón đoàn.", "Hun Sen | Chủ tịch Thượng viện Campuchia")]
    [InlineData("Người phát ngôn Bộ Ngoại giao Ấn Độ Randhir Jaiswal cho biết như vậy.", "Randhir Jaiswal | Người phát ngôn Bộ Ngoại giao Ấn Độ")]
    [InlineData("Ông Giôn Xmít, Chủ tịch Hạ viện Anh, phát biểu chào mừng.", "Giôn Xmít | Chủ tịch Hạ viện Anh")]
    public void A_post_in_another_country_s_body_names_that_country(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_post_without_its_country_takes_the_one_the_sentence_names()
    {
        Assert.Contains("Xéc-gây La-vrốp | Bộ trưởng Ngoại giao Nga", Roles("Ông Xéc-gây La-vrốp, Bộ trưởng Ngoại giao, khẳng định Nga coi trọng quan hệ với Việt Nam."));
    }

    [Theory]
    [InlineData("Chủ nhiệm Ủy ban Pháp luật Hoàng Thanh Tùng trình bày báo cáo.", "Hoàng Thanh Tùng | Chủ nhiệm Ủy ban Pháp luật của Quốc hội")]
    [InlineData("Ông Lê Văn Hùng, Vụ trưởng Vụ Trung Quốc, Bộ Ngoại giao, tham dự.", "Lê Văn Hùng | Vụ trưởng Vụ Trung Quốc, Bộ Ngoại giao")]
    [InlineData("Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc Khánh phát biểu.", "Hoàng Quốc Khánh | Phó Chủ tịch UBND tỉnh Lào Cai")]
    public void Our_bodies_whose_names_hold_a_country_s_word_stay_ours(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_foreigner_called_by_the_surname_alone_keeps_a_later_title_from_the_speaker()
    {
        var roles = Roles("Ông Lương Cường nhắc lại chuyến thăm của ông Allende, khi đang giữ chức Chủ tịch Thượng viện Chile.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lương Cường |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_before_a_foreign_name_is_not_part_of_it()
    {
        Assert.Contains("Hossein Salami | Tư lệnh Vệ binh Cách mạng Hồi giáo Iran", Roles("Tướng Hossein Salami, Tư lệnh Vệ binh Cách mạng Hồi giáo Iran, lên tiếng cảnh báo."));
    }
}
