using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A provincial paper often writes a post without its province and names the province only through
/// a district ('huyện Ia Grai'), a town ('thị xã Điện Bàn'), its own tag ('(QNO) -') or the address
/// of its site ('baocaobang.vn'): a bare
/// 'UBND tỉnh' or 'Tỉnh ủy' then takes the one province these point to, and none when they point
/// to two, or when the article names its province itself.
/// </summary>
public sealed class ProvinceFromPlacesTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_district_the_table_knows_gives_a_bare_post_its_province()
    {
        var roles = Roles("Sáng 12/5, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế đi kiểm tra tiến độ con đường mới ở huyện Ia Grai.");
        Assert.Contains("Nguyễn Hữu Quế | Phó Chủ tịch UBND tỉnh Gia Lai", roles);
    }

    [Fact]
    public void A_district_s_party_committee_names_its_province_too()
    {
        Assert.Equal("Quảng Nam", PlaceLexicon.ProvinceOf("Đoàn công tác làm việc với Thị ủy Điện Bàn về công tác cán bộ."));
    }

    [Fact]
    public void The_paper_s_tag_before_its_dateline_gives_a_bare_post_its_province()
    {
        var roles = Roles("(QNO) - Chiều 3/9, Bí thư Tỉnh ủy Lương Nguyễn Minh Triết đến dự lễ khánh thành cây cầu bắc qua sông.");
        Assert.Contains("Lương Nguyễn Minh Triết | Bí thư Tỉnh ủy Quảng Nam", roles);
    }

    [Fact]
    public void The_paper_s_site_name_in_the_text_points_to_its_province()
    {
        Assert.Equal("Quảng Nam", PlaceLexicon.ProvinceOf("Bạn đọc gửi ý kiến về Baoquangnam.vn để được giải đáp."));
    }

    [Fact]
    public void Cities_named_once_in_passing_give_way_to_the_article_s_districts()
    {
        var text = "Lãnh đạo thị xã Điện Bàn cho biết hàng dệt may bán chủ yếu ở các thành phố lớn như Hà Nội, Hải Phòng. "
            + "Phó Chủ tịch UBND tỉnh Trần Anh Tuấn đề nghị doanh nghiệp mở rộng vùng nguyên liệu.";
        Assert.Contains("Trần Anh Tuấn | Phó Chủ tịch UBND tỉnh Quảng Nam", Roles(text));
    }

    [Fact]
    public void Districts_of_two_provinces_point_to_none()
    {
        Assert.Null(PlaceLexicon.ProvinceOf("Đoàn đã đến huyện Ia Grai rồi sang thị xã Phú Mỹ khảo sát cảng biển."));
        var roles = Roles("Phó Chủ tịch UBND tỉnh Lê Văn Hải đã đến huyện Ia Grai rồi sang thị xã Phú Mỹ khảo sát cảng biển.");
        Assert.DoesNotContain(roles, r => r.EndsWith("Gia Lai", StringComparison.Ordinal) || r.EndsWith("Vũng Tàu", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_the_article_writes_after_its_cue_stands_over_a_district_of_another()
    {
        var text = "Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Hương Giang tiếp đoàn doanh nghiệp từng đầu tư ở huyện Ia Grai. "
            + "Phó Chủ tịch UBND tỉnh Đào Quang Khải giới thiệu các khu công nghiệp.";
        var roles = Roles(text);
        Assert.Contains("Đào Quang Khải | Phó Chủ tịch UBND tỉnh Bắc Ninh", roles);
        Assert.DoesNotContain(roles, r => r.EndsWith("Gia Lai", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://baocaobang.vn/tin-tuc/mot-bai-viet-123.html", "Cao Bằng")]
    [InlineData("https://www.baoquangnam.vn/chinh-tri/bai-viet.html", "Quảng Nam")]
    [InlineData("https://hagiangtv.vn/tin/bai-viet", "Hà Giang")]
    [InlineData("https://truyenhinhnghean.vn/thoi-su/202404/bai-viet/", "Nghệ An")]
    [InlineData("https://quangninh.gov.vn/trang/tin.aspx", "Quảng Ninh")]
    [InlineData("https://baobariavungtau.com.vn/chinh-tri/bai-viet.html", "Bà Rịa - Vũng Tàu")]
    // A district's or a department's portal, served under its province's.
    [InlineData("https://vuban.namdinh.gov.vn/kinh-te/hoi-nghi-123", "Nam Định")]
    [InlineData("https://sotnmt.hanoi.gov.vn/tin-tuc/bai-viet", "Hà Nội")]
    [InlineData("https://yte.daklak.gov.vn/tin/bai-viet", "Đắk Lắk")]
    public void A_provincial_site_is_named_after_its_province(string address, string province)
    {
        Assert.Equal(province, PlaceLexicon.ProvinceOfSite(address));
    }

    [Theory]
    [InlineData("https://vnexpress.net/thoi-su/bai-viet.html")]
    [InlineData("https://baotintuc.vn/thoi-su/bai-viet.htm")]
    [InlineData("https://hanoimoi.vn/bai-viet")]
    // A ministry's portal names no province.
    [InlineData("https://www.mard.gov.vn/Pages/bai-viet.aspx")]
    [InlineData("https://vanban.chinhphu.vn/bai-viet")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("not an address")]
    public void A_national_paper_or_no_address_names_no_province(string? address)
    {
        Assert.Null(PlaceLexicon.ProvinceOfSite(address));
    }

    [Fact]
    public void The_page_s_address_gives_a_bare_post_its_province()
    {
        var text = VietnameseText.Normalize("Chiều 14/5, Chủ tịch UBND tỉnh Hoàng Xuân Ánh đến thăm công trường đường cao tốc qua xã biên giới.");
        var roles = ArticleAnalyzer.Analyze("", text, address: "https://baocaobang.vn/thoi-su/bai-viet-8812.html").Roles
            .Select(r => $"{r.PersonName} | {r.Role}").ToList();
        Assert.Contains("Hoàng Xuân Ánh | Chủ tịch UBND tỉnh Cao Bằng", roles);
        Assert.DoesNotContain("Hoàng Xuân Ánh | Chủ tịch UBND tỉnh Cao Bằng", Roles(text));
    }

    [Fact]
    public void A_district_portal_s_address_gives_a_bare_provincial_post_its_province()
    {
        var text = VietnameseText.Normalize("Sáng 5/9, UBND huyện họp bàn việc thu hoạch lúa. Dự họp có ông Đỗ Văn Khoa, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy.");
        var roles = ArticleAnalyzer.Analyze("", text, address: "https://giaothuy.namdinh.gov.vn/tin-tuc/hop-ban-123").Roles
            .Select(r => $"{r.PersonName} | {r.Role}").ToList();
        Assert.Contains("Đỗ Văn Khoa | Ủy viên Ban Chấp hành Đảng bộ tỉnh Nam Định", roles);
    }

    [Fact]
    public void A_province_the_article_writes_after_its_cue_stands_over_its_site()
    {
        var text = VietnameseText.Normalize("Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu tiếp đoàn công tác. Phó Chủ tịch UBND tỉnh Lương Trọng Quỳnh báo cáo tình hình cửa khẩu.");
        var roles = ArticleAnalyzer.Analyze("", text, address: "https://baocaobang.vn/thoi-su/bai-viet-8813.html").Roles
            .Select(r => $"{r.PersonName} | {r.Role}").ToList();
        Assert.Contains("Lương Trọng Quỳnh | Phó Chủ tịch UBND tỉnh Lạng Sơn", roles);
        Assert.DoesNotContain(roles, r => r.EndsWith("Cao Bằng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_battle_or_an_ocean_named_after_a_province_does_not_place_the_article()
    {
        var text = VietnameseText.Normalize("Nhân dịp kỷ niệm Chiến thắng Điện Biên Phủ, đoàn đại biểu tới thăm di tích. "
            + "Những người lính năm xưa kể lại những ngày đào hào ở Điện Biên Phủ. "
            + "Phó Chủ tịch UBND tỉnh Lê Văn Hải trao quà cho các cựu chiến binh ở huyện Quảng Hòa.");
        var roles = ArticleAnalyzer.Analyze("", text, address: "https://baocaobang.vn/xa-hoi/bai-viet-8814.html").Roles
            .Select(r => $"{r.PersonName} | {r.Role}").ToList();
        Assert.Contains("Lê Văn Hải | Phó Chủ tịch UBND tỉnh Cao Bằng", roles);
        Assert.DoesNotContain(roles, r => r.EndsWith("Điện Biên", StringComparison.Ordinal));

        var ocean = VietnameseText.Normalize("Diễn đàn hợp tác châu Á - Thái Bình Dương họp tại Lima. Các nước châu Á - Thái Bình Dương bàn về thương mại. "
            + "Bí thư Tỉnh ủy Nguyễn Văn Quyết dự một hội nghị về xuất khẩu ở huyện Ia Grai.");
        var owned = ArticleAnalyzer.Analyze("", ocean).Roles.Select(r => $"{r.PersonName} | {r.Role}").ToList();
        Assert.Contains("Nguyễn Văn Quyết | Bí thư Tỉnh ủy Gia Lai", owned);
    }

    [Fact]
    public void Every_district_the_table_keeps_was_written_beside_its_province_more_than_once()
    {
        Assert.True(PlaceLexicon.Districts.Count > 100);
        Assert.Equal("Gia Lai", PlaceLexicon.Districts["Ia Grai"]);
        Assert.All(PlaceLexicon.Districts.Values, province => Assert.Contains(province, Lexicon.ProvinceNames));
    }
}
