using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The other stories a page lists under its article ('Headline 03/05/2024 09:10 First words …', one a
/// paragraph) are not read: their people, acts and events belong to other articles.
/// </summary>
public sealed class ListedOtherStoriesTests
{
    private const string Opening = "Sáng nay, hàng trăm học sinh huyện Kỳ Anh tham gia ngày hội đọc sách do thư viện tỉnh tổ chức.";

    [Fact]
    public void Stories_listed_under_the_article_give_no_post_document_or_event()
    {
        var text = Opening + "\n\n"
            + "Khai mạc kỳ họp thứ 9 HĐND tỉnh Quảng Bình 02/05/2024 10:20 Sáng 2/5, Chủ tịch HĐND tỉnh Quảng Bình Trần Hải Châu chủ trì khai mạc kỳ họp.\n\n"
            + "Thời tiết hôm nay 2/5: Trời nắng gắt 02/05/2024 05:00 Hôm nay dự báo các khu vực có nắng nóng, chiều tối có mưa rào.\n\n"
            + "Ban hành Quy định mới về công tác cán bộ 01/05/2024 07:45 Ông Lê Minh Quân, Bí thư Tỉnh ủy Quảng Bình vừa ký ban hành Quy định số 21-QĐ/TU về công tác cán bộ.\n\n"
            + "Xem thêm";
        var result = ArticleAnalyzer.Analyze("", text);
        Assert.Empty(result.Roles);
        Assert.Empty(result.LegalDocuments);
    }

    [Fact]
    public void A_single_paragraph_with_a_day_and_a_time_is_read()
    {
        var text = Opening + "\n\n"
            + "Cập nhật lúc 02/05/2024 10:20 Sáng 2/5, ông Trần Hải Châu, Chủ tịch HĐND tỉnh Quảng Bình chủ trì khai mạc kỳ họp.";
        var role = Assert.Single(ArticleAnalyzer.Analyze("", text).Roles);
        Assert.Equal("Trần Hải Châu", role.PersonName);
    }

    [Fact]
    public void A_date_line_with_its_time_zone_is_no_listed_story()
    {
        var text = Opening + "\n\n"
            + "Thanh Hà - Thứ năm, 02/05/2024 10:20 (GMT+7)\n\n"
            + "Phóng viên - Thứ năm, 02/05/2024 11:40 GMT+7 tin bổ sung\n\n"
            + "Sáng 2/5, ông Trần Hải Châu, Chủ tịch HĐND tỉnh Quảng Bình chủ trì khai mạc kỳ họp.";
        var role = Assert.Single(ArticleAnalyzer.Analyze("", text).Roles);
        Assert.Equal("Trần Hải Châu", role.PersonName);
    }
}
