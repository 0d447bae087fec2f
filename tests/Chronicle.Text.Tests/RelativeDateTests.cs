using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>
/// A report whose text names no day is anchored on its publication date, moved by a lead that
/// counts from it; dates said relative to the day of writing are counted from it.
/// </summary>
public class RelativeDateTests
{
    [Theory]
    [InlineData(2016, 7, 9)]
    [InlineData(2015, 4, 20)]
    [InlineData(2010, 9, 7)]
    public void A_report_without_a_day_stands_on_its_publication_date(int year, int month, int day)
    {
        const string text = "Bộ Tài chính và Ngân hàng Nhà nước đã thống nhất phương án điều hành chính sách tiền tệ.\n\nHai cơ quan sẽ họp định kỳ để theo dõi diễn biến thị trường.";
        var anchor = AnchorDateResolver.Resolve(text, new DateOnly(year, month, day));

        Assert.Equal(new DateOnly(year, month, day).ToString("yyyy-MM-dd"), anchor.ToIso());
        Assert.Equal(DateGranularity.Day, anchor.Granularity);
        Assert.Equal(YearBasis.Publication, anchor.Basis);
        Assert.False(anchor.FromText);
        Assert.Contains("publication date", anchor.Reason);
    }

    [Fact]
    public void A_report_of_something_just_done_says_so_in_its_reason()
    {
        var anchor = AnchorDateResolver.Resolve("Bộ Công Thương vừa ký thỏa thuận hợp tác về năng lượng với tỉnh Quảng Ninh.", new DateOnly(2016, 7, 9));

        Assert.Equal("2016-07-09", anchor.ToIso());
        Assert.Contains("'vừa'", anchor.Reason);
    }

