using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A clause that takes posts away ('cho thôi giữ các chức vụ đối với …', 'miễn nhiệm chức vụ … đối với
/// …', '… thôi giữ chức …') ends the posts it names among those set off after the person's name; the
/// others are still held that day.
/// </summary>
public sealed class LeavingClauseTests
{
    private static readonly AnchorDate May2024 =
        new(2024, 5, 14, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static Dictionary<string, string> Aspects(string text, string person) =>
        ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), May2024).Roles
            .Where(r => r.PersonName == person)
            .GroupBy(r => r.Role)
            .ToDictionary(g => g.Key, g => g.First().Aspect);

    [Fact]
    public void Every_post_is_left_when_the_clause_takes_all_of_them()
    {
        var aspects = Aspects("Hội nghị đã xem xét, cho thôi giữ các chức vụ đối với ông Phan Đình Long, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng.", "Phan Đình Long");

        Assert.Equal("ended", aspects["Ủy viên Bộ Chính trị"]);
        Assert.Equal("ended", aspects["Bí thư Thành ủy Hải Phòng"]);
    }

    [Fact]
    public void Only_the_post_named_is_left_when_the_clause_names_one()
    {
        var aspects = Aspects("Quốc hội thông qua nghị quyết miễn nhiệm chức vụ Bộ trưởng Bộ Tài chính đối với ông Phan Đình Long, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Tài chính.", "Phan Đình Long");

        Assert.Equal("ended", aspects["Bộ trưởng Bộ Tài chính"]);
        Assert.Equal("held", aspects["Ủy viên Bộ Chính trị"]);
    }

    [Fact]
    public void A_cue_after_the_posts_ends_the_one_it_names()
    {
        var aspects = Aspects("Bộ Chính trị điều động bà Đào Thị Hạnh, Ủy viên Trung ương Đảng, Phó Bí thư Tỉnh ủy Thái Bình thôi tham gia Ban Thường vụ Tỉnh ủy, thôi giữ chức Phó Bí thư Tỉnh ủy Thái Bình.", "Đào Thị Hạnh");

        Assert.Equal("ended", aspects["Phó Bí thư Tỉnh ủy Thái Bình"]);
        Assert.Equal("held", aspects["Ủy viên Trung ương Đảng"]);
    }

    [Fact]
    public void A_cue_said_of_another_person_leaves_the_posts_held()
    {
        var aspects = Aspects("Ông Phan Đình Long, Bí thư Thành ủy Hải Phòng, cho biết ông Vũ Văn Tám đã thôi giữ chức Bí thư Thành ủy Hải Phòng từ năm ngoái.", "Phan Đình Long");

        Assert.Equal("held", aspects["Bí thư Thành ủy Hải Phòng"]);
    }
}
