using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>
/// A whole day written with its year and followed by a colon opens a heading or a line of a chronology
/// ('Ngày 3/9/1998: …', 'Lịch thi đấu hôm nay 5.11.2024: …'): it is a date. Without a year, a colon after the
/// numbers still reads them as something else (a score, a time).
/// </summary>
public class DayWithItsYearBeforeAColonTests
{
    [Theory]
    [InlineData("Ngày 3/9/1998: Quốc hội nước này thông qua luật đất đai mới.", 1998, 9, 3)]
    [InlineData("Lịch thi đấu bóng chuyền hôm nay 5.11.2024: đội chủ nhà ra sân sớm.", 2024, 11, 5)]
    [InlineData("Thời tiết Đà Lạt ngày 17-2-2025: sáng có sương mù dày.", 2025, 2, 17)]
    public void A_day_with_its_year_before_a_colon_is_read(string text, int year, int month, int day)
    {
        var date = Assert.Single(DateRecognizer.Find(text));
        Assert.Equal((year, month, day, DateGranularity.Day), (date.Year, date.Month, date.Day, date.Granularity));
    }

    [Theory]
    [InlineData("Hai đội hòa nhau với tỉ số 4-1:2 sau loạt sút luân lưu.")]
    [InlineData("Tàu rời bến lúc 7/8:45 theo giờ ghi trên vé.")]
    public void Numbers_without_a_year_before_a_colon_are_not_a_day(string text) =>
        Assert.Empty(DateRecognizer.Find(text));

    [Fact]
    public void A_heading_of_a_past_day_does_not_lead_the_report()
    {
        const string text = "Bảng kết quả quay số mở thưởng hôm nay 1/5.\n\n"
            + "Ngày 30/4/1975: mốc son của cả dân tộc, nhắc lại trong chuyên mục cuối tuần.\n\n"
            + "Chuyên mục còn điểm lại chuyến công du của một bộ trưởng ngoại giao châu Âu hồi đầu tháng.";
        var anchor = AnchorDateResolver.Resolve(text, new DateOnly(2024, 5, 2));
        Assert.Equal(2024, anchor.Year);
    }
}
