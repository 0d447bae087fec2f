namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'Hiện nay', 'hiện là', 'đương nhiệm' speak of the day the article is written: the post is held on
/// the publication day, not on the earlier day the report or its paragraph tells of.
/// </summary>
public sealed class CurrentlyHeldDatingTests
{
    [Fact]
    public void A_post_said_to_be_held_now_is_dated_by_the_publication_day()
    {
        var roles = DatedRoles.Read("Chiều 20/3, Quốc hội biểu quyết miễn nhiệm một bộ trưởng.\n\nHiện nay, Phó Thủ tướng Đinh Quang Hào đang kiêm nhiệm cương vị Bộ trưởng Bộ Tài chính.", "2024-03-21");
        Assert.Contains("Đinh Quang Hào | Phó Thủ tướng | held 2024-03-21", roles);
    }

    [Fact]
    public void Without_such_words_the_report_s_day_still_dates_the_post()
    {
        var roles = DatedRoles.Read("Chiều 20/3, Quốc hội biểu quyết miễn nhiệm một bộ trưởng.\n\nPhó Thủ tướng Đinh Quang Hào trình bày tờ trình.", "2024-03-21");
        Assert.Contains("Đinh Quang Hào | Phó Thủ tướng | held 2024-03-20", roles);
    }
}
