using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A sentence that opens on its day and tells, in its main clause, what an official
/// or a state body did, whatever the verb: that deed is the day's event. A saying, a deed to come, a rule
/// taking effect, a question and a private person's errand are not; nor is a month opening the sentence
/// ('Tháng 3/2024, …'), which the measure found read as often wrong as right.
/// </summary>
public sealed class MainClauseDeedTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static List<EventMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).Events.Where(e => e.IsMainEvent || e.Date?.Iso is not null).ToList();

    [Theory]
    [InlineData("Ngày 12/6, Bộ Xây dựng bác bỏ đề xuất nâng tầng theo kiến nghị của chủ đầu tư hai chung cư cũ.", "2024-06-12", "Bộ Xây dựng bác bỏ đề xuất nâng tầng")]
    [InlineData("Chiều 4/6, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng trực tiếp xuống chợ đầu mối nắm tình hình giá rau.", "2024-06-04", "Nguyễn Văn Thắng trực tiếp xuống chợ")]
    public void The_deed_of_an_official_or_a_body_after_the_day_is_that_days_event(string sentence, string iso, string named)
    {
        var read = Assert.Single(Read(sentence, Anchor(2024, 6, 20)));
        Assert.Equal(iso, read.Date?.Iso);
        Assert.Contains(named, read.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ngày 25/6, Bộ Xây dựng sẽ bác bỏ đề xuất nâng tầng theo kiến nghị của chủ đầu tư hai chung cư cũ.")]
    [InlineData("Ngày 1/7, Ủy ban nhân dân tỉnh Nghệ An áp dụng bảng giá đất mới, có hiệu lực đến hết năm sau.")]
    [InlineData("Ngày 12/6, Bộ Xây dựng bác bỏ đề xuất nâng tầng theo kiến nghị của chủ đầu tư hai chung cư cũ?")]
    [InlineData("Ngày 12/6, anh Trần Văn Nam mang chiếc ví nhặt được trên xe buýt đến trả người đánh rơi.")]
    [InlineData("Tháng 3/2024, Ủy ban nhân dân tỉnh Nghệ An siết chặt việc cấp phép khai thác cát trên sông Lam.")]
    public void A_deed_to_come_a_rule_taking_effect_a_question_a_private_errand_or_a_month_opening_is_no_event(string sentence)
    {
        Assert.Empty(Read(sentence, Anchor(2024, 6, 20)));
    }

    [Fact]
    public void A_day_already_given_an_event_gains_no_second_reading_from_its_retelling()
    {
        var events = Read(
            "Sáng 12/6, Thủ tướng Phạm Minh Chính chủ trì hội nghị trực tuyến về phòng chống thiên tai. "
            + "Ngày 12/6, Bộ Nông nghiệp và Phát triển nông thôn gửi báo cáo nhanh về thiệt hại do mưa lũ.",
            Anchor(2024, 6, 20));
        Assert.Single(events);
    }
}
