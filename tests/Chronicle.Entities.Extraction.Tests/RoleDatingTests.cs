using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Each sighting of a post is dated by its own sentence and says whether the post was held, taken up or left.</summary>
public sealed class RoleDatingTests
{
    /// <summary>An article reporting on 10 June 2024, its year known from the publication date.</summary>
    private static readonly AnchorDate June2024 =
        new(2024, 6, 10, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static RoleMention Role(string text, string person, AnchorDate? anchor = null) =>
        Assert.Single(ArticleAnalyzer.Analyze("", text, anchor ?? June2024).Roles, r => r.PersonName == person);

    [Fact]
    public void A_post_taken_up_years_ago_is_dated_by_its_sentence()
    {
        var role = Role("Tháng 4/2019, ông Trần Văn Hòa được bổ nhiệm làm Thứ trưởng Bộ Tài chính.", "Trần Văn Hòa");

        Assert.Equal(("2019-04", "month"), (role.Date?.Iso, role.Date?.Granularity));
        Assert.Equal(("sentence", "started"), (role.DateBasis, role.Aspect));
        Assert.Equal("2019-04", role.StatedStart?.Iso);
    }

    [Fact]
    public void An_earlier_day_of_the_same_year_takes_the_year_of_the_article()
    {
        var role = Role("Sáng 12/3, Bộ trưởng Bộ Ngoại giao Lê Minh Tâm tiếp đoàn đại biểu tỉnh bạn.", "Lê Minh Tâm");

        Assert.Equal("2024-03-12", role.Date?.Iso);
        Assert.Equal(("sentence", "held"), (role.DateBasis, role.Aspect));
    }

    [Fact]
    public void A_day_of_late_autumn_in_a_winter_article_belongs_to_the_year_before()
    {
        var january = new AnchorDate(2025, 1, 8, DateGranularity.Day, YearBasis.Publication, [], "test", null);

        var role = Role("Ngày 27/11, Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh kiểm tra công trình.", "Bùi Văn Khánh", january);

        Assert.Equal("2024-11-27", role.Date?.Iso);
    }

    [Fact]
    public void A_former_post_is_ended_never_held_on_the_day_of_the_article()
    {
        var role = Role("Đoàn có sự tham gia của ông Đặng Quốc Khánh, nguyên Bộ trưởng Bộ Tài nguyên và Môi trường.", "Đặng Quốc Khánh");

        Assert.Equal(("former", "ended"), (role.Qualifier, role.Aspect));
        Assert.Equal("2024-06-10", role.Date?.Iso);
        Assert.Null(role.StatedEnd);
    }

    [Theory]
    [InlineData("Ông Trần Minh Đức từng là Phó Giám đốc Sở Y tế tỉnh Nam Định, Chủ tịch Hội Điều dưỡng tỉnh Nam Định.", "Chủ tịch Hội Điều dưỡng tỉnh Nam Định")]
    [InlineData("Bà Lê Thu Hà nguyên là Giám đốc Bệnh viện Đa khoa tỉnh Thái Bình; Chủ tịch Hội Điều dưỡng tỉnh Thái Bình.", "Chủ tịch Hội Điều dưỡng tỉnh Thái Bình")]
    [InlineData("Bà Lê Thu Hà nguyên là Giám đốc Bệnh viện Đa khoa tỉnh Thái Bình; Chủ tịch Hội Điều dưỡng tỉnh Thái Bình.", "Giám đốc Bệnh viện Đa khoa tỉnh Thái Bình")]
    public void Every_post_of_a_list_once_held_is_ended(string sentence, string post)
    {
        var role = Assert.Single(ArticleAnalyzer.Analyze("", sentence, June2024).Roles, r => r.Role == post);

        Assert.Equal(("ended", "2024-06-10"), (role.Aspect, role.Date?.Iso));
    }

    [Theory]
    [InlineData("Ông Đỗ Văn Nam từng giữ chức Giám đốc Sở Tài chính tỉnh Ninh Bình, Bí thư Huyện ủy Kim Sơn, rồi được bầu làm Phó Chủ tịch UBND tỉnh Ninh Bình.", "Phó Chủ tịch UBND tỉnh Ninh Bình", "started")]
    [InlineData("Từng bước tháo gỡ khó khăn, Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy đề nghị các sở vào cuộc.", "Chủ tịch UBND tỉnh Hà Nam", "held")]
    public void A_post_past_the_end_of_a_list_once_held_is_not_ended(string sentence, string post, string aspect)
    {
        var role = Assert.Single(ArticleAnalyzer.Analyze("", sentence, June2024).Roles, r => r.Role == post);

        Assert.Equal(aspect, role.Aspect);
    }

    [Theory]
    [InlineData("Các đại biểu dâng hương tưởng niệm cố Chủ tịch nước Lê Đức Anh tại quê nhà.", "Lê Đức Anh", "late")]
    [InlineData("Hôm nay, quyền Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường làm việc với các sở.", "Trịnh Xuân Trường", "acting")]
    [InlineData("Đại biểu Nguyễn Thị Hồng Hạnh, cựu Phó Chủ tịch UBND tỉnh Kon Tum, đã có mặt.", "Nguyễn Thị Hồng Hạnh", "former")]
    public void Qualifiers_are_kept(string sentence, string person, string qualifier)
    {
        var role = Role(sentence, person);

        Assert.Equal(qualifier, role.Qualifier);
        Assert.Equal(qualifier == "acting" ? "held" : "ended", role.Aspect);
    }

    [Fact]
    public void A_post_left_is_ended_on_the_day_the_sentence_gives()
    {
        var role = Role("Ngày 2/5, Thủ tướng quyết định cho ông Phạm Ngọc Sơn thôi giữ chức Thứ trưởng Bộ Xây dựng.", "Phạm Ngọc Sơn");

        Assert.Equal(("ended", "2024-05-02"), (role.Aspect, role.Date?.Iso));
        Assert.Equal("2024-05-02", role.StatedEnd?.Iso);
    }

    [Fact]
    public void A_funeral_ends_the_post_of_the_person_mourned()
    {
        var role = Role("Lễ truy điệu Chủ tịch Quốc hội Nguyễn Văn Hạnh được tổ chức trọng thể.", "Nguyễn Văn Hạnh");

        Assert.Equal("ended", role.Aspect);
    }

    [Fact]
    public void A_sentence_without_a_date_takes_the_day_its_paragraph_opened_with()
    {
        var role = Role("Ngày 5/2, đoàn công tác đến thăm các hộ nghèo ở vùng cao. Phó Thủ tướng Trần Hồng Hà trao quà cho bà con.", "Trần Hồng Hà");

        Assert.Equal(("2024-02-05", "paragraph"), (role.Date?.Iso, role.DateBasis));
    }

    [Fact]
    public void The_date_of_a_cited_document_does_not_date_the_sighting()
    {
        var role = Role("Theo Quyết định số 12/QĐ-TTg ngày 3/1/2020, Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì việc rà soát.", "Đào Hồng Lan");

        Assert.Equal(("2024-06-10", "publication"), (role.Date?.Iso, role.DateBasis));
    }

    [Fact]
    public void Without_the_year_of_the_article_a_day_and_month_stay_undated()
    {
        var role = Role("Sáng 12/3, Bộ trưởng Bộ Ngoại giao Lê Minh Tâm tiếp đoàn đại biểu tỉnh bạn.", "Lê Minh Tâm", AnchorDate.None("no year"));

        Assert.Null(role.Date);
        Assert.Equal("unknown", role.DateBasis);
    }

    [Fact]
    public void The_lines_of_a_career_record_belong_to_the_person_it_is_about()
    {
        const string text = """
            Tóm tắt quá trình công tác của ông Hoàng Minh Đức.

            - 5/2009 - 7/2014: Thứ trưởng Bộ Tài chính.

            - 8/2014 - 2/2020: Bộ trưởng Bộ Công Thương.
            """;

        var roles = ArticleAnalyzer.Analyze("", text, June2024).Roles;

        var deputy = Assert.Single(roles, r => r.Role == "Thứ trưởng Bộ Tài chính" && r.Aspect == "started");
        Assert.Equal(("Hoàng Minh Đức", "2009-05"), (deputy.PersonName, deputy.Date?.Iso));
        var minister = Assert.Single(roles, r => r.Role == "Bộ trưởng Bộ Công Thương" && r.Aspect == "started");
        Assert.Equal(("Hoàng Minh Đức", "2014-08"), (minister.PersonName, minister.Date?.Iso));
        // Each line's span is closed: the post was left at its end.
        Assert.Equal("2014-07", Assert.Single(roles, r => r.Role == "Thứ trưởng Bộ Tài chính" && r.Aspect == "ended").StatedEnd?.Iso);
    }

    [Theory]
    [InlineData("Bộ trưởng Bộ Tài chính Lê Văn Tiến cho biết mục tiêu đến năm 2030 là giảm một nửa số hộ nghèo.", "2024-06-10", "publication")]
    [InlineData("Nhân kỷ niệm ngày thành lập nước 2/9/1945, Chủ tịch UBND tỉnh Nam Định Đỗ Văn Hùng gửi thư chúc mừng.", "2024-06-10", "publication")]
    [InlineData("Năm 2016, Bộ trưởng Bộ Tài chính Lê Văn Tiến đi thăm đồng bằng.", "2016", "sentence")]
    [InlineData("Bộ trưởng Bộ Tài chính Lê Văn Tiến khen ngợi các kết quả đạt được trong năm 2023.", "2024-06-10", "publication")]
    [InlineData("Bộ trưởng Bộ Tài chính Lê Văn Tiến đi thăm đồng bằng ngày 14/3/2019.", "2019-03-14", "sentence")]
    public void A_post_merely_held_is_dated_by_the_date_that_speaks_of_it(string sentence, string date, string basis)
    {
        var role = Assert.Single(ArticleAnalyzer.Analyze("", sentence, June2024).Roles);

        Assert.Equal((date, basis), (role.Date?.Iso, role.DateBasis));
    }

    [Theory]
    [InlineData("Ông Đặng Văn Thành từng là Bộ trưởng Bộ Tài chính trong nhiều năm.")]
    [InlineData("Ông Đặng Văn Thành, người từng giữ chức Bộ trưởng Bộ Tài chính, phát biểu tại buổi gặp mặt.")]
    public void A_post_held_in_the_past_is_ended_by_the_day_of_the_article(string sentence)
    {
        var role = Assert.Single(ArticleAnalyzer.Analyze("", sentence, June2024).Roles, r => r.Role == "Bộ trưởng Bộ Tài chính");

        Assert.Equal(("Đặng Văn Thành", "ended"), (role.PersonName, role.Aspect));
        Assert.Null(role.StatedEnd);
    }
}
