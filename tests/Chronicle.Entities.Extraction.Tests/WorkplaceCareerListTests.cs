using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A career told as the places one worked at, 'từng công tác tại' a workplace and then posts: the posts after the
/// workplace are the subject's, held before, so left. A trip ('chuyến công tác tại') or a present posting names no career.
/// </summary>
public sealed class WorkplaceCareerListTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role} | {r.Aspect}").Distinct()];

    [Fact]
    public void Posts_after_the_workplace_a_short_named_officer_once_worked_at_are_his_and_left()
    {
        var roles = Roles("Thiếu tướng Đặng Văn Khải sinh năm 1968. Trước khi làm Giám đốc Công an tỉnh Thanh Hóa, thiếu tướng Khải "
            + "từng công tác tại Phòng Cảnh sát kinh tế (Công an tỉnh Nghệ An), Trưởng Công an huyện Quỳnh Lưu, Phó Giám đốc Công an tỉnh Nghệ An.");
        Assert.Contains("Đặng Văn Khải | Trưởng Công an huyện Quỳnh Lưu | ended", roles);
        Assert.Contains("Đặng Văn Khải | Phó Giám đốc Công an tỉnh Nghệ An | ended", roles);
    }

    [Fact]
    public void Years_of_work_written_between_tung_and_the_workplace_keep_the_list()
    {
        var roles = Roles("Bà Hà Thị Lan từng có nhiều năm công tác tại Sở Tài chính tỉnh Bắc Giang, Chủ tịch Hội Liên hiệp Phụ nữ huyện Lạng Giang.");
        Assert.Contains("Hà Thị Lan | Chủ tịch Hội Liên hiệp Phụ nữ huyện Lạng Giang | ended", roles);
    }

    [Fact]
    public void A_post_after_a_trip_to_a_place_is_the_named_officials_own()
    {
        var roles = Roles("Nhân chuyến công tác tại huyện Quỳnh Lưu, Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung đã thăm một hợp tác xã.");
        Assert.Contains("Nguyễn Đức Trung | Bí thư Tỉnh ủy Nghệ An | held", roles);
        Assert.DoesNotContain(roles, r => r.EndsWith("| ended"));
    }

    [Fact]
    public void A_present_posting_opens_no_list_of_the_subjects_former_posts()
    {
        var roles = Roles("Ông Đào Minh Phúc hiện công tác tại Văn phòng Tỉnh ủy Phú Thọ, Chánh Văn phòng Tỉnh ủy là ông Lê Anh Tú.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Đào Minh Phúc | Chánh Văn phòng"));
    }
}
