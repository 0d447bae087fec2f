using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A Party body entered by vote is a membership of the one who entered it, with no post written
/// beside it: the Politburo, the Secretariat, the Central Committee.
/// </summary>
public sealed class MembershipByVoteTests
{
    private static List<RoleMention> Read(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles];

    private static List<string> Roles(string text) =>
        [.. Read(text).Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_named_person_voted_into_the_politburo_becomes_its_member_that_day()
    {
        var roles = Read("Ngày 31/1/2021, ông Hồ Văn Thắm được bầu vào Bộ Chính trị.");
        var member = Assert.Single(roles, r => r.Role == "Ủy viên Bộ Chính trị");
        Assert.Equal("Hồ Văn Thắm", member.PersonName);
        Assert.Equal("started", member.Aspect);
        Assert.Equal("2021-01-31", member.Date?.Iso);
    }

    [Fact]
    public void The_secretariat_and_the_central_committee_name_their_own_memberships()
    {
        Assert.Contains("Đặng Thị Lụa | Bí thư Trung ương Đảng", Roles("Bà Đặng Thị Lụa được bổ sung vào Ban Bí thư."));
        Assert.Contains("Đặng Thị Lụa | Ủy viên Trung ương Đảng",
            Roles("Bà Đặng Thị Lụa trúng cử vào Ban Chấp hành Trung ương Đảng tại Đại hội XI năm 2011."));
    }

    [Fact]
    public void A_pronoun_subject_is_the_person_the_paragraph_is_about()
    {
        var roles = Roles("Trung tướng Lạc Văn Phong quê ở Nghệ An và trưởng thành từ Quân khu 4. Đến năm 2016, ông được bầu vào BCH Trung ương.");
        Assert.Contains("Lạc Văn Phong | Ủy viên Trung ương Đảng", roles);
    }

    [Fact]
    public void A_bare_vao_right_after_the_name_enters_the_body()
    {
        Assert.Contains("Lạc Văn Phong | Ủy viên Bộ Chính trị", Roles("Năm 2021, ông Lạc Văn Phong vào Bộ Chính trị và giữ chức Bộ trưởng Bộ Quốc phòng."));
    }

    [Fact]
    public void A_chance_to_enter_or_someone_taking_another_in_enters_nobody()
    {
        Assert.Empty(Roles("Ông Lạc Văn Phong vẫn có cơ hội để vào Bộ Chính trị ở khóa tới."));
        Assert.DoesNotContain(Roles("Thủ tướng Mạc Văn Đông đã đưa ông vào Bộ Chính trị."), r => r.EndsWith("Ủy viên Bộ Chính trị", StringComparison.Ordinal));
    }
}
