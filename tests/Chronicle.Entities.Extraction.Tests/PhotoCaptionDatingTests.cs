using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A photo caption ends with the day, month or year its photo was taken ('…, tháng 3.2021. Ảnh: …'), or is
/// followed by a short 'Ảnh chụp ngày …' sentence: the posts it shows are held then, not on the day of the page.
/// </summary>
public sealed class PhotoCaptionDatingTests
{
    private static List<string> Roles(string text, string published)
    {
        var clean = VietnameseText.Normalize(text);
        var anchor = AnchorDateResolver.Resolve(clean, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        return [.. ArticleAnalyzer.Analyze("", clean, anchor).Roles.Select(r => $"{r.PersonName} | {r.Role} | {r.Aspect} {r.Date?.Iso}").Distinct()];
    }

    private const string Opening = "Báo giới thiệu một số hình ảnh về các chuyến công tác của lãnh đạo tỉnh trong nhiều năm qua.\n\n";

    [Fact]
    public void A_caption_ending_with_a_month_is_dated_by_that_month()
    {
        var roles = Roles(Opening + "Bí thư Tỉnh ủy Lê Minh Khoa thăm hỏi công nhân nhà máy giày Tân Phú, tháng 3.2021. Ảnh: Thanh Hà", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy | held 2021-03", roles);
    }

    [Fact]
    public void A_caption_ending_with_a_year_is_dated_by_that_year()
    {
        var roles = Roles(Opening + "Bí thư Tỉnh ủy Lê Minh Khoa trao quà cho các hộ nghèo xã Tân Lập, năm 2019. Ảnh: Quốc Việt", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy | held 2019", roles);
    }

    [Fact]
    public void A_shot_taken_sentence_after_the_caption_dates_it()
    {
        var roles = Roles(Opening + "Bí thư Tỉnh ủy Lê Minh Khoa cùng đoàn công tác kiểm tra tiến độ xây dựng cầu Bình Lợi. Ảnh chụp ngày 14-6-2022. Ảnh MINH ĐỨC", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy | held 2022-06-14", roles);
    }

    [Fact]
    public void A_bracketed_shot_day_before_the_credit_dates_the_caption()
    {
        var roles = Roles(Opening + "Bí thư Tỉnh ủy Lê Minh Khoa thăm bảo tàng tỉnh nhân dịp khánh thành nhà trưng bày mới (ảnh chụp ngày 2-9-2018). Ảnh: Hồng Sơn", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy | held 2018-09-02", roles);
    }

    [Fact]
    public void A_plain_sentence_ending_with_a_year_is_no_caption()
    {
        var roles = Roles("Sáng 2/8, Bí thư Tỉnh ủy Lê Minh Khoa làm việc với huyện Tân Phú về kế hoạch năm 2019.\n\nÔng Khoa đề nghị huyện đẩy nhanh tiến độ.", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy | held 2024-08-02", roles);
    }

    [Fact]
    public void An_opening_lead_years_before_publication_does_not_become_the_day_reported()
    {
        var roles = Roles("Ngày 7-4-2017, Bí thư Tỉnh ủy Lê Minh Khoa thăm các đơn vị bộ đội biên phòng. Ảnh: Văn Tùng\n\n"
            + "Chủ tịch UBND tỉnh Trần Quang Huy cùng các đại biểu dự lễ. Ảnh: Văn Tùng", "2024-08-02");
        Assert.Contains("Lê Minh Khoa | Bí thư Tỉnh ủy | held 2017-04-07", roles);
        Assert.Contains("Trần Quang Huy | Chủ tịch UBND tỉnh | held 2024-08-02", roles);
    }
}
