using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A bare 'Bộ trưởng' or 'Thứ trưởng' before a name heads the ministry the text around it names as
/// a body, when the article gives that person no ministry of their own; never one named inside
/// somebody else's title, and none where two are named.
/// </summary>
public sealed class BareTitleContextTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void The_ministry_its_sentence_names_completes_a_bare_title()
    {
        Assert.Contains("Trần Văn Nam | Thứ trưởng Bộ Công an", Roles("Thay mặt lãnh đạo Bộ Công an, Thứ trưởng Trần Văn Nam tặng hoa chúc mừng."));
        Assert.Contains("Lê Thị Hồng | Bộ trưởng Bộ Giáo dục và Đào tạo", Roles("Chiều 4/6, Bộ trưởng Lê Thị Hồng cùng đoàn công tác Bộ Giáo dục và Đào tạo làm việc tại Quảng Ngãi."));
    }

    [Fact]
    public void The_one_ministry_an_article_names_completes_a_bare_title_in_another_paragraph()
    {
        var text = "Sáng 2/8, Bộ Y tế có hội nghị tổng kết công tác phòng dịch.\n\nPhát biểu tại hội nghị, Thứ trưởng Đỗ Xuân Tuyên đề nghị các địa phương chủ động.";
        Assert.Contains("Đỗ Xuân Tuyên | Thứ trưởng Bộ Y tế", Roles(text));
    }

    [Fact]
    public void A_ministry_inside_someone_else_s_title_completes_nothing()
    {
        var roles = Roles("Bộ trưởng Bộ Tài chính Hồ Đức Phớc và Bộ trưởng Nguyễn Chí Dũng dự phiên họp.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Nguyễn Chí Dũng |", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_ministries_named_leave_the_bare_title_unread()
    {
        var roles = Roles("Đại diện Bộ Tài chính và Bộ Xây dựng cùng dự; Thứ trưởng Phạm Văn Hòa phát biểu.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Phạm Văn Hòa |", StringComparison.Ordinal));
    }
}
