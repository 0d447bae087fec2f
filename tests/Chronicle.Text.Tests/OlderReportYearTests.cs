using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>
/// Reports from before 2021 pasted without a date: the sittings of earlier terms and the holders of
/// earlier years give their year as they do for recent ones.
/// </summary>
public class OlderReportYearTests
{
    [Theory]
    [InlineData("Sáng 25/10, tiếp tục Kỳ họp thứ 4, Quốc hội khóa XIV, các đại biểu thảo luận về kinh tế - xã hội.", 2017)]
    [InlineData("Chiều 2/6, tại Kỳ họp thứ 7, Quốc hội khóa XIII, đại biểu chất vấn Bộ trưởng Bộ Y tế.", 2014)]
    [InlineData("Ngày 8/10, Hội nghị Trung ương 8 khóa XII bàn về công tác nhân sự.", 2018)]
    [InlineData("Ngày 11/5, Hội nghị Trung ương 9 khóa XI thảo luận về văn hóa, con người.", 2014)]
    public void A_sitting_of_an_earlier_term_dates_the_day(string text, int year)
    {
        var anchor = AnchorDateResolver.Resolve(text, null);
        Assert.Equal(year, anchor.Year);
    }

    [Fact]
    public void Earlier_holders_leave_only_the_years_they_served_together()
    {
        // Shinzo Abe from late December 2012, Trương Tấn Sang until April 2016: a 10 June fits 2013 to 2015 only.
        var anchor = AnchorDateResolver.Resolve(
            "Ngày 10/6, Chủ tịch nước Trương Tấn Sang hội kiến Thủ tướng Nhật Bản Shinzo Abe tại Tokyo.", null);
        Assert.Null(anchor.Year);
        Assert.Equal([2013, 2014, 2015], anchor.CandidateYears);
    }

    [Fact]
    public void A_term_served_twice_counts_either_spell()
    {
        var found = HeldPosts.Find("Ngày 3/3, Tổng thống Mỹ Donald Trump tuyên bố áp thuế mới.");
        var spells = found.Where(m => m.Post.Person == "Donald Trump").Select(m => m.Post.Start).ToList();
        Assert.Equal(["2017-01-20", "2025-01-20"], spells);
        var years = HeldPosts.YearsFor(found, 3, 3, new DateOnly(2026, 11, 27));
        Assert.Equal([2017, 2018, 2019, 2020, 2025, 2026], years);
    }

    [Fact]
    public void A_holder_met_in_a_call_is_the_holder_and_a_planned_one_is_not()
    {
        Assert.Single(HeldPosts.Find("Chiều 4/7, Thủ tướng hội kiến Thủ tướng Nhật Bản Kishida Fumio."));
        Assert.Empty(HeldPosts.Find("Năm tới, dự kiến Thủ tướng Nhật Bản Kishida Fumio sẽ sang thăm."));
    }

    [Fact]
    public void A_former_president_named_as_such_bounds_nothing()
    {
        Assert.Empty(HeldPosts.Find("Ngày 3/3, cựu Tổng thống Mỹ Barack Obama có bài phát biểu tại Chicago."));
    }

    [Fact]
    public void A_minister_of_the_earlier_government_is_known_from_his_first_day()
    {
        // Lê Thành Long led the Ministry of Justice from April 2016, not only from his second term.
        var found = HeldPosts.Find("Ngày 5/9, Bộ trưởng Bộ Tư pháp Lê Thành Long làm việc với Cục Bổ trợ tư pháp.");
        var years = HeldPosts.YearsFor(found, 9, 5, new DateOnly(2026, 11, 27));
        Assert.Equal([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023], years);
    }
}
