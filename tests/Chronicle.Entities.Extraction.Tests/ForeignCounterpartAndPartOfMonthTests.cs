using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Foreign politics as the Vietnamese press tells it: a counterpart ('người đồng cấp Mỹ X') holds the
/// post of the other country's officer the sentence names, in the country written after the words; and a
/// past deed told with the part of a month ('hồi đầu tháng 8') is dated to that month; a head of state
/// signing a law and a chamber passing a package are the day's events; a name opening with initials
/// written close ('C.Q. Brown') is read whole. Each rule has a sentence where it must not fire.
/// </summary>
public sealed class ForeignCounterpartAndPartOfMonthTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", text, Anchor(2024, 9, 28));

    [Fact]
    public void A_counterpart_named_after_the_officer_holds_the_same_post_in_the_country_written_after_the_words()
    {
        var result = Read("Ngày 26-9, Thủ tướng Anh Keir Starmer hội đàm với người đồng cấp Ba Lan Donald Tusk tại London.");
        Assert.Contains(result.Roles, r => r.PersonName == "Donald Tusk" && r.Role == "Thủ tướng Ba Lan");
        Assert.Contains(result.Roles, r => r.PersonName == "Keir Starmer" && r.Role == "Thủ tướng Anh");
        Assert.Contains(result.Events, e => e.Date?.Iso == "2024-09-26" && e.Name.Contains("Donald Tusk", StringComparison.Ordinal));
    }

    [Fact]
    public void A_counterpart_opening_the_sentence_takes_the_post_of_the_officer_named_after_it()
    {
        var result = Read("Trong buổi họp báo chung với người đồng cấp Nhật Bản Kihara Minoru, Bộ trưởng Quốc phòng Australia Richard Marles nói về hợp tác biển.");
        Assert.Contains(result.Roles, r => r.PersonName == "Kihara Minoru" && r.Role == "Bộ trưởng Quốc phòng Nhật Bản");
    }

    [Fact]
    public void A_counterpart_of_ours_or_one_left_unnamed_is_no_foreign_post()
    {
        var result = Read("Bộ trưởng Ngoại giao Peru nói người đồng cấp Việt Nam của ông đã gửi thư, còn người đồng cấp Chile thì chưa trả lời.");
        Assert.DoesNotContain(result.Roles, r => r.Role.EndsWith("Việt Nam", StringComparison.Ordinal) || r.Role.EndsWith("Chile", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Quân đội Ukraine tấn công vào vùng Kursk hồi đầu tháng 8 và chiếm giữ nhiều làng.", "2024-08")]
    [InlineData("Nam diễn viên kỳ cựu qua đời vào cuối tháng 7 tại nhà riêng ở Hồng Kông.", "2024-07")]
    public void A_past_deed_told_with_the_part_of_a_month_is_dated_to_that_month(string sentence, string month) =>
        Assert.Contains(Read(sentence).Events, e => e.Date?.Iso == month);

    [Fact]
    public void The_part_of_a_month_after_a_plan_dates_nothing() =>
        Assert.DoesNotContain(Read("Đội bóng dự kiến sẽ sang châu Âu tập huấn vào đầu tháng 11.").Events, e => e.Date?.Iso is not null);

    [Theory]
    [InlineData("Ngày 3/7, Tổng thống Pháp ký đạo luật về năng lượng tái tạo sau nhiều tháng tranh luận.", "2024-07-03", "ký đạo luật")]
    [InlineData("Tối 18-6 (giờ địa phương), với 61 phiếu thuận, Thượng viện Canada đã thông qua gói ngân sách quốc phòng.", "2024-06-18", "thông qua gói")]
    [InlineData("Tổng thống Ba Lan ngày 9-5 đã ký ban hành luật hỗ trợ nông dân vùng biên.", "2024-05-09", "ký ban hành luật")]
    [InlineData("Ngày 2/6, Thủ tướng Canada ký ban hành luật về thuế nhà ở.", "2024-06-02", "ký ban hành luật")]
    public void A_law_signed_or_a_package_passed_on_a_day_is_that_days_event(string sentence, string day, string deed) =>
        Assert.Contains(Read(sentence).Events, e => e.Date?.Iso == day && e.Name.Contains(deed, StringComparison.Ordinal));

    [Fact]
    public void A_lawyer_engaged_is_no_law_signed() =>
        Assert.DoesNotContain(Read("Ngày 3/7, công ty ký luật sư riêng để theo vụ kiện.").Events, e => e.Name.Contains("luật", StringComparison.Ordinal));

    [Fact]
    public void A_name_opening_with_initials_written_close_is_read_whole_and_ends_no_sentence()
    {
        var result = Read("Ngày 12/9, Bộ trưởng Thương mại Mỹ R.J. Collins tới Hà Nội.");
        var role = Assert.Single(result.Roles, r => r.Role == "Bộ trưởng Thương mại Mỹ");
        Assert.Equal("R.J. Collins", role.PersonName);
    }

    [Fact]
    public void A_vietnamese_name_before_a_full_stop_still_ends_its_sentence()
    {
        var result = Read("Phát biểu tại buổi lễ có Bộ trưởng Ngoại giao Bùi Thanh Sơn. Oliver Twist là tên một cuốn sách.");
        Assert.DoesNotContain(result.Roles, r => r.PersonName.Contains("Oliver", StringComparison.Ordinal));
    }
}
