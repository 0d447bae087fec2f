using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'Thành ủy viên' is a member of a city's Party executive committee, read where the article is on
/// a city; posts listed after 'các chức vụ … gồm:' are the posts of the one the sentence is about.
/// </summary>
public sealed class CityCommitteeMemberTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_city_committee_member_takes_the_city_the_article_is_on()
    {
        var roles = Roles("UBND TP.HCM họp bàn kế hoạch chống ngập. Ông Đặng Văn Khoa, Thành ủy viên, Giám đốc Sở Xây dựng TP.HCM, báo cáo tiến độ.");
        Assert.Contains("Đặng Văn Khoa | Ủy viên Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh", roles);
    }

    [Fact]
    public void Without_a_city_the_member_is_not_read()
    {
        Assert.DoesNotContain(Roles("Ông Đặng Văn Khoa, Thành ủy viên, phát biểu tại hội nghị."), r => r.Contains("Đảng bộ thành phố", StringComparison.Ordinal));
    }

    [Fact]
    public void Posts_listed_after_the_word_for_them_are_the_subjects()
    {
        var roles = Roles("Trước khi về Bộ, ông Cao Văn Phúc đã kinh qua một số chức vụ gồm: phó cục trưởng Cục Cảnh sát giao thông, giám đốc Công an tỉnh Nghệ An.");
        Assert.Contains("Cao Văn Phúc | Phó Cục trưởng Cục Cảnh sát giao thông", roles);
    }
}
