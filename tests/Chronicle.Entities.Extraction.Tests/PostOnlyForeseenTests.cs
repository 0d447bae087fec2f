using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post someone is only expected or said to be likely to take ('dự kiến ông X sẽ sang làm …', 'khả năng ông X làm …')
/// is not theirs on the article's day; the same post taken up with 'làm', or left another post for ('để làm …'), is.
/// </summary>
public sealed class PostOnlyForeseenTests
{
    private static readonly AnchorDate March2025 =
        new(2025, 3, 12, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<string> RolesOf(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", text, March2025).Roles.Where(r => r.PersonName == person).Select(r => r.Role).Distinct()];

    [Theory]
    [InlineData("Theo phương án sắp xếp, dự kiến ông Lưu Đình Khoa sẽ chuyển sang làm Bộ trưởng Bộ Xây dựng.", "Bộ trưởng Bộ Xây dựng")]
    [InlineData("Ông Lưu Đình Khoa vừa được bổ sung vào Ban Bí thư nên khả năng ông làm Chủ tịch Quốc hội là thấp.", "Chủ tịch Quốc hội")]
    [InlineData("Nhiều đại biểu cho rằng ông Lưu Đình Khoa có thể làm Bộ trưởng Bộ Xây dựng.", "Bộ trưởng Bộ Xây dựng")]
    public void A_post_only_foreseen_with_lam_is_nobody_s(string sentence, string role)
    {
        Assert.DoesNotContain(role, RolesOf(sentence, "Lưu Đình Khoa"));
    }

    [Theory]
    [InlineData("Năm 2019, ông Lưu Đình Khoa được điều động làm Bộ trưởng Bộ Xây dựng.", "Bộ trưởng Bộ Xây dựng")]
    [InlineData("Ông Lưu Đình Khoa được Quốc hội bầu làm Chủ tịch Quốc hội hồi tháng trước.", "Chủ tịch Quốc hội")]
    [InlineData("Tuần trước, ông Lưu Đình Khoa đã thôi chức Bí thư Tỉnh ủy Hà Giang để làm Bộ trưởng Bộ Xây dựng.", "Bộ trưởng Bộ Xây dựng")]
    public void A_post_taken_up_with_lam_is_still_read(string sentence, string role)
    {
        Assert.Contains(role, RolesOf(sentence, "Lưu Đình Khoa"));
    }
}
