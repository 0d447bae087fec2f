using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// When posts change hands, as the report tells it: an appointment or a release is made on the day
/// of the decision that makes it, which the report often gives a day or more before it is published;
/// posts of a period the report looks back on were left by its day.
/// </summary>
public sealed class ChangeOfPostsDatingTests
{
    /// <summary>An article published on 9 March 2025.</summary>
    private static readonly AnchorDate March2025 =
        new(2025, 3, 9, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static IReadOnlyList<RoleMention> Roles(string text) => ArticleAnalyzer.Analyze("", text, March2025).Roles;

    [Fact]
    public void The_posts_of_an_appointment_made_by_a_decision_take_the_day_of_the_decision()
    {
        var roles = Roles("Thủ tướng đã ký Quyết định số 212/QĐ-TTg ngày 4-3-2025 bổ nhiệm ông Hoàng Minh Đức, "
            + "Vụ trưởng Vụ Công nghiệp, Văn phòng Chính phủ, làm Trợ lý Phó Thủ tướng.");

        var held = Assert.Single(roles, r => r.Role.StartsWith("Vụ trưởng", StringComparison.Ordinal));
        Assert.Equal(("2025-03-04", "held"), (held.Date?.Iso, held.Aspect));
        Assert.All(roles, r => Assert.Equal("2025-03-04", r.Date?.Iso));
    }

    [Fact]
    public void A_decision_cited_without_a_change_of_posts_does_not_date_the_sentence()
    {
        var roles = Roles("Sáng nay, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng chủ trì cuộc họp triển khai Quyết định số 88/QĐ-BTC ngày 2-3-2025 về tiết kiệm chi.");

        Assert.All(roles, r => Assert.Equal("2025-03-09", r.Date?.Iso));
    }

    [Fact]
    public void A_paragraph_opening_with_accordingly_goes_on_with_the_day_of_the_one_before()
    {
        var roles = Roles("Ngày 3/3/2025, Ban Bí thư đã ký quyết định về công tác cán bộ.\n\n"
            + "Theo đó, ông Phan Quốc Thịnh, Thứ trưởng Bộ Xây dựng, thôi giữ chức Ủy viên Ban Cán sự đảng Bộ Xây dựng.");

        var left = Assert.Single(roles, r => r.Role.StartsWith("Ủy viên Ban Cán sự", StringComparison.Ordinal));
        Assert.Equal(("2025-03-03", "ended"), (left.Date?.Iso, left.Aspect));
    }

    [Fact]
    public void Posts_of_a_period_the_sentence_looks_back_on_are_left()
    {
        var roles = Roles("Ông Trần Quốc Vượng, trong thời gian giữ cương vị Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Bình Định, "
            + "đã để xảy ra nhiều sai phạm.");

        Assert.NotEmpty(roles);
        Assert.All(roles, r => Assert.Equal(("ended", "2025-03-09"), (r.Aspect, r.Date?.Iso)));
    }

    [Fact]
    public void A_post_after_the_period_clause_is_held()
    {
        var role = Assert.Single(Roles("Trong thời gian giữ chức vụ này, ông đã làm nhiều việc; nay ông Lý Văn Minh là Giám đốc Sở Tài chính tỉnh Hà Giang."));

        Assert.Equal("held", role.Aspect);
    }

    [Fact]
    public void A_date_after_another_post_taken_up_dates_that_post_only()
    {
        var roles = Roles("Ông Hoàng Văn Phúc là Ủy viên Ban Chấp hành Trung ương Đảng, giữ chức Bộ trưởng Bộ Công Thương từ 6.2021 tới nay.");

        var member = Assert.Single(roles, r => r.Role.StartsWith("Ủy viên", StringComparison.Ordinal));
        Assert.Equal(("held", "2025-03-09"), (member.Aspect, member.Date?.Iso));
        var minister = Assert.Single(roles, r => r.Role.StartsWith("Bộ trưởng", StringComparison.Ordinal));
        Assert.Equal(("started", "2021-06"), (minister.Aspect, minister.Date?.Iso));
    }

    [Fact]
    public void A_year_joined_to_a_foreign_post_says_when_it_was_held()
    {
        var roles = Roles("Kế hoạch cắt giảm chi tiêu ra đời năm 2009 dưới thời Thủ tướng Anh Gordon Brown.\n\n"
            + "Giữa cơn khủng hoảng, ông Alistair Darling là Bộ trưởng Tài chính Anh vào năm 2008.");

        var premier = Assert.Single(roles, r => r.PersonName == "Gordon Brown");
        Assert.Equal(("held", "2009"), (premier.Aspect, premier.Date?.Iso));
        var chancellor = Assert.Single(roles, r => r.PersonName == "Alistair Darling");
        Assert.Equal(("held", "2008"), (chancellor.Aspect, chancellor.Date?.Iso));
    }

    [Theory]
    [InlineData("Sau cuộc bầu cử, ông Jan Novak trở thành Thủ tướng Séc hồi tháng 12/2023.", "Jan Novak", "2023-12")]
    [InlineData("Tới năm 2012, ông Vũ Đức Hạnh trở thành Phó Chủ tịch UBND tỉnh Nam Định.", "Vũ Đức Hạnh", "2012")]
    public void Becoming_a_post_at_a_past_month_or_year_is_taking_it_up(string text, string person, string date)
    {
        var role = Assert.Single(Roles(text), r => r.PersonName == person);

        Assert.Equal(("started", date), (role.Aspect, role.Date?.Iso));
    }
}
