using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

public class RunTogetherSentencesTests
{
    [Theory]
    [InlineData("Đoàn cứu hộ vẫn tìm kiếm.Theo người dân, nước lên nhanh.", "Đoàn cứu hộ vẫn tìm kiếm. Theo người dân, nước lên nhanh.")]
    [InlineData("Ai sẽ chịu trách nhiệm?Ông Hùng trả lời ngay.", "Ai sẽ chịu trách nhiệm? Ông Hùng trả lời ngay.")]
    [InlineData("Hội nghị kết thúc lúc trưa.Đêm qua trời mưa.", "Hội nghị kết thúc lúc trưa. Đêm qua trời mưa.")]
    public void A_sentence_run_into_the_next_gets_its_space_back(string pasted, string separated) =>
        Assert.Equal(separated, RunTogetherSentences.Separate(pasted));

    [Theory]
    [InlineData("Đoàn công tác đến TP.HCM vào sáng nay.")]
    [InlineData("PGS.TS Lê Văn An, Th.S Trần Bình dự họp.")]
    [InlineData("Phó Thủ tướng Nga A.Dvorkovich có mặt.")]
    [InlineData("Bài đăng trên dantri.com.vn và vnexpress.net.")]
    [InlineData("Các khoản phí, lệ phí, v.v.Tất cả đều được công khai.")]
    public void Abbreviations_names_and_addresses_keep_their_dots(string text) =>
        Assert.Equal(text, RunTogetherSentences.Separate(text));

    [Fact]
    public void A_pasted_text_is_read_sentence_by_sentence()
    {
        var article = ArticleExtractor.FromText("Lũ cuốn trôi một người\n\nChiều 2/5, đoàn cứu hộ vẫn tìm kiếm.Theo người dân, nước lên rất nhanh.");
        Assert.Contains("tìm kiếm. Theo người dân", article.CleanText, StringComparison.Ordinal);
    }
}
