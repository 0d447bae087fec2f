using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Ways of writing a post that an audit of unlabelled political news found the extractor missed or
/// misdated: the city written in lower case or shortened, ministries shortened with '&amp;', the
/// holder set off by a dash or 'ông', a lunar-calendar day, a bracketed date of another phrase.
/// </summary>
public sealed class UnseenTextTests
{
    private static readonly AnchorDate August2024 =
        new(2024, 8, 16, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<RoleMention> Roles(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), August2024).Roles.Where(r => r.PersonName == person)];

    [Theory]
    [InlineData("Phó Chủ tịch UBND thành phố Hồ Chí Minh Trần Quang Lâm dự buổi khánh thành.", "Phó Chủ tịch UBND thành phố Hồ Chí Minh")]
    [InlineData("Chủ tịch UBND TP.HCM Trần Quang Lâm dự buổi khánh thành.", "Chủ tịch UBND thành phố Hồ Chí Minh")]
    [InlineData("Chủ tịch UBND TPHCM Trần Quang Lâm dự buổi khánh thành.", "Chủ tịch UBND thành phố Hồ Chí Minh")]
    [InlineData("Phó Chủ tịch UBND TP Hà Nội Trần Quang Lâm dự buổi khánh thành.", "Phó Chủ tịch UBND thành phố Hà Nội")]
    public void The_city_is_read_however_the_press_writes_it(string text, string post)
    {
        Assert.Equal(post, Assert.Single(Roles(text, "Trần Quang Lâm")).Role);
    }

    [Theory]
    [InlineData("Bộ trưởng KH&CN Đinh Văn Thắm trả lời chất vấn.", "Bộ trưởng Bộ Khoa học và Công nghệ")]
    [InlineData("Thứ trưởng Bộ GD&ĐT Đinh Văn Thắm trả lời chất vấn.", "Thứ trưởng Bộ Giáo dục và Đào tạo")]
    [InlineData("Bộ trưởng Bộ TN&MT Đinh Văn Thắm trả lời chất vấn.", "Bộ trưởng Bộ Tài nguyên và Môi trường")]
    public void A_ministry_shortened_with_an_ampersand_is_spelled_out(string text, string post)
    {
        Assert.Equal(post, Assert.Single(Roles(text, "Đinh Văn Thắm")).Role);
    }

    [Fact]
    public void A_former_minister_of_a_shortened_ministry_keeps_both_posts_and_his_whole_name()
    {
        var roles = Roles("Cựu Bộ trưởng KH&CN, cựu Chủ tịch UBND TP Hà Nội Lò Văn Pín được giảm án.", "Lò Văn Pín");

        Assert.Equal(["Bộ trưởng Bộ Khoa học và Công nghệ", "Chủ tịch UBND thành phố Hà Nội"], roles.Select(r => r.Role));
        Assert.All(roles, r => Assert.Equal(("former", "ended"), (r.Qualifier, r.Aspect)));
    }

    [Fact]
    public void A_holder_named_after_the_title_and_ong_belongs_to_it()
    {
        var role = Assert.Single(Roles("Phó Chủ tịch UBND tỉnh Yên Bái, ông Hà Quốc Trị cho biết tiến độ đã đạt yêu cầu.", "Hà Quốc Trị"));

        Assert.Equal("Phó Chủ tịch UBND tỉnh Yên Bái", role.Role);
    }

    [Fact]
    public void A_name_after_theo_and_a_title_is_not_the_titles_holder()
    {
        Assert.Empty(Roles("Theo Bộ trưởng, ông Hà Quốc Trị đã nộp lại toàn bộ số tiền.", "Hà Quốc Trị"));
    }

    [Fact]
    public void A_holder_set_off_by_a_dash_belongs_to_the_title()
    {
        var role = Assert.Single(Roles("Phó Bí thư Tỉnh ủy Sóc Trăng - Lâm Văn Mẫn khẳng định sẽ sớm hoàn thành.", "Lâm Văn Mẫn"));

        Assert.Equal("Phó Bí thư Tỉnh ủy Sóc Trăng", role.Role);
    }

    [Fact]
    public void A_title_written_right_after_an_honoured_name_is_that_persons()
    {
        var role = Assert.Single(Roles("Ông Hồ Văn Niên Trưởng Ban Tổ chức Trung ương trao quyết định.", "Hồ Văn Niên"));

        Assert.Equal("Trưởng Ban Tổ chức Trung ương", role.Role);
    }

    [Fact]
    public void A_lunar_calendar_day_does_not_date_the_post()
    {
        var role = Assert.Single(Roles("Nhân ngày giỗ cố Chủ tịch nước Võ Chí Công (8/8 âm lịch), chiều 15/8, lãnh đạo tỉnh đến thắp hương.", "Võ Chí Công"));

        Assert.Equal(("2024-08-15", "ended"), (role.Date?.Iso, role.Aspect));
    }

    [Fact]
    public void A_bracketed_date_closing_an_earlier_phrase_leaves_the_title_to_its_own_date()
    {
        var role = Assert.Single(Roles(
            "Sau hội nghị thượng đỉnh tại Lima (14/11/2023), buổi gặp giữa Chủ tịch nước Đào Văn Khải với đối tác (2/8/2024) diễn ra tốt đẹp.",
            "Đào Văn Khải"));

        Assert.Equal("2024-08-02", role.Date?.Iso);
    }

    [Fact]
    public void A_bracketed_day_after_a_time_word_still_dates_the_sentence()
    {
        var role = Assert.Single(Roles("Hôm qua (14/8), Chủ tịch nước Đào Văn Khải tiếp đoàn doanh nghiệp.", "Đào Văn Khải"));

        Assert.Equal("2024-08-14", role.Date?.Iso);
    }

    [Fact]
    public void A_post_looked_back_on_after_being_elected_is_held_not_begun()
    {
        var role = Assert.Single(Roles("Đây là chuyến công tác đầu tiên sau khi ông Đào Văn Khải được bầu làm Chủ tịch nước.", "Đào Văn Khải"));

        Assert.Equal("held", role.Aspect);
    }

    [Fact]
    public void A_post_taken_up_on_a_stated_day_still_begins_then()
    {
        var role = Assert.Single(Roles("Ngày 3/8, ông Đào Văn Khải được bầu làm Chủ tịch nước.", "Đào Văn Khải"));

        Assert.Equal(("2024-08-03", "started"), (role.Date?.Iso, role.Aspect));
    }

    [Fact]
    public void Quyen_ending_a_name_is_a_given_name_not_acting()
    {
        var role = Assert.Single(Roles("Phó Chủ tịch UBND tỉnh Bắc Ninh Vương Đình Quyền kiểm tra đê điều.", "Vương Đình Quyền"));

        Assert.Equal(("Phó Chủ tịch UBND tỉnh Bắc Ninh", ""), (role.Role, role.Qualifier));
    }

    [Fact]
    public void Quyen_before_a_title_still_makes_it_acting()
    {
        var role = Assert.Single(Roles("Quyền Chủ tịch UBND tỉnh Bắc Ninh Vương Đình Lộc kiểm tra đê điều.", "Vương Đình Lộc"));

        Assert.Equal("acting", role.Qualifier);
    }

    [Fact]
    public void A_ministrys_own_office_is_a_body()
    {
        var role = Assert.Single(Roles("Ông Tạ Quang Bửu thôi giữ chức vụ Chánh Văn phòng Bộ Y tế từ ngày 1/3/2024.", "Tạ Quang Bửu"));

        Assert.Equal(("Chánh Văn phòng Bộ Y tế", "ended", "2024-03-01"), (role.Role, role.Aspect, role.Date?.Iso));
    }

    [Fact]
    public void A_body_named_by_its_numbered_region_is_read_whole()
    {
        var role = Assert.Single(Roles("Ông Lý Văn Sâm - Giám đốc Học viện Chính trị khu vực III trình bày báo cáo.", "Lý Văn Sâm"));

        Assert.Equal("Giám đốc Học viện Chính trị khu vực III", role.Role);
    }

    [Fact]
    public void Posts_said_of_ong_belong_to_the_person_last_named()
    {
        var roles = ArticleAnalyzer.Analyze("", "Ông Vi Văn Khuê sinh năm 1968 tại Lạng Sơn. Tháng 5/2020, ông được bổ nhiệm làm Thứ trưởng Bộ Nội vụ. Ông cho rằng Thủ tướng Lê Hữu Đạo đã chỉ đạo kịp thời.", August2024).Roles;

        var deputy = Assert.Single(roles, r => r.PersonName == "Vi Văn Khuê");
        Assert.Equal(("Thứ trưởng Bộ Nội vụ", "started", "2020-05"), (deputy.Role, deputy.Aspect, deputy.Date?.Iso));
        Assert.Equal("Thủ tướng", Assert.Single(roles, r => r.PersonName == "Lê Hữu Đạo").Role);
    }

    [Fact]
    public void A_post_after_ong_without_a_verb_of_holding_is_nobodys()
    {
        var roles = ArticleAnalyzer.Analyze("", "Ông Vi Văn Khuê sinh năm 1968. Ông đề nghị Bộ trưởng Bộ Nội vụ xem xét.", August2024).Roles;

        Assert.DoesNotContain(roles, r => r.PersonName == "Vi Văn Khuê");
    }

    [Fact]
    public void Nguyen_covers_the_posts_after_it_in_the_chain_but_not_those_before()
    {
        var roles = Roles("Ông Hoàng Trọng Phu, Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Phú Yên, Chủ tịch HĐND tỉnh Phú Yên bị cảnh cáo.", "Hoàng Trọng Phu");

        Assert.Equal(
            [("Ủy viên Trung ương Đảng", "held"), ("Bí thư Tỉnh ủy Phú Yên", "ended"), ("Chủ tịch HĐND tỉnh Phú Yên", "ended")],
            roles.Select(r => (r.Role, r.Aspect)));
    }

    [Fact]
    public void A_year_after_vao_nam_opens_the_sentence_and_dates_the_post()
    {
        var role = Assert.Single(Roles("Vào năm 2001, khi còn giữ chức Phó Thủ tướng Trung Quốc, ông Lý Lam Thanh đã đến Hà Nội.", "Lý Lam Thanh"));

        Assert.Equal("2001", role.Date?.Iso);
    }

    [Fact]
    public void A_tu_date_of_another_clause_does_not_make_the_post_begin()
    {
        var role = Assert.Single(Roles("Nhận ghế Chủ tịch luân phiên khối từ ngày 1/7, Thủ tướng Hungary Viktor Orban đi thăm nhiều nước.", "Viktor Orban"));

        Assert.Equal("held", role.Aspect);
    }

    [Fact]
    public void A_career_line_ending_on_a_whole_day_still_dates_the_post_by_its_first_month()
    {
        var roles = ArticleAnalyzer.Analyze("", "Ông Phan Kế Toại sinh năm 1962.\nTừ 6/2018 - 19/9/2019: Bí thư Tỉnh ủy Bình Định.", August2024).Roles;

        var role = Assert.Single(roles, r => r.PersonName == "Phan Kế Toại" && r.Aspect == "started");
        Assert.Equal(("Bí thư Tỉnh ủy Bình Định", "2018-06"), (role.Role, role.Date?.Iso));
        Assert.Equal("2019-09-19", Assert.Single(roles, r => r.PersonName == "Phan Kế Toại" && r.Aspect == "ended").Date?.Iso);
    }

    [Fact]
    public void Committees_joined_on_the_way_to_a_provincial_post_are_memberships_of_that_province()
    {
        var roles = Roles("Ông Mạc Đăng Dung, Thứ trưởng Bộ Nội vụ, được điều động về tỉnh, tham gia Ban Chấp hành, Ban Thường vụ và làm Bí thư Tỉnh ủy Hải Dương.", "Mạc Đăng Dung");

        Assert.Equal(
            ["Thứ trưởng Bộ Nội vụ", "Bí thư Tỉnh ủy Hải Dương", "Ủy viên Ban Chấp hành Đảng bộ tỉnh Hải Dương", "Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương"],
            roles.Select(r => r.Role));
        Assert.All(roles.Skip(1), r => Assert.Equal("started", r.Aspect));
    }

    [Fact]
    public void A_post_without_a_committee_joined_gets_no_membership()
    {
        var roles = Roles("Bộ Chính trị điều động ông Mạc Đăng Dung giữ chức Bí thư Tỉnh ủy Hải Dương.", "Mạc Đăng Dung");

        Assert.Equal(["Bí thư Tỉnh ủy Hải Dương"], roles.Select(r => r.Role));
    }

    [Fact]
    public void A_name_after_a_title_governed_by_cua_opens_a_clause_of_its_own()
    {
        Assert.Empty(Roles("Quán triệt ý kiến của Chủ tịch nước, đồng chí Hà Quốc Trị khẳng định sẽ thực hiện nghiêm.", "Hà Quốc Trị"));
    }

    [Fact]
    public void Nguyen_followed_by_a_colon_opens_a_list_of_posts_left()
    {
        var roles = Roles("Các ông: Kiều Văn Lộc, nguyên: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phú Thọ; Đinh Văn Tư, nguyên Giám đốc Sở Tài chính tỉnh Phú Thọ bị khai trừ.", "Kiều Văn Lộc");

        Assert.Equal(["Phó Bí thư Tỉnh ủy Phú Thọ", "Chủ tịch UBND tỉnh Phú Thọ"], roles.Select(r => r.Role));
        Assert.All(roles, r => Assert.Equal(("former", "ended"), (r.Qualifier, r.Aspect)));
    }

    [Fact]
    public void A_name_right_before_la_holds_the_title()
    {
        var role = Assert.Single(Roles("Bà Lò Thị Mai hiện là Ủy viên Bộ Chính trị khóa XIII.", "Lò Thị Mai"));

        Assert.Equal("Ủy viên Bộ Chính trị", role.Role);
    }

    [Fact]
    public void A_post_named_after_la_in_another_clause_is_not_the_speakers()
    {
        Assert.Empty(Roles("Ông Lò Văn Mai cho biết người chịu trách nhiệm là Bộ trưởng Bộ Y tế.", "Lò Văn Mai"));
    }

    [Fact]
    public void A_bare_name_after_a_title_and_a_comma_is_its_holder_unless_it_opens_a_list_entry()
    {
        Assert.Equal("Phó Chủ tịch Quốc hội", Assert.Single(Roles("Phó Chủ tịch Quốc hội, Nguyễn Đức Hải, đã chủ trì phiên thảo luận.", "Nguyễn Đức Hải")).Role);
        Assert.Equal(["Bí thư Tỉnh ủy Nam Định"], Roles("Tham dự có Bộ trưởng Bộ Y tế, Nguyễn Đức Hải, Bí thư Tỉnh ủy Nam Định.", "Nguyễn Đức Hải").Select(r => r.Role));
    }

    [Fact]
    public void Dong_chi_after_a_title_and_a_comma_names_its_holder()
    {
        var role = Assert.Single(Roles("Trên cương vị mới là Bí thư Tỉnh ủy Cao Bằng, đồng chí Nông Văn Dền sẽ sâu sát cơ sở.", "Nông Văn Dền"));

        Assert.Equal("Bí thư Tỉnh ủy Cao Bằng", role.Role);
    }

    [Fact]
    public void A_district_followed_by_its_province_is_no_person()
    {
        var roles = ArticleAnalyzer.Analyze("", "Ông Vũ Đình Liên, Bí thư Huyện ủy Gia Bình, tỉnh Bắc Ninh dự lễ.", August2024).Roles;

        var role = Assert.Single(roles);
        Assert.Equal("Vũ Đình Liên", role.PersonName);
        Assert.StartsWith("Bí thư Huyện ủy Gia Bình", role.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_denied_is_nobodys()
    {
        Assert.Empty(ArticleAnalyzer.Analyze("", "Giới quan sát cho rằng ông Đoàn Văn Hậu sẽ không làm Chủ tịch nước.", August2024).Roles);
    }

    [Fact]
    public void The_post_before_the_name_of_someone_elected_to_another_is_held()
    {
        var roles = Roles("Trung ương bầu bổ sung Bộ trưởng Bộ Tư pháp Đoàn Văn Hậu làm Ủy viên Bộ Chính trị.", "Đoàn Văn Hậu");

        Assert.Equal([("Bộ trưởng Bộ Tư pháp", "held"), ("Ủy viên Bộ Chính trị", "started")], roles.Select(r => (r.Role, r.Aspect)));
    }

    [Fact]
    public void A_city_district_goes_by_its_number()
    {
        var role = Assert.Single(Roles("Từ tháng 1/2005, ông Đoàn Văn Hậu làm Chủ tịch UBND Quận 5.", "Đoàn Văn Hậu"));

        Assert.Equal("Chủ tịch UBND quận 5", role.Role);
    }

    [Fact]
    public void Ong_refers_back_only_when_the_last_naming_sentence_named_one_person()
    {
        var roles = ArticleAnalyzer.Analyze("", "Ông Lại Văn Sâm thay ông Kha Văn Tiến. Năm 1999, ông làm Phó Thủ tướng.", August2024).Roles;

        Assert.Empty(roles);
    }

    [Fact]
    public void A_post_after_a_verb_does_not_pass_to_the_next_name_in_the_list()
    {
        var roles = ArticleAnalyzer.Analyze("", "Trung ương giới thiệu ông Đoàn Văn Hậu giữ chức Chủ tịch nước, ông Lại Văn Sâm giữ chức Chủ tịch Quốc hội.", August2024).Roles;

        Assert.DoesNotContain(roles, r => r.PersonName == "Lại Văn Sâm" && r.Role == "Chủ tịch nước");
    }

    [Theory]
    [InlineData("Ngày 16.5, Bộ trưởng Bộ Tư pháp Đoàn Văn Hậu tiếp đoàn khách.", "2024-05-16")]
    [InlineData("Trong bài viết ngày 24.1.2009, Bộ trưởng Bộ Tư pháp Đoàn Văn Hậu nêu rõ quan điểm.", "2009-01-24")]
    [InlineData("Lượng hồ sơ tăng 1.5 lần, Bộ trưởng Bộ Tư pháp Đoàn Văn Hậu cho biết.", "2024-08-16")]
    public void Days_written_with_dots_date_the_post(string text, string date)
    {
        Assert.Equal(date, Assert.Single(Roles(text, "Đoàn Văn Hậu")).Date?.Iso);
    }

    [Fact]
    public void Our_party_written_in_full_leaves_the_post_as_usually_named()
    {
        var role = Assert.Single(Roles("Cố Tổng Bí thư Đảng Cộng sản Việt Nam Trường Chinh để lại nhiều tác phẩm.", "Trường Chinh"));

        Assert.Equal(("Tổng Bí thư", "late"), (role.Role, role.Qualifier));
    }

    [Fact]
    public void A_post_in_brackets_after_a_name_is_that_persons()
    {
        var role = Assert.Single(Roles("Ông Phan Văn Khải (hiện là Bí thư Tỉnh ủy Long An) được nhắc đến nhiều.", "Phan Văn Khải"));

        Assert.Equal("Bí thư Tỉnh ủy Long An", role.Role);
    }

    [Fact]
    public void A_holder_named_after_la_and_a_rank_belongs_to_the_title()
    {
        var role = Assert.Single(Roles("Người được chọn làm Bộ trưởng Bộ Quốc phòng là Đại tướng Phan Văn Khải.", "Phan Văn Khải"));

        Assert.Equal("Bộ trưởng Bộ Quốc phòng", role.Role);
    }

    [Fact]
    public void A_bare_provincial_committee_takes_the_province_its_paragraph_names_when_the_article_has_none()
    {
        var roles = ArticleAnalyzer.Analyze("", "Đoàn công tác làm việc tại hai địa phương.\nVề phía tỉnh Quảng Trị có ông Lê Văn Sĩ - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.", August2024).Roles;

        Assert.Equal(["Ủy viên Ban Thường vụ Tỉnh ủy Quảng Trị", "Phó Chủ tịch UBND tỉnh Quảng Trị"], roles.Where(r => r.PersonName == "Lê Văn Sĩ").Select(r => r.Role));
    }

    [Fact]
    public void Tinh_uy_vien_is_a_membership_of_the_provinces_executive_committee()
    {
        var roles = Roles("Đồng chí Lục Văn Tiên, nguyên Tỉnh ủy viên, Giám đốc Sở Xây dựng tỉnh Lạng Sơn bị cảnh cáo.", "Lục Văn Tiên");

        Assert.Equal(["Ủy viên Ban Chấp hành Đảng bộ tỉnh Lạng Sơn", "Giám đốc Sở Xây dựng tỉnh Lạng Sơn"], roles.Select(r => r.Role));
        Assert.All(roles, r => Assert.Equal("ended", r.Aspect));
    }

    [Fact]
    public void A_period_opening_the_sentence_dates_the_posts_said_of_ong()
    {
        var roles = ArticleAnalyzer.Analyze("", "Ông Lục Văn Tiên sinh năm 1965. Giai đoạn từ tháng 11/2011 tới tháng 2/2014, ông là Thứ trưởng Bộ Xây dựng.", August2024).Roles;

        Assert.Equal("2011-11", Assert.Single(roles, r => r.PersonName == "Lục Văn Tiên" && r.Aspect == "started").Date?.Iso);
    }

    [Fact]
    public void A_post_only_proposed_is_read_as_a_nomination_not_as_held_or_started()
    {
        var roles = Roles("Trung ương giới thiệu ông Lục Văn Tiên, Bộ trưởng Bộ Xây dựng, để Quốc hội bầu giữ chức Phó Thủ tướng.", "Lục Văn Tiên");

        // The proposed post keeps its qualifier: the timeline never counts a nominee as its holder.
        Assert.Equal([("Bộ trưởng Bộ Xây dựng", "", "held"), ("Phó Thủ tướng", "nominee", "held")], roles.Select(r => (r.Role, r.Qualifier, r.Aspect)));
    }
}
