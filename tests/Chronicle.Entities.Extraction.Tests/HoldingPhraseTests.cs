using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Whose post a title is, in wordings the unlabelled news often uses: after a phrase of holding or
/// taking up a post other than 'giữ chức' ('trên cương vị', 'trong thời gian giữ cương vị', 'trở
/// thành'); after an aside in brackets and 'là'; after a body that moved the person ('được Bộ Chính
/// trị điều động, phân công giữ chức'); past 'Việt Nam' or a photo's place in brackets; with 'Đại'
/// as a middle name; never to the one replaced ('thay ông B') nor through a plural title.
/// </summary>
public sealed class HoldingPhraseTests
{
    private static readonly AnchorDate October2024 =
        new(2024, 10, 20, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<string> RolesOf(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", text, October2024).Roles.Where(r => r.PersonName == person).Select(r => r.Role).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Đây là lần đầu ông Trịnh Văn Khải sang thăm Lào trên cương vị Chủ tịch Quốc hội.", "Trịnh Văn Khải", "Chủ tịch Quốc hội")]
    [InlineData("Bà Lý Thu Hà đảm nhiệm cương vị Trưởng Ban Dân vận Trung ương từ đầu năm.", "Lý Thu Hà", "Trưởng Ban Dân vận Trung ương")]
    [InlineData("Năm 2016, ông Phùng Đức Mạnh trở thành Phó Thủ tướng.", "Phùng Đức Mạnh", "Phó Thủ tướng")]
    public void A_post_after_a_phrase_of_holding_is_the_named_person_s(string sentence, string person, string role)
    {
        Assert.Contains(role, RolesOf(sentence, person));
    }

    [Fact]
    public void Every_post_listed_after_in_the_time_he_held_is_the_subject_s()
    {
        var roles = RolesOf("Ông Đặng Quốc Bảo, trong thời gian giữ cương vị Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương, đã để xảy ra nhiều sai phạm.", "Đặng Quốc Bảo");

        Assert.Equal(["Trưởng Ban Kinh tế Trung ương", "Ủy viên Bộ Chính trị"], roles);
    }

    [Theory]
    [InlineData("Nhiều người cho rằng ông Phùng Đức Mạnh sẽ trở thành Phó Thủ tướng.")]
    [InlineData("Theo nguồn tin, ông Phùng Đức Mạnh sẽ rời Bộ Tài chính và trở thành Phó Thủ tướng.")]
    public void A_post_one_may_only_take_later_is_nobody_s(string sentence)
    {
        Assert.Empty(RolesOf(sentence, "Phùng Đức Mạnh"));
    }

    [Fact]
    public void Someone_who_designates_unnamed_staff_takes_no_post_given_to_them()
    {
        var roles = RolesOf("Bí thư Tỉnh ủy Sóc Trăng Đoàn Văn Khôi đã ký quyết định chỉ định nhân sự giữ chức Phó Bí thư Huyện ủy.", "Đoàn Văn Khôi");

        Assert.Equal(["Bí thư Tỉnh ủy Sóc Trăng"], roles);
    }

    [Theory]
    [InlineData("Ông Hoàng Văn Thụ (1921-2001) là Chủ tịch Quốc hội trong hai nhiệm kỳ.", "Hoàng Văn Thụ", "Chủ tịch Quốc hội")]
    [InlineData("Ông Trịnh Quốc Vinh (70 tuổi) từng là Bí thư Tỉnh ủy Nghệ An.", "Trịnh Quốc Vinh", "Bí thư Tỉnh ủy Nghệ An")]
    public void A_post_after_an_aside_in_brackets_and_la_is_the_name_s(string sentence, string person, string role)
    {
        Assert.Contains(role, RolesOf(sentence, person));
    }

    [Fact]
    public void The_one_a_body_moved_holds_the_post_given()
    {
        var roles = RolesOf("Theo thông báo, ông Lâm Quang Đạt vừa được Bộ Chính trị điều động, phân công giữ chức Bí thư Tỉnh ủy Hà Tĩnh từ tuần này.", "Lâm Quang Đạt");

        Assert.Equal(["Bí thư Tỉnh ủy Hà Tĩnh"], roles);
    }

