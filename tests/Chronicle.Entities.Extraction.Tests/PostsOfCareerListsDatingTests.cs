using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The aspect and date of posts read from a list of a career: a list after 'từng … như', 'kinh qua' or 'trải qua' runs up
/// to the posts still held, and a post the same article names the person by today is held, not left; an entry of a career
/// line that closes with a time of its own in brackets was taken up then, not when the line's span opens.
/// </summary>
public sealed class PostsOfCareerListsDatingTests
{
    private static List<string> Dated(string text, string published) => DatedRoles.Read(text, published);

    [Fact]
    public void The_last_posts_of_a_list_named_as_held_today_elsewhere_are_held()
    {
        var roles = Dated("Chiều 19/10, Tổng tham mưu trưởng Quân đội nhân dân Việt Nam Hà Quang Vĩnh dự lễ khánh thành nhà truyền thống.\n\n"
            + "Ông Hà Quang Vĩnh đã từng đảm nhận các chức vụ như Phó Tư lệnh Quân khu 2, Tư lệnh Quân khu 2; Tổng tham mưu trưởng Quân đội nhân dân Việt Nam.",
            "2024-10-20");
        Assert.Contains("Hà Quang Vĩnh | Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam | held 2024-10-19", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Hà Quang Vĩnh | Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam | ended", StringComparison.Ordinal));
        // The posts of the list the article names nowhere else stay left.
        Assert.Contains(roles, r => r.StartsWith("Hà Quang Vĩnh | Tư lệnh Quân khu 2 | ended", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_of_the_list_the_article_says_was_given_up_stays_left()
    {
        var roles = Dated("Sáng 19/10, Bộ Chính trị điều động ông Hà Quang Vĩnh, Tư lệnh Quân khu 2, giữ chức Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam.\n\n"
            + "Ông Hà Quang Vĩnh từng kinh qua các chức vụ như Phó Tư lệnh Quân khu 2, Tư lệnh Quân khu 2.",
            "2024-10-20");
        // The move the article tells may have ended any post of the list: the list keeps them left.
        Assert.Contains(roles, r => r.StartsWith("Hà Quang Vĩnh | Tư lệnh Quân khu 2 | ended", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_post_held_once_is_no_list_and_stays_left()
    {
        // Held once and held again today: the sentence speaks of the earlier term.
        var roles = Dated("Chiều 19/10, Chủ tịch UBND tỉnh Hà Giang Lò Văn Sử tiếp đoàn công tác của Bộ Y tế.\n\n"
            + "Ông Lò Văn Sử từng là Chủ tịch UBND tỉnh Hà Giang.",
            "2024-10-20");
        Assert.Contains(roles, r => r.StartsWith("Lò Văn Sử | Chủ tịch UBND tỉnh Hà Giang | ended", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_marked_former_by_its_own_word_stays_left()
    {
        var roles = Dated("Chiều 19/10, Chủ tịch UBND tỉnh Hà Giang Lò Văn Sử tiếp đoàn công tác của Bộ Y tế.\n\n"
            + "Ông Lò Văn Sử từng giữ các chức vụ: Giám đốc Sở Y tế tỉnh Hà Giang, nguyên Chủ tịch UBND tỉnh Hà Giang.",
            "2024-10-20");
        Assert.Contains(roles, r => r.StartsWith("Lò Văn Sử | Chủ tịch UBND tỉnh Hà Giang | ended", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_present_sighting_every_post_of_the_list_is_left()
    {
        var roles = Dated("Ông Hà Quang Vĩnh từng đảm nhận nhiều chức vụ như Phó Tư lệnh Quân khu 2, Tư lệnh Quân khu 2.", "2024-10-20");
        Assert.Contains(roles, r => r.StartsWith("Hà Quang Vĩnh | Tư lệnh Quân khu 2 | ended", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.Contains("| held", StringComparison.Ordinal));
    }

    private static readonly AnchorDate October2024 = AnchorDateResolver.Resolve("", new DateOnly(2024, 10, 20));

    private static List<(string Aspect, string? Date)> Sightings(string text, string person, string role) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text), October2024).Roles
            .Where(r => r.PersonName == person && r.Role == role).Select(r => (r.Aspect, r.Date?.Iso)).Distinct()];

    [Fact]
    public void An_entry_of_a_career_line_with_its_own_time_in_brackets_was_taken_up_then()
    {
        const string text = """
            Quá trình công tác của bà Lường Thị Hoa.

            - 5/2009 - 10/2012: Phó Chủ tịch UBND tỉnh Sơn La; Ủy viên dự khuyết Trung ương Đảng khóa XI (7/2011).
            """;
        Assert.Contains(("started", "2011-07"), Sightings(text, "Lường Thị Hoa", "Ủy viên dự khuyết Trung ương Đảng"));
        Assert.DoesNotContain(("started", "2009-05"), Sightings(text, "Lường Thị Hoa", "Ủy viên dự khuyết Trung ương Đảng"));
        // The entry without a time of its own keeps the line's span.
        Assert.Contains(("started", "2009-05"), Sightings(text, "Lường Thị Hoa", "Phó Chủ tịch UBND tỉnh Sơn La"));
    }

    [Fact]
    public void An_entry_of_a_career_line_taken_up_since_a_later_month_is_dated_by_it()
    {
        const string text = """
            Quá trình công tác của bà Lường Thị Hoa.

            - 1/2014 - 6/2019: Ủy viên Trung ương Đảng khóa XII (từ 2/2016); Phó Trưởng Ban Nội chính Trung ương.
            """;
        Assert.Contains(("started", "2016-02"), Sightings(text, "Lường Thị Hoa", "Ủy viên Trung ương Đảng"));
        Assert.DoesNotContain(("started", "2014-01"), Sightings(text, "Lường Thị Hoa", "Ủy viên Trung ương Đảng"));
    }

    [Fact]
    public void An_entry_of_several_terms_keeps_the_lines_start_for_the_first()
    {
        const string text = """
            Quá trình công tác của bà Lường Thị Hoa.

            - 1/2014 - 6/2019: Ủy viên Trung ương Đảng khóa XI, XII (từ 2/2016); Phó Trưởng Ban Nội chính Trung ương.
            """;
        Assert.Contains(("started", "2014-01"), Sightings(text, "Lường Thị Hoa", "Ủy viên Trung ương Đảng"));
    }

    [Fact]
    public void A_year_alone_in_brackets_after_an_entry_dates_it()
    {
        const string text = """
            Quá trình công tác của ông Lò Văn Sử.

            - 3/2011 - 4/2018: Tư lệnh Quân khu 2 (2013).
            """;
        Assert.Contains(("started", "2013"), Sightings(text, "Lò Văn Sử", "Tư lệnh Quân khu 2"));
    }
}
