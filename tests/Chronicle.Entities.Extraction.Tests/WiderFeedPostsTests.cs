using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Persons and posts of the wider news feed (foreign politics, companies, sport, courts): whose
/// country a foreign title is, which words are no qualifier, and which posts a rank word changes.
/// </summary>
public sealed class WiderFeedPostsTests
{
    private static IReadOnlyList<RoleMention> Roles(string text) => ArticleAnalyzer.Analyze("", text).Roles;

    [Fact]
    public void A_word_of_ours_opening_with_a_country_name_gives_no_country_to_a_bare_title() =>
        Assert.DoesNotContain(Roles("Ý tưởng mua hòn đảo này từng được cố Tổng thống Grover Whitfield đưa ra từ lâu."),
            r => r.Role.EndsWith("Ý", StringComparison.Ordinal));

    [Fact]
    public void A_country_someone_flees_to_is_not_the_country_of_their_post() =>
        Assert.DoesNotContain(Roles("Khi đó, cựu tổng thống Anton Verhovsky bị phế truất và phải chạy sang Nga lánh nạn."),
            r => r.Role == "Tổng thống Nga");

    [Fact]
    public void A_country_the_sentence_names_as_the_holders_still_gives_the_post_its_country()
    {
        var role = Assert.Single(Roles("Phát biểu trước quốc hội Nga, Thủ tướng Mikhail Mishustin cho biết ngân sách năm nay sẽ tăng."));
        Assert.Equal("Thủ tướng Nga", role.Role);
    }

    [Fact]
    public void The_administration_of_a_president_is_no_acting_president()
    {
        var role = Assert.Single(Roles("Chính quyền Tổng thống Joe Biden đã quyết định rút bớt nhân viên sứ quán."));
        Assert.Equal("Tổng thống Mỹ", role.Role);
        Assert.Equal("", role.Qualifier);
    }

    [Fact]
    public void Acting_written_in_lower_case_is_still_acting()
    {
        var role = Assert.Single(Roles("Ông Trần Văn Bình, quyền Chủ tịch UBND tỉnh Lào Cai, chủ trì cuộc họp."));
        Assert.Equal("acting", role.Qualifier);
    }

    [Fact]
    public void The_aide_of_a_foreign_minister_holds_the_aides_post()
    {
        var role = Assert.Single(Roles("Trợ lý Bộ trưởng Quốc phòng Mỹ Ely Ratner đã gặp đại diện các nước trong khu vực."));
        Assert.Equal("Trợ lý Bộ trưởng Quốc phòng Mỹ", role.Role);
    }

    [Fact]
    public void A_commander_in_chief_written_in_lower_case_keeps_the_whole_post()
    {
        var role = Assert.Single(Roles("Tổng tư lệnh Lực lượng Vũ trang Ukraine Oleksandr Syrskyi cho biết các đơn vị đã giữ được phòng tuyến."));
        Assert.Equal("Tổng Tư lệnh Lực lượng Vũ trang Ukraine", role.Role);
    }

    [Fact]
    public void A_foreign_body_may_hold_lower_case_words_before_its_country()
    {
        var role = Assert.Single(Roles("Chủ tịch Liên đoàn bóng đá Malaysia Hamidin Amin cho biết đội tuyển sẽ tập trung từ tháng sau."));
        Assert.Equal("Chủ tịch Liên đoàn bóng đá Malaysia", role.Role);
    }

    [Fact]
    public void A_lower_case_word_that_carries_the_sentence_on_ends_a_foreign_body() =>
        Assert.DoesNotContain(Roles("Giám đốc Công ty này ở Mỹ Nguyễn Văn An cho biết đơn hàng đã giảm."), r => r.Role.Contains("Mỹ", StringComparison.Ordinal));

    [Fact]
    public void A_foreign_chief_executive_named_before_the_brand_holds_the_post()
    {
        var role = Assert.Single(Roles("Ông Patrick Olsen, Giám đốc điều hành Apple, cho biết doanh thu quý này tăng mạnh."));
        Assert.Equal("Patrick Olsen", role.PersonName);
        Assert.Equal("Giám đốc điều hành Apple", role.Role);
    }

    [Fact]
    public void A_foreign_chief_executive_may_follow_the_brand()
    {
        var role = Assert.Single(Roles("CEO Nvidia Jensen Huang đã tới thăm một số trường đại học tại Hà Nội."));
        Assert.Equal("Jensen Huang", role.PersonName);
        Assert.Equal("CEO Nvidia", role.Role);
    }

