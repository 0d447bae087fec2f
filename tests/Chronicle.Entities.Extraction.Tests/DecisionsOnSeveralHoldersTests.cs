using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// One decision on a post naming several people after 'đối với' ('bổ nhiệm chức vụ X đối với ông A và bà B') gives
/// the post to each of them, with the decision's aspect; a name joined otherwise, or after a decision on no post,
/// takes nothing from it.
/// </summary>
public sealed class DecisionsOnSeveralHoldersTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role} | {r.Aspect}").Distinct()];

    [Fact]
    public void Both_people_an_appointment_names_take_the_post()
    {
        var roles = Roles("Thủ tướng vừa ký quyết định bổ nhiệm chức vụ Thứ trưởng Bộ Xây dựng đối với ông Quan Văn Lộc và bà Mè Thị Hạnh.");
        Assert.Contains("Quan Văn Lộc | Thứ trưởng Bộ Xây dựng | started", roles);
        Assert.Contains("Mè Thị Hạnh | Thứ trưởng Bộ Xây dựng | started", roles);
    }

    [Fact]
    public void The_second_holder_takes_the_post_after_the_first_holders_own_post()
    {
        var roles = Roles("Chủ tịch nước quyết định bổ nhiệm chức vụ Thứ trưởng Bộ Quốc phòng đối với Trung tướng Hà Văn Khải, "
            + "Tư lệnh Quân khu 5 và Thiếu tướng Chu Văn Lạng.");
        Assert.Contains("Hà Văn Khải | Thứ trưởng Bộ Quốc phòng | started", roles);
        Assert.Contains("Chu Văn Lạng | Thứ trưởng Bộ Quốc phòng | started", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Chu Văn Lạng | Tư lệnh", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dismissal_of_three_people_ends_the_post_of_each()
    {
        var roles = Roles("Hội đồng nhân dân tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Lai Châu đối với ông Lò Văn Mạnh, ông Tòng Văn Pao và bà Vàng Thị Dua.");
        Assert.Contains("Lò Văn Mạnh | Phó Chủ tịch UBND tỉnh Lai Châu | ended", roles);
        Assert.Contains("Tòng Văn Pao | Phó Chủ tịch UBND tỉnh Lai Châu | ended", roles);
        Assert.Contains("Vàng Thị Dua | Phó Chủ tịch UBND tỉnh Lai Châu | ended", roles);
    }

    [Fact]
    public void A_name_after_a_second_decision_takes_only_its_own_post()
    {
        var roles = Roles("Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Nội vụ đối với ông Quan Văn Lộc và bầu ông Lê Văn Hải làm Bộ trưởng Bộ Nội vụ.");
        Assert.Contains("Quan Văn Lộc | Bộ trưởng Bộ Nội vụ | ended", roles);
        Assert.DoesNotContain("Lê Văn Hải | Bộ trưởng Bộ Nội vụ | ended", roles);
    }

    [Fact]
    public void A_name_after_the_first_holders_clause_of_another_kind_takes_nothing()
    {
        var roles = Roles("Thủ tướng bổ nhiệm chức vụ Thứ trưởng Bộ Xây dựng đối với ông Quan Văn Lộc, người từng làm việc với ông Mè Văn Hùng.");
        Assert.Contains("Quan Văn Lộc | Thứ trưởng Bộ Xây dựng | started", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Mè Văn Hùng", StringComparison.Ordinal));
    }

    [Fact]
    public void People_a_reprimand_names_take_no_post()
    {
        var roles = Roles("Ban Thường vụ quyết định kỷ luật cảnh cáo đối với ông Quan Văn Lộc và ông Mè Văn Hùng.");
        Assert.Empty(roles);
    }
}
