using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Titles written after the holder's name, as the wider news writes them: a dash or a comma, then a
/// post whose body runs up to the sentence's verb; a body whose name holds two lower-case syllables
/// running; a brand's arm in one country; two posts of one body joined by a dash.
/// </summary>
public sealed class TitlesAfterTheNameTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_reporting_verb_closes_the_body_of_a_section_head()
    {
        var roles = Roles("Bà Trần Thị Lan - Trưởng phòng Tổ chức cán bộ Học viện Ngân hàng công bố quyết định bổ nhiệm.");
        Assert.Contains("Trần Thị Lan | Trưởng phòng Tổ chức cán bộ Học viện Ngân hàng", roles);
        Assert.DoesNotContain(roles, r => r.Contains("công bố", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tense_word_after_the_body_does_not_cut_the_section_name_short()
    {
        var roles = Roles("Bà Trần Thị Lan - Trưởng phòng Tổ chức cán bộ Học viện Ngân hàng đã đọc quyết định bổ nhiệm.");
        Assert.Contains("Trần Thị Lan | Trưởng phòng Tổ chức cán bộ Học viện Ngân hàng", roles);
    }

    [Fact]
    public void A_section_named_by_a_lower_case_concern_is_still_cut_short_by_it()
    {
        var roles = Roles("Ông Vũ Văn Khải - Trưởng phòng Tài chính dự án Công ty Sông Đà cho biết tiến độ chậm.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Vũ Văn Khải | Trưởng phòng Tài chính Công ty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hospital_named_with_two_lower_case_syllables_before_its_province_is_read_whole()
    {
        var roles = Roles("Ông Phạm Văn Hùng, Phó Giám đốc Bệnh viện Đa khoa tỉnh Thái Bình cho biết bệnh nhân đã ổn định.");
        Assert.Contains("Phạm Văn Hùng | Phó Giám đốc Bệnh viện Đa khoa tỉnh Thái Bình", roles);
    }

    [Fact]
    public void Two_lower_case_words_of_the_sentence_end_the_body_name()
    {
        var roles = Roles("Ông Phạm Văn Hùng, Giám đốc Bệnh viện Hữu Nghị ở thủ đô Hà Nội cho biết bệnh nhân đã ổn định.");
        Assert.DoesNotContain(roles, r => r.Contains("Hữu Nghị ở", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brand_followed_by_a_country_is_the_company_arm_there()
    {
        var roles = Roles("Ông Ryu Jae Sang, Tổng Giám đốc Samsung Việt Nam, phát biểu tại buổi lễ trao học bổng.");
        Assert.Contains("Ryu Jae Sang | Tổng Giám đốc Samsung Việt Nam", roles);
    }

    [Fact]
    public void Two_posts_joined_by_a_dash_share_the_body_named_after_the_second()
    {
        var roles = Roles("Ông Trần Văn Bình, Giám đốc - Tổng Biên tập Nhà xuất bản Trẻ, giới thiệu cuốn sách mới.");
        Assert.Contains("Trần Văn Bình | Giám đốc Nhà xuất bản Trẻ", roles);
        Assert.Contains("Trần Văn Bình | Tổng Biên tập Nhà xuất bản Trẻ", roles);
    }

    [Fact]
    public void A_proper_name_after_quoc_gia_belongs_to_the_body()
    {
        var roles = Roles("Cuốn sách có lời tựa của ông Trần Văn Bình, Tổng Biên tập Nhà xuất bản Chính trị quốc gia Sự thật.");
        Assert.Contains("Trần Văn Bình | Tổng Biên tập Nhà xuất bản Chính trị quốc gia Sự thật", roles);
    }

    [Fact]
    public void A_word_that_goes_on_with_the_sentence_leaves_the_body_at_quoc_gia()
    {
        var roles = Roles("Ông Trần Văn Bình, Tổng Biên tập Nhà xuất bản Chính trị quốc gia Sự thật viết lời tựa.");
        Assert.DoesNotContain(roles, r => r.EndsWith(" Sự", StringComparison.Ordinal));
    }

    [Fact]
    public void A_national_centre_named_with_several_lower_case_syllables_before_quoc_gia_is_read_whole()
    {
        var roles = Roles("Ông Hoàng Văn Thái, Phó Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia, cho biết mưa sẽ kéo dài.");
        Assert.Contains("Hoàng Văn Thái | Phó Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia", roles);
    }

    [Fact]
    public void A_forecast_section_takes_the_centre_written_after_a_comma()
    {
        var roles = Roles("Bà Lê Thu Hà, Trưởng phòng Dự báo thời tiết, Trung tâm Dự báo khí tượng thủy văn quốc gia, cho biết trời sẽ nắng.");
        Assert.Contains("Lê Thu Hà | Trưởng phòng Dự báo thời tiết, Trung tâm Dự báo khí tượng thủy văn quốc gia", roles);
    }

    [Fact]
    public void Words_of_the_sentence_before_quoc_gia_are_not_the_body_name()
    {
        var roles = Roles("Ông Hoàng Văn Thái, Giám đốc Trung tâm Y tế cho biết tình hình dịch bệnh trên quy mô quốc gia.");
        Assert.DoesNotContain(roles, r => r.EndsWith("quốc gia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_the_longest_body_name_would_cut_is_not_read()
    {
        var roles = Roles("Ông Đỗ Văn Hòa, Tổng Biên tập tạp chí Môi trường và Đô thị Việt Nam, dự buổi lễ.");
        Assert.DoesNotContain(roles, r => r.EndsWith("Đô thị Việt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_director_of_one_function_is_named_with_the_function()
    {
        var roles = Roles("Bà Lê Minh Châu, Giám đốc Tiếp thị Tập đoàn Hòa Phát, giới thiệu sản phẩm mới.");
        Assert.Contains("Lê Minh Châu | Giám đốc Tiếp thị Tập đoàn Hòa Phát", roles);
    }

    [Fact]
    public void A_function_word_with_no_company_after_it_gives_no_post()
    {
        var roles = Roles("Ông Nguyễn Văn An, Giám đốc Kinh doanh, cho biết doanh số đã tăng.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Nguyễn Văn An | Giám đốc Kinh doanh", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_taken_up_as_a_position_is_the_subject_s()
    {
        var roles = Roles("Từ đầu năm, bà Ngô Thị Thu đảm nhiệm vị trí Giám đốc Công nghệ tập đoàn Masan.");
        Assert.Contains(roles, r => r.StartsWith("Ngô Thị Thu | Giám đốc Công nghệ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_name_in_lower_case_runs_to_its_short_form_in_brackets()
    {
        var roles = Roles("Ông Trần Văn Lâm, Chủ tịch HĐQT Công ty cổ phần Xây dựng và thương mại (XDTM), bị bắt sáng nay.");
        Assert.Contains("Trần Văn Lâm | Chủ tịch Hội đồng quản trị Công ty cổ phần Xây dựng và thương mại", roles);
    }
}
