using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Sightings that read as taking up a post but only show it held: a person assigned a task under
/// the title they already hold, a taking-up told as earlier ('trước đó') without its day, and a
/// post in a sentence whose paragraph opens on a day still to come.
/// </summary>
public sealed class AssignmentAndEarlierTests
{
    private static readonly AnchorDate June2024 =
        new(2024, 6, 12, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<RoleMention> Roles(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), June2024).Roles.Where(r => r.PersonName == person)];

    [Fact]
    public void A_title_before_the_name_of_someone_assigned_a_task_is_held()
    {
        var role = Assert.Single(Roles("Chiều 11/6, Thủ tướng phân công Phó Thủ tướng Hồ Đức Phớc thay mặt Chính phủ trả lời các câu hỏi.", "Hồ Đức Phớc"));

        Assert.Equal(("held", "2024-06-11"), (role.Aspect, role.Date?.Iso));
    }

    [Fact]
    public void A_post_given_earlier_without_its_day_is_held_on_the_article_day()
    {
        var roles = Roles("Trước đó, Bộ Chính trị đã điều động ông Nguyễn Văn Quảng giữ chức Phó Bí thư Thường trực Thành ủy Đà Nẵng.", "Nguyễn Văn Quảng");

        var role = Assert.Single(roles, r => r.Role.StartsWith("Phó Bí thư", StringComparison.Ordinal));
        Assert.Equal(("held", "2024-06-12"), (role.Aspect, role.Date?.Iso));
    }

    [Fact]
    public void A_post_given_earlier_on_a_written_day_is_taken_up_that_day()
    {
        var roles = Roles("Trước đó, ngày 3/6, Bộ Chính trị đã điều động ông Nguyễn Văn Quảng giữ chức Phó Bí thư Thường trực Thành ủy Đà Nẵng.", "Nguyễn Văn Quảng");

        var role = Assert.Single(roles, r => r.Role.StartsWith("Phó Bí thư", StringComparison.Ordinal));
        Assert.Equal(("started", "2024-06-03"), (role.Aspect, role.Date?.Iso));
    }

    [Fact]
    public void A_day_still_to_come_opening_the_paragraph_does_not_date_the_next_sentence()
    {
        var role = Assert.Single(Roles("Ngày 14/6, Quốc hội sẽ biểu quyết nhiều luật. Người trình bày tờ trình là ông Lê Quang Huy, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường.", "Lê Quang Huy"));

        Assert.Equal("2024-06-12", role.Date?.Iso);
    }
}

/// <summary>'Một ngày sau, …': a sentence dated by a count of days after the last day written before it.</summary>
public sealed class DaysAfterTests
{
    private static readonly AnchorDate May2024 =
        new(2024, 5, 18, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<RoleMention> Roles(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), May2024).Roles.Where(r => r.PersonName == person)];

    [Theory]
    [InlineData("Một ngày sau", "2024-03-11")]
    [InlineData("Hai ngày sau", "2024-03-12")]
    [InlineData("Ngày hôm sau", "2024-03-11")]
    public void A_count_of_days_after_dates_the_sentence_from_the_day_before_it(string opening, string day)
    {
        var roles = Roles($"Ngày 10/3, Trung ương đồng ý để ông Đinh Văn Hải thôi giữ các chức vụ. {opening}, Quốc hội miễn nhiệm chức vụ Phó Chủ tịch Quốc hội đối với ông Đinh Văn Hải, Phó Chủ tịch Quốc hội.", "Đinh Văn Hải");

        Assert.Equal([("ended", day)], roles.Where(r => r.Role == "Phó Chủ tịch Quốc hội").Select(r => (r.Aspect, r.Date?.Iso)).Distinct());
    }

    [Fact]
    public void Days_after_another_event_are_not_counted_from_a_written_day()
    {
        var roles = Roles("Ngày 10/3, Trung ương họp. Một ngày sau khi nhậm chức, Phó Chủ tịch Quốc hội Đinh Văn Hải thăm tỉnh Hòa Bình.", "Đinh Văn Hải");

        Assert.NotEqual("2024-03-11", Assert.Single(roles).Date?.Iso);
    }
}

/// <summary>'Chủ tịch nước X tuyên thệ nhậm chức': the swearing-in is the day the post is taken up.</summary>
public sealed class SwearingInTests
{
    private static readonly AnchorDate October2024 =
        new(2024, 10, 21, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<RoleMention> Roles(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), October2024).Roles.Where(r => r.PersonName == person)];

    [Theory]
    [InlineData("Sáng 21/10, Chủ tịch Quốc hội Nguyễn Hữu Phước tuyên thệ nhậm chức trước Quốc hội.")]
    [InlineData("Chủ tịch Quốc hội Nguyễn Hữu Phước phát biểu nhậm chức ngày 21/10/2024.")]
    public void The_post_of_one_sworn_in_is_taken_up_that_day(string text)
    {
        var role = Assert.Single(Roles(text, "Nguyễn Hữu Phước"));

        Assert.Equal(("started", "2024-10-21"), (role.Aspect, role.Date?.Iso));
    }

    [Fact]
    public void A_visit_after_taking_office_shows_the_post_held()
    {
        var role = Assert.Single(Roles("Chuyến thăm là chuyến công tác nước ngoài đầu tiên của Chủ tịch Quốc hội Nguyễn Hữu Phước sau khi nhậm chức.", "Nguyễn Hữu Phước"));

        Assert.Equal("held", role.Aspect);
    }
}
