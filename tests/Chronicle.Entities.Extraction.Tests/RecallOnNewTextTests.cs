using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts an audit of unlabelled news found unread: a province's chairman written without 'UBND'
/// ('Chủ tịch tỉnh Bắc Kạn'), and the head of a company named just before a verb of the sentence.
/// </summary>
public sealed class RecallOnNewTextTests
{
    private static readonly AnchorDate May2024 =
        new(2024, 5, 10, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<RoleMention> Roles(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), May2024).Roles.Where(r => r.PersonName == person)];

    [Theory]
    [InlineData("Chủ tịch tỉnh Bắc Kạn Hoàng Minh Đức kiểm tra công trình đê.", "Chủ tịch UBND tỉnh Bắc Kạn")]
    [InlineData("Phó Chủ tịch TP Đà Nẵng Hoàng Minh Đức kiểm tra công trình đê.", "Phó Chủ tịch UBND thành phố Đà Nẵng")]
    [InlineData("Nguyên Chủ tịch Hải Phòng Hoàng Minh Đức ra tòa vì sai phạm đất đai.", "Chủ tịch UBND thành phố Hải Phòng")]
    public void A_chairman_of_a_named_province_heads_its_peoples_committee(string text, string post)
    {
        Assert.Equal(post, Assert.Single(Roles(text, "Hoàng Minh Đức")).Role);
    }

    [Fact]
    public void President_Ho_Chi_Minh_is_no_chairman_of_the_city()
    {
        var roles = ArticleAnalyzer.Analyze("", "Lời dạy của Chủ tịch Hồ Chí Minh còn nguyên giá trị.", May2024).Roles;
        Assert.DoesNotContain(roles, r => r.Role.Contains("UBND", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_chairman_of_the_province_is_left_to_the_article()
    {
        Assert.DoesNotContain(Roles("Chủ tịch tỉnh Hoàng Minh Đức kiểm tra công trình đê.", "Hoàng Minh Đức"), r => r.Role.StartsWith("Chủ tịch UBND tỉnh ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bà Lưu Thị Hạnh, Tổng Giám đốc Tập đoàn Sungroup cho biết dự án đã xong.", "Tổng Giám đốc Tập đoàn Sungroup")]
    [InlineData("Ông Lưu Thị Hạnh, Giám đốc Công ty Thuận Phát đã ký cam kết.", "Giám đốc Công ty Thuận Phát")]
    public void A_company_named_before_a_verb_keeps_its_head(string text, string post)
    {
        Assert.Equal(post, Assert.Single(Roles(text, "Lưu Thị Hạnh")).Role);
    }

    [Theory]
    [InlineData("Bà Lưu Thị Hạnh sinh năm 1975, quê Quảng Trị, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Trị.")]
    [InlineData("Thiếu tướng Lưu Thị Hạnh 52 tuổi, quê tỉnh Thái Bình; thạc sĩ Luật; Bí thư Tỉnh ủy Quảng Trị.")]
    [InlineData("Bà Lưu Thị Hạnh, sinh năm 1975, tiến sĩ Kinh tế, Bí thư Tỉnh ủy Quảng Trị.")]
    public void A_biography_between_the_name_and_the_posts_keeps_them_hers(string text)
    {
        Assert.Contains(Roles(text, "Lưu Thị Hạnh"), r => r.Role == "Bí thư Tỉnh ủy Quảng Trị");
    }

    [Fact]
    public void A_birth_place_alone_gives_no_post()
    {
        Assert.Empty(Roles("Bà Lưu Thị Hạnh sinh năm 1975 tại Quảng Trị, trong một gia đình nông dân.", "Lưu Thị Hạnh"));
    }

    [Theory]
    [InlineData("Tổng cục trưởng Tổng cục Thuế Đỗ Văn Khải làm việc với doanh nghiệp.", "Tổng cục trưởng Tổng cục Thuế")]
    [InlineData("Phó Tổng cục trưởng Tổng cục Hải quan Đỗ Văn Khải làm việc với doanh nghiệp.", "Phó Tổng cục trưởng Tổng cục Hải quan")]
    [InlineData("Người phát ngôn Bộ Ngoại giao Đỗ Văn Khải trả lời câu hỏi của phóng viên.", "Người phát ngôn Bộ Ngoại giao")]
    [InlineData("Chủ tịch UBND tỉnh Ninh Bình đương nhiệm Đỗ Văn Khải tiếp đoàn.", "Chủ tịch UBND tỉnh Ninh Bình")]
    public void Heads_of_general_departments_and_spokespeople_are_read_whole(string text, string post)
    {
        Assert.Equal(post, Assert.Single(Roles(text, "Đỗ Văn Khải")).Role);
    }

    [Theory]
    [InlineData("Nhận lời mời của Chủ tịch Tập đoàn Hitachi Kenji Tanaka, Phó Thủ tướng Đỗ Văn Khải sẽ thăm Nhật Bản.", "Chủ tịch Tập đoàn Hitachi")]
    [InlineData("Ông Kenji Tanaka, Giám đốc Bệnh viện Saint Luke, cho biết bệnh nhân đã ổn định.", "Giám đốc Bệnh viện Saint Luke")]
    public void A_foreigner_heading_a_named_company_or_hospital_holds_that_post(string text, string post)
    {
        Assert.Equal(post, Assert.Single(Roles(text, "Kenji Tanaka")).Role);
    }

    [Fact]
    public void A_national_association_written_in_lower_case_is_still_read()
    {
        var role = Assert.Single(Roles("Chủ tịch Hội người mù Việt Nam Phan Thị Lụa trao quà cho hội viên.", "Phan Thị Lụa"));
        Assert.Equal("Chủ tịch Hội người mù Việt Nam", role.Role);
    }

    [Fact]
    public void A_meeting_is_no_association()
    {
        Assert.DoesNotContain(Roles("Chủ tịch Hội nghị thượng đỉnh Việt Nam Phan Thị Lụa phát biểu khai mạc.", "Phan Thị Lụa"), r => r.Role.Contains("Hội nghị", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chủ tịch HĐQT Tập đoàn Hưng Thịnh Vũ Hải Đăng trao học bổng cho sinh viên.", "Chủ tịch Hội đồng quản trị Tập đoàn Hưng Thịnh")]
    [InlineData("Ông Vũ Hải Đăng, Phó Chủ tịch Hội đồng quản trị Ngân hàng Bắc Á cho biết lãi suất sẽ giảm.", "Phó Chủ tịch Hội đồng quản trị Ngân hàng Bắc Á")]
    [InlineData("Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội Vũ Hải Đăng góp ý dự thảo luật.", "Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội")]
    public void Board_chairs_and_standing_members_of_committees_are_read(string text, string post)
    {
        Assert.Equal(post, Assert.Single(Roles(text, "Vũ Hải Đăng")).Role);
    }

    [Fact]
    public void A_company_name_ending_with_the_country_keeps_it()
    {
        var role = Assert.Single(Roles("Bà Vũ Hải Yến, 58 tuổi, nguyên chủ tịch Tập đoàn Than Khoáng sản Việt Nam (TKV), đã nghỉ hưu.", "Vũ Hải Yến"));
        Assert.Equal("Chủ tịch Tập đoàn Than Khoáng sản Việt Nam", role.Role);
        Assert.Equal("former", role.Qualifier);
    }

    [Fact]
    public void Posts_after_an_age_and_is_belong_to_the_named_person()
    {
        Assert.Contains(Roles("Bà Lưu Thị Hạnh, 61 tuổi, là Bí thư Tỉnh ủy Quảng Trị trong hai nhiệm kỳ.", "Lưu Thị Hạnh"), r => r.Role == "Bí thư Tỉnh ủy Quảng Trị");
    }
}
