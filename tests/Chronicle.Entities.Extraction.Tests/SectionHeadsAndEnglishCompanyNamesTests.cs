using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Shapes the wider feed writes next to names more than the political news does (counted by
/// tools/title-lexicon/mine_titles_wider.py): heads of a section ('Trưởng phòng') of a provincial or
/// district body, companies named in English before a Vietnamese holder, the Fed by its short form
/// and governors of the United States written without 'bang'.
/// </summary>
public sealed class SectionHeadsAndEnglishCompanyNamesTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Thiếu tá Đinh Quang Vĩnh, Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh Tây Ninh, đã dẫn giải nghi phạm.",
        "Đinh Quang Vĩnh | Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh Tây Ninh")]
    [InlineData("Bà Mạc Thị Hồng, Trưởng phòng Giáo dục và Đào tạo huyện Yên Thế, kiểm tra điểm thi sáng nay.",
        "Mạc Thị Hồng | Trưởng phòng Giáo dục và Đào tạo huyện Yên Thế")]
    [InlineData("Trung tá Vi Văn Khải, Trưởng phòng Cảnh sát giao thông Công an TP Hải Phòng, cho biết chốt kiểm tra sẽ trực suốt đêm.",
        "Vi Văn Khải | Trưởng phòng Cảnh sát giao thông Công an thành phố Hải Phòng")]
    [InlineData("Trưởng Phòng An ninh kinh tế Công an tỉnh Sóc Trăng Lâm Hữu Phước trả lời phóng viên.",
        "Lâm Hữu Phước | Trưởng phòng An ninh kinh tế Công an tỉnh Sóc Trăng")]
    public void The_head_of_a_section_of_a_provincial_or_district_body_holds_that_section(string sentence, string expected) =>
        Assert.Contains(expected, Roles(sentence));

    [Theory]
    [InlineData("Ông Tạ Minh Đức, Trưởng phòng Đào tạo, cho biết điểm chuẩn sẽ công bố tuần sau.")]
    [InlineData("Bà Hứa Thu Trang, Trưởng phòng Kế hoạch tổng hợp, nhận hồ sơ của các đơn vị.")]
    public void A_section_whose_body_is_not_written_is_left_unread(string sentence) =>
        Assert.DoesNotContain(Roles(sentence), r => r.Contains("Trưởng phòng", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chủ tịch HĐQT Lotus Airlines Đoàn Thế Vinh thông báo hãng mở thêm hai đường bay.",
        "Đoàn Thế Vinh | Chủ tịch Hội đồng quản trị Lotus Airlines")]
    [InlineData("Tổng giám đốc Sunrise Capital Trịnh Bảo Ngọc cho rằng thị trường sẽ hồi phục.",
        "Trịnh Bảo Ngọc | Tổng Giám đốc Sunrise Capital")]
    [InlineData("Ông Lạc Văn Hiển, Chủ tịch HĐQT Vietnam Airlines, ký hợp đồng thuê máy bay.",
        "Lạc Văn Hiển | Chủ tịch Hội đồng quản trị Vietnam Airlines")]
    public void A_company_named_in_english_words_ends_where_a_vietnamese_holder_begins(string sentence, string expected) =>
        Assert.Contains(expected, Roles(sentence));

    [Fact]
    public void A_word_of_a_two_word_brand_is_not_taken_into_the_holders_name()
    {
        var roles = Roles("Chủ tịch SkyJet Air Nguyễn Thị Lụa phát biểu tại lễ ký kết.");
        Assert.Contains("Nguyễn Thị Lụa | Chủ tịch SkyJet Air", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Air ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chủ tịch Fed Jerome Powell nói rằng ngân hàng chưa vội hạ lãi suất.")]
    [InlineData("Ông Jerome Powell, Chủ tịch Fed, trả lời câu hỏi của các nhà báo.")]
    [InlineData("Chủ tịch Cục Dự trữ Liên bang (Fed) Jerome Powell giữ nguyên quan điểm.")]
    public void The_fed_by_its_short_form_is_the_united_states_central_bank(string sentence) =>
        Assert.Contains("Jerome Powell | Chủ tịch Cục Dự trữ Liên bang Mỹ", Roles(sentence));

    [Theory]
    [InlineData("Trong bài phát biểu tối qua, Chủ tịch Fed Chicago Austan Goolsbee cho rằng giá cả đã dịu lại.")]
    [InlineData("Chủ tịch Fed chi nhánh Dallas Lorie Logan tỏ ra thận trọng hơn.")]
    public void The_president_of_a_district_reserve_bank_does_not_chair_the_fed(string sentence) =>
        Assert.DoesNotContain(Roles(sentence), r => r.EndsWith("Cục Dự trữ Liên bang Mỹ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Thống đốc Oregon Tina Kotek đã ban bố tình trạng khẩn cấp vì cháy rừng.", "Tina Kotek | Thống đốc bang Oregon")]
    [InlineData("Thống đốc bang Texas Greg Abbott điều thêm lính biên phòng.", "Greg Abbott | Thống đốc bang Texas")]
    public void A_governor_of_a_united_states_state_is_the_states_with_or_without_bang(string sentence, string expected) =>
        Assert.Contains(expected, Roles(sentence));

    [Fact]
    public void A_central_bank_governor_is_no_states() =>
        Assert.Contains("Phan Đức Tín | Thống đốc Ngân hàng Nhà nước Việt Nam", Roles("Thống đốc Ngân hàng Nhà nước Phan Đức Tín chủ trì cuộc họp."));
}
