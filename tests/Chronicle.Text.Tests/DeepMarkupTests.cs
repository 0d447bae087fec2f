using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

/// <summary>
/// Markup nested far deeper than pages are written is read as plain text in one pass: the text is
/// kept, the fall-back is said, and nothing without text becomes an article.
/// </summary>
public sealed class DeepMarkupTests
{
    private static string Nested(string tag, int depth, string inner) =>
        string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + inner + string.Concat(Enumerable.Repeat($"</{tag}>", depth));

    private const string Story =
        "<p>Sáng 3/4, Ủy ban nhân dân tỉnh Thử Nghiệm tổ chức hội nghị tổng kết công tác phòng chống thiên tai của năm trước.</p>" +
        "<p>Phát biểu tại hội nghị, ông <b>Trần Văn Mẫu</b>, Chủ tịch Ủy ban nhân dân tỉnh, đề nghị các sở ngành chuẩn bị phương án sớm.</p>";

    [Fact]
    public void Pages_nested_as_pages_are_are_not_too_deep()
    {
        Assert.False(DeepMarkup.IsTooDeep(Nested("div", 60, Story)));
        Assert.False(DeepMarkup.IsTooDeep(string.Concat(Enumerable.Repeat("<p>một dòng<br>hai dòng<img src=x></p>", 5000))));
    }

    [Fact]
    public void Script_and_comment_content_does_not_count_as_nesting()
    {
        var script = "<script>" + string.Concat(Enumerable.Repeat("<div>", 1000)) + "</script>";
        var comment = "<!--" + string.Concat(Enumerable.Repeat("<div>", 1000)) + "-->";
        Assert.False(DeepMarkup.IsTooDeep(script + comment + Story));
    }

    [Fact]
    public void A_story_inside_thousands_of_nested_tags_is_read_as_plain_text_and_says_so()
    {
        var article = ArticleExtractor.FromHtml(Nested("section", 20_000, Story));

        Assert.True(article.MainTextFallback);
        Assert.Contains("ông Trần Văn Mẫu, Chủ tịch Ủy ban nhân dân tỉnh", article.CleanText);
        Assert.Contains("Sáng 3/4, Ủy ban nhân dân tỉnh Thử Nghiệm", article.CleanText);
    }

    [Fact]
    public void Deep_markup_without_text_stays_without_text()
    {
        var article = ArticleExtractor.FromHtml(Nested("div", 20_000, "<script>document.write('Nguyễn Văn A')</script><!-- Ngày 11/1/2023 -->"));

        Assert.Equal("", article.CleanText);
    }

    [Fact]
    public void Plain_text_keeps_sentences_whole_and_blocks_apart()
    {
        var text = DeepMarkup.PlainText("<div><p>Ông <i>Lê</i> Văn Thử &amp; cộng sự.</p><p>Đoạn hai.</p><style>p{}</style></div>");

        Assert.Equal("Ông Lê Văn Thử & cộng sự.\n\nĐoạn hai.", text);
    }
}
