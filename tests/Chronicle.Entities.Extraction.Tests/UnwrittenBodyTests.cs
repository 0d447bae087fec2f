using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts whose body is not written in them ('Cục trưởng', 'Phó Chủ tịch Hội', 'Giám đốc bệnh viện'), completed
/// with the body of their kind the sentence names before them, else the one the headline and lead or the article
/// name; left unread where no body, or more than one, is in reach.
/// </summary>
public sealed class UnwrittenBodyTests
{
    private static List<string> Roles(string text, string headline = "") =>
        [.. ArticleAnalyzer.Analyze(headline, VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_list_of_entries_takes_the_department_its_opening_names()
    {
        var roles = Roles("Ủy ban Kiểm tra kết luận trách nhiệm của Đảng ủy Cục Hải quan tỉnh Lạng Sơn và các ông: "
            + "Hà Văn Quý, Bí thư Đảng ủy, Cục trưởng; Tạ Đình Bảo, Phó Bí thư Đảng ủy, Phó Cục trưởng.");
        Assert.Contains("Hà Văn Quý | Cục trưởng Cục Hải quan tỉnh Lạng Sơn", roles);
        Assert.Contains("Hà Văn Quý | Bí thư Đảng ủy Cục Hải quan tỉnh Lạng Sơn", roles);
        Assert.Contains("Tạ Đình Bảo | Phó Cục trưởng Cục Hải quan tỉnh Lạng Sơn", roles);
        Assert.Contains("Tạ Đình Bảo | Phó Bí thư Đảng ủy Cục Hải quan tỉnh Lạng Sơn", roles);
    }

    [Fact]
    public void A_post_left_in_a_list_does_not_take_the_body_of_another_entry()
    {
        var roles = Roles("Trách nhiệm thuộc về các ông: Đinh Văn Lực, Cục trưởng Cục Con nuôi, Bộ Tư pháp, nguyên Cục trưởng; "
            + "Vương Thế Khải, nguyên Phó Cục trưởng.");
        Assert.Contains("Đinh Văn Lực | Cục trưởng Cục Con nuôi, Bộ Tư pháp", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Vương Thế Khải", StringComparison.Ordinal));
        Assert.Single(roles, r => r.StartsWith("Đinh Văn Lực", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deputy_after_the_head_of_a_company_is_its_deputy()
    {
        var roles = Roles("Cơ quan điều tra bắt ông Lò Văn Tám, Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Phú Sơn và ông Mạc Văn Chín, Phó tổng giám đốc, để điều tra.");
        Assert.Contains("Mạc Văn Chín | Phó Tổng Giám đốc Công ty Cổ phần Tập đoàn Phú Sơn", roles);
    }

    [Fact]
    public void A_bare_director_takes_the_department_named_before_it_in_the_sentence()
    {
        var roles = Roles("Ông Khúc Văn Hòa, Giám đốc Sở Xây dựng tỉnh Hà Giang, và ông Lục Minh Tâm, Phó Giám đốc, đi kiểm tra công trình.");
        Assert.Contains("Lục Minh Tâm | Phó Giám đốc Sở Xây dựng tỉnh Hà Giang", roles);
    }

    [Fact]
    public void A_body_the_sentence_names_as_a_place_is_not_taken_by_a_bare_director()
    {
        // 'Giám đốc' heads many kinds of body: only one another post of the sentence names tells which.
        var roles = Roles("Tại Bệnh viện Phương Nam, ông Lò Văn Dũng, Giám đốc, trao quà cho các bệnh nhân.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lò Văn Dũng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_director_whose_sentence_names_no_body_is_not_read()
    {
        // A director heads a department, a hospital, a company or a centre: the article cannot tell which.
        var roles = Roles("Bệnh viện Phương Nam mở khoa mới. Cùng ngày, ông Lò Văn Dũng (Giám đốc) bị bắt.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lò Văn Dũng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kind_written_alone_takes_the_one_body_of_that_kind_the_article_names()
    {
        var roles = Roles("Hội Nông dân tỉnh Yên Bái tổng kết năm. Dự lễ có ông Giàng A Sình, Chủ tịch Hội, và bà Hoàng Thị Mơ - Phó Chủ tịch Hội.");
        Assert.Contains("Giàng A Sình | Chủ tịch Hội Nông dân tỉnh Yên Bái", roles);
        Assert.Contains("Hoàng Thị Mơ | Phó Chủ tịch Hội Nông dân tỉnh Yên Bái", roles);
    }

    [Fact]
    public void A_kind_in_lower_case_closing_the_entry_is_completed_too()
    {
        var roles = Roles("Bệnh viện Phương Nam vừa mở khoa hồi sức. Ông Đào Văn Khôi - Giám đốc bệnh viện - cho biết khoa có 40 giường.");
        Assert.Contains("Đào Văn Khôi | Giám đốc Bệnh viện Phương Nam", roles);
    }

    [Fact]
    public void The_lead_tells_the_body_where_the_article_names_two_of_its_kind()
    {
        var roles = Roles("Tập đoàn Hòa Bình khánh thành Bệnh viện Phương Nam. Bác sĩ Triệu Văn Nhất, nguyên Trưởng khoa, Bệnh viện Chợ Rẫy, chúc mừng. "
            + "Ông Đào Văn Khôi - Giám đốc bệnh viện - cho biết khoa có 40 giường.");
        Assert.Contains("Đào Văn Khôi | Giám đốc Bệnh viện Phương Nam", roles);
    }

    [Fact]
    public void A_kind_of_which_the_article_names_two_outside_the_lead_is_not_read()
    {
        var roles = Roles("Hai đoàn thể tổ chức hội nghị chung. Hội Nông dân tỉnh Yên Bái và Hội Cựu chiến binh tỉnh Yên Bái cùng ký kết. "
            + "Phát biểu có ông Giàng A Sình, Chủ tịch Hội.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Giàng A Sình", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_post_before_one_that_names_its_body_shares_that_body()
    {
        var roles = Roles("Lời giới thiệu sách do bà Hứa Thị Loan, Giám đốc - Tổng Biên tập Nhà xuất bản Thanh Niên, viết năm ngoái.");
        Assert.Contains("Hứa Thị Loan | Giám đốc Nhà xuất bản Thanh Niên", roles);
    }
}
