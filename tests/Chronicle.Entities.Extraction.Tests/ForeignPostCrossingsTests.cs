using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Words written between a foreign post and its holder's name, which the post reader crosses only where a
/// foreign name follows at once: 'của' before the country, the post's scope after 'phụ trách', a name set off
/// by dashes.
/// </summary>
public sealed class ForeignPostCrossingsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Bộ trưởng Ngoại giao của Anh David Lammy sẽ tới Hà Nội vào tuần sau.", "David Lammy | Bộ trưởng Ngoại giao Anh")]
    [InlineData("Hôm qua, Bộ trưởng Quốc phòng của Đức Boris Pistorius thăm một nhà máy.", "Boris Pistorius | Bộ trưởng Quốc phòng Đức")]
    public void A_post_with_of_before_its_country_goes_to_the_foreign_name_after_the_country(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Bộ trưởng Ngoại giao của Anh cho biết sẽ tới Hà Nội.")]
    [InlineData("Bộ trưởng Ngoại giao của Anh và Pháp đã gặp nhau.")]
    [InlineData("Chuyến thăm của Tổng thống Pháp tới Việt Nam kết thúc.")]
    public void No_post_is_read_through_of_without_a_holder_named_after_the_country(string sentence)
    {
        Assert.Empty(Roles(sentence));
    }

    [Fact]
    public void A_principal_named_after_of_keeps_his_own_post()
    {
        var roles = Roles("Trợ lý của Tổng thống Mỹ Joe Biden cho biết ông sẽ nghỉ ngơi.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Joe Biden | Trợ lý", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Phó Tổng thư ký Liên hợp quốc phụ trách các vấn đề chính trị Rosemary DiCarlo phát biểu tại cuộc họp.",
        "Rosemary DiCarlo | Phó Tổng Thư ký Liên hợp quốc phụ trách các vấn đề chính trị")]
    [InlineData("Phó Tổng thư ký Liên hợp quốc phụ trách nhân đạo Tom Fletcher kêu gọi ngừng bắn.",
        "Tom Fletcher | Phó Tổng Thư ký Liên hợp quốc phụ trách nhân đạo")]
    public void A_scope_after_phu_trach_is_part_of_the_post_of_the_foreign_name_after_it(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_scope_with_no_holder_after_it_is_not_read_into_the_post()
    {
        var roles = Roles("Phó Tổng thư ký Liên hợp quốc Tom Fletcher phụ trách các vấn đề nhân đạo từ năm ngoái.");
        Assert.Contains("Tom Fletcher | Phó Tổng Thư ký Liên hợp quốc", roles);
        Assert.DoesNotContain(roles, r => r.Contains("phụ trách", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Thị trưởng Paris - Anne Hidalgo - cho biết thành phố đã sẵn sàng.", "Anne Hidalgo | Thị trưởng Paris")]
    [InlineData("Thủ tướng Ba Lan – Donald Tusk, đã gọi điện cho các đồng minh.", "Donald Tusk | Thủ tướng Ba Lan")]
    public void A_foreign_name_set_off_by_dashes_after_a_post_holds_it(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_name_after_a_dash_that_runs_on_is_not_the_post_s_holder()
    {
        var roles = Roles("Tổng thống Pháp - Emma Laurent và chồng đã tới dự.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Emma Laurent", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("Thượng nghị sĩ đảng Dân chủ bang Montana Jon Baker thua trong cuộc bầu cử.", "Jon Baker | Thượng nghị sĩ Mỹ bang Montana")]
    [InlineData("Hạ nghị sĩ (Cộng hòa) bang Texas Mary Holt phản đối dự luật.", "Mary Holt | Hạ nghị sĩ Mỹ bang Texas")]
    [InlineData("Thượng nghị sĩ Mỹ Cộng hòa bang Ohio Dan Moore đã lên tiếng.", "Dan Moore | Thượng nghị sĩ Mỹ bang Ohio")]
    public void A_congress_member_s_party_before_the_state_is_crossed(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_congress_member_s_party_with_no_state_gives_no_post()
    {
        Assert.Empty(Roles("Thượng nghị sĩ Cộng hòa Dan Moore đã lên tiếng."));
    }
    [Theory]
    [InlineData("Người phát ngôn của Tổng thống Nga Vladimir Putin cho biết Moscow chưa nhận được đề nghị.", "Vladimir Putin | Tổng thống Nga")]
    [InlineData("Phát ngôn viên của Thủ tướng Anh Keir Starmer nói chính phủ đang theo dõi.", "Keir Starmer | Thủ tướng Anh")]
    public void A_leader_named_after_of_is_the_aide_s_principal(string sentence, string expected)
    {
        var roles = Roles(sentence);
        Assert.Equal([expected], roles);
    }

    [Fact]
    public void An_aide_named_after_of_and_a_post_no_leader_holds_keeps_the_aide_s_post()
    {
        Assert.Contains("Omar Haddad | Người phát ngôn Bộ Ngoại giao Jordan",
            Roles("Người phát ngôn của Bộ Ngoại giao Jordan Omar Haddad cho biết đại sứ đã được triệu về."));
    }
    [Theory]
    [InlineData("Đoàn sang thăm theo lời mời của Tổng thống Brazil, Chủ tịch G20 năm 2024 Luiz Inácio Lula da Silva.", "Luiz Inácio Lula da Silva | Tổng thống Brazil")]
    [InlineData("Thủ tướng Lào, Chủ tịch ASEAN 2024 Sonexay Siphandone chủ trì lễ khai mạc.", "Sonexay Siphandone | Thủ tướng Lào")]
    public void A_chair_held_in_turn_between_a_post_and_the_name_is_crossed(string sentence, string expected)
    {
        var roles = Roles(sentence);
        Assert.Contains(expected, roles);
        Assert.DoesNotContain(roles, r => r.Contains("| Chủ tịch", StringComparison.Ordinal));
    }
}
