using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>The page's date line leaves the clean text but its day is kept and dates the anchor.</summary>
public class DateLineTests
{
    private const string Prose =
        "Sáng 10.9, tại thủ đô Viêng Chăn, Chủ tịch nước tiếp đoàn đại biểu cấp cao và trao đổi về hợp tác giữa hai nước trong thời gian tới.";

    private static string PageWith(string dateLine) =>
        "Trang chủ\nThời sự\nLãnh đạo hai nước hội đàm tại Viêng Chăn\n" + dateLine + "\nMinh Châu\n" + Prose +
        "\nHai bên nhất trí tăng cường trao đổi đoàn các cấp trong thời gian tới, nhất là đoàn cấp cao và cấp bộ ngành.";

    [Theory]
    [InlineData("Thứ ba, 10/09/2024 15:10 (GMT+7)")]
    [InlineData("Thứ 3, ngày 10/09/2024 15:10 GMT+7")]
    [InlineData("Cập nhật: 10/09/2024 15:10")]
    [InlineData("Chủ nhật, 10-9-2024")]
    public void The_date_line_is_kept_aside_not_in_the_text(string dateLine)
    {
        var article = ArticleExtractor.FromText(PageWith(dateLine));
        Assert.Equal(new DateOnly(2024, 9, 10), article.DateLine);
        Assert.DoesNotContain("2024", article.CleanText, StringComparison.Ordinal);
        Assert.StartsWith("Sáng 10.9", article.CleanText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hội nghị ngày 10/09/2024 bàn về quy hoạch")] // a date with neither weekday nor time is a headline
    [InlineData("Thứ ba, 31/02/2024 15:10")] // no such day
    public void A_line_that_is_no_date_line_gives_no_date(string line) =>
        Assert.Null(ArticleExtractor.FromText(PageWith(line)).DateLine);

    [Fact]
    public void A_date_line_far_below_the_top_is_a_related_article_stamp()
    {
        var text = "Lãnh đạo hai nước hội đàm\n" + Prose + string.Concat(Enumerable.Repeat("\n" + Prose, 10)) + "\nThứ hai, 01/01/2024 08:00";
        Assert.Null(ArticleExtractor.FromText(text).DateLine);
    }

    [Fact]
    public void Html_keeps_the_day_of_the_box_named_as_the_date()
    {
        var html = "<html><body><header><div class=\"detail-time\">Thứ ba, 10/09/2024 - 15:10</div></header>" +
            $"<article><h1>Lãnh đạo hai nước hội đàm</h1><p>{Prose}</p></article></body></html>";
        var article = ArticleExtractor.FromHtml(html);
        Assert.Equal(new DateOnly(2024, 9, 10), article.DateLine);
        Assert.DoesNotContain("15:10", article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_anchor_takes_the_date_line_as_the_page_date_without_a_publication_date()
    {
        var article = ArticleExtractor.FromText(PageWith("Thứ ba, 10/09/2024 15:10 (GMT+7)"));
        Assert.Null(AnchorDateResolver.Resolve(article.CleanText, publishedAt: null).Year);

        var anchor = AnchorDateResolver.Resolve(article.CleanText, publishedAt: null, dateLine: article.DateLine);

        Assert.Equal("2024-09-10", anchor.ToIso());
        Assert.Equal(YearBasis.Publication, anchor.Basis);
        Assert.Contains("date line", anchor.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_publication_date_wins_over_the_date_line()
    {
        var anchor = AnchorDateResolver.Resolve(Prose, new DateOnly(2025, 9, 12), dateLine: new DateOnly(2024, 9, 10));
        Assert.Equal("2025-09-10", anchor.ToIso());
    }

    private const string Undated =
        "Hai bên nhất trí tăng cường trao đổi đoàn các cấp trong thời gian tới, nhất là đoàn cấp cao và cấp bộ ngành.";

    [Fact]
    public void The_page_stamp_a_day_before_the_given_date_is_the_publication_day()
    {
        var anchor = AnchorDateResolver.Resolve(Undated, new DateOnly(2024, 9, 11), dateLine: new DateOnly(2024, 9, 10));
        Assert.Equal(("2024-09-10", "2024-09-10"), (anchor.ToIso(), anchor.PublishedOn));
    }

    [Fact]
    public void A_page_stamp_a_week_before_the_given_date_leaves_the_given_date()
    {
        var anchor = AnchorDateResolver.Resolve(Undated, new DateOnly(2024, 9, 17), dateLine: new DateOnly(2024, 9, 10));
        Assert.Equal("2024-09-17", anchor.PublishedOn);
    }

    [Fact]
    public void A_date_line_after_a_correspondent_credit_is_read()
    {
        var article = ArticleExtractor.FromText(PageWith("PV thường trú tại Viêng Chăn - Thứ ba, ngày 10/09/2024 15:10"));
        Assert.Equal(new DateOnly(2024, 9, 10), article.DateLine);
    }
}
