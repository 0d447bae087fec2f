using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post written by its body's kind alone ('Giám đốc bệnh viện') in an article about one body of that kind,
/// which also names another in passing: the post is of the body the article is about. Where no body of the kind
/// stands out, the post stays unread.
/// </summary>
public sealed class BodyTheArticleIsAboutTests
{
    private static readonly AnchorDate Anchor =
        new(2024, 5, 20, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", text, Anchor);

    [Fact]
    public void A_kinds_head_is_of_the_body_the_article_names_again_and_again()
    {
        var text = string.Join("\n",
            "Một khu điều trị nội trú mới vừa được đưa vào sử dụng tại Đà Nẵng.",
            "Sáng nay, Bệnh viện Hoa Sen đã khai trương khu điều trị này.",
            "Bác sĩ Phan Ngọc Minh, nguyên Trưởng khoa Nội, Bệnh viện Sông Hàn, đánh giá cao trang thiết bị.",
            "Theo kế hoạch, Bệnh viện Hoa Sen sẽ tiếp nhận người bệnh từ tháng sau.",
            "Ông Lạc Văn Đông - Giám đốc bệnh viện - cho biết khu điều trị có hai trăm giường.",
            "Bệnh viện Hoa Sen cũng mở thêm phòng khám ngoài giờ.");
        Assert.Contains(Read(text).Roles, r => r.PersonName == "Lạc Văn Đông" && r.Role == "Giám đốc Bệnh viện Hoa Sen");
    }

    [Fact]
    public void No_body_of_the_kind_standing_out_leaves_the_post_unread()
    {
        var text = string.Join("\n",
            "Bệnh viện Hoa Sen và Bệnh viện Sông Hàn ký kết hợp tác chuyên môn.",
            "Theo thỏa thuận, Bệnh viện Sông Hàn cử bác sĩ sang hỗ trợ Bệnh viện Hoa Sen.",
            "Ông Lạc Văn Đông - Giám đốc bệnh viện - cho biết việc hợp tác kéo dài ba năm.");
        Assert.DoesNotContain(Read(text).Roles, r => r.PersonName == "Lạc Văn Đông");
    }
}
