using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A career told in one sentence, clause by clause between semicolons ('…; từ tháng 4-2017 đến
/// 9-2019: Phó Tư lệnh …; từ tháng 9-2019: Tư lệnh …'): each clause's own date dates its posts,
/// not the article's day and not another clause's date.
/// </summary>
public sealed class CareerClauseTests
{
    private static readonly AnchorDate January2025 =
        new(2025, 1, 9, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static (string Aspect, string? Date)[] Sightings(string text, string person, string post) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), January2025).Roles
            .Where(r => r.PersonName == person && r.Role == post)
            .Select(r => (r.Aspect, r.Date?.Iso)).Order()];

    private const string Career =
        "Trước tháng 4-2017, đồng chí Vũ Đình Khang là Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh Lạng Sơn; "
        + "từ tháng 4-2017 đến 9-2019: Thiếu tướng, Phó Tư lệnh Quân khu 1; "
        + "từ tháng 9-2019: Trung tướng, Tư lệnh Quân khu 1.";

    [Fact]
    public void A_closed_clause_gives_the_start_and_the_end_of_its_post() =>
        Assert.Equal([("ended", "2019-09"), ("started", "2017-04")], Sightings(Career, "Vũ Đình Khang", "Phó Tư lệnh Quân khu 1"));

    [Fact]
    public void An_open_clause_gives_the_start_of_its_post() =>
        Assert.Equal([("started", "2019-09")], Sightings(Career, "Vũ Đình Khang", "Tư lệnh Quân khu 1"));

    [Fact]
    public void A_post_held_before_a_month_was_left_that_month() =>
        Assert.Equal([("ended", "2017-04")], Sightings(Career, "Vũ Đình Khang", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"));

    [Fact]
    public void A_clause_without_a_date_keeps_the_date_of_its_sentence()
    {
        const string text = "Ngày 3/1/2025, Thủ tướng bổ nhiệm ông Đặng Quốc Hưng làm Thứ trưởng Bộ Xây dựng; ông Mai Văn Lợi làm Thứ trưởng Bộ Công Thương.";

        Assert.Equal([("started", "2025-01-03")], Sightings(text, "Mai Văn Lợi", "Thứ trưởng Bộ Công Thương"));
    }

    [Fact]
    public void Elected_as_a_member_is_taken_up_on_the_day_of_the_vote() =>
        Assert.Equal([("started", "2021-01-30")],
            Sightings("Ngày 30-1-2021, tại Đại hội XIII của Đảng, đồng chí Vũ Đình Khang được bầu là Ủy viên Trung ương Đảng khóa XIII.",
                "Vũ Đình Khang", "Ủy viên Trung ương Đảng"));
}
