using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'X được điều động, phân công, chỉ định tham gia …, giữ chức …': every verb of a list of appointing verbs after
/// 'được' is passive, whatever its length, so the subject before 'được' is the one moved and takes the post.
/// Written actively ('Bộ Chính trị điều động, phân công, chỉ định ông X …') the person after the verbs takes it.
/// </summary>
public sealed class PassiveListOfAppointingVerbsTests
{
    private static readonly AnchorDate March2025 =
        new(2025, 3, 4, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, March2025).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void Three_passive_verbs_give_the_post_to_the_subject()
    {
        var roles = Roles("Ông Lạc Văn Tùng, Giám đốc Sở Xây dựng tỉnh Bắc Kạn, vừa được điều động, phân công, chỉ định tham gia "
            + "Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy Cao Bằng.");

        Assert.Contains(("Lạc Văn Tùng", "Phó Bí thư Tỉnh ủy Cao Bằng"), roles);
        Assert.Contains(("Lạc Văn Tùng", "Ủy viên Ban Thường vụ Tỉnh ủy Cao Bằng"), roles);
    }

    [Fact]
    public void Passive_verbs_after_the_agent_give_the_post_to_the_subject()
    {
        var roles = Roles("Ông Lạc Văn Tùng, Giám đốc Sở Xây dựng tỉnh Bắc Kạn, được Ban Bí thư điều động, chỉ định tham gia "
            + "Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy Cao Bằng.");

        Assert.Contains(("Lạc Văn Tùng", "Phó Bí thư Tỉnh ủy Cao Bằng"), roles);
    }

    [Fact]
    public void Active_verbs_give_the_post_to_the_one_named_after_them_not_to_the_subject()
    {
        var roles = Roles("Ông Mẫn Đức Hòa, Trưởng Ban Tổ chức Trung ương, công bố quyết định điều động, phân công, chỉ định "
            + "ông Lạc Văn Tùng tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy Cao Bằng.");

        Assert.DoesNotContain(("Mẫn Đức Hòa", "Phó Bí thư Tỉnh ủy Cao Bằng"), roles);
    }
}
