using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

/// <summary>The publication day a page declares in its markup.</summary>
public class PageDatesTests
{
    private const string Body = "<body><header><time datetime=\"2026-11-26\">Thứ năm, 26/11/2026</time></header>"
        + "<article><h1>Ký kết hợp tác năng lượng</h1>{0}<p>Bộ Công Thương vừa ký thỏa thuận hợp tác với tỉnh Quảng Ninh về phát triển năng lượng sạch trong giai đoạn tới.</p>"
        + "<p>Hai bên thống nhất thành lập tổ công tác chung để theo dõi việc thực hiện.</p></article></body>";

    private static string Page(string head, string byHeadline = "") =>
        $"<html><head><title>Tin</title>{head}</head>{string.Format(System.Globalization.CultureInfo.InvariantCulture, Body, byHeadline)}</html>";

    [Fact]
    public void The_article_published_time_meta_gives_the_day_as_the_page_wrote_it()
    {
        var date = PageDates.Find(Page("<meta property=\"article:published_time\" content=\"2016-07-09T23:30:00+07:00\" />"));

        Assert.Equal(new DateOnly(2016, 7, 9), date!.Day);
        Assert.Equal("meta article:published_time", date.Source);
    }

    [Fact]
    public void A_time_in_utc_is_taken_on_vietnam_time()
    {
        var date = PageDates.Find(Page("<meta property=\"article:published_time\" content=\"2015-04-19T18:05:00Z\">"));

        Assert.Equal(new DateOnly(2015, 4, 20), date!.Day);
    }

    [Fact]
    public void The_published_meta_wins_over_a_generic_date_meta_whatever_the_order()
    {
        var date = PageDates.Find(Page("<meta name=\"date\" content=\"2010-09-01\"><meta itemprop=\"datePublished\" content=\"2010-09-07\">"));

        Assert.Equal(new DateOnly(2010, 9, 7), date!.Day);
    }

    [Fact]
    public void A_modification_date_alone_is_not_a_publication_date()
    {
        var date = PageDates.Find(Page("<meta property=\"article:modified_time\" content=\"2016-07-10T08:00:00+07:00\">"));

        Assert.Null(date);
    }

    [Fact]
    public void Json_ld_date_published_is_read()
    {
        const string jsonLd = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tin","datePublished":"2010-09-07T09:00:00+07:00","dateModified":"2010-09-08T10:00:00+07:00"}</script>""";

        var date = PageDates.Find(Page(jsonLd));

        Assert.Equal(new DateOnly(2010, 9, 7), date!.Day);
        Assert.Equal("JSON-LD datePublished", date.Source);
    }

    [Fact]
    public void The_time_by_the_headline_is_taken_not_the_site_clock_above_it()
    {
        var date = PageDates.Find(Page("", "<time datetime=\"2016-07-09T10:15\">09/07/2016 10:15</time>"));

        Assert.Equal(new DateOnly(2016, 7, 9), date!.Day);
    }

    [Fact]
    public void A_day_written_first_is_read_day_first()
    {
        var date = PageDates.Find(Page("<meta name=\"pubdate\" content=\"09/07/2016 10:15\">"));

        Assert.Equal(new DateOnly(2016, 7, 9), date!.Day);
    }

    [Fact]
    public void A_placeholder_date_is_ignored()
    {
        Assert.Null(PageDates.Find(Page("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00\">")));
    }

    [Fact]
    public void Html_extraction_keeps_the_page_date_and_the_anchor_uses_it()
    {
        var article = ArticleExtractor.FromHtml(Page("<meta property=\"article:published_time\" content=\"2016-07-09T08:15:00+07:00\">"));

        var anchor = Chronicle.Text.Dates.AnchorDateResolver.Resolve(article, publishedAt: null);

        Assert.Equal(new DateOnly(2016, 7, 9), article.PageDate!.Day);
        Assert.Equal("2016-07-09", anchor.ToIso());
        Assert.Contains("read from the page's meta article:published_time", anchor.Reason);
    }

    [Fact]
    public void Plain_text_has_no_page_date()
    {
        Assert.Null(ArticleExtractor.FromText("Bộ Công Thương vừa ký thỏa thuận hợp tác.").PageDate);
    }
}
