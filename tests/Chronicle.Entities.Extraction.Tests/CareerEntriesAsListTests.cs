using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A career written as a run of entries: the next post led in by 'sau đó là', 'rồi làm', 'sau đó trở thành', and
/// entries after semicolons that open with their own time and a verb ('; từ tháng 9/2015 là Giám đốc Sở'), where an
/// entry may write only the head and leave the body to the entry before it.
/// </summary>
public sealed class CareerEntriesAsListTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    private static List<string> DatedRoles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role} | {r.Aspect} | {r.Date?.Iso}").Distinct()];

    [Fact]
    public void The_post_taken_after_sau_do_la_is_the_same_holders()
    {
        var roles = Roles("Ông Lý Văn Hào từng giữ chức Viện trưởng Viện Sử học, sau đó là Tổng Thư ký Hội Sử học Việt Nam.");
        Assert.Contains("Lý Văn Hào | Viện trưởng Viện Sử học", roles);
        Assert.Contains("Lý Văn Hào | Tổng Thư ký Hội Sử học Việt Nam", roles);
    }

    [Fact]
    public void A_head_after_sau_do_la_takes_the_body_of_the_entry_before()
    {
        var roles = Roles("Ông Mạc Đình Tuấn từng là phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh Yên Bái, sau đó là bí thư Tỉnh ủy.");
        Assert.Contains("Mạc Đình Tuấn | Chủ tịch UBND tỉnh Yên Bái", roles);
        Assert.Contains("Mạc Đình Tuấn | Bí thư Tỉnh ủy Yên Bái", roles);
    }

    [Fact]
    public void Entries_after_semicolons_with_their_own_time_are_the_subjects_and_carry_the_body_on()
    {
        var roles = DatedRoles("Ông Phí Minh Đức sinh năm 1975. Từ tháng 3/2011 đến tháng 6/2016, ông là Phó Giám đốc Sở Xây dựng tỉnh Hà Nam; "
            + "từ tháng 7/2016 là Giám đốc Sở; từ tháng 11/2021 là Phó Chủ tịch UBND tỉnh.");
        Assert.Contains("Phí Minh Đức | Phó Giám đốc Sở Xây dựng tỉnh Hà Nam | started | 2011-03", roles);
        Assert.Contains("Phí Minh Đức | Giám đốc Sở Xây dựng tỉnh Hà Nam | started | 2016-07", roles);
        Assert.Contains("Phí Minh Đức | Phó Chủ tịch UBND tỉnh Hà Nam | started | 2021-11", roles);
    }

    [Fact]
    public void The_time_that_closes_an_entry_does_not_end_the_named_holders_list()
    {
        var roles = Roles("Ông Cù Huy Toàn là Phó Giám đốc Sở Công Thương tỉnh Ninh Bình từ năm 2012; từ tháng 4/2017 là Giám đốc Sở.");
        Assert.Contains("Cù Huy Toàn | Phó Giám đốc Sở Công Thương tỉnh Ninh Bình", roles);
        Assert.Contains("Cù Huy Toàn | Giám đốc Sở Công Thương tỉnh Ninh Bình", roles);
    }

    [Fact]
    public void A_bare_head_after_a_verb_that_opens_no_later_entry_is_left_unread()
    {
        // No entry before it names a department: 'Giám đốc Sở' alone says which one nowhere.
        Assert.Empty(Roles("Ông Cù Huy Toàn là Giám đốc Sở."));
    }

    [Fact]
    public void The_post_after_sau_do_la_with_a_name_of_its_own_is_that_persons()
    {
        var roles = Roles("Bà Lò Thị Vân, Phó Giám đốc Sở Y tế, sau đó là Giám đốc Sở Y tế Hà Văn Kiên phát biểu.");
        Assert.Contains("Hà Văn Kiên | Giám đốc Sở Y tế", roles);
        Assert.DoesNotContain("Lò Thị Vân | Giám đốc Sở Y tế", roles);
    }

    [Fact]
    public void Sau_do_without_a_verb_of_taking_up_opens_no_entry()
    {
        // 'sau đó' alone is the time of the next clause, whose subject is the post after it.
        var roles = Roles("Ông Đàm Văn Lợi, Phó Chủ tịch UBND tỉnh Cao Bằng, phát biểu khai mạc, sau đó Chủ tịch UBND tỉnh trao quà.");
        Assert.Contains("Đàm Văn Lợi | Phó Chủ tịch UBND tỉnh Cao Bằng", roles);
        Assert.DoesNotContain("Đàm Văn Lợi | Chủ tịch UBND tỉnh Cao Bằng", roles);
    }

    private static List<string> Qualified(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role} | {r.Qualifier}").Distinct()];

    [Fact]
    public void A_list_of_posts_opened_by_nhu_after_a_verb_of_holding_is_the_holders_and_left()
    {
        var roles = Qualified("Ông Hoàng Đình Vũ từng kinh qua nhiều chức vụ như Chủ tịch UBND tỉnh Quảng Trị, Bí thư Tỉnh ủy Quảng Trị.");
        Assert.Contains("Hoàng Đình Vũ | Chủ tịch UBND tỉnh Quảng Trị | former", roles);
        Assert.Contains("Hoàng Đình Vũ | Bí thư Tỉnh ủy Quảng Trị | former", roles);
    }

    [Fact]
    public void Posts_of_a_list_of_held_posts_past_a_semicolon_are_the_holders_and_left_too()
    {
        var roles = Qualified("Thiếu tướng Kha Văn Lực từng giữ các chức vụ: Giám đốc Công an tỉnh Sơn La; Cục trưởng Cục Cảnh sát giao thông, Bộ Công an.");
        Assert.Contains("Kha Văn Lực | Giám đốc Công an tỉnh Sơn La | former", roles);
        Assert.Contains("Kha Văn Lực | Cục trưởng Cục Cảnh sát giao thông, Bộ Công an | former", roles);
    }

    [Fact]
    public void Heads_of_a_list_gone_through_take_the_province_the_sentence_names()
    {
        var roles = Qualified("Ông Võ Minh Triết có nhiều năm công tác tại tỉnh Quảng Bình, trải qua các chức vụ như chủ tịch UBND tỉnh, bí thư Tỉnh ủy, chủ tịch HĐND tỉnh Quảng Bình.");
        Assert.Contains("Võ Minh Triết | Chủ tịch UBND tỉnh Quảng Bình | former", roles);
        Assert.Contains("Võ Minh Triết | Bí thư Tỉnh ủy Quảng Bình | former", roles);
        Assert.Contains("Võ Minh Triết | Chủ tịch HĐND tỉnh Quảng Bình | former", roles);
    }

    [Fact]
    public void Posts_listed_by_nhu_without_a_verb_of_holding_are_nobodys()
    {
        // Posts named as examples of a kind, not held by the speaker.
        var roles = Roles("Ông Lã Văn Khôi cho biết các chức vụ như Giám đốc Sở Y tế tỉnh Lạng Sơn phải được thi tuyển.");
        Assert.DoesNotContain("Lã Văn Khôi | Giám đốc Sở Y tế tỉnh Lạng Sơn", roles);
    }

    [Fact]
    public void A_list_opened_by_nhu_whose_first_post_runs_on_into_an_unread_name_is_left_unread()
    {
        // 'Giám đốc Vietcombank' is only the start of the branch's name: the list is not read from a cut post.
        var roles = Roles("Ông Tạ Quang Vinh kinh qua nhiều vị trí tại ngân hàng này, như Giám đốc Vietcombank Chi nhánh Cần Thơ, Trưởng Ban Kiểm soát.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Tạ Quang Vinh | Giám đốc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_in_a_later_entry_does_not_date_the_posts_left_before_it()
    {
        var roles = DatedRoles("Ông Lạc Văn Thông từng đảm nhiệm các chức vụ: Giám đốc Sở Nội vụ tỉnh Lạng Sơn; "
            + "Phó Chủ tịch UBND tỉnh Lạng Sơn (từ 12/3/2019); Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn.");
        Assert.Contains(roles, r => r.StartsWith("Lạc Văn Thông | Giám đốc Sở Nội vụ tỉnh Lạng Sơn |", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.StartsWith("Lạc Văn Thông | Giám đốc Sở Nội vụ tỉnh Lạng Sơn |", StringComparison.Ordinal)
            && r.EndsWith("2019-03-12", StringComparison.Ordinal));
    }
}
