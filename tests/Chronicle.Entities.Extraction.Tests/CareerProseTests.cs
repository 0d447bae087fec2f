using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts told in running prose. A career told around one move ('Trước khi được bầu làm … vào tháng 5/2024, ông X là
/// …'): the post taken up in the 'trước khi' clause is dated by the time that closes it, and the post the person held
/// before is left then, not held on the article's day. A 'từ' time in brackets after one post of a chain, a post left
/// by 'thôi chức vụ' spelled with 'T.Ư', and a release 'với' the person (the 'đối' left out).
/// </summary>
public sealed class CareerProseTests
{
    private static readonly AnchorDate October2024 =
        new(2024, 10, 21, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static (string Aspect, string? Date)[] Sightings(string text, string person, string post) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), October2024).Roles
            .Where(r => r.PersonName == person && r.Role == post)
            .Select(r => (r.Aspect, r.Date?.Iso)).Order()];

    private const string Elected =
        "Trước khi được Quốc hội bầu làm Chủ tịch nước vào tháng 5/2024, ông Tô Lâm là Bộ trưởng Bộ Công an.";

    [Fact]
    public void The_post_of_the_clause_is_taken_up_at_its_month() =>
        Assert.Equal([("started", "2024-05")], Sightings(Elected, "Tô Lâm", "Chủ tịch nước"));

    [Fact]
    public void The_post_held_before_the_move_is_left_at_that_month() =>
        Assert.Equal([("ended", "2024-05")], Sightings(Elected, "Tô Lâm", "Bộ trưởng Bộ Công an"));

    [Fact]
    public void A_clause_after_the_post_left_dates_both()
    {
        const string text = "Ông Lê Minh Trí làm Phó Trưởng Ban Nội chính Trung ương ba năm, "
            + "trước khi trở thành Viện trưởng Viện Kiểm sát nhân dân tối cao vào tháng 4/2016.";

        Assert.Equal([("started", "2016-04")], Sightings(text, "Lê Minh Trí", "Viện trưởng Viện Kiểm sát nhân dân tối cao"));
        Assert.Equal([("ended", "2016-04")], Sightings(text, "Lê Minh Trí", "Phó Trưởng Ban Nội chính Trung ương"));
    }

    [Fact]
    public void A_time_in_brackets_closes_the_clause_too() =>
        Assert.Equal([("started", "2024-06")],
            Sightings("Trước khi được Quốc hội phê chuẩn giữ chức Bộ trưởng Bộ Công an ở phiên họp giữa năm (tháng 6-2024), ông Lương Tam Quang là Thứ trưởng Bộ Công an.",
                "Lương Tam Quang", "Bộ trưởng Bộ Công an"));

    [Fact]
    public void A_clause_through_several_posts_leaves_the_post_before_undated_by_it()
    {
        const string text = "Trước khi sang Ủy ban Trung ương MTTQ Việt Nam làm Phó Chủ tịch rồi Chủ tịch vào năm 2018, "
            + "ông Trần Thanh Mẫn là Bí thư Thành ủy Cần Thơ.";

        Assert.DoesNotContain(("ended", "2018"), Sightings(text, "Trần Thanh Mẫn", "Bí thư Thành ủy Cần Thơ"));
    }

    [Fact]
    public void A_post_with_a_time_of_its_own_keeps_it()
    {
        const string text = "Ông Lê Minh Trí làm Phó Trưởng Ban Nội chính Trung ương từ tháng 4/2013, "
            + "trước khi trở thành Viện trưởng Viện Kiểm sát nhân dân tối cao vào tháng 4/2016.";

        Assert.Equal([("started", "2013-04")], Sightings(text, "Lê Minh Trí", "Phó Trưởng Ban Nội chính Trung ương"));
    }

    [Fact]
    public void A_clause_after_the_subjects_other_doings_gives_the_post_to_the_subject() =>
        Assert.Equal([("started", "2011")],
            Sightings("Ông Lê Thành Long từng theo học luật nhiều năm tại Tokyo, trước khi làm Thứ trưởng Bộ Tư pháp vào cuối năm 2011.",
                "Lê Thành Long", "Thứ trưởng Bộ Tư pháp"));

    [Fact]
    public void A_post_of_someone_named_in_the_clause_is_not_the_subjects()
    {
        const string text = "Trước khi Bộ Chính trị cử về làm Bí thư Thành ủy Hà Nội thay ông Vương Đình Huệ vào tháng 4/2021, "
            + "ông Đinh Tiến Dũng là Bộ trưởng Bộ Tài chính.";

        Assert.DoesNotContain(("started", "2021-04"), Sightings(text, "Vương Đình Huệ", "Bí thư Thành ủy Hà Nội"));
        Assert.Equal([("ended", "2021-04")], Sightings(text, "Đinh Tiến Dũng", "Bộ trưởng Bộ Tài chính"));
    }

    [Fact]
    public void A_bracketed_since_after_a_post_dates_its_taking_up_over_the_opening_time() =>
        Assert.Equal([("started", "2019")],
            Sightings("Từ năm 2014, ông Dương Văn Thái đảm nhiệm cương vị Phó Chủ tịch UBND tỉnh Bắc Giang rồi Chủ tịch UBND tỉnh Bắc Giang (từ 2019).",
                "Dương Văn Thái", "Chủ tịch UBND tỉnh Bắc Giang"));

    [Fact]
    public void A_bracketed_since_leaves_the_post_before_it_to_the_opening_time() =>
        Assert.Equal([("started", "2014")],
            Sightings("Từ năm 2014, ông Dương Văn Thái đảm nhiệm cương vị Phó Chủ tịch UBND tỉnh Bắc Giang rồi Chủ tịch UBND tỉnh Bắc Giang (từ 2019).",
                "Dương Văn Thái", "Phó Chủ tịch UBND tỉnh Bắc Giang"));

    [Fact]
    public void A_post_left_by_thoi_chuc_vu_is_ended_though_written_with_the_short_central() =>
        Assert.Equal([("ended", "2024-07-17")],
            Sightings("Ngày 17/7, bà Trần Thị Hạnh, Trưởng ban Dân vận T.Ư, được cho thôi chức vụ Trưởng ban Dân vận Trung ương để nhận nhiệm vụ mới.",
                "Trần Thị Hạnh", "Trưởng Ban Dân vận Trung ương"));

    [Fact]
    public void A_release_with_the_person_after_it_is_that_persons() =>
        Assert.Equal([("ended", "2024-05-21")],
            Sightings("Chiều 21/5, các đại biểu biểu quyết miễn nhiệm chức vụ Bộ trưởng Bộ Công an với Đại tướng Tô Lâm.",
                "Tô Lâm", "Bộ trưởng Bộ Công an"));

    [Fact]
    public void A_post_the_person_keeps_is_not_left_by_a_release_of_another() =>
        Assert.Equal([("held", "2024-07-17")],
            Sightings("Ngày 17/7, bà Trần Thị Hạnh, Trưởng ban Dân vận T.Ư, được cho thôi chức vụ Phó Chủ tịch Quốc hội.",
                "Trần Thị Hạnh", "Trưởng Ban Dân vận Trung ương"));
}
