using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts on boards with no fixed list (steering and organising boards, standing offices, branches,
/// representative offices, associations of natives and of business people), read with the board's
/// name up to what closes it; and a post given after 'giữ chức vụ' that stays with its appointee.
/// </summary>
public sealed class BoardTitleTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_co_chair_of_an_organising_board_keeps_the_boards_name_up_to_the_semicolon()
    {
        var roles = Roles("Buổi họp báo có ông Lê Văn Khoa – Phó Tổng thư ký VFF, Đồng Trưởng BTC giải bóng chuyền trẻ toàn quốc 2026; ông Đặng Văn Hải – Phó Giám đốc.");
        Assert.Contains("Lê Văn Khoa | Đồng Trưởng Ban Tổ chức giải bóng chuyền trẻ toàn quốc 2026", roles);
    }

    [Fact]
    public void A_steering_board_named_after_its_event_ends_at_the_dash_before_the_verb()
    {
        var roles = Roles("Ông Hoàng Minh Tâm – Phó Chủ tịch Ủy ban Olympic Việt Nam, Trưởng Ban chỉ đạo Giải Bơi lội quốc gia 2026 – cho biết giải sẽ mở vào tháng Ba.");
        Assert.Contains("Hoàng Minh Tâm | Trưởng Ban Chỉ đạo Giải Bơi lội quốc gia 2026", roles);
    }

    [Fact]
    public void A_native_place_association_drops_its_bracketed_abbreviation_and_keeps_where_it_sits()
    {
        var roles = Roles("Dự buổi gặp mặt có bà Trần Thị Lan - Chủ tịch Hội đồng hương (HĐH) Nghệ An - Hà Tĩnh tại khu vực phía Bắc, ông Ngô Văn Tài - Chủ tịch HĐH Hà Tĩnh tại Đà Nẵng cùng nhiều khách mời.");
        Assert.Contains("Trần Thị Lan | Chủ tịch Hội đồng hương Nghệ An - Hà Tĩnh tại khu vực phía Bắc", roles);
        Assert.Contains("Ngô Văn Tài | Chủ tịch Hội đồng hương Hà Tĩnh tại Đà Nẵng", roles);
    }

    [Fact]
    public void A_business_association_leaves_out_its_own_closing_abbreviation()
    {
        var roles = Roles("Ông Đinh Văn Sơn - Chủ tịch Hội doanh nhân Nghệ An phía Bắc NAB cùng nhiều doanh nghiệp đã tham dự.");
        Assert.Contains("Đinh Văn Sơn | Chủ tịch Hội Doanh nhân Nghệ An phía Bắc", roles);
    }

    [Fact]
    public void A_branch_and_a_standing_office_are_read_with_their_full_names()
    {
        var roles = Roles("Tham dự có ông Vũ Đức Long – Giám đốc Chi nhánh Công ty Truyền thông Sao Mai tại Cần Thơ, ông Lý Văn Phúc – Phó Trưởng Cơ quan thường trực Ban Nội chính Trung ương khu vực miền Trung.");
        Assert.Contains("Vũ Đức Long | Giám đốc Chi nhánh Công ty Truyền thông Sao Mai tại Cần Thơ", roles);
        Assert.Contains("Lý Văn Phúc | Phó Trưởng Cơ quan thường trực Ban Nội chính Trung ương khu vực miền Trung", roles);
    }

    [Fact]
    public void A_board_without_a_name_here_or_a_standing_commission_is_not_read_as_a_board()
    {
        var roles = Roles("Ông Trần Quốc Việt, Trưởng Ban Tổ chức hội nghị, phát biểu. Ông Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương, dự lễ.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Trần Quốc Việt | Trưởng Ban Tổ chức hội nghị", StringComparison.Ordinal));
        Assert.Contains("Lê Minh Hưng | Trưởng Ban Tổ chức Trung ương", roles);
    }

    [Fact]
    public void A_funeral_committee_is_left_to_the_mourning_rule_and_a_verb_after_it_is_no_part_of_its_name()
    {
        var roles = Roles("Đại tướng Trần Văn Quý, Trưởng Ban Tổ chức Lễ tang điều hành nghi thức truy điệu.");
        Assert.DoesNotContain(roles, r => r.Contains("điều hành", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_running_past_the_limit_is_no_board_name()
    {
        var roles = Roles("Ông Phan Văn Hậu, Trưởng Ban chỉ đạo Chương trình Một Hai Ba Bốn Năm Sáu Bảy Tám Chín Mười Mười Một Mười Hai Mười Ba Mười Bốn Mười Lăm Mười Sáu phát biểu.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Phan Văn Hậu | Trưởng Ban Chỉ đạo", StringComparison.Ordinal));
    }

    [Fact]
    public void The_post_given_after_giu_chuc_vu_is_the_appointees_not_the_next_speakers()
    {
        var roles = Roles("Phát biểu tại lễ trao quyết định, sau khi chúc mừng đồng chí Trần Văn Bình vừa được bổ nhiệm giữ chức vụ Phó Chánh án Tòa án nhân dân tối cao từ ngày 1/11, Tổng Bí thư, Chủ tịch nước Tô Lâm nhắc tới trách nhiệm lớn.");
        Assert.Contains("Trần Văn Bình | Phó Chánh án Tòa án nhân dân tối cao", roles);
        Assert.Contains("Tô Lâm | Tổng Bí thư", roles);
        Assert.DoesNotContain("Tô Lâm | Phó Chánh án Tòa án nhân dân tối cao", roles);
    }
    [Fact]
    public void A_lower_case_council_post_is_on_the_council_the_article_names()
    {
        var roles = Roles("Sáng 3-5, Chủ tịch nước Lê Văn An, chủ tịch Hội đồng Quốc phòng và An ninh, chủ trì phiên họp. Dự họp có Thủ tướng Nguyễn Văn Bảo - phó chủ tịch hội đồng; Chủ tịch Quốc hội Trần Văn Cường, ủy viên hội đồng.");
        Assert.Contains("Nguyễn Văn Bảo | Phó Chủ tịch Hội đồng Quốc phòng và An ninh", roles);
        Assert.Contains("Trần Văn Cường | Ủy viên Hội đồng Quốc phòng và An ninh", roles);
    }

    [Fact]
    public void A_lower_case_council_post_with_no_council_named_is_nobodys()
    {
        var roles = Roles("Dự buổi chấm giải có ông Nguyễn Văn Bảo, ủy viên hội đồng; bà Trần Thị Cúc, phó chủ tịch hội đồng.");
        Assert.DoesNotContain(roles, r => r.Contains("Hội đồng", StringComparison.OrdinalIgnoreCase));
    }
    [Fact]
    public void A_board_post_in_an_earlier_persons_apposition_is_not_lent_to_the_next_honoured_name()
    {
        var roles = Roles("Khai mạc có ông Trần Văn Đông, Phó Chủ tịch HanoiXY, Trưởng Ban Thể thao, Trưởng Ban tổ chức giải quần vợt Doanh nhân Hà Nội 2024, ông Lê Phúc Lâm - Phó Chủ tịch Hội.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lê Phúc Lâm | Trưởng Ban Tổ chức", StringComparison.Ordinal));
    }
}
