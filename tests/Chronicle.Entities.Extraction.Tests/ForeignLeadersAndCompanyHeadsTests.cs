using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Foreign news and business news name office holders as our political news does: a head of
/// state or minister of another country (with or without the country, in full or by the
/// surname) and the head of a company named in full. Titles that are no post held now
/// ('Tổng thống đắc cử', a role in a film) and names that belong to a company are not read.
/// </summary>
public sealed class ForeignLeadersAndCompanyHeadsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    private static List<RoleMention> Mentions(string text) => [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles];

    [Theory]
    [InlineData("Hôm qua, Tổng thống Nga Vladimir Putin có cuộc điện đàm dài với người đồng cấp.", "Vladimir Putin | Tổng thống Nga")]
    [InlineData("Thủ tướng Canada Justin Trudeau thông báo rời ghế lãnh đạo đảng cầm quyền.", "Justin Trudeau | Thủ tướng Canada")]
    [InlineData("Ngoại trưởng Mỹ Antony Blinken tới Bắc Kinh trong chuyến công du thứ hai.", "Antony Blinken | Bộ trưởng Ngoại giao Mỹ")]
    [InlineData("Ông Yoon Suk Yeol, Tổng thống Hàn Quốc, xuất hiện trên truyền hình lúc nửa đêm.", "Yoon Suk Yeol | Tổng thống Hàn Quốc")]
    [InlineData("Tổng thống Brazil Luiz Inácio Lula da Silva chủ trì phiên khai mạc.", "Luiz Inácio Lula da Silva | Tổng thống Brazil")]
    [InlineData("Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan tiếp đoàn khách tại Ankara.", "Recep Tayyip Erdogan | Tổng thống Thổ Nhĩ Kỳ")]
    public void A_foreign_title_with_its_country_names_the_holder(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Tổng thống Biden ký sắc lệnh mới về nhập cư vào chiều thứ Sáu.", "Joe Biden | Tổng thống Mỹ")]
    [InlineData("Lệnh bắt Thủ tướng Netanyahu làm dấy lên tranh cãi.", "Benjamin Netanyahu | Thủ tướng Israel")]
    [InlineData("Phó Tổng thống Kamala Harris vận động cử tri ở bang Michigan.", "Kamala Harris | Phó Tổng thống Mỹ")]
    [InlineData("Tổng thống Erdogan nói Ankara sẵn sàng làm trung gian.", "Recep Tayyip Erdogan | Tổng thống Thổ Nhĩ Kỳ")]
    public void A_bare_title_before_a_leader_the_press_names_often_takes_his_country(string sentence, string expected)
    {
        Assert.Equal([expected], Roles(sentence));
    }

    [Fact]
    public void A_bare_foreign_title_takes_the_country_the_sentence_names()
    {
        Assert.Contains("Gustavo Petro | Tổng thống Colombia", Roles("Tại Bogota, Tổng thống Gustavo Petro cam kết Colombia sẽ cải cách ruộng đất."));
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_foreign_post_holds_it()
    {
        Assert.Contains("Hassan Rouhani | Tổng thống Iran", Roles("Năm 2015, Tổng thống Iran, Hassan Rouhani, ký thỏa thuận hạt nhân."));
    }

    [Fact]
    public void An_international_body_s_short_form_in_brackets_stands_between_post_and_name()
    {
        Assert.Contains("Ursula von der Leyen | Chủ tịch Ủy ban châu Âu", Roles("Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen kêu gọi đối thoại."));
    }

    [Fact]
    public void A_ministry_we_do_not_have_before_a_foreign_name_takes_the_article_s_country()
    {
        var roles = Roles("Cuộc bầu cử ở Nhật Bản có Bộ trưởng An ninh kinh tế Sanae Takaichi tham gia. Thị trường Nhật Bản chờ kết quả.");
        Assert.Contains("Sanae Takaichi | Bộ trưởng An ninh kinh tế Nhật Bản", roles);
    }

    [Fact]
    public void A_later_mention_by_the_surname_is_the_same_person()
    {
        var roles = Roles("Tổng thống Nga Vladimir Putin đến Hà Nội tối qua. Sáng nay, Tổng thống Putin hội đàm với lãnh đạo Việt Nam.");
        Assert.Equal(["Vladimir Putin | Tổng thống Nga"], roles);
    }

    [Fact]
    public void A_name_written_family_name_first_keeps_its_order()
    {
        var roles = Roles("Ông Ishiba từng phê phán Thủ tướng Nhật Bản Kishida Fumio. Nay ông muốn giữ đường lối của Thủ tướng Kishida.");
        Assert.Equal(["Kishida Fumio | Thủ tướng Nhật Bản"], roles);
    }

    [Fact]
    public void A_former_president_is_read_as_former()
    {
        var mention = Assert.Single(Mentions("Cựu Tổng thống Mỹ Donald Trump gặp gỡ cử tri tại bang Georgia."));
        Assert.Equal(("Donald Trump", "Tổng thống Mỹ", "former"), (mention.PersonName, mention.Role, mention.Qualifier));
    }

    [Theory]
    [InlineData("Năm 1975, Tổng thống Dương Văn Minh tuyên bố đầu hàng.")]
    [InlineData("Nam diễn viên Trần Thành vào vai Tổng thống trong bộ phim hành động mới.")]
    [InlineData("Cầu thủ Nguyễn Quang Hải ghi bàn thắng duy nhất cho câu lạc bộ Công an Hà Nội.")]
    public void No_post_held_now_is_read(string sentence)
    {
        Assert.DoesNotContain(Roles(sentence), r => r.Contains("Tổng thống", StringComparison.Ordinal) || r.Contains("Quang Hải", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chủ tịch HĐQT Tập đoàn Hòa Phát Trần Đình Long cho biết lợi nhuận quý này tăng mạnh.", "Trần Đình Long | Chủ tịch Hội đồng quản trị Tập đoàn Hòa Phát")]
    [InlineData("Ông Nguyễn Văn Bình, Tổng Giám đốc Công ty cổ phần Xây dựng Miền Trung, bị khởi tố.", "Nguyễn Văn Bình | Tổng Giám đốc Công ty cổ phần Xây dựng Miền Trung")]
    [InlineData("Phiên xử bà Trương Mỹ Lan – cựu Chủ tịch Tập đoàn Vạn Thịnh Phát – kéo dài một tháng.", "Trương Mỹ Lan | Chủ tịch Tập đoàn Vạn Thịnh Phát")]
    [InlineData("Cơ quan điều tra bắt Lê Văn Hưng, Chủ tịch HĐQT CTCP Tập đoàn Thuận Phong, về tội đưa hối lộ.", "Lê Văn Hưng | Chủ tịch Hội đồng quản trị Công ty cổ phần Tập đoàn Thuận Phong")]
    [InlineData("Bà Phạm Thị Hoa (Chủ tịch HĐQT Công ty cổ phần Đầu tư và Phát triển Kim Oanh Đồng Nai) kháng cáo.", "Phạm Thị Hoa | Chủ tịch Hội đồng quản trị Công ty cổ phần Đầu tư và Phát triển Kim Oanh Đồng Nai")]
    [InlineData("Ông Trần Quốc Hùng - Phó Tổng Giám đốc Công ty CP Hoàng Gia DL - giải trình với đoàn kiểm tra.", "Trần Quốc Hùng | Phó Tổng Giám đốc Công ty CP Hoàng Gia DL")]
    [InlineData("Tổng giám đốc Công ty TNHH MTV Đường sắt Hà Nội (Hanoi Metro) Vũ Hồng Trường cho biết tàu chạy đúng giờ.", "Vũ Hồng Trường | Tổng Giám đốc Công ty TNHH MTV Đường sắt Hà Nội")]
    [InlineData("Theo lời mời của Chủ tịch Tập đoàn Nikkei Tsuyoshi Hasebe, đoàn sẽ sang Tokyo.", "Tsuyoshi Hasebe | Chủ tịch Tập đoàn Nikkei")]
    public void The_head_of_a_company_named_in_full_holds_that_company_s_post(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_company_named_after_a_person_is_no_holder()
    {
        var roles = Roles("Giám đốc Công ty Trần Anh cho biết đơn hàng đã giao đủ.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Trần Anh |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_name_ends_before_the_sentence_goes_on()
    {
        var roles = Roles("Ông Lê Minh Tâm, Chủ tịch Tập đoàn Sông Đà bị Công an tỉnh triệu tập.");
        Assert.Contains("Lê Minh Tâm | Chủ tịch Tập đoàn Sông Đà", roles);
    }
    [Theory]
    [InlineData("Ông Park Min Soo, người phát ngôn của Bộ Thống nhất Hàn Quốc, nói rằng bình luận của Bình Nhưỡng là vô căn cứ.", "Park Min Soo | Người phát ngôn Bộ Thống nhất Hàn Quốc")]
    [InlineData("Người phát ngôn của Bộ Quốc phòng Đài Loan Sun Li-fang cho biết có 20 máy bay.", "Sun Li-fang | Người phát ngôn Bộ Quốc phòng Đài Loan")]
    public void A_spokesperson_of_a_foreign_body_is_read_with_or_without_của(string sentence, string expected) =>
        Assert.Contains(expected, Roles(sentence));

    [Fact]
    public void A_spokesperson_of_a_person_names_no_body()
    {
        Assert.DoesNotContain(Roles("Bà Lê Thu Hà, người phát ngôn của ông Trump, cho biết lịch trình đã thay đổi."), r => r.Contains("Người phát ngôn", StringComparison.Ordinal));
    }
}
