using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Whose post a title is: someone acting for another, people sharing one title, titles in
/// brackets or after a dash, decisions about a person, and posts of someone the article mourns.
/// </summary>
public sealed class TitleOwnerTests
{
    private static readonly AnchorDate October2024 =
        new(2024, 10, 20, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<RoleMention> Roles(string text) => ArticleAnalyzer.Analyze("", text, October2024).Roles.ToList();

    private static List<string> RolesOf(List<RoleMention> roles, string person) =>
        [.. roles.Where(r => r.PersonName == person).Select(r => r.Role).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Thừa ủy quyền của Chủ tịch nước, Bộ trưởng Bộ Công an Lê Quang Tùng trao quyết định thăng cấp cho các sĩ quan.", "Lê Quang Tùng", "Bộ trưởng Bộ Công an")]
    [InlineData("Thay mặt Chủ tịch nước, Phó Chủ tịch nước Hà Thị Lan trao huân chương cho các tập thể.", "Hà Thị Lan", "Phó Chủ tịch nước")]
    [InlineData("Được sự ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Nội vụ Đào Thị Hằng trao quyết định bổ nhiệm.", "Đào Thị Hằng", "Bộ trưởng Bộ Nội vụ")]
    [InlineData("Thừa lệnh Chủ tịch nước, Chủ nhiệm Văn phòng Chủ tịch nước Phan Văn Bảo công bố lệnh.", "Phan Văn Bảo", "Chủ nhiệm Văn phòng Chủ tịch nước")]
    public void A_principal_s_title_is_not_the_title_of_the_one_acting_for_him(string sentence, string person, string own)
    {
        Assert.Equal([own], RolesOf(Roles(sentence), person));
    }

    [Fact]
    public void Someone_acting_for_a_principal_named_by_title_alone_takes_nothing_from_it()
    {
        var roles = Roles("Thay mặt Chủ tịch nước, Đại tướng Lê Quang Tùng gắn huy hiệu cho đơn vị.");

        Assert.Empty(RolesOf(roles, "Lê Quang Tùng"));
    }

    [Fact]
    public void A_principal_named_with_his_title_keeps_it()
    {
        var roles = Roles("Thay mặt Tổng Bí thư Trần Minh Quân, Trưởng Ban Tổ chức Trung ương Võ Hữu Lộc tặng hoa chúc mừng.");

        Assert.Equal(["Tổng Bí thư"], RolesOf(roles, "Trần Minh Quân"));
        Assert.Equal(["Trưởng Ban Tổ chức Trung ương"], RolesOf(roles, "Võ Hữu Lộc"));
    }

    [Theory]
    [InlineData("HĐND tỉnh đã bầu các ông Đinh Văn Hào, Lý Văn Tài, Mai Văn Sơn và Hồ Văn Phúc giữ chức Phó Chủ tịch UBND tỉnh Nghệ An.")]
    [InlineData("Các đồng chí: Đinh Văn Hào, Lý Văn Tài, Mai Văn Sơn và Hồ Văn Phúc được bầu làm Phó Chủ tịch UBND tỉnh Nghệ An.")]
    [InlineData("Bốn Phó Chủ tịch UBND tỉnh Nghệ An mới gồm: ông Đinh Văn Hào, ông Lý Văn Tài, ông Mai Văn Sơn và ông Hồ Văn Phúc.")]
    [InlineData("Dự họp có các đồng chí Phó Chủ tịch UBND tỉnh Nghệ An: Đinh Văn Hào, Lý Văn Tài, Mai Văn Sơn, Hồ Văn Phúc.")]
    public void Every_person_of_a_list_sharing_one_title_takes_it(string sentence)
    {
        var roles = Roles(sentence);

        foreach (var person in new[] { "Đinh Văn Hào", "Lý Văn Tài", "Mai Văn Sơn", "Hồ Văn Phúc" })
            Assert.Equal(["Phó Chủ tịch UBND tỉnh Nghệ An"], RolesOf(roles, person));
    }

    [Fact]
    public void Names_listed_with_respective_posts_take_one_post_each()
    {
        var roles = Roles("Ông Đinh Văn Hào, ông Lý Văn Tài lần lượt giữ chức Phó Chủ tịch UBND tỉnh Nghệ An, Chủ tịch HĐND tỉnh Nghệ An.");

        Assert.Equal(["Phó Chủ tịch UBND tỉnh Nghệ An"], RolesOf(roles, "Đinh Văn Hào"));
        Assert.Equal(["Chủ tịch HĐND tỉnh Nghệ An"], RolesOf(roles, "Lý Văn Tài"));
    }

    [Fact]
    public void A_name_after_a_title_and_a_comma_is_an_apposition_not_a_list()
    {
        var roles = Roles("Chủ tịch UBND tỉnh Nghệ An Đinh Văn Hào, ông Lý Văn Tài được bầu làm Phó Chủ tịch HĐND tỉnh Nghệ An.");

        Assert.Equal(["Chủ tịch UBND tỉnh Nghệ An"], RolesOf(roles, "Đinh Văn Hào"));
    }

    [Theory]
    [InlineData("Dự buổi làm việc có đồng chí Trương Thị Hiền (Chủ nhiệm Ủy ban Kiểm tra Trung ương).", "Trương Thị Hiền", "Chủ nhiệm Ủy ban Kiểm tra Trung ương")]
    [InlineData("Tham dự có ông Kiều Văn Toàn - Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Tài chính.", "Kiều Văn Toàn", "Thứ trưởng Bộ Tài chính")]
    [InlineData("Ông Kiều Văn Toàn (SN 1971, Phó Giám đốc Sở Y tế tỉnh Nghệ An) bị tạm giữ.", "Kiều Văn Toàn", "Phó Giám đốc Sở Y tế tỉnh Nghệ An")]
    [InlineData("Ông Kiều Văn Toàn (62 tuổi, nguyên Chủ tịch UBND tỉnh Nghệ An) bị khởi tố.", "Kiều Văn Toàn", "Chủ tịch UBND tỉnh Nghệ An")]
    [InlineData("Đồng chí Kiều Văn Toàn, Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An (Trưởng Ban Tổ chức Tỉnh ủy Nghệ An) chủ trì buổi làm việc.", "Kiều Văn Toàn", "Trưởng Ban Tổ chức Tỉnh ủy Nghệ An")]
    public void A_title_in_brackets_or_after_a_dash_is_the_name_s(string sentence, string person, string role)
    {
        Assert.Contains(role, RolesOf(Roles(sentence), person));
    }

    [Theory]
    [InlineData("Thủ tướng đã ký quyết định phê chuẩn kết quả miễn nhiệm chức vụ Chủ tịch UBND thành phố Hải Phòng nhiệm kỳ 2021-2026 đối với ông Vương Đức Thịnh.", "Vương Đức Thịnh", "Chủ tịch UBND thành phố Hải Phòng", "ended")]
    [InlineData("Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Bình Dương đối với ông Quách Văn Lợi.", "Quách Văn Lợi", "Chủ tịch UBND tỉnh Bình Dương", "started")]
    [InlineData("Thủ tướng quyết định không bổ nhiệm lại chức vụ Thứ trưởng Bộ Y tế cho ông Lạc Văn Đông.", "Lạc Văn Đông", "Thứ trưởng Bộ Y tế", "ended")]
    [InlineData("Thủ tướng vừa ký quyết định bổ nhiệm ông Cao Minh Trí giữ chức Thứ trưởng Bộ Tài chính.", "Cao Minh Trí", "Thứ trưởng Bộ Tài chính", "started")]
    [InlineData("Bộ Chính trị quyết định điều động, bổ nhiệm ông Cao Minh Trí giữ chức Chánh Văn phòng Trung ương Đảng.", "Cao Minh Trí", "Chánh Văn phòng Trung ương Đảng", "started")]
    [InlineData("Bộ Chính trị quyết định cách chức Bí thư Thành ủy Hải Phòng nhiệm kỳ 2010 - 2015 đối với ông Ninh Văn Tạo.", "Ninh Văn Tạo", "Bí thư Thành ủy Hải Phòng", "ended")]
    [InlineData("Với đa số phiếu tán thành, Quốc hội miễn nhiệm chức vụ Chủ tịch Quốc hội và cho thôi làm đại biểu Quốc hội đối với ông Âu Văn Khang.", "Âu Văn Khang", "Chủ tịch Quốc hội", "ended")]
    [InlineData("Cấp có thẩm quyền chưa đồng ý việc bổ nhiệm lại chức vụ Phó Viện trưởng Viện Kiểm sát nhân dân tối cao đối với ông Trịnh Văn Lực.", "Trịnh Văn Lực", "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao", "ended")]
    public void A_decision_about_a_person_starts_or_ends_the_post(string sentence, string person, string role, string aspect)
    {
        var found = Assert.Single(Roles(sentence), r => r.PersonName == person);

        Assert.Equal((role, aspect), (found.Role, found.Aspect));
    }

    [Fact]
    public void Posts_listed_after_a_colon_belong_to_the_one_who_holds_them()
    {
        var roles = Roles("Sau đó, đồng chí Tăng Văn Dũ đảm nhiệm các chức vụ: Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.");

        Assert.Equal(["Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy viên Trung ương Đảng"], RolesOf(roles, "Tăng Văn Dũ"));
    }

    [Theory]
    [InlineData("Hội nghị chấp thuận nguyện vọng của ông Tăng Văn Dũ xin thôi giữ các chức vụ: Chủ tịch nước, Ủy viên Bộ Chính trị.")]
    [InlineData("Ông Tăng Văn Dũ từng giữ các chức vụ: Ủy viên Bộ Chính trị, Chủ tịch nước.")]
    public void Posts_listed_as_left_or_held_before_are_ended(string sentence)
    {
        var roles = Roles(sentence).Where(r => r.PersonName == "Tăng Văn Dũ").ToList();

        Assert.Equal(2, roles.Count);
        Assert.All(roles, r => Assert.Equal("ended", r.Aspect));
    }

    [Fact]
    public void Someone_whose_successor_is_asked_about_is_not_said_to_leave()
    {
        var roles = Roles("Ai sẽ thay ông Tăng Văn Dũ làm Chủ tịch nước? Ai sẽ thay ông Tăng Văn Dũ làm Chủ tịch nước?");

        Assert.DoesNotContain(roles, r => r.Aspect == "ended");
    }

    [Fact]
    public void A_date_of_the_sentence_that_calls_someone_late_is_not_the_day_of_the_death()
    {
        var roles = Roles("Cố Tổng Bí thư Hoàng Văn Kiên để lại nhiều dấu ấn ở miền Nam sau năm 1975. Ông Hoàng Văn Kiên, khi giữ chức Tổng Bí thư, trả lời báo chí ngày 30/6/1996.");

        Assert.Equal("held", Assert.Single(roles, r => r.Date?.Iso == "1996-06-30").Aspect);
    }

    [Fact]
    public void Whoever_is_replaced_leaves_the_post_the_other_takes_up()
    {
        var roles = Roles("Đồng chí Đoàn Văn Khải được phân công đảm nhận chức danh Thường trực Ban Bí thư, thay cho đồng chí Lý Quốc Huy, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư.");

        Assert.Equal("started", Assert.Single(roles, r => r.PersonName == "Đoàn Văn Khải").Aspect);
        Assert.Equal("ended", Assert.Single(roles, r => r.PersonName == "Lý Quốc Huy" && r.Role == "Thường trực Ban Bí thư").Aspect);
        Assert.Equal("held", Assert.Single(roles, r => r.PersonName == "Lý Quốc Huy" && r.Role == "Ủy viên Bộ Chính trị").Aspect);
    }

    [Fact]
    public void A_post_whose_term_ended_before_the_article_is_ended_with_the_term()
    {
        var roles = Roles("Theo tiểu sử, ông Tạ Văn Lâm là Chủ tịch nước nhiệm kỳ 2016 - 2021, Chủ tịch Hội đồng Quốc phòng và An ninh.");

        Assert.All(roles, r => Assert.Equal(("ended", "2021"), (r.Aspect, r.Date?.Iso)));
        Assert.Equal(2, roles.Count);
    }

    [Fact]
    public void A_term_still_running_leaves_the_post_held()
    {
        var role = Assert.Single(Roles("Ông Tạ Văn Lâm là Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2021-2026."));

        Assert.Equal("held", role.Aspect);
    }

    [Fact]
    public void Posts_of_someone_the_article_mourns_are_not_held_on_its_day()
    {
        var roles = Roles("Lễ Quốc tang Tổng Bí thư Hoàng Văn Kiên diễn ra tại Hà Nội. Nhiều người nhắc lại lời dặn của Tổng Bí thư Hoàng Văn Kiên về công tác cán bộ.");

        Assert.Equal(2, roles.Count(r => r.PersonName == "Hoàng Văn Kiên"));
        Assert.All(roles.Where(r => r.PersonName == "Hoàng Văn Kiên"), r => Assert.Equal("ended", r.Aspect));
        Assert.Equal("late", roles.Last(r => r.PersonName == "Hoàng Văn Kiên").Qualifier);
    }

    [Fact]
    public void A_post_the_mourned_person_held_on_an_earlier_dated_day_stays_held_then()
    {
        var roles = Roles("Ngày 5/3/2019, Tổng Bí thư Hoàng Văn Kiên thăm tỉnh Nghệ An. Hôm nay, tỉnh tổ chức lễ tưởng niệm cố Tổng Bí thư Hoàng Văn Kiên.");

        Assert.Equal("held", Assert.Single(roles, r => r.Date?.Iso == "2019-03-05").Aspect);
    }

    [Fact]
    public void The_organiser_of_a_funeral_is_not_the_one_mourned()
    {
        var roles = Roles("Lễ tang do Chủ tịch nước Trần Minh Quân làm Trưởng ban được tổ chức trọng thể.");

        Assert.Equal("held", Assert.Single(roles, r => r.PersonName == "Trần Minh Quân" && r.Role == "Chủ tịch nước").Aspect);
    }
}
