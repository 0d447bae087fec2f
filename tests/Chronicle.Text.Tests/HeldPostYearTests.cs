using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>The anchor's year from the posts a text names with their holders, and from a weekday written with the day.</summary>
public class HeldPostYearTests
{
    [Fact]
    public void A_post_held_for_a_few_months_dates_the_day()
    {
        var anchor = AnchorDateResolver.Resolve("Sáng 12/6, Chủ tịch nước Tô Lâm tiếp đoàn đại biểu người có công của tỉnh Cao Bằng.", null);
        Assert.Equal("2024-06-12", anchor.ToIso());
        Assert.Equal(YearBasis.Inferred, anchor.Basis);
        Assert.Contains("Chủ tịch nước Tô Lâm", anchor.Reason);
    }

    [Fact]
    public void Titles_joined_by_a_comma_each_count()
    {
        var text = "Chiều 2/9, Tổng Bí thư, Chủ tịch nước Tô Lâm dự buổi gặp mặt các nhân sĩ, trí thức tiêu biểu.";
        var found = HeldPosts.Find(text);
        Assert.Contains(found, m => m.Post.Titles.Contains("Tổng Bí thư") && m.Post.Person == "Tô Lâm");
        Assert.Contains(found, m => m.Post.Titles.Contains("Chủ tịch nước") && m.Post.Person == "Tô Lâm");
        Assert.Equal(2024, AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void Two_open_posts_leave_several_years_as_candidates()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 9/3, Thủ tướng Phạm Minh Chính làm việc với lãnh đạo tỉnh Quảng Ninh.", null);
        Assert.Null(anchor.Year);
        Assert.Contains(2022, anchor.CandidateYears);
        Assert.Contains(2025, anchor.CandidateYears);
        Assert.DoesNotContain(2020, anchor.CandidateYears);
    }

    [Theory]
    [InlineData("Ngày 9/3, Phó Thủ tướng Phạm Minh Chính dự hội nghị.")]
    [InlineData("Ngày 9/3, nguyên Chủ tịch nước Nguyễn Xuân Phúc về thăm quê.")]
    [InlineData("Ngày 9/3, cố Chủ tịch nước Võ Văn Thưởng được nhắc tới.")]
    public void A_deputy_a_former_holder_or_a_late_one_is_not_the_holder(string text)
    {
        Assert.Empty(HeldPosts.Find(text));
    }

    [Fact]
    public void A_foreign_post_is_read_with_its_country_between_title_and_name()
    {
        var found = HeldPosts.Find("Ngày 20/8, Thủ tướng Nhật Bản Kishida Fumio phát biểu tại diễn đàn.");
        Assert.Single(found);
        Assert.Equal("Kishida Fumio", found[0].Post.Person);
    }

    [Fact]
    public void Pairs_that_were_never_true_together_date_nothing()
    {
        var anchor = AnchorDateResolver.Resolve(
            "Sáng 5/6, Chủ tịch nước Võ Văn Thưởng và Chủ tịch Quốc hội Trần Thanh Mẫn cùng dự lễ khánh thành.", null);
        Assert.Null(anchor.Year);
    }

    [Fact]
    public void A_pair_recalled_far_below_the_lead_does_not_date_the_report()
    {
        var text = "Sáng 5/6, hội nghị tổng kết phong trào thi đua được tổ chức tại tỉnh.\nHội nghị đánh giá kết quả đạt được.\n"
            + "Các đại biểu thảo luận nhiều ý kiến.\nTrước đó, Chủ tịch nước Tô Lâm từng về thăm địa phương.";
        Assert.Null(AnchorDateResolver.Resolve(text, null).Year);
    }

    [Fact]
    public void Without_a_day_a_pair_held_within_one_year_dates_the_year()
    {
        var anchor = AnchorDateResolver.Resolve("Chủ tịch nước Tô Lâm gửi thư chúc mừng các thầy giáo, cô giáo trên cả nước.", null);
        Assert.Equal(2024, anchor.Year);
        Assert.Equal(DateGranularity.Year, anchor.Granularity);
        Assert.Equal(YearBasis.Inferred, anchor.Basis);
    }

    [Fact]
    public void A_weekday_with_the_day_picks_one_year_among_those_the_posts_leave()
    {
        // 18/5 was a Saturday in 2024 and a Sunday in 2025.
        var saturday = AnchorDateResolver.Resolve("Thứ Bảy, 18/5, Bộ trưởng Bộ Công an Lương Tam Quang dự lễ ra quân.", null);
        var sunday = AnchorDateResolver.Resolve("Chủ nhật (18/5), Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn dự lễ ra quân.", null);
        Assert.Null(saturday.Year);
        Assert.Equal(2025, sunday.Year);
        Assert.Contains("Sunday", sunday.Reason);
    }

    [Fact]
    public void A_weekday_narrows_the_years_cited_documents_leave()
    {
        // Cited in 2022: 2022 to 2025 remain for 14/3; of those it was a Tuesday only in 2023.
        var anchor = AnchorDateResolver.Resolve(
            "Thứ Ba, ngày 14/3, Sở Tư pháp sơ kết việc thi hành Quyết định số 15/QĐ-UBND ngày 10/2/2022 của UBND tỉnh.", null);
        Assert.Equal("2023-03-14", anchor.ToIso());
        Assert.Equal(YearBasis.Inferred, anchor.Basis);
    }
}

/// <summary>Dates written day or month first in addresses.</summary>
public class UrlDatesYearLastTests
{
    [Theory]
    [InlineData("https://www.rfa.org/vietnamese/news/vietnamnews/bao-cao-07122024043203.html", "2024-07-12")]
    [InlineData("https://www.rfa.org/vietnamese/news/vietnamnews/ky-luat-09262024083354.html", "2024-09-26")]
    [InlineData("https://example.vn/canh-bao-nguy-co-07072024-a132237.html", "2024-07-07")]
    [InlineData("https://example.vn/canh-bao-nguy-co-25062024-a132237.html", "2024-06-25")]
    public void Reads_a_date_written_with_its_year_last(string url, string expected)
    {
        Assert.Equal(expected, UrlDates.Find(url, 2026)?.ToIso());
    }