    [Fact]
    public void Yesterday_in_the_lead_moves_the_anchor_one_day_back()
    {
        var anchor = AnchorDateResolver.Resolve("Hôm qua, Chủ tịch nước tiếp đoàn doanh nhân kiều bào tại Phủ Chủ tịch.", new DateOnly(2015, 4, 20));

        Assert.Equal("2015-04-19", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
        Assert.Contains("'Hôm qua'", anchor.Reason);
        Assert.Contains("2015-04-20", anchor.Reason);
    }

    [Fact]
    public void Yesterday_inside_the_first_sentence_dates_it_too()
    {
        var anchor = AnchorDateResolver.Resolve("Thủ tướng chiều qua đã chủ trì cuộc họp về tiến độ các dự án giao thông trọng điểm.", new DateOnly(2010, 3, 1));

        Assert.Equal("2010-02-28", anchor.ToIso());
    }

    [Fact]
    public void Last_week_is_the_month_that_holds_it()
    {
        // Wednesday 20 July 2016: the week before runs from Monday 11 to Sunday 17 July.
        var anchor = AnchorDateResolver.Resolve("Tuần trước, đoàn kiểm tra của Bộ đã làm việc với ba tỉnh miền Trung.", new DateOnly(2016, 7, 20));

        Assert.Equal("2016-07", anchor.ToIso());
        Assert.Equal(DateGranularity.Month, anchor.Granularity);
    }

    [Fact]
    public void A_week_across_two_months_is_dated_to_its_year()
    {
        // Tuesday 7 September 2010: the week before runs from 30 August to 5 September.
        var anchor = AnchorDateResolver.Resolve("Tuần qua, các địa phương đồng loạt ra quân dọn vệ sinh môi trường.", new DateOnly(2010, 9, 7));

        Assert.Equal("2010", anchor.ToIso());
        Assert.Equal(DateGranularity.Year, anchor.Granularity);
    }

    [Fact]
    public void Last_month_opening_the_lead_is_that_month()
    {
        var anchor = AnchorDateResolver.Resolve("Tháng trước, Quốc hội đã thông qua nghị quyết về chương trình giám sát.", new DateOnly(2024, 1, 15));

        Assert.Equal("2023-12", anchor.ToIso());
    }

    [Fact]
    public void Last_month_in_a_comparison_leaves_the_publication_date()
    {
        var anchor = AnchorDateResolver.Resolve("Kim ngạch xuất khẩu của tỉnh tăng 8% so với tháng trước, theo số liệu của Sở Công Thương.", new DateOnly(2024, 1, 15));

        Assert.Equal("2024-01-15", anchor.ToIso());
    }

    [Fact]
    public void Today_before_yesterday_keeps_the_publication_day()
    {
        var anchor = AnchorDateResolver.Resolve("Hôm nay, hội nghị bước sang ngày làm việc thứ hai sau phiên khai mạc hôm qua.", new DateOnly(2024, 6, 4));

        Assert.Equal("2024-06-04", anchor.ToIso());
        Assert.Contains("'Hôm nay'", anchor.Reason);
    }

    [Fact]
    public void A_lead_of_something_just_done_is_not_moved_by_a_later_relative_date()
    {
        const string text = "Bộ Ngoại giao vừa tổ chức gặp mặt báo chí đầu xuân.\n\nCuối tháng trước, Bộ đã tổng kết công tác năm.";
        var anchor = AnchorDateResolver.Resolve(text, new DateOnly(2016, 1, 12));

        Assert.Equal("2016-01-12", anchor.ToIso());
    }

    [Fact]
    public void A_count_before_the_unit_is_a_span_not_a_date()
    {
        var anchor = AnchorDateResolver.Resolve("Hai tuần trước, tỉnh đã hoàn thành việc di dời các hộ dân khỏi vùng sạt lở.", new DateOnly(2024, 6, 4));

        Assert.Equal("2024-06-04", anchor.ToIso());
    }

    [Fact]
    public void Without_any_publication_date_a_relative_lead_stays_undated()
    {
        var anchor = AnchorDateResolver.Resolve("Hôm qua, Chủ tịch nước tiếp đoàn doanh nhân kiều bào.", null);

        Assert.Null(anchor.Year);
        Assert.Equal(YearBasis.Unknown, anchor.Basis);
    }

    [Fact]
    public void The_page_date_from_markup_stands_when_none_is_given()
    {
        var page = new PageDate(new DateOnly(2016, 7, 9), "meta article:published_time");
        var anchor = AnchorDateResolver.Resolve("Bộ Công Thương vừa ký thỏa thuận hợp tác về năng lượng.", null, pageDate: page);

        Assert.Equal("2016-07-09", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
        Assert.Contains("meta article:published_time", anchor.Reason);
    }

    [Fact]
    public void A_given_publication_date_wins_over_the_page_date()
    {
        var page = new PageDate(new DateOnly(2016, 7, 9), "meta article:published_time");
        var anchor = AnchorDateResolver.Resolve("Bộ Công Thương vừa ký thỏa thuận hợp tác về năng lượng.", new DateOnly(2016, 7, 12), pageDate: page);

        Assert.Equal("2016-07-12", anchor.ToIso());
    }

    [Fact]
    public void A_day_the_text_writes_is_flagged_as_from_the_text()
    {
        var anchor = AnchorDateResolver.Resolve("Ngày 8/7, Bộ Công Thương ký thỏa thuận hợp tác với tỉnh Quảng Ninh.", new DateOnly(2016, 7, 9));

        Assert.Equal("2016-07-08", anchor.ToIso());
        Assert.True(anchor.FromText);
    }

    [Theory]
    [InlineData("Cuối tháng trước, Bộ đã trình Chính phủ dự thảo.", RelativeUnit.Month, -1)]
    [InlineData("Đầu năm nay, tỉnh khởi công ba dự án.", RelativeUnit.Year, 0)]
    [InlineData("Năm ngoái, sản lượng lúa đạt kỷ lục.", RelativeUnit.Year, -1)]
    [InlineData("Sáng mai, đoàn sẽ lên đường.", RelativeUnit.Day, 1)]
    [InlineData("Chiều hôm kia, cơn bão đổ bộ vào đất liền.", RelativeUnit.Day, -2)]
    [InlineData("Kế hoạch sẽ được trình vào tháng tới.", RelativeUnit.Month, 1)]
    public void Relative_dates_are_found_with_their_unit_and_shift(string text, RelativeUnit unit, int offset)
    {
        var found = Assert.Single(RelativeDates.Find(text));

        Assert.Equal(unit, found.Unit);
        Assert.Equal(offset, found.Offset);
    }

    [Theory]
    [InlineData("Trong những năm tới, ngành sẽ tập trung vào chuyển đổi số.")]
    [InlineData("Kết quả của 6 tháng qua cho thấy nhiều chuyển biến.")]
    [InlineData("Vài năm trước, khu vực này còn là bãi đất trống.")]
    [InlineData("Năm trước đó, ông được điều động về Bộ.")]
    [InlineData("Nhiều năm qua, hợp tác hai bên không ngừng phát triển.")]
    public void Spans_of_time_are_not_relative_dates(string text)
    {
        Assert.Empty(RelativeDates.Find(text));
    }

    [Fact]
    public void Last_weekend_is_counted_from_a_day()
    {
        var reference = new AnchorDate(2024, 6, 12, DateGranularity.Day, YearBasis.Publication, [2024], "", null);
        var weekend = Assert.Single(RelativeDates.Find("Cuối tuần qua, hàng nghìn người đã tham gia lễ hội."));

        var counted = weekend.From(reference);

        // Wednesday 12 June 2024: the weekend before is 8 and 9 June.
        Assert.Equal((2024, 6, (int?)null, DateGranularity.Month), (counted!.Year!.Value, counted.Month!.Value, counted.Day, counted.Granularity));
        Assert.True(counted.IsRelative);
    }

    [Fact]
    public void Last_month_of_a_january_is_december_of_the_year_before()
    {
        var reference = new AnchorDate(2024, 1, null, DateGranularity.Month, YearBasis.Publication, [2024], "", null);
        var lastMonth = Assert.Single(RelativeDates.Find("tháng trước"));

        Assert.Equal((2023, 12), (lastMonth.From(reference)!.Year!.Value, lastMonth.From(reference)!.Month!.Value));
    }

    [Fact]
    public void A_day_cannot_be_counted_from_a_month()
    {
        var reference = new AnchorDate(2024, 1, null, DateGranularity.Month, YearBasis.Publication, [2024], "", null);
        var yesterday = Assert.Single(RelativeDates.Find("hôm qua"));

        Assert.Null(yesterday.From(reference));
    }

    [Fact]
    public void The_day_of_writing_undoes_the_lead_that_moved_the_anchor()
    {
        const string text = "Hôm qua, Chủ tịch nước tiếp đoàn doanh nhân kiều bào.\n\nHôm kia, đoàn đã làm việc tại Thành phố Hồ Chí Minh.";
        var anchor = AnchorDateResolver.Resolve(text, new DateOnly(2015, 4, 20));

        var writing = RelativeDates.DayOfWriting(text, anchor);

        Assert.Equal("2015-04-19", anchor.ToIso());
        Assert.Equal("2015-04-20", writing!.ToIso());
    }

    [Fact]
    public void From_a_day_the_text_writes_only_its_month_is_counted_from()
    {
        // The report may be written a day or two after the day it tells of: 'hôm qua' cannot be placed.
        const string text = "Ngày 8/7, Bộ Công Thương ký thỏa thuận hợp tác.\n\nHôm qua, hai bên đã hoàn tất thủ tục.";
        var anchor = AnchorDateResolver.Resolve(text, new DateOnly(2016, 7, 9));

        var writing = RelativeDates.DayOfWriting(text, anchor);

        Assert.Equal("2016-07", writing!.ToIso());
        Assert.Null(Assert.Single(RelativeDates.Find(text)).From(writing!));
    }
}
