using System.Globalization;
using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// How far the day an article reports on reaches when the text, not a lead, gave it: a day that opens the report
/// ('Chiều 8/10, …') dates the whole of it, the lines above included; a day only written in passing dates what is
/// told from where it stands, and when it lies days before publication, its own paragraph only. The rest is told as
/// of the day the article was published.
/// </summary>
public sealed class ReportedDayReachTests
{
    /// <summary>The dated aspects of one person's post, the article's day resolved from the text as ingestion does.</summary>
    internal static (string Aspect, string? Date)[] Sightings(string text, string published, string person, string post)
    {
        var clean = VietnameseText.Normalize(text);
        var anchor = AnchorDateResolver.Resolve(clean, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return [.. ArticleAnalyzer.Analyze("", clean, anchor).Roles
            .Where(r => r.PersonName == person && r.Role.StartsWith(post, StringComparison.Ordinal))
            .Select(r => (r.Aspect, r.Date?.Iso)).Distinct().Order()];
    }

    private const string Dispatch =
        "Bộ trưởng Bộ Y tế Đào Hồng Lan yêu cầu các tỉnh tăng cường phòng dịch.\n\n"
        + "Theo báo cáo của ngành y tế, số ca sốt xuất huyết tăng nhanh từ hôm 8/10 ở nhiều địa phương phía Nam.";

    [Fact]
    public void Lines_above_a_day_written_in_passing_are_told_as_of_publication() =>
        Assert.Equal([("held", "2024-10-10")], Sightings(Dispatch, "2024-10-10", "Đào Hồng Lan", "Bộ trưởng Bộ Y tế"));

    private const string Reception =
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.\n\n"
        + "Chiều 8/10, tại trụ sở Chính phủ, Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki đến chào xã giao.";

    [Fact]
    public void A_day_that_opens_the_report_dates_the_lines_above_it_too() =>
        Assert.Equal([("held", "2024-10-08")], Sightings(Reception, "2024-10-10", "Phạm Minh Chính", "Thủ tướng"));

    private const string Visit =
        "Đoàn công tác tỉnh Lâm Đồng đã đến làm việc tại tỉnh Shizuoka, Nhật Bản hôm 5/10. "
        + "Trưởng đoàn là Phó Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn Lợi.\n\n"
        + "Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái cho biết tỉnh sẽ mở rộng hợp tác về nông nghiệp công nghệ cao.";

    [Fact]
    public void A_day_in_passing_days_before_publication_still_dates_its_own_paragraph() =>
        Assert.Equal([("held", "2024-10-05")], Sightings(Visit, "2024-10-09", "Nguyễn Văn Lợi", "Phó Chủ tịch"));

    [Fact]
    public void A_day_in_passing_days_before_publication_does_not_date_the_next_paragraphs() =>
        Assert.Equal([("held", "2024-10-09")], Sightings(Visit, "2024-10-09", "Trần Hồng Thái", "Chủ tịch"));

    [Fact]
    public void A_day_in_passing_the_day_before_publication_dates_the_report() =>
        Assert.Equal([("held", "2024-10-05")], Sightings(Visit, "2024-10-06", "Trần Hồng Thái", "Chủ tịch"));
}

/// <summary>Meetings of several days listed in one sentence: each holder is seen on the day written right after them.</summary>
public sealed class ListedDaysTests
{
    private const string Meetings =
        "Đoàn công tác của Bộ Xây dựng đã làm việc với Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh ngày 3/6 "
        + "và Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng vào ngày 5/6 để bàn về tuyến cao tốc.";

    [Fact]
    public void The_holder_named_first_is_seen_on_the_first_day() =>
        Assert.Equal([("held", "2024-06-03")], ReportedDayReachTests.Sightings(Meetings, "2024-06-08", "Lê Hồng Vinh", "Chủ tịch UBND"));

    [Fact]
    public void The_next_holder_in_the_list_is_seen_on_the_day_written_after_them() =>
        Assert.Equal([("held", "2024-06-05")], ReportedDayReachTests.Sightings(Meetings, "2024-06-08", "Hoàng Trung Dũng", "Bí thư Tỉnh ủy"));

    [Fact]
    public void A_day_after_the_holder_in_another_clause_does_not_count() =>
        Assert.Equal([("held", "2024-06-03")], ReportedDayReachTests.Sightings(
            "Đoàn công tác đã làm việc với Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh ngày 3/6 và Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng, "
            + "người sẽ tiếp đoàn khác vào ngày 5/6.", "2024-06-08", "Hoàng Trung Dũng", "Bí thư Tỉnh ủy"));
}
