using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>
/// Dates inside words of a span: days written with 'đến' or 'tới' ('từ ngày 3 đến 5/6') start on their
/// first day; a dotted month and year after 'từ', 'tới' ('từ 8.2018') is a month.
/// </summary>
public class SpanWordDatesTests
{
    [Theory]
    [InlineData("Từ ngày 3 đến 5/6, đoàn công tác làm việc tại Cần Thơ.", 3, 5, 6, null)]
    [InlineData("Hội nghị họp từ ngày 14 đến ngày 16-9 tại Hà Nội.", 14, 16, 9, null)]
    [InlineData("Chuyến thăm kéo dài từ 20 tới 23/3/2025 theo lời mời của nước chủ nhà.", 20, 23, 3, 2025)]
    public void A_span_in_words_is_one_date_of_its_first_day(string text, int first, int last, int month, int? year)
    {
        var mention = Assert.Single(DateRecognizer.Find(text));

        Assert.Equal((first, last, month, year), (mention.Day, mention.EndDay, mention.Month, mention.Year));
    }

    [Fact]
    public void A_span_over_the_end_of_a_month_keeps_its_last_day_written_whole()
    {
        var mention = Assert.Single(DateRecognizer.Find("Đợt diễn tập diễn ra từ ngày 29 đến 2/12 ở vùng biên."));

        Assert.Equal((2, 12, null), (mention.Day, mention.Month, mention.EndDay));
    }

    [Fact]
    public void A_count_before_a_day_is_not_read_as_its_start()
    {
        var mentions = DateRecognizer.Find("Số ca mắc tăng từ 5 đến 8 người trong ngày 9/4.");

        Assert.Equal(9, Assert.Single(mentions).Day);
    }

    [Fact]
    public void A_report_on_a_span_over_by_publication_is_anchored_on_its_last_day()
    {
        var anchor = AnchorDateResolver.Resolve("Từ ngày 10 đến 12/3, Ban Chấp hành đã họp và xem xét nhiều nội dung quan trọng.",
            new DateOnly(2025, 3, 12));

        Assert.Equal("2025-03-12", anchor.ToIso());
    }

    [Fact]
    public void A_span_still_running_at_publication_is_anchored_on_its_first_day()
    {
        var anchor = AnchorDateResolver.Resolve("Từ ngày 10 đến 14/3, hội chợ diễn ra tại Cần Thơ với hàng trăm gian hàng.",
            new DateOnly(2025, 3, 11));

        Assert.Equal("2025-03-10", anchor.ToIso());
    }

    [Theory]
    [InlineData("Ông giữ chức Giám đốc Sở từ 7.2019 tới nay.", 7, 2019)]
    [InlineData("Tới 11.2023, ông được điều động làm Bí thư Huyện ủy.", 11, 2023)]
    public void A_dotted_month_and_year_after_a_span_word_is_a_month(string text, int month, int year)
    {
        var mention = Assert.Single(DateRecognizer.Find(text));

        Assert.Equal((month, year, DateGranularity.Month), (mention.Month, mention.Year, mention.Granularity));
    }

    [Fact]
    public void A_dotted_amount_after_a_span_word_is_no_month()
    {
        Assert.Empty(DateRecognizer.Find("Sản lượng tăng từ 1.2020 tấn lên gần gấp đôi."));
    }

    [Fact]
    public void Bare_years_of_a_career_span_are_years()
    {
        var mentions = DateRecognizer.Find("Ông làm Giám đốc Sở Xây dựng từ 2004 - 2009, rồi làm Phó Chủ tịch tỉnh từ năm 2010 đến 2015.");

        Assert.Equal([2004, 2009, 2010, 2015], mentions.Select(m => m.Year ?? 0).ToArray());
        Assert.All(mentions, m => Assert.Equal(DateGranularity.Year, m.Granularity));
    }

    [Fact]
    public void Bare_years_without_a_span_word_are_no_years()
    {
        Assert.Empty(DateRecognizer.Find("Cụ Nguyễn Văn Lễ (1920-2019) là người con của quê hương."));
    }
}
