using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post said with a closed span ('từ tháng 3/2012 đến tháng 9/2017') was taken up at its start and
/// left at its end: the sentence gives two sightings, one started and one ended.
/// </summary>
public sealed class ClosedSpanTests
{
    private static readonly AnchorDate October2024 =
        new(2024, 10, 2, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<RoleMention> Roles(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), October2024).Roles.Where(r => r.PersonName == person)];

    private static (string Aspect, string? Date)[] Sightings(List<RoleMention> roles, string post) =>
        [.. roles.Where(r => r.Role == post).Select(r => (r.Aspect, r.Date?.Iso)).Order()];

    [Fact]
    public void A_span_opening_the_sentence_gives_the_start_and_the_end()
    {
        var roles = Roles("Ông Trần Văn Bình sinh năm 1968. Từ tháng 3/2012 đến tháng 9/2017, ông Trần Văn Bình làm Phó Chủ tịch UBND tỉnh Nghệ An.", "Trần Văn Bình");

        Assert.Equal([("ended", "2017-09"), ("started", "2012-03")], Sightings(roles, "Phó Chủ tịch UBND tỉnh Nghệ An"));
        var left = Assert.Single(roles, r => r.Aspect == "ended");
        Assert.Equal(("2017-09", null), (left.StatedEnd?.Iso, left.StatedStart?.Iso));
    }

    [Fact]
    public void A_bracketed_span_after_the_posts_closes_each_of_them()
    {
        var roles = Roles("Ông Lê Văn Hòa, trong thời gian giữ chức Bí thư Tỉnh ủy Hà Tĩnh (từ tháng 4/2011 - tháng 6/2016), đã để xảy ra nhiều sai phạm.", "Lê Văn Hòa");

        Assert.Contains(("ended", "2016-06"), Sightings(roles, "Bí thư Tỉnh ủy Hà Tĩnh"));
    }

    [Fact]
    public void A_span_running_to_the_present_leaves_the_post_held()
    {
        var roles = Roles("Từ tháng 5/2021 đến nay, bà Đỗ Thị Lan làm Phó Chủ tịch UBND tỉnh Nam Định.", "Đỗ Thị Lan");

        Assert.DoesNotContain(roles, r => r.Aspect == "ended");
    }

    [Fact]
    public void A_post_the_next_line_goes_on_with_is_not_left_between_the_lines()
    {
        const string text = """
            Quá trình công tác của ông Hồ Quang Vinh.

            - 1/2010 - 5/2015: Ủy viên Ban Thường vụ Tỉnh ủy Quảng Bình, Phó Chủ tịch UBND tỉnh Quảng Bình.

            - 6/2015 - 3/2020: Ủy viên Ban Thường vụ Tỉnh ủy Quảng Bình, Chủ tịch UBND tỉnh Quảng Bình.
            """;
        var roles = ArticleAnalyzer.Analyze("", text, October2024).Roles.Where(r => r.PersonName == "Hồ Quang Vinh").ToList();

        Assert.Contains(("ended", "2015-05"), Sightings(roles, "Phó Chủ tịch UBND tỉnh Quảng Bình"));
        Assert.Equal([("ended", "2020-03"), ("started", "2010-01"), ("started", "2015-06")], Sightings(roles, "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Bình"));
    }

    [Fact]
    public void A_span_past_the_name_dates_the_posts_after_it_not_the_title_before_it()
    {
        var roles = Roles("Tổng Bí thư Nguyễn Văn An có một nhiệm kỳ làm Chủ tịch Quốc hội (từ tháng 6/2001 đến tháng 6/2006).", "Nguyễn Văn An");

        Assert.Equal(["held"], roles.Where(r => r.Role == "Tổng Bí thư").Select(r => r.Aspect).Distinct());
    }
}
