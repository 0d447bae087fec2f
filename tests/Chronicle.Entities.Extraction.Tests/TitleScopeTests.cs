using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Whose province a bare provincial title ('Phó Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy') names: the
/// one its paragraph or list item names before it, else the one its section opens with in a
/// round-up of several provinces, and only then the article's.
/// </summary>
public sealed class TitleScopeTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    /// <summary>A round-up of council sessions: Quảng Trị is named most, each paragraph speaks of its own province.</summary>
    private const string RoundUp =
        "Sáng 12/7, HĐND tỉnh Quảng Trị khai mạc kỳ họp thường lệ; đại biểu tỉnh Quảng Trị thảo luận về ngân sách. Quảng Trị cũng bầu bổ sung ủy viên.\n\n" +
        "Tại Quảng Ngãi, kỳ họp đã bầu ông Trần Văn Bình giữ chức Phó Chủ tịch UBND tỉnh.\n\n" +
        "Tại Bình Định, bà Lê Thị Hoa được bầu làm Chủ tịch HĐND tỉnh.\n\n" +
        "Quảng Nam\n\n" +
        "Kỳ họp cũng miễn nhiệm một ủy viên. Phó Bí thư Tỉnh ủy Phan Văn Lộc được bầu làm Chủ tịch UBND tỉnh.\n\n" +
        "Ở Quảng Trị, ông Hà Văn Sơn được bầu làm Phó Chủ tịch HĐND tỉnh.";

    [Fact]
    public void A_paragraph_led_by_a_province_gives_its_bare_titles_that_province()
    {
        var roles = Roles(RoundUp);
        Assert.Contains("Trần Văn Bình | Phó Chủ tịch UBND tỉnh Quảng Ngãi", roles);
        Assert.Contains("Lê Thị Hoa | Chủ tịch HĐND tỉnh Bình Định", roles);
        Assert.Contains("Hà Văn Sơn | Phó Chủ tịch HĐND tỉnh Quảng Trị", roles);
    }

    [Fact]
    public void A_heading_line_scopes_the_paragraphs_under_it_in_a_round_up()
    {
        var roles = Roles(RoundUp);
        Assert.Contains("Phan Văn Lộc | Phó Bí thư Tỉnh ủy Quảng Nam", roles);
        Assert.Contains("Phan Văn Lộc | Chủ tịch UBND tỉnh Quảng Nam", roles);
    }

    [Fact]
    public void A_neighbour_named_in_another_paragraph_does_not_take_the_article_s_titles()
    {
        var text =
            "Chiều 3/9, đoàn công tác tỉnh Hà Tĩnh làm việc với tỉnh Nghệ An về hợp tác phát triển.\n\n" +
            "Tiếp đoàn có ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh Hà Tĩnh, và các sở, ngành của tỉnh Hà Tĩnh.\n\n" +
            "Phát biểu kết luận, Chủ tịch UBND tỉnh Lê Minh Đức đề nghị hai bên sớm ký kết chương trình phối hợp.";
        Assert.Contains("Lê Minh Đức | Chủ tịch UBND tỉnh Hà Tĩnh", Roles(text));
    }

    [Fact]
    public void A_bare_provincial_title_in_an_article_on_a_city_takes_the_province_its_list_names()
    {
        var text =
            "Ngày 20/8, Hà Nội tổ chức hội nghị xúc tiến đầu tư tại Hà Nội với sự tham dự của nhiều địa phương.\n\n" +
            "Về phía tỉnh Lào Cai có ông Đỗ Văn Tâm, Phó Bí thư Tỉnh ủy; bà Vũ Thị Lan, Phó Chủ tịch UBND tỉnh.";
        var roles = Roles(text);
        Assert.Contains("Đỗ Văn Tâm | Phó Bí thư Tỉnh ủy Lào Cai", roles);
        Assert.Contains("Vũ Thị Lan | Phó Chủ tịch UBND tỉnh Lào Cai", roles);
    }

    [Fact]
    public void A_province_inside_a_longer_capitalised_name_scopes_nothing()
    {
        var text =
            "Sáng 9/10, tỉnh Khánh Hòa đón đoàn khách quốc tế vùng châu Á - Thái Bình Dương.\n\n" +
            "Tại buổi đón, ở vùng Thái Bình Dương, Phó Chủ tịch UBND tỉnh Trịnh Minh Hoàng giới thiệu tiềm năng của tỉnh Khánh Hòa.";
        Assert.Contains("Trịnh Minh Hoàng | Phó Chủ tịch UBND tỉnh Khánh Hòa", Roles(text));
    }

    [Fact]
    public void In_an_article_on_a_city_a_bare_provincial_title_takes_the_province_named_most()
    {
        var text =
            "Ngày 5/10, Hải Phòng trao tặng tỉnh Nghệ An 10 nghìn suất quà cho đồng bào vùng lũ.\n\n" +
            "Đón đoàn, lãnh đạo tỉnh Nghệ An bày tỏ cảm ơn thành phố Hải Phòng.\n\n" +
            "Ông Hồ Văn Thành - Phó Bí thư Tỉnh ủy cảm ơn tình cảm của thành phố.";
        Assert.Contains("Hồ Văn Thành | Phó Bí thư Tỉnh ủy Nghệ An", Roles(text));
    }

    [Fact]
    public void A_city_written_as_a_province_in_a_career_is_that_province()
    {
        var text =
            "Ông Trần Văn Mẫn sinh năm 1962 tại Hậu Giang.\n\n" +
            "Từ 1995 đến 1999, ông là Ủy viên UBND tỉnh, Chánh Văn phòng UBND tỉnh, Bí thư Đảng ủy Văn phòng UBND tỉnh Cần Thơ.";
        var roles = Roles(text);
        Assert.Contains("Trần Văn Mẫn | Ủy viên UBND tỉnh Cần Thơ", roles);
        Assert.Contains("Trần Văn Mẫn | Chánh Văn phòng UBND tỉnh Cần Thơ", roles);
    }

    [Fact]
    public void A_bare_city_committee_whose_entry_names_Ho_Chi_Minh_City_is_its()
    {
        var text = "Ông Lê Văn Hải, nguyên Bí thư Thành ủy, nguyên Chủ tịch UBND TP.HCM, bị kỷ luật.";
        Assert.Contains("Lê Văn Hải | Bí thư Thành ủy TP. Hồ Chí Minh", Roles(text));
    }
}
