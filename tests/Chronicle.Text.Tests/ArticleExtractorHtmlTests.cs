using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

public class ArticleExtractorHtmlTests
{
    private const string Lead = "Sáng ngày 13/01, tại Hà Nội, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2022.";
    private const string Body = "Thường trực Ban Bí thư Võ Văn Thưởng dự và nêu ý kiến chỉ đạo phiên họp.";

    private static string Page(string body, string head = "<title>Ban Đối ngoại tổng kết năm 2022 | Tin Đối ngoại</title>") =>
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">{head}" +
        "<style>article { color: #222; } .x::after { content: 'Ngày 1/1/2026'; }</style>" +
        "<script>var tracking = 'Tổng Bí thư Tô Lâm 21/01/2026';</script></head>" +
        $"<body>{body}</body></html>";

    private const string Navigation =
        "<nav><ul><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/thoi-su\">Thời sự</a></li></ul></nav>" +
        "<header><div class=\"logo\">Tin Đối ngoại</div></header>";

    [Fact]
    public void Reads_the_article_element_with_its_h1_and_byline()
    {
        var html = Page(Navigation +
            "<div class=\"share\">Chia sẻ: <a>Facebook</a> | <a>Zalo</a></div>" +
            "<article><h1>Ban Đối ngoại tổng kết năm 2022</h1><p class=\"byline\">Thu Trang</p>" +
            $"<p>{Lead}</p><!-- Tô Lâm trong chú thích mã nguồn --><p>{Body}</p></article>" +
            "<section class=\"related\"><h3>Tin liên quan</h3><ul><li><a>Đại hội XIV khai mạc ngày 19/1/2026</a></li></ul></section>" +
            "<footer>© Tin Đối ngoại</footer>");
        var article = ArticleExtractor.FromHtml(html);
        Assert.Equal("Ban Đối ngoại tổng kết năm 2022", article.Title);
        Assert.Equal("Thu Trang", article.Byline);
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void Scripts_styles_comments_and_page_furniture_never_reach_the_text()
    {
        var html = Page(Navigation +
            "<div id=\"main\"><h1>Tiêu đề bài</h1>" +
            $"<p>{Lead}</p><script>document.write('Quảng cáo 2026');</script><noscript>Bật JavaScript</noscript>" +
            $"<!-- Đọc thêm: 2026 --><p>{Body}</p><form><input value=\"Tìm kiếm\"><button>Gửi</button></form></div>" +
            "<aside><p>Xem nhiều: giá vàng năm 2026 tăng mạnh, tin nóng trong ngày, đọc ngay kẻo lỡ.</p></aside>" +
            "<footer><p>Bản quyền thuộc về tòa soạn, ghi rõ nguồn khi phát hành lại.</p></footer>");
        var article = ArticleExtractor.FromHtml(html);
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
        Assert.DoesNotContain("2026", article.CleanText);
        Assert.DoesNotContain("Trang chủ", article.CleanText);
    }

    [Fact]
    public void Without_an_article_element_the_densest_block_of_paragraphs_is_the_main_text()
    {
        var html = Page(
            "<div class=\"sidebar\"><p>Tin vắn</p><p>Thời tiết</p></div>" +
            $"<div class=\"content\"><p>{Lead}</p><p>{Body}</p></div>" +
            "<div class=\"promo\"><p>Đăng ký nhận bản tin</p></div>");
        var article = ArticleExtractor.FromHtml(html);
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
        Assert.Equal("Ban Đối ngoại tổng kết năm 2022", article.Title);
    }

    [Fact]
    public void Block_elements_become_paragraphs_and_inline_ones_do_not()
    {
        var html = Page(
            $"<article><h1>Tiêu đề</h1><p><strong>Thường trực</strong> Ban Bí thư <em>ghi nhận</em> kết quả.</p>" +
            "<figure><img src=\"a.jpg\" alt=\"ảnh\"><figcaption>Toàn cảnh phiên họp. (Ảnh: TTXVN)</figcaption></figure>" +
            "<ul><li>Thứ nhất, nâng cao chất lượng.</li><li>Thứ hai, mở rộng quan hệ.</li></ul>" +
            "<p>Dòng một<br>Dòng hai</p></article>");
        var article = ArticleExtractor.FromHtml(html);
        Assert.Equal(
            string.Join("\n\n", "Thường trực Ban Bí thư ghi nhận kết quả.", "Toàn cảnh phiên họp. (Ảnh: TTXVN)",
                "Thứ nhất, nâng cao chất lượng.", "Thứ hai, mở rộng quan hệ.", "Dòng một", "Dòng hai"),
            article.CleanText);
    }

    [Fact]
    public void Uses_the_page_title_without_the_site_name_when_there_is_no_h1()
    {
        var article = ArticleExtractor.FromHtml(Page($"<article><p>{Lead}</p></article>"));
        Assert.Equal("Ban Đối ngoại tổng kết năm 2022", article.Title);
        Assert.Equal(Lead, article.CleanText);
    }

    [Fact]
    public void Decodes_entities_and_normalises_the_text()
    {
        var article = ArticleExtractor.FromHtml(Page("<article><h1>T</h1><p>Ban &#208;ối ngoại&nbsp;Trung ương &amp; các bộ.</p></article>"));
        Assert.Equal("Ban Đối ngoại Trung ương & các bộ.", article.CleanText);
    }

    [Fact]
    public void Boilerplate_inside_the_article_is_removed_too()
    {
        var html = Page(
            $"<article><h1>Tiêu đề</h1><p>{Lead}</p><p>Advertisement</p><p>Toàn cảnh phiên họp. (Ảnh: TTXVN)</p>" +
            $"<p>Toàn cảnh phiên họp. (Ảnh: TTXVN)</p><p>{Body}</p><p>Trình duyệt của bạn không hỗ trợ video.</p>" +
            "<h3>Đọc thêm</h3><p><a>Giá vàng hôm nay 23/1/2026</a></p></article>");
        var article = ArticleExtractor.FromHtml(html);
        Assert.Equal(Lead + "\n\nToàn cảnh phiên họp. (Ảnh: TTXVN)\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void A_related_list_inside_the_body_block_is_cut()
    {
        var html = Page(
            $"<div><h1>Tiêu đề</h1><p>{Lead}</p><p>{Body}</p>" +
            "<p>Hà Nội mở rộng phố đi bộ</p><p>Hà Nội mở rộng phố đi bộ</p><p>Thành phố sẽ thí điểm thêm một số tuyến phố...</p>" +
            "<p>Khai mạc hội chợ mùa xuân</p><p>Khai mạc hội chợ mùa xuân</p><p>Hội chợ năm nay quy tụ nhiều gian hàng...</p></div>");
        var article = ArticleExtractor.FromHtml(html);
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }
}
