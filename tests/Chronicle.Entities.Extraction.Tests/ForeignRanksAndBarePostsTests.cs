using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Foreign office holders whose names carry a rank or a suffix, whose posts are written bare or in
/// lower case, or whose surname is one of ours: the name is read without the rank, the post takes the
/// country the sentence or the joined post gives, and nobody of ours is made foreign by it.
/// </summary>
public sealed class ForeignRanksAndBarePostsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Bộ trưởng Ngoại giao đã điện đàm với Thủ tướng Qatar Sheikh Khalid bin Hamad Al Thani về an ninh khu vực.", "Khalid bin Hamad Al Thani | Thủ tướng Qatar")]
    [InlineData("Đoàn được Phó Thủ tướng Kuwait Sheikh Fahad Yousef Al Sabah tiếp tại thủ đô.", "Fahad Yousef Al Sabah | Phó Thủ tướng Kuwait")]
    public void A_gulf_rank_before_a_full_name_is_not_part_of_it(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_name_of_two_words_opening_with_the_rank_keeps_it()
    {
        Assert.Contains("Sheikh Hasina | Thủ tướng Bangladesh", Roles("Thủ tướng Bangladesh Sheikh Hasina đã tới dự hội nghị."));
    }

    [Fact]
    public void The_generation_suffix_keeps_its_period()
    {
        var roles = Roles("Tại Manila, đoàn đã làm việc với Bộ trưởng Nội vụ Philippines Juan Santos Jr.");
        Assert.Contains("Juan Santos Jr. | Bộ trưởng Nội vụ Philippines", roles);
    }

    [Fact]
    public void A_head_of_state_joined_to_a_post_naming_the_country_holds_that_country_s_office_too()
    {
        var roles = Roles("Chiều 4/5, Chủ tịch nước hội kiến Phó tổng thống kiêm Thủ tướng Oman Faisal bin Said Al Busaidi.");
        Assert.Contains("Faisal bin Said Al Busaidi | Phó Tổng thống Oman", roles);
        Assert.Contains("Faisal bin Said Al Busaidi | Thủ tướng Oman", roles);
    }

    [Fact]
    public void A_member_of_parliament_written_in_lower_case_sits_in_the_country_the_sentence_names()
    {
        var roles = Roles("Theo nghị sĩ Oleksandr Kovalenko, thành viên phe cầm quyền trong quốc hội Ukraine, nội các sẽ được cải tổ.");
        Assert.Equal(["Oleksandr Kovalenko | Nghị sĩ Quốc hội Ukraine"], roles);
    }

    [Fact]
    public void Members_of_parliament_spoken_of_in_general_hold_no_post_of_a_name_after_them()
    {
        var roles = Roles("Các nghị sĩ Mỹ, trong đó có Thượng nghị sĩ Mỹ Mark Collins, đã gặp Thủ tướng Phạm Minh Chính.");
        Assert.DoesNotContain(roles, r => r.Contains("Nghị sĩ Quốc hội", StringComparison.Ordinal));
        Assert.Contains("Mark Collins | Thượng nghị sĩ Mỹ", roles);
    }

    [Theory]
    [InlineData("Phát biểu tại Washington hôm qua, Thượng nghị sĩ bang Montana Steve Daines phản đối dự luật ngân sách.",
        "Steve Daines | Thượng nghị sĩ Mỹ bang Montana")]
    [InlineData("Người được đảng chọn là thượng nghị sĩ Mỹ bang Georgia Raphael Warnock.", "Raphael Warnock | Thượng nghị sĩ Mỹ bang Georgia")]
    [InlineData("Hạ nghị sĩ bang Texas Tony Gonzales kêu gọi tăng ngân sách cho biên phòng.", "Tony Gonzales | Hạ nghị sĩ Mỹ bang Texas")]
    public void A_member_of_congress_named_with_a_state_holds_that_states_seat(string sentence, string role) =>
        Assert.Contains(role, Roles(sentence));

    [Fact]
    public void A_senator_written_without_a_state_keeps_the_countrys_post()
    {
        var roles = Roles("Thượng nghị sĩ Mỹ Steve Daines đến Hà Nội trong chuyến thăm ba ngày.");
        Assert.Contains("Steve Daines | Thượng nghị sĩ Mỹ", roles);
        Assert.DoesNotContain(roles, r => r.Contains(" bang ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parliamentary_title_before_a_name_of_ours_is_not_read_as_a_foreign_member()
    {
        Assert.Empty(Roles("Theo nghị sĩ Nguyễn Văn Bình, dự luật cần được thảo luận thêm."));
    }

    [Fact]
    public void Posts_only_the_Chinese_party_has_carry_its_name_to_the_whole_list()
    {
        var roles = Roles("Chủ tịch nước hội đàm với đồng chí Lý Hy, Ủy viên Thường vụ Bộ Chính trị, Bí thư Ban Bí thư, Chánh Văn phòng Trung ương.");
        Assert.Contains("Lý Hy | Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc", roles);
        Assert.Contains("Lý Hy | Bí thư Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc", roles);
        Assert.Contains("Lý Hy | Chánh Văn phòng Trung ương Đảng Cộng sản Trung Quốc", roles);
    }

    [Fact]
    public void A_korean_name_with_a_surname_we_share_is_foreign_and_takes_no_ministry_of_ours()
    {
        var roles = Roles("Tổng thống Hàn Quốc phát biểu tại Seoul. Bộ trưởng Quốc phòng Kim Dong Hyun của Hàn Quốc đã triệu tập cuộc họp.");
        Assert.DoesNotContain("Kim Dong Hyun | Bộ trưởng Bộ Quốc phòng", roles);
        Assert.Contains("Kim Dong Hyun | Bộ trưởng Quốc phòng Hàn Quốc", roles);
    }

    [Theory]
    [InlineData("Ngày 3/2, đoàn hội kiến Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sovann tại Phnom Penh.", "Prak Sovann | Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia")]
    [InlineData("Bộ trưởng Cải cách hành chính Indonesia Budi Santoso cho biết kế hoạch sẽ được điều chỉnh.", "Budi Santoso | Bộ trưởng Cải cách hành chính Indonesia")]
    public void A_foreign_ministry_named_with_a_lower_case_compound_is_read_up_to_its_country(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void Lower_case_words_of_a_sentence_going_on_make_no_ministry_of_a_country_after_them()
    {
        Assert.Empty(Roles("Bộ trưởng Quốc phòng nói Trung Quốc cần kiềm chế, còn Bộ trưởng Tài chính cho biết Nhật Bản sẽ tăng chi tiêu."));
    }

    [Fact]
    public void A_known_leader_after_the_host_country_words_holds_his_own_country_s_post()
    {
        var roles = Roles("Sau Moskva, Thủ tướng Hungary tới Kiev và hội đàm với Tổng thống nước chủ nhà Volodymyr Zelensky.");
        Assert.Contains("Volodymyr Zelensky | Tổng thống Ukraine", roles);
    }

    [Theory]
    [InlineData("Kim Yong Hyun", true)]
    [InlineData("Kim Sang Sik", true)]
    [InlineData("Kim Jae Won", true)]
    [InlineData("Kim Ngọc Anh", false)]
    [InlineData("Kim Long", false)]
    [InlineData("Kim Chi", false)]
    public void A_korean_given_name_is_told_from_ours_after_a_shared_surname(string name, bool foreign)
    {
        Assert.Equal(foreign, PersonNameCheck.LooksForeign(name));
    }
}
