using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A deed told in a clause of time with its month and year ('… kể từ khi hiệp định được ký vào tháng 6/2021', '… sau
/// khi rời đội bóng vào tháng 2-2024') is an event of that month, named by the clause. Not a step of a career, a birth
/// or schooling, a month to come, nor a month the article already gives an event.
/// </summary>
public sealed class MonthOfAPastDeedTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 9, 10)).Events.Where(e => e.Date?.Iso is not null).ToList();

    [Fact]
    public void A_deed_in_a_clause_of_time_with_its_month_and_year_is_an_event_of_that_month()
    {
        var deed = Assert.Single(Read(
            "Đây là lần đầu hai bên ngồi lại với nhau kể từ khi hiệp định thương mại được ký vào tháng 6/2021 tại Geneva."));
        Assert.Equal("2021-06", deed.Date?.Iso);
        Assert.StartsWith("Hiệp định thương mại được ký", deed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_departure_told_after_sau_khi_is_an_event_of_its_month()
    {
        var deed = Assert.Single(Read("Huấn luyện viên người Đức không có việc làm sau khi rời đội bóng thành Milan vào tháng 2-2024."));
        Assert.Equal("2024-02", deed.Date?.Iso);
    }

    [Fact]
    public void A_deed_in_a_clause_of_time_with_its_full_day_is_an_event_of_that_day()
    {
        var deed = Assert.Single(Read("Ông cho rằng kể từ khi cây cầu được bàn giao cho thành phố vào ngày 15/10/2003, không có tranh chấp nào xảy ra."));
        Assert.Equal("2003-10-15", deed.Date?.Iso);
    }

    [Fact]
    public void A_step_of_a_career_in_a_clause_of_time_is_left_to_the_roles() =>
        Assert.Empty(Read("Trước khi trở thành Phó Tổng cục trưởng vào tháng 3/2018, ông Hải là Cục trưởng một cục nghiệp vụ."));

    [Fact]
    public void A_graduation_in_a_clause_of_time_is_no_event() =>
        Assert.Empty(Read("Anh về làm việc ở công ty gia đình sau khi tốt nghiệp đại học vào tháng 6/2019."));

    [Fact]
    public void A_month_after_the_reports_own_is_no_past_deed() =>
        Assert.Empty(Read("Dự án sẽ được nghiệm thu sau khi nhà thầu hoàn tất hạng mục cuối vào tháng 12/2024."));

    [Fact]
    public void A_month_without_its_year_is_too_loose() =>
        Assert.Empty(Read("Ông vắng mặt trên sân cỏ từ khi dính chấn thương nặng vào tháng 3 vừa qua."));
}
