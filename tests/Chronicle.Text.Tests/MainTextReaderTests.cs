using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

/// <summary>
/// Which reader takes an HTML page (the own one for Vietnamese pages, SmartReader for others), the
/// fall-back to the page's readable text when no main block is found, and the language field.
/// </summary>
public sealed class MainTextReaderTests
{
    private const string EnglishStory1 =
        "The city council voted on Tuesday evening to extend the opening hours of the central library, after a year in which visits rose by a third.";
    private const string EnglishStory2 =
        "Librarians had asked for the change since the spring, saying that students queued at the doors long before the morning opening time.";
    private const string EnglishStory3 =
        "The new hours start next month and will be reviewed after six months, when the council expects a report on costs and on the number of visitors.";

    private const string VietnameseLead =
        "Ngày 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác đối ngoại quý I và triển khai nhiệm vụ những tháng tiếp theo của năm.";
    private const string VietnameseBody =
        "Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các sở, ngành tiếp tục tăng cường hợp tác với các tỉnh của nước bạn trong thời gian tới.";

    private static string EnglishPage(string lang = " lang=\"en\"") => $"""
        <html{lang}><head><title>Library to open longer | City News</title></head><body>
        <nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>
        <div class="layout">
          <div class="story-body">
            <h1>Library to open longer</h1>
            <p>{EnglishStory1}</p><p>{EnglishStory2}</p><p>{EnglishStory3}</p>
          </div>
          <div class="sidebar"><h3>Most read</h3><ul>
            <li><a href="/a">Bridge closed for repairs over the weekend</a></li>
            <li><a href="/b">Local team wins the regional cup final</a></li></ul></div>
        </div>
        <footer>Copyright City News. All rights reserved.</footer>
        </body></html>
        """;

    [Fact]
    public void A_page_in_another_language_is_read_by_smartreader_without_its_sidebar()
    {
        var article = ArticleExtractor.FromHtml(EnglishPage());

        Assert.Equal(string.Join("\n\n", EnglishStory1, EnglishStory2, EnglishStory3), article.CleanText);
        Assert.Equal("Library to open longer", article.Title);
        Assert.Equal("en", article.Language);
        Assert.False(article.MainTextFallback);
        Assert.Equal(article, ArticleExtractor.FromHtml(EnglishPage(), HtmlMainTextReader.Readability));
    }

    [Fact]
    public void A_vietnamese_page_is_read_by_the_own_reader_with_its_template_rules()
    {
        var html = $"""
            <html lang="vi-VN"><body>
            <h1>Tỉnh ủy sơ kết công tác đối ngoại quý I</h1>
            <div class="detail-content"><p>{VietnameseLead}</p>
              <div class="box-tinlienquan"><p>Tin liên quan</p><p><a href="/x">Lãnh đạo tỉnh tiếp đoàn công tác của nước bạn</a></p></div>
              <p>{VietnameseBody}</p></div>
            </body></html>
            """;

        var article = ArticleExtractor.FromHtml(html);

        Assert.Equal(VietnameseLead + "\n\n" + VietnameseBody, article.CleanText);
        Assert.Equal("vi", article.Language);
        Assert.Equal(ArticleExtractor.FromHtml(html, HtmlMainTextReader.Own), article);
    }

    [Fact]
    public void Every_html_page_of_the_labelled_set_is_vietnamese_and_read_by_the_own_reader_alone()
    {
        // Keeps the ingestion speed: SmartReader, slower, is asked only about pages of other languages.
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "MainTextSet"), "*.html");
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var article = ArticleExtractor.FromHtml(html);
            Assert.True(article.Language == "vi", Path.GetFileName(page));
            Assert.Equal(ArticleExtractor.FromHtml(html, HtmlMainTextReader.Own), article);
        }
    }

    [Fact]
    public void The_language_of_an_undeclared_page_is_told_from_its_vietnamese_text()
    {
        var html = $"<html><body><article><h1>Sơ kết</h1><p>{VietnameseLead}</p><p>{VietnameseBody}</p></article></body></html>";

        Assert.Equal("vi", ArticleExtractor.FromHtml(html).Language);
        Assert.Equal("vi", ArticleExtractor.FromText(VietnameseLead + "\n" + VietnameseBody).Language);
        Assert.Null(ArticleExtractor.FromText(EnglishStory1 + "\n" + EnglishStory2).Language);
    }

    [Fact]
    public void A_page_whose_story_sits_inside_noscript_is_read_with_the_fallback_flag_rather_than_refused()
    {
        var html = $"""
            <html lang="en"><body><noscript>
            <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
            <div id="text"><p>{EnglishStory1}</p><p>{EnglishStory2}</p><p>{EnglishStory3}</p></div>
            </noscript><script>var x = 1;</script></body></html>
            """;

        foreach (var reader in Enum.GetValues<HtmlMainTextReader>())
        {
            var article = ArticleExtractor.FromHtml(html, reader);
            Assert.True(article.MainTextFallback, reader.ToString());
            Assert.Equal(string.Join("\n\n", EnglishStory1, EnglishStory2, EnglishStory3), article.CleanText);
        }
    }

    [Fact]
    public void A_vietnamese_story_printed_only_inside_the_page_header_is_not_refused()
    {
        var html = $"<html lang=\"vi\"><body><header><h1>Sơ kết</h1><div>{VietnameseLead}</div><div>{VietnameseBody}</div></header></body></html>";

        // The own reader drops headers; SmartReader, asked next, reads it.
        var article = ArticleExtractor.FromHtml(html);

        Assert.Equal(VietnameseLead + "\n\n" + VietnameseBody, article.CleanText);
        Assert.Equal("vi", article.Language);
    }

    [Fact]
    public void A_page_with_a_main_block_is_not_flagged_as_a_fallback()
    {
        var html = $"<html lang=\"vi\"><body><article><h1>Sơ kết</h1><p>{VietnameseLead}</p><p>{VietnameseBody}</p></article></body></html>";

        Assert.False(ArticleExtractor.FromHtml(html).MainTextFallback);
    }

    [Fact]
    public void Plain_text_that_the_line_rules_would_empty_is_kept_whole_with_the_fallback_flag()
    {
        // A lone short line reads as a headline; the text is kept rather than left empty.
        var article = ArticleExtractor.FromText("Tỉnh ủy sơ kết công tác đối ngoại quý I");

        Assert.Equal("Tỉnh ủy sơ kết công tác đối ngoại quý I", article.CleanText);
        Assert.True(article.MainTextFallback);
    }

    [Fact]
    public void A_page_without_any_text_stays_empty()
    {
        var article = ArticleExtractor.FromHtml("<html><body><script>var a = 1;</script><img src=\"x.png\"></body></html>");

        Assert.Equal("", article.CleanText);
        Assert.False(article.MainTextFallback);
    }
}
