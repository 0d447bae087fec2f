using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Two posts of one body's leadership written with a comma and the body named once, after the second
/// ('Phó Chủ tịch, Tổng Thư ký Hội X'): the first post is of that body too; so for posts taken in turn
/// ('Phó Chủ nhiệm rồi Chủ nhiệm Ủy ban X'). And a local Party committee's standing member keeps one
/// name however the article shortens it.
/// </summary>
public sealed class JointLeadershipPostsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_bare_deputy_head_before_a_comma_takes_the_body_the_next_post_names()
    {
        var roles = Roles("Bà Hà Thị Quỳnh, Phó Chủ tịch, Tổng Thư ký Hội Liên hiệp Phụ nữ Việt Nam, đọc diễn văn khai mạc.");
        Assert.Contains("Hà Thị Quỳnh | Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam", roles);
        Assert.Contains("Hà Thị Quỳnh | Tổng Thư ký Hội Liên hiệp Phụ nữ Việt Nam", roles);
    }

    [Fact]
    public void A_chairman_who_also_runs_the_company_holds_both_posts_of_it()
    {
        var roles = Roles("Ông Đỗ Minh Khang, Chủ tịch, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam, trả lời báo chí sáng nay.");
        Assert.Contains("Đỗ Minh Khang | Chủ tịch Tập đoàn Dầu khí Việt Nam", roles);
        Assert.Contains("Đỗ Minh Khang | Tổng Giám đốc Tập đoàn Dầu khí Việt Nam", roles);
    }

    [Fact]
    public void A_bare_party_head_does_not_take_the_body_of_a_state_post()
    {
        var roles = Roles("Phó Bí thư, Chủ tịch UBND tỉnh Lạng Sơn Vi Văn Lợi kiểm tra công trình.");
        Assert.Contains("Vi Văn Lợi | Chủ tịch UBND tỉnh Lạng Sơn", roles);
        Assert.DoesNotContain(roles, r => r.Contains("Phó Bí thư UBND", StringComparison.Ordinal));
    }

    [Fact]
    public void A_standing_member_of_a_provincial_committee_is_named_with_its_standing_board()
    {
        var roles = Roles("Tháp tùng đoàn còn có ông Lò Văn Tú, Ủy viên Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Sơn La.");
        Assert.Contains("Lò Văn Tú | Ủy viên Ban Thường vụ Tỉnh ủy Sơn La", roles);
        Assert.DoesNotContain("Lò Văn Tú | Ủy viên Thường vụ Tỉnh ủy Sơn La", roles);
    }

    [Fact]
    public void The_central_military_commission_keeps_its_own_name_for_standing_members()
    {
        var roles = Roles("Thượng tướng Hoàng Xuân Chiến, Ủy viên Thường vụ Quân ủy Trung ương, dự lễ.");
        Assert.Contains("Hoàng Xuân Chiến | Ủy viên Thường vụ Quân ủy Trung ương", roles);
    }

    [Fact]
    public void A_deputy_post_and_the_leader_post_taken_after_it_share_the_body()
    {
        var roles = Roles("Thiếu tướng Mai Văn Khoa là người Nam Định. Ông lần lượt làm Phó Chủ nhiệm rồi Chủ nhiệm Tổng cục Hậu cần.");
        Assert.Contains("Mai Văn Khoa | Phó Chủ nhiệm Tổng cục Hậu cần", roles);
        Assert.Contains("Mai Văn Khoa | Chủ nhiệm Tổng cục Hậu cần", roles);
    }

    [Fact]
    public void Posts_taken_in_turn_after_a_comma_and_roi_are_all_the_subjects()
    {
        var roles = Roles("Bà Đinh Thị Hoa sinh năm 1971. Từ năm 2016 đến 2021, bà là Phó Bí thư Tỉnh ủy Kon Tum, rồi Chủ tịch UBND tỉnh Kon Tum.");
        Assert.Contains("Đinh Thị Hoa | Phó Bí thư Tỉnh ủy Kon Tum", roles);
        Assert.Contains("Đinh Thị Hoa | Chủ tịch UBND tỉnh Kon Tum", roles);
    }

    [Fact]
    public void Roi_between_two_named_people_keeps_their_posts_apart()
    {
        var roles = Roles("Bộ trưởng Bộ Y tế Phạm Thu Ngân phát biểu rồi Phó Thủ tướng Lưu Văn Quý kết luận.");
        Assert.Contains("Phạm Thu Ngân | Bộ trưởng Bộ Y tế", roles);
        Assert.Contains("Lưu Văn Quý | Phó Thủ tướng", roles);
        Assert.DoesNotContain("Phạm Thu Ngân | Phó Thủ tướng", roles);
    }
}