    [Fact]
    public void An_outlet_not_known_to_write_the_month_first_is_not_guessed()
    {
        Assert.Null(UrlDates.Find("https://example.vn/tin-tuc-07122024043203.html", 2026));
    }
}

/// <summary>The anchor's year from a national day's anniversary named in the opening.</summary>
public class AnniversaryYearTests
{
    [Fact]
    public void An_anniversary_before_its_day_is_in_its_year()
    {
        var anchor = AnchorDateResolver.Resolve("Sáng 28/4, thành phố tổng duyệt chương trình kỷ niệm 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước.", null);
        Assert.Equal("2024-04-28", anchor.ToIso());
        Assert.Equal(YearBasis.Context, anchor.Basis);
    }

    [Fact]
    public void An_anniversary_shortly_after_its_day_is_in_its_year()
    {
        var anchor = AnchorDateResolver.Resolve("Tối 2/9, tỉnh tổ chức bắn pháo hoa mừng kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.", null);
        Assert.Equal(2025, anchor.Year);
    }

    [Fact]
    public void An_anniversary_months_after_its_day_leaves_two_years()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 20/11, ban tổ chức họp bàn kế hoạch kỷ niệm 50 năm Ngày Giải phóng miền Nam.", null);
        Assert.Null(anchor.Year);
        Assert.Equal([2024, 2025], anchor.CandidateYears);
    }

    [Fact]
    public void An_anniversary_still_ahead_is_a_goal()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 20/11, hội thảo bàn các mục tiêu hướng tới kỷ niệm 100 năm thành lập Đảng.", null);
        Assert.Null(anchor.Year);
    }
}
