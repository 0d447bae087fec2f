using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'X, …, được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Y': the second verb
/// of appointing after a passive one is passive too, so the post and the committees it joins are X's.
/// </summary>
public sealed class PassiveAppointmentChainTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void The_one_moved_and_designated_takes_the_post_and_the_committees()
    {
        var roles = Roles("Ông Đinh Quang Hòa, Chủ tịch HĐTV Ngân hàng Công Thương Việt Nam, nay được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Thái Bình.");
        Assert.Contains("Đinh Quang Hòa | Phó Bí thư Tỉnh ủy Thái Bình", roles);
        Assert.Contains("Đinh Quang Hòa | Ủy viên Ban Thường vụ Tỉnh ủy Thái Bình", roles);
        Assert.Contains("Đinh Quang Hòa | Ủy viên Ban Chấp hành Đảng bộ tỉnh Thái Bình", roles);
    }

    [Fact]
    public void An_active_appointer_still_gives_the_post_to_its_object()
    {
        var roles = Roles("Bộ Chính trị điều động, chỉ định ông Kha Minh Tâm, Thứ trưởng Bộ Tài chính, giữ chức Phó Bí thư Tỉnh ủy Hải Dương.");
        Assert.Contains("Kha Minh Tâm | Phó Bí thư Tỉnh ủy Hải Dương", roles);
    }
}
