using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A deed the text dates to a past month written without its year: 'hồi tháng 7' after the deed or before it, a month
/// opening the sentence ('Hồi đầu tháng 8, …', 'Vào tháng 3, …'), 'vào tháng 2' right after any deed of the lists. A
/// step of a career, a plan, a month to come, a month of every year and a month a tally spans are no event of that
/// month; a month written with its year dates only the deeds it did before.
/// </summary>
public sealed class PastMonthDeedEventTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Dated(string text) =>
        [.. ArticleAnalyzer.Analyze("", text, Anchor(2024, 9, 20)).Events.Where(e => e.Date?.Iso is not null)];

    [Theory]
    [InlineData("Hồi tháng 3, Bộ Ngoại giao Pháp triệu tập Đại sứ Nga để phản đối vụ bắt giữ nhà báo.", "2024-03")]
    [InlineData("Vào tháng 2, Tổng thống Mỹ Joe Biden thăm Ba Lan và gặp các binh sĩ đồn trú.", "2024-02")]
    [InlineData("Bộ trưởng Y tế Anh hồi tháng 5 đã công bố kế hoạch cắt giảm nhân sự ở các bệnh viện.", "2024-05")]
    [InlineData("Đội tuyển Việt Nam giao hữu với Thái Lan vào tháng 6 trên sân Mỹ Đình.", "2024-06")]
    public void A_deed_of_a_past_month_is_dated_to_that_month(string sentence, string month) =>
        Assert.Equal(month, Assert.Single(Dated(sentence)).Date?.Iso);

    [Fact]
    public void A_month_opening_the_sentence_with_hoi_is_no_part_of_the_name()
    {
        var consent = Assert.Single(Dated("Hồi đầu tháng 8, Ban Chấp hành Trung ương đồng ý cho ông Trần Văn Bình thôi làm Ủy viên Trung ương."));
        Assert.Equal("2024-08", consent.Date?.Iso);
        Assert.StartsWith("Ban Chấp hành Trung ương", consent.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hồi tháng 2, ông Lê Văn Cường được bổ nhiệm làm Thứ trưởng Bộ Tài chính.")]
    [InlineData("Hồi tháng 6, Bộ Chính trị quyết định chuẩn y ông Hà Văn Sơn giữ chức Phó Bí thư Tỉnh ủy.")]
    [InlineData("Bộ trưởng Ngoại giao sẽ thăm Lào vào tháng 10, phía bạn cho biết.")]
    [InlineData("Cử tri Mỹ bỏ phiếu bầu tổng thống vào tháng 11 tới.")]
    [InlineData("Lễ hội đua thuyền được tổ chức vào tháng 9 hằng năm ở Quảng Ngãi.")]
    [InlineData("Trong tháng 5/2024, lực lượng chức năng bắt giữ 120 đối tượng buôn lậu qua biên giới.")]
    [InlineData("Tháng 4/2022, bà Hoa mua tặng ông Tín một căn hộ ở quận 7.")]
    public void A_career_step_a_plan_a_month_to_come_or_of_every_year_a_tally_or_a_written_year_gives_no_new_event(string sentence) =>
        Assert.Empty(Dated(sentence));
}