    [Fact]
    public void Someone_appointing_another_holds_nothing_given_to_the_other()
    {
        var roles = RolesOf("Chiều 5/3, ông Lâm Quang Đạt điều động cán bộ sang giữ chức Giám đốc Sở Y tế.", "Lâm Quang Đạt");

        Assert.Empty(roles);
    }

    [Fact]
    public void A_title_in_the_plural_before_another_title_is_not_the_next_name_s()
    {
        var roles = RolesOf("Bản ghi nhớ được ký khi có mặt hai Thủ tướng, Thứ trưởng Bộ Ngoại giao Đinh Công Sơn và đại diện phía bạn cùng đặt bút.", "Đinh Công Sơn");

        Assert.Equal(["Thứ trưởng Bộ Ngoại giao"], roles);
    }

    [Fact]
    public void A_plural_title_chain_ending_the_sentence_gives_nothing_and_reads_on()
    {
        var result = ArticleAnalyzer.Analyze("", "Văn kiện được ký trước sự chứng kiến của hai Thủ tướng, Chủ tịch nước.", October2024);

        Assert.Empty(result.Roles);
    }

    [Theory]
    [InlineData("Bộ trưởng Bộ Quốc phòng Việt Nam Đỗ Minh Khang đã hội đàm với người đồng cấp.", "Đỗ Minh Khang", "Bộ trưởng Bộ Quốc phòng")]
    [InlineData("Chuyến thăm của Chủ tịch nước Việt Nam Lương Văn Thông diễn ra trong ba ngày.", "Lương Văn Thông", "Chủ tịch nước")]
    public void Our_own_country_between_a_title_and_the_name_leaves_the_post_ours(string sentence, string person, string role)
    {
        Assert.Equal([role], RolesOf(sentence, person));
    }

    [Theory]
    [InlineData("Thứ trưởng Bộ Công an Vũ Đại Hưng dự buổi làm việc.", "Vũ Đại Hưng", "Thứ trưởng Bộ Công an")]
    [InlineData("Ông Lò Đại Phong, Phó Chủ tịch UBND tỉnh Lai Châu, phát biểu.", "Lò Đại Phong", "Phó Chủ tịch UBND tỉnh Lai Châu")]
    public void Dai_right_after_the_surname_is_a_middle_name(string sentence, string person, string role)
    {
        Assert.Equal([role], RolesOf(sentence, person));
    }

    [Theory]
    [InlineData("Ông Lưu Quang Vĩnh thay ông Tạ Minh Hùng giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.")]
    [InlineData("Ông Lưu Quang Vĩnh kế nhiệm ông Tạ Minh Hùng giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.")]
    public void The_post_goes_to_the_successor_not_to_the_one_replaced(string sentence)
    {
        Assert.Equal(["Giám đốc Sở Y tế tỉnh Nghệ An"], RolesOf(sentence, "Lưu Quang Vĩnh"));
        Assert.Empty(RolesOf(sentence, "Tạ Minh Hùng"));
    }

    [Theory]
    [InlineData("Ông Lưu Quang Vĩnh (thứ ba từ trái), Chủ tịch UBND tỉnh Nghệ An, trao quà cho các hộ dân.", "Lưu Quang Vĩnh", "Chủ tịch UBND tỉnh Nghệ An")]
    [InlineData("Bà Tạ Minh Hằng (bên phải) - Phó Chủ tịch UBND tỉnh Nghệ An tặng hoa đoàn công tác.", "Tạ Minh Hằng", "Phó Chủ tịch UBND tỉnh Nghệ An")]
    public void A_photo_s_place_in_brackets_stands_between_a_name_and_its_title(string sentence, string person, string role)
    {
        Assert.Equal([role], RolesOf(sentence, person));
    }
}
