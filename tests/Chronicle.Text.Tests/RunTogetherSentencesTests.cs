using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

public class RunTogetherSentencesTests
{
    [Theory]
    [InlineData("Đoàn cứu hộ vẫn tìm kiếm.Theo người dân, nước lên nhanh.", "Đoàn cứu hộ vẫn tìm kiếm. Theo người dân, nước lên nhanh.")]
    [InlineData("Ai sẽ chịu trách nhiệm?Ông Hùng trả lời ngay.", "Ai sẽ chịu trách nhiệm? Ông Hùng trả lời ngay.")]
    [InlineData("Hội nghị kết thúc lúc trưa.Đêm qua trời mưa.", "Hội nghị kết thúc lúc trưa. Đêm qua trời mưa.")]
    [InlineData("Đoàn khách đã tới Đà Nẵng.Ông Lâm đón ở sân bay.", "Đoàn khách đã tới Đà Nẵng. Ông Lâm đón ở sân bay.")]
    [InlineData("Hàng xuất sang Mỹ.Bà Hoa cho biết thêm.", "Hàng xuất sang Mỹ. Bà Hoa cho biết thêm.")]
    [InlineData("Tỷ lệ đỗ chỉ đạt 41,5%.Bà Thu nói vậy.", "Tỷ lệ đỗ chỉ đạt 41,5%. Bà Thu nói vậy.")]
    [InlineData("Cầu khánh thành năm 2009.Từ đó xe qua lại.", "Cầu khánh thành năm 2009. Từ đó xe qua lại.")]
    [InlineData("Ông nói: “Tôi sẽ ở lại”.Sau đó ông về.", "Ông nói: “Tôi sẽ ở lại”. Sau đó ông về.")]
    [InlineData("Nhà máy ở Long An (Việt Nam).Giám đốc mới nhận việc.", "Nhà máy ở Long An (Việt Nam). Giám đốc mới nhận việc.")]
    [InlineData("Mọi người đợi mãi...Cuối cùng xe đến.", "Mọi người đợi mãi... Cuối cùng xe đến.")]
    public void A_sentence_run_into_the_next_gets_its_space_back(string pasted, string separated) =>
        Assert.Equal(separated, RunTogetherSentences.Separate(pasted));

    [Theory]
    [InlineData("Đoàn công tác đến TP.HCM vào sáng nay.")]
    [InlineData("PGS.TS Lê Văn An, Th.S Trần Bình dự họp.")]
    [InlineData("Phó Thủ tướng Nga A.Dvorkovich có mặt.")]
    [InlineData("Bài đăng trên dantri.com.vn và vnexpress.net.")]
    [InlineData("Các khoản phí, lệ phí, v.v.Tất cả đều được công khai.")]
    [InlineData("ThS.Nguyễn Minh và Ths.Lê Hà cùng dạy lớp này.")]
    [InlineData("Đoàn ghé St.Petersburg rồi sang Mr.Bean Café.")]
    [InlineData("Ngày 17.10 đoàn làm việc với Công ty ABC Ltd.Co tại Hải Phòng.")]
    public void Abbreviations_names_and_addresses_keep_their_dots(string text) =>
        Assert.Equal(text, RunTogetherSentences.Separate(text));

    [Theory]
    [InlineData("Cây cầu mới ở Cần ThơẢnh minh họaĐường phố đông đúc", new[] { "Cây cầu mới ở Cần Thơ", "Ảnh minh họa", "Đường phố đông đúc" })]
    [InlineData("Đoàn đến thăm IraqBộ trưởng hai nước họp kín", new[] { "Đoàn đến thăm Iraq", "Bộ trưởng hai nước họp kín" })]
    [InlineData("Ảnh: TTXVNGiám đốc mới nhận quyết định", new[] { "Ảnh: TTXVN", "Giám đốc mới nhận quyết định" })]
    public void Lines_a_copy_joined_are_parted_again(string pasted, string[] lines) =>
        Assert.Equal(lines, RunTogetherSentences.Lines(pasted));

    [Theory]
    [InlineData("Khách hàng MobiFone và VinaPhone dùng iPhone đọc VnExpress.")]
    [InlineData("Hãng PetroVietnam mở trạm ở Hà Nội.")]
    [InlineData("Khách vay ở TPBank và VPBank được giảm lãi.")]
    public void Names_written_with_an_inner_capital_stay_one_line(string text) =>
        Assert.Equal([text], RunTogetherSentences.Lines(text));

    [Fact]
    public void A_caption_joined_to_the_text_is_its_own_paragraph()
    {
        var article = ArticleExtractor.FromText("Mưa lớn ở miền Trung\n\nNước dâng cao ở Quảng NgãiÔng Tâm, Chủ tịch xã, cho biết có ba nhà bị ngập.");
        Assert.Contains("Quảng Ngãi\n\nÔng Tâm", article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pasted_text_is_read_sentence_by_sentence()
    {
        var article = ArticleExtractor.FromText("Lũ cuốn trôi một người\n\nChiều 2/5, đoàn cứu hộ vẫn tìm kiếm.Theo người dân, nước lên rất nhanh.");
        Assert.Contains("tìm kiếm. Theo người dân", article.CleanText, StringComparison.Ordinal);
    }
}
