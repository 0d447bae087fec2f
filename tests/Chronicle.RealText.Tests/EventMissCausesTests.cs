namespace Chronicle.RealText.Tests;

/// <summary>
/// The causes printed for missed events tell an event read on its day under another name from a date written
/// with no event read from its sentence, and both from a date the text never writes.
/// </summary>
public sealed class EventMissCausesTests
{
    private static GoldFact Event(string name, string date) =>
        new("t1", "E", "event", High: true, null, null, null, date, name, null, null, "");

    private static EventMissCauses Causes(string text, params GoldFact[] gold) =>
        RealTextScoring.EventMissCausesOf(ArticleReading.Of(new RealArticle("t1", "", "2025-03-06", null, text)), gold);

    [Fact]
    public void A_date_written_in_a_sentence_that_gives_no_event_is_counted_so()
    {
        var causes = Causes("Tỉnh Cà Mau có thêm hai cây cầu mới. Những cây cầu này, theo số liệu đến ngày 2/3, vẫn chưa có tên.",
            Event("Khánh thành cầu Tân Lộc", "2025-03-02"));

        Assert.Equal(1, causes.NothingFromDatedSentence);
    }

    [Fact]
    public void A_day_the_text_never_writes_is_counted_apart_from_a_month_it_writes()
    {
        var notWritten = Causes("Tỉnh Cà Mau có thêm hai cây cầu mới, người dân rất vui mừng.", Event("Khánh thành cầu Tân Lộc", "2025-03-02"));
        var monthOnly = Causes("Trong tháng 3, tỉnh Cà Mau có thêm hai cây cầu mới.", Event("Khánh thành cầu Tân Lộc", "2025-03-02"));

        Assert.Equal((1, 0), (notWritten.DateNotWritten, notWritten.MonthOnly));
        Assert.Equal((0, 1), (monthOnly.DateNotWritten, monthOnly.MonthOnly));
    }

    [Fact]
    public void An_event_read_that_day_under_another_name_is_counted_as_read_that_day()
    {
        var causes = Causes("Sáng 4/3, Ủy ban nhân dân tỉnh Cà Mau tổ chức hội nghị tổng kết công tác năm 2024.",
            Event("Đoàn công tác Bộ Tài chính thăm Cà Mau", "2025-03-04"), Event("Tổng kết công tác năm 2024 của tỉnh", "2025-03-04"));

        Assert.Equal(0, causes.NothingFromDatedSentence + causes.DateNotWritten);
    }
}
