namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A line of a chronology opens with a whole day and its year and a colon ('Ngày 2/10/2003: Thủ tướng X …'): the post
/// named on it was held on that day, not on the day the list is published.
/// </summary>
public sealed class ChronologyLineDatingTests
{
    private const string Opening = "Những sự kiện đáng nhớ của ngày 2/10 trong lịch sử.\n\n"
        + "Ngày 2/10 hằng năm gắn với nhiều dấu mốc ngoại giao và kinh tế của khu vực.\n\n";

    [Fact]
    public void A_post_on_a_chronology_line_is_held_on_the_lines_day()
    {
        var roles = DatedRoles.Read(Opening
            + "Ngày 2/10/2003: Thủ tướng Malaysia Mahathir Mohamad tiếp đoàn doanh nghiệp châu Á tại Kuala Lumpur.", "2024-10-01");
        Assert.Contains("Mahathir Mohamad | Thủ tướng Malaysia | held 2003-10-02", roles);
    }

    [Fact]
    public void A_post_after_a_day_without_its_year_and_a_colon_is_not_dated_by_it()
    {
        var roles = DatedRoles.Read(Opening
            + "Tỷ số 2-1:0 được giữ đến cuối trận, Thủ tướng Malaysia Mahathir Mohamad chúc mừng đội tuyển.", "2024-10-01");
        Assert.DoesNotContain(roles, r => r.StartsWith("Mahathir Mohamad | Thủ tướng Malaysia | held 2003", StringComparison.Ordinal));
    }
}
