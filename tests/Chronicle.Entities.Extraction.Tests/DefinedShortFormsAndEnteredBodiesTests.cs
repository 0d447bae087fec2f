using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A short form the article defines in brackets stands for the body's full name in later posts;
/// a body entered after a post ('được bầu bổ sung vào Ban Bí thư') is a membership taken up; the
/// committees left with a post ('thôi tham gia Ban Chấp hành, Ban Thường vụ …') end with it.
/// </summary>
public sealed class DefinedShortFormsAndEnteredBodiesTests
{
    private static List<RoleMention> Read(string text) => [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles];

    private static List<string> Roles(string text) => [.. Read(text).Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_short_form_spelled_by_the_initials_of_the_name_takes_the_full_name()
    {
        var roles = Roles("Sáng 3/5, Hội Nông dân (ND) tỉnh Kon Tum tổ chức hội nghị sơ kết. Dự hội nghị có ông Trần Minh Khoa - Phó Chủ tịch Hội ND tỉnh Kon Tum.");
        Assert.Contains("Trần Minh Khoa | Phó Chủ tịch Hội Nông dân tỉnh Kon Tum", roles);
        Assert.DoesNotContain("Trần Minh Khoa | Phó Chủ tịch Hội ND tỉnh Kon Tum", roles);
    }

    [Fact]
    public void A_foreign_short_form_takes_the_name_from_the_body_word_that_opens_it()
    {
        var roles = Roles("Đoàn đến thăm theo lời mời của Liên hiệp Nông dân Moldova (UFM). Ông Ion Rusu - Chủ tịch UFM đã đón đoàn tại thủ đô.");
        Assert.Contains("Ion Rusu | Chủ tịch Liên hiệp Nông dân Moldova", roles);
    }

    [Fact]
    public void A_short_form_the_article_does_not_define_is_left_as_written()
    {
        var roles = Roles("Dự hội nghị có ông Trần Minh Khoa - Phó Chủ tịch Hội ND tỉnh Kon Tum.");
        Assert.DoesNotContain(roles, r => r.Contains("Nông dân", StringComparison.Ordinal));
    }

    [Fact]
    public void The_secretariat_entered_after_a_post_is_a_membership_taken_up()
    {
        var roles = Read("Ông Phạm Văn Hùng, Trưởng Ban Nội chính Trung ương, được Hội nghị bầu bổ sung vào Ban Bí thư.");
        Assert.Contains(roles, r => r.PersonName == "Phạm Văn Hùng" && r.Role == "Bí thư Trung ương Đảng" && r.Aspect == "started");
    }

    [Fact]
    public void The_politburo_entered_with_a_new_post_is_a_membership_taken_up()
    {
        var roles = Read("Ông Lê Quang Tú đã được bầu làm Chánh Văn phòng Trung ương Đảng và được bổ sung vào Bộ Chính trị.");
        Assert.Contains(roles, r => r.PersonName == "Lê Quang Tú" && r.Role == "Ủy viên Bộ Chính trị" && r.Aspect == "started");
    }

    [Fact]
    public void Falling_short_of_entering_the_politburo_is_no_membership()
    {
        var roles = Read("Ông Lê Quang Tú, Chánh Văn phòng Trung ương Đảng, chưa đủ tiêu chuẩn để vào Bộ Chính trị.");
        Assert.DoesNotContain(roles, r => r.Role == "Ủy viên Bộ Chính trị");
    }

    [Fact]
    public void Committees_left_with_the_post_end_with_it()
    {
        var roles = Read("Theo quyết định, ông Vũ Văn Tâm, Bí thư Tỉnh ủy Lai Châu, thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và thôi giữ chức Bí thư Tỉnh ủy Lai Châu.");
        Assert.Contains(roles, r => r.PersonName == "Vũ Văn Tâm" && r.Role == "Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu" && r.Aspect == "ended");
        Assert.Contains(roles, r => r.PersonName == "Vũ Văn Tâm" && r.Role == "Ủy viên Ban Chấp hành Đảng bộ tỉnh Lai Châu" && r.Aspect == "ended");
    }

    [Fact]
    public void The_executive_committee_written_in_lower_case_is_joined_too()
    {
        var roles = Roles("Bà Đỗ Thị Lan được điều động, chỉ định tham gia Ban chấp hành, Ban Thường vụ Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy Điện Biên.");
        Assert.Contains("Đỗ Thị Lan | Ủy viên Ban Chấp hành Đảng bộ tỉnh Điện Biên", roles);
        Assert.Contains("Đỗ Thị Lan | Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên", roles);
    }

    [Fact]
    public void Posts_released_before_the_person_named_after_doi_voi_are_that_persons()
    {
        var roles = Read("Hội nghị đã thông qua việc cho thôi chức vụ Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Nam Định để nghỉ hưu đối với ông Đặng Văn Khôi.");
        Assert.Contains(roles, r => r.PersonName == "Đặng Văn Khôi" && r.Role == "Bí thư Tỉnh ủy Nam Định" && r.Aspect == "ended");
        Assert.Contains(roles, r => r.PersonName == "Đặng Văn Khôi" && r.Role == "Trưởng Đoàn đại biểu Quốc hội tỉnh Nam Định" && r.Aspect == "ended");
    }

    [Fact]
    public void The_one_replaced_leaves_the_post_the_newcomer_takes_up()
    {
        var roles = Read("Quốc hội đã bầu ông Lê Văn Trí giữ chức Chánh án Tòa án nhân dân tối cao thay ông Nguyễn Văn Bình.");
        Assert.Contains(roles, r => r.PersonName == "Lê Văn Trí" && r.Role == "Chánh án Tòa án nhân dân tối cao" && r.Aspect == "started");
        Assert.Contains(roles, r => r.PersonName == "Nguyễn Văn Bình" && r.Role == "Chánh án Tòa án nhân dân tối cao" && r.Aspect == "ended");
    }

    [Fact]
    public void A_replacement_only_wondered_about_ends_nobodys_post()
    {
        var roles = Read("Báo chí đặt câu hỏi ai sẽ thay ông Tô Lâm làm Chủ tịch nước.");
        Assert.DoesNotContain(roles, r => r.PersonName == "Tô Lâm" && r.Aspect == "ended");
    }

    [Fact]
    public void The_person_a_decision_relieves_then_moves_takes_the_new_post_and_committees()
    {
        var roles = Read("Điều động ông Lò Văn Minh, Thứ trưởng Bộ Nội vụ, thôi giữ chức Bí thư Ban Cán sự Đảng; điều động, phân công, chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy, giữ chức Bí thư Tỉnh ủy Sơn La.");
        Assert.Contains(roles, r => r.PersonName == "Lò Văn Minh" && r.Role == "Bí thư Tỉnh ủy Sơn La" && r.Aspect == "started");
        Assert.Contains(roles, r => r.PersonName == "Lò Văn Minh" && r.Role == "Ủy viên Ban Thường vụ Tỉnh ủy Sơn La");
        Assert.Contains(roles, r => r.PersonName == "Lò Văn Minh" && r.Role == "Ủy viên Ban Chấp hành Đảng bộ tỉnh Sơn La");
    }

    [Fact]
    public void An_appointer_who_relieves_nobody_gives_the_post_to_no_one_before_it()
    {
        var roles = Read("Ông Lò Văn Minh, Thứ trưởng Bộ Nội vụ, phát biểu; Bộ Chính trị chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy, giữ chức Bí thư Tỉnh ủy Sơn La.");
        Assert.DoesNotContain(roles, r => r.PersonName == "Lò Văn Minh" && r.Role == "Bí thư Tỉnh ủy Sơn La");
    }

    [Fact]
    public void A_list_head_is_shared_by_a_ranked_member_after_another_ranked_members_posts()
    {
        var roles = Roles("Có mặt tại buổi lễ có các Ủy viên Bộ Chính trị: Đại tướng Trần Văn Hải, Bộ trưởng Bộ Quốc phòng, Thượng tướng Vũ Đức Tâm, Bộ trưởng Bộ Công an.");
        Assert.Contains("Vũ Đức Tâm | Ủy viên Bộ Chính trị", roles);
        Assert.Contains("Vũ Đức Tâm | Bộ trưởng Bộ Công an", roles);
        Assert.Contains("Trần Văn Hải | Ủy viên Bộ Chính trị", roles);
        Assert.DoesNotContain("Vũ Đức Tâm | Bộ trưởng Bộ Quốc phòng", roles);
    }
}
