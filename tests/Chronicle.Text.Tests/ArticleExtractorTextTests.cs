using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

public class ArticleExtractorTextTests
{
    private const string Lead = "Ngày 11/1, tại Hà Nội, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2021.";
    private const string Body = "Trưởng Ban Lê Hoài Trung điều hành phiên họp và nêu các nhiệm vụ trọng tâm.";

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Takes_the_first_short_line_as_title_and_joins_paragraphs_with_blank_lines()
    {
        var article = ArticleExtractor.FromText(Lines("Ban Đối ngoại họp tổng kết", "", Lead, "", Body));
        Assert.Equal("Ban Đối ngoại họp tổng kết", article.Title);
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void Splits_paragraphs_on_single_newlines_and_crlf()
    {
        var article = ArticleExtractor.FromText("Tiêu đề bài viết\r\n" + Lead + "\r\n" + Body);
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void A_date_lead_is_not_a_title()
    {
        var article = ArticleExtractor.FromText(Lines("Ngày 29/12, cơ quan tổng kết năm", Body));
        Assert.Equal("", article.Title);
        Assert.StartsWith("Ngày 29/12", article.CleanText);
    }

    [Fact]
    public void A_sentence_is_not_a_title()
    {
        var article = ArticleExtractor.FromText(Lines(Lead, Body));
        Assert.Equal("", article.Title);
    }

    [Fact]
    public void A_title_without_diacritics_is_still_the_title()
    {
        var article = ArticleExtractor.FromText(Lines("Nang cao hieu qua cong tac doi ngoai nhan dan", Lead));
        Assert.Equal("Nang cao hieu qua cong tac doi ngoai nhan dan", article.Title);
        Assert.Equal(Lead, article.CleanText);
    }

    [Fact]
    public void Splits_a_caption_glued_to_the_title_and_drops_repeated_title_fragments()
    {
        const string title = "Tang cuong hop tac doi ngoai";
        var article = ArticleExtractor.FromText(Lines(
            title + " hinh anh 1Các đại biểu tại phiên khai mạc. (Ảnh: TTXVN phát)",
            Lead,
            title + " hinh anh 2Toàn cảnh phiên họp. (Ảnh: TTXVN phát)",
            Body));
        Assert.Equal(title, article.Title);
        Assert.Equal(
            Lines("Các đại biểu tại phiên khai mạc. (Ảnh: TTXVN phát)", "", Lead, "", "Toàn cảnh phiên họp. (Ảnh: TTXVN phát)", "", Body),
            article.CleanText);
        Assert.DoesNotContain("hinh anh", article.CleanText);
    }

    [Fact]
    public void Reads_a_byline_right_after_the_title()
    {
        var article = ArticleExtractor.FromText(Lines("Hội nghị tổng kết công tác đối ngoại", "Minh Anh", Lead));
        Assert.Equal("Minh Anh", article.Byline);
        Assert.Equal(Lead, article.CleanText);
    }

    [Fact]
    public void A_short_capitalised_line_in_the_middle_is_not_a_byline()
    {
        var article = ArticleExtractor.FromText(Lines("Hội nghị tổng kết công tác đối ngoại", Lead, "Minh Anh", Body));
        Assert.Null(article.Byline);
    }

    [Fact]
    public void The_author_printed_under_the_article_is_the_byline()
    {
        var article = ArticleExtractor.FromText(Lines("Hội nghị tổng kết công tác đối ngoại", Lead, Body, "Minh Anh"));
        Assert.Equal("Minh Anh", article.Byline);
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Theory]
    [InlineData("(TTXVN/Vietnam+)")]
    [InlineData("(TTXVN)")]
    [InlineData("Theo Báo Quốc tế")]
    [InlineData("Nguồn: VOV")]
    public void Returns_the_final_credit_separately(string credit)
    {
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", Lead, Body, credit));
        Assert.Equal(credit, article.SourceLine);
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void The_end_mark_ends_the_body_and_the_credit_after_it_is_kept_as_source()
    {
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", Lead, Body + "/.", "(TTXVN/Vietnam+)", "Đại biểu nào đó ghi danh"));
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
        Assert.Equal("(TTXVN/Vietnam+)", article.SourceLine);
    }

    [Theory]
    [InlineData("Đọc thêm")]
    [InlineData("Tin liên quan")]
    [InlineData("Bài liên quan:")]
    [InlineData("Check Also")]
    [InlineData("Các tin khác")]
    [InlineData("Tin cùng chuyên mục")]
    [InlineData("Xem thêm")]
    [InlineData("Mới nhất")]
    [InlineData("Xem nhiều nhất")]
    [InlineData("Phản hồi")]
    [InlineData("About admin")]
    [InlineData("Phiên bản di động")]
    public void Cuts_the_article_at_a_related_articles_heading(string heading)
    {
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", Lead, Body, heading, "Tổng Bí thư Tô Lâm dự lễ khai mạc năm 2026"));
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Quảng cáo")]
    [InlineData("Theo dõi Tin Đối Ngoại trên")]
    [InlineData("Chia sẻ")]
    [InlineData("Chia sẻ: Facebook | Zalo")]
    [InlineData("Facebook Twitter")]
    [InlineData("In bài")]
    [InlineData("Trình duyệt của bạn không hỗ trợ video này.")]
    [InlineData("Tử vi hôm nay 24/1/2026: tuổi Tý gặp may")]
    [InlineData("Giá vàng hôm nay 24/1/2026 tăng mạnh")]
    [InlineData("Lịch âm hôm nay 24/1/2026 và giờ hoàng đạo")]
    [InlineData("[Một tiêu đề bài khác của chuyên mục]")]
    public void Drops_boilerplate_lines_between_paragraphs(string noise)
    {
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", Lead, noise, Body));
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void A_follow_button_names_the_outlet_when_there_is_no_credit()
    {
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", Lead, "Theo dõi Baoquocte.vn trên", Body));
        Assert.Equal("Baoquocte.vn", article.SourceLine);
    }

    [Fact]
    public void Cuts_a_trailing_run_of_repeated_headlines_and_teasers_before_the_heading()
    {
        var article = ArticleExtractor.FromText(Lines(
            "Tiêu đề",
            Lead,
            Body,
            "Bộ Ngoại giao họp báo thường kỳ",
            "Bộ Ngoại giao họp báo thường kỳ",
            "Sáng 6/1, người phát ngôn trả lời nhiều câu hỏi của phóng viên...",
            "Thủ tướng Phạm Minh Chính dự hội nghị ngành",
            "Thủ tướng Phạm Minh Chính dự hội nghị ngành",
            "Chiều 10/1, Thủ tướng phát biểu chỉ đạo về nhiệm vụ năm mới…",
            "Đọc thêm",
            "Tử vi hôm nay 23/1/2026"));
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void Cuts_a_trailing_run_of_headline_pairs_without_teasers()
    {
        var article = ArticleExtractor.FromText(Lines(
            "Tiêu đề", Lead, Body,
            "Bước ngoặt trong quan hệ hai nước", "Bước ngoặt trong quan hệ hai nước",
            "Điểm sáng của kinh tế khu vực", "Điểm sáng của kinh tế khu vực"));
        Assert.Equal(Lead + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void Collapses_a_caption_printed_twice_and_keeps_it_in_place()
    {
        const string caption = "Toàn cảnh phiên họp. (Nguồn: TTXVN)";
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", caption, caption, Lead, Body));
        Assert.Equal(caption + "\n\n" + Lead + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void A_repeated_caption_at_the_end_is_a_caption_not_a_related_link()
    {
        const string caption = "Đồng chí Lê Hoài Trung phát biểu tại hội nghị. (Ảnh: TTXVN)";
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", Lead, Body, caption, caption));
        Assert.Equal(Lead + "\n\n" + Body + "\n\n" + caption, article.CleanText);
    }

    [Fact]
    public void A_speaker_caption_without_credit_is_kept_once()
    {
        const string caption = "Trưởng Ban Lê Hoài Trung phát biểu tại hội nghị";
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", Lead, caption, caption, Body));
        Assert.Equal(Lead + "\n\n" + caption + "\n\n" + Body, article.CleanText);
    }

    [Fact]
    public void Strips_a_leftover_table_bar_after_a_caption()
    {
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", Lead, "Đồng chí Hoàng Bình Quân phát biểu tại hội nghị. |", Body));
        Assert.Contains("\n\nĐồng chí Hoàng Bình Quân phát biểu tại hội nghị.\n\n", article.CleanText);
    }

    [Fact]
    public void Normalises_before_extracting()
    {
        var article = ArticleExtractor.FromText(Lines("Tiêu đề", "Ban \u00D0ối ngoại\u00A0Trung ương\u200B họp."));
        Assert.Equal("Ban Đối ngoại Trung ương họp.", article.CleanText);
    }

    [Fact]
    public void An_empty_page_gives_an_empty_article()
    {
        var article = ArticleExtractor.FromText("  \n\n ");
        Assert.Equal("", article.Title);
        Assert.Equal("", article.CleanText);
    }

    [Fact]
    public void Extracts_a_large_page_whole_and_still_cuts_its_tail()
    {
        var page = Lines("Tiêu đề", string.Join("\n", Enumerable.Repeat(Lead + "\n" + Body, 400)), "Đọc thêm", "Tin khác");
        Assert.True(page.Length > 50_000);

        var article = ArticleExtractor.FromText(page);

        Assert.Equal("Tiêu đề", article.Title);
        Assert.DoesNotContain("Tin khác", article.CleanText);
        Assert.True(article.CleanText.Length > 40_000);
    }
}
