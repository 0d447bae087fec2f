using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Officials of other states and of international bodies, as the press names them: a state's
/// formal name, an international body, a chargé d'affaires, a mayor, a long name with particles,
/// and a country given only by the article.
/// </summary>
public sealed class ForeignOfficialsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Tổng thống Cộng hòa Pháp Jean Dupont phát biểu tại buổi tiếp.", "Jean Dupont | Tổng thống Pháp")]
    [InlineData("Chủ tịch nước Cộng hòa DCND Lào Khamsy Vongsa đón đoàn tại sân bay.", "Khamsy Vongsa | Chủ tịch nước Lào")]
    [InlineData("Thủ tướng Vương quốc Thái Lan Somchai Rattana chủ trì lễ đón.", "Somchai Rattana | Thủ tướng Thái Lan")]
    [InlineData("Ngoại trưởng Cộng hòa Liên bang Đức Klara Weber tới Hà Nội chiều nay.", "Klara Weber | Bộ trưởng Ngoại giao Đức")]
    public void A_state_s_formal_name_gives_the_post_its_common_name(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Tổng Thư ký ASEAN Rithy Sokha mở đầu phiên họp.", "Rithy Sokha | Tổng Thư ký ASEAN")]
    [InlineData("Cuộc gặp với Tổng thư ký NATO Henrik Larsen kéo dài một giờ.", "Henrik Larsen | Tổng Thư ký NATO")]
    [InlineData("Trưởng đại diện UNDP tại Việt Nam Maria Costa trao đổi với phóng viên.", "Maria Costa | Trưởng đại diện UNDP tại Việt Nam")]
    [InlineData("Bà Amina Yusuf, Phó Tổng Thư ký Liên Hiệp Quốc, gửi lời chúc mừng.", "Amina Yusuf | Phó Tổng Thư ký Liên hợp quốc")]
    public void A_post_in_an_international_body_carries_no_country(string sentence, string expected)
    {
        Assert.Equal([expected], Roles(sentence));
    }

    [Theory]
    [InlineData("Quốc vụ khanh Bộ Ngoại giao Anh Oliver Grant thăm Đà Nẵng.", "Oliver Grant | Quốc vụ khanh Bộ Ngoại giao Anh")]
    [InlineData("Đại biện lâm thời Đại sứ quán Mỹ tại Việt Nam Laura Hayes dự lễ khai mạc.", "Laura Hayes | Đại biện lâm thời Đại sứ quán Mỹ tại Việt Nam")]
    [InlineData("Thị trưởng thành phố Lyon Pierre Martin tặng quà lưu niệm.", "Pierre Martin | Thị trưởng thành phố Lyon")]
    [InlineData("Thị trưởng Busan Park Min-soo đón đoàn công tác.", "Park Min-soo | Thị trưởng Busan")]
    public void Ministers_of_state_charges_d_affaires_and_mayors_are_read(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_mayor_s_city_takes_the_country_written_after_it()
    {
        Assert.Contains("Carlos Mendes | Phó Thị trưởng thành phố Braga (Bồ Đào Nha)", Roles("Đoàn đã làm việc với ông Carlos Mendes, Phó Thị trưởng thành phố Braga, Bồ Đào Nha."));
    }

    [Theory]
    [InlineData("Tổng thống Brazil Pedro Henrique Souza da Costa tiếp Thủ tướng.", "Pedro Henrique Souza da Costa | Tổng thống Brazil")]
    [InlineData("Thủ tướng Hà Lan Pieter van der Berg có bài phát biểu.", "Pieter van der Berg | Thủ tướng Hà Lan")]
    [InlineData("Phó Chủ tịch nước Lào Xổm-phết Phăn ta-vông thăm nhà máy.", "Xổm-phết Phăn-ta-vông | Phó Chủ tịch nước Lào")]
    public void A_foreign_name_keeps_its_particles(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_sentence_without_a_country_takes_the_one_the_article_is_about()
    {
        var roles = Roles("Chiều 3/6, đoàn tới Italy. Tại thủ đô, Phó Thủ tướng hội kiến Chủ tịch Hạ viện Marco Bellini. Italy là đối tác lớn của Việt Nam.");
        Assert.Contains("Marco Bellini | Chủ tịch Hạ viện Italy", roles);
    }

    [Fact]
    public void A_sentence_without_a_country_in_an_article_about_several_gives_none()
    {
        var roles = Roles("Đoàn đã thăm Italy và Pháp. Phó Thủ tướng hội kiến Chủ tịch Hạ viện Marco Bellini. Pháp và Italy là đối tác lớn.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Marco Bellini", StringComparison.Ordinal));
    }
}