    [Fact]
    public void A_company_named_in_english_after_of_gives_the_post_without_of()
    {
        var role = Assert.Single(Roles("Peter Grant, Chủ tịch của Grant Harbour Asset Management, cho rằng giá vàng còn tăng."));
        Assert.Equal("Peter Grant", role.PersonName);
        Assert.Equal("Chủ tịch Grant Harbour Asset Management", role.Role);
    }

    [Fact]
    public void A_deputy_chair_named_with_a_foreign_name_is_no_brand() =>
        Assert.DoesNotContain(Roles("Phó Chủ tịch Kalganov Vyacheslav Gennadievich đã tiếp đoàn công tác của thành phố."),
            r => r.Role == "Phó Chủ tịch Kalganov");

    [Fact]
    public void A_state_agency_known_by_its_short_form_keeps_its_country()
    {
        var role = Assert.Single(Roles("Giám đốc CIA Michael Harlan phát biểu tại trụ sở ở bang Virginia, Mỹ."));
        Assert.Equal("Giám đốc CIA Mỹ", role.Role);
    }

    [Fact]
    public void A_name_and_a_verb_before_a_foreign_title_make_no_foreign_body() =>
        Assert.DoesNotContain(Roles("Bức thư của Chủ tịch Hồ Chí Minh trả lời Tổng thống Mỹ Richard Nixon được trưng bày tại bảo tàng."),
            r => r.Role.StartsWith("Chủ tịch Hồ", StringComparison.Ordinal));

    [Fact]
    public void The_kremlin_spokesman_is_a_russian_post()
    {
        var role = Assert.Single(Roles("Người phát ngôn Điện Kremlin Dmitry Peskov nói Moscow chưa nhận được đề nghị nào."));
        Assert.Equal("Người phát ngôn Điện Kremlin", role.Role);
    }

    [Fact]
    public void A_national_security_adviser_is_no_late_holder()
    {
        var role = Assert.Single(Roles("Ông Jake Sullivan, Cố vấn An ninh Quốc gia Mỹ, cho biết cuộc gặp sẽ diễn ra vào tuần tới."));
        Assert.Equal("Cố vấn An ninh Quốc gia Mỹ", role.Role);
        Assert.Equal("", role.Qualifier);
    }

    [Fact]
    public void The_governor_of_a_federal_state_is_named_with_the_state()
    {
        var role = Assert.Single(Roles("Thống đốc bang Texas Greg Abbott đã ký đạo luật mới về biên giới."));
        Assert.Equal("Thống đốc bang Texas", role.Role);
    }

    [Fact]
    public void A_senator_named_with_the_country_holds_a_foreign_post()
    {
        var role = Assert.Single(Roles("Thượng nghị sĩ Mỹ Lindsey Graham cho rằng cần siết chặt lệnh trừng phạt."));
        Assert.Equal("Thượng nghị sĩ Mỹ", role.Role);
    }

    [Fact]
    public void A_place_before_a_name_is_left_to_the_post()
    {
        var role = Assert.Single(Roles("Giám đốc Bệnh viện Đa khoa Hà Đông Trần Quốc Vinh cho biết bệnh viện đã kê thêm 300 giường."));
        Assert.Equal("Trần Quốc Vinh", role.PersonName);
        Assert.Equal("Giám đốc Bệnh viện Đa khoa Hà Đông", role.Role);
    }

    [Fact]
    public void An_agency_named_by_its_short_form_gives_its_country_to_the_post()
    {
        var role = Assert.Single(Roles("Giám đốc FBI Christopher Wray trả lời chất vấn trước quốc hội."));
        Assert.Equal("Giám đốc FBI Mỹ", role.Role);
    }

    [Fact]
    public void A_foreign_club_known_by_its_short_form_needs_no_country_for_its_head()
    {
        var role = Assert.Single(Roles("Ông Karim Benali, Chủ tịch PSG, cho biết đội bóng sẽ chiêu mộ thêm hai cầu thủ."));
        Assert.Equal("Chủ tịch PSG", role.Role);
    }

    [Fact]
    public void A_school_named_after_a_person_of_the_past_is_no_person()
    {
        var roles = Roles("Theo cô Phạm Thu Hằng, Hiệu trưởng trường THPT Lê Quý Đôn, năm nay trường mở thêm ba lớp chuyên.");
        Assert.DoesNotContain(roles, r => r.PersonName.Contains("Đôn", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.Role.EndsWith("THPT", StringComparison.Ordinal) || r.Role.EndsWith("THPT Lê", StringComparison.Ordinal));
    }

    [Fact]
    public void The_head_named_after_the_school_is_still_read()
    {
        var role = Assert.Single(Roles("Hiệu trưởng Trường THCS Nguyễn Du Đặng Thị Lan cho biết trường có 40 lớp học."));
        Assert.Equal("Đặng Thị Lan", role.PersonName);
    }
}
