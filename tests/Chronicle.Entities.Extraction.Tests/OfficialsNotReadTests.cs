using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Officials of ours the extractor read no post for: a school whose level is spelled out ('Trung học phổ
/// thông') before a place's name, a body whose name ends in the lower-case syllables of a longer word
/// ('Viện Ngôn ngữ học'), and a bare minister's post written right after its ministry in a sentence naming
/// another ministry as well; theatres and the army's arms as bodies named by the words after their kind; a provincial department
/// whose name the copy wrote in lower case.
/// </summary>
public sealed class OfficialsNotReadTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_school_level_spelled_out_is_read_with_the_place_that_names_the_school()
    {
        var roles = Roles("Bà Trần Thị Lan, Hiệu trưởng Trường Trung học cơ sở Yên Lạc (huyện Yên Lạc), chia sẻ về kế hoạch năm học.");
        Assert.Contains("Trần Thị Lan | Hiệu trưởng Trường Trung học cơ sở Yên Lạc", roles);
    }

    [Fact]
    public void A_name_ending_in_the_lower_case_syllables_of_its_word_is_whole_before_punctuation()
    {
        var roles = Roles("Ông Phan Văn Khải, Viện trưởng Viện Ngôn ngữ học, cho biết cuốn từ điển sẽ ra mắt cuối năm.");
        Assert.Contains("Phan Văn Khải | Viện trưởng Viện Ngôn ngữ học", roles);
    }

    [Fact]
    public void After_those_syllables_the_name_reads_on()
    {
        var roles = Roles("Bác sĩ Lê Văn Nam, Trưởng khoa Hồi sức tích cực - Chống độc, Bệnh viện Bạch Mai, cho biết bệnh nhân đã qua cơn nguy kịch.");
        Assert.Contains(roles, r => r.StartsWith("Lê Văn Nam | Trưởng khoa Hồi sức tích cực - Chống độc", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_of_a_time_after_a_brand_are_no_syllables_of_its_name()
    {
        var roles = Roles("Ông Ngô Văn Tư, Giám đốc Công ty Mekophar thời điểm đó, bị khởi tố.");
        Assert.DoesNotContain(roles, r => r.Contains("thời điểm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brands_trade_written_after_it_is_no_syllable_of_its_name()
    {
        var roles = Roles("Ông Lê Văn An, Giám đốc Công ty Vinamilk sản xuất sữa, cho biết giá sẽ giữ nguyên.");
        Assert.DoesNotContain(roles, r => r.Contains("sản xuất", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_syllable_after_two_capitalised_words_still_cuts_the_name_short()
    {
        var roles = Roles("Giám đốc Trung tâm Nghiên cứu Phát triển bền vững Hồ Văn Lợi trình bày báo cáo.");
        Assert.DoesNotContain(roles, r => r.Contains("Nghiên cứu Phát", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ministry_written_right_before_a_bare_deputy_minister_is_his_whatever_else_the_sentence_names()
    {
        Assert.Contains("Nguyễn Văn Hòa | Thứ trưởng Bộ Tư pháp",
            Roles("Thay mặt lãnh đạo Bộ Tư pháp, Thứ trưởng Nguyễn Văn Hòa cảm ơn Bộ Tài chính đã phối hợp."));
        Assert.Contains("Trương Hải Long | Thứ trưởng Bộ Nội vụ",
            Roles("Đại diện Bộ Nội vụ - Thứ trưởng Trương Hải Long cho biết Bộ Tài chính sẽ bố trí kinh phí."));
    }

    [Fact]
    public void A_ministry_with_other_words_before_the_post_gives_it_nothing_where_another_is_named()
    {
        var roles = Roles("Sau khi làm việc với Bộ Tài chính sáng nay, Thứ trưởng Lê Văn An trở về Bộ Công Thương.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lê Văn An | Thứ trưởng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theatre_and_an_arm_of_the_army_are_bodies_named_by_the_words_after_them()
    {
        Assert.Contains("Đinh Văn Lực | Phó Giám đốc Nhà hát Chèo Việt Nam",
            Roles("Ông Đinh Văn Lực - Phó Giám đốc Nhà hát Chèo Việt Nam - giới thiệu vở diễn mới."));
        Assert.Contains("Hà Văn Quân | Chính ủy Binh chủng Công binh",
            Roles("Thiếu tướng Hà Văn Quân, Chính ủy Binh chủng Công binh, dự lễ khánh thành."));
    }

    [Fact]
    public void A_theatre_named_by_no_capitalised_word_is_no_body()
    {
        var roles = Roles("Ông Đinh Văn Lực, giám đốc nhà hát cho biết vở diễn sẽ ra mắt vào tháng sau.");
        Assert.DoesNotContain(roles, r => r.Contains("Nhà hát cho", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_provincial_department_written_in_lower_case_is_read_where_its_province_closes_it()
    {
        Assert.Contains("Lý Thị Nga | Giám đốc Sở Du lịch tỉnh Ninh Bình",
            Roles("Bà Lý Thị Nga, Giám đốc Sở du lịch tỉnh Ninh Bình, cho biết lượng khách tăng mạnh."));
        Assert.Contains("Đoàn Văn Sáu | Cục trưởng Cục Thuế tỉnh Nghệ An",
            Roles("Ông Đoàn Văn Sáu, Cục trưởng Cục thuế tỉnh Nghệ An cho biết số thu vượt dự toán."));
        Assert.Contains("Vi Văn Bảy | Giám đốc Sở Giáo dục và Đào tạo tỉnh Cao Bằng",
            Roles("Ông Vi Văn Bảy, Giám đốc Sở giáo dục đào tạo tỉnh Cao Bằng cho biết kỳ thi diễn ra an toàn."));
    }

    [Fact]
    public void Lower_case_words_after_a_department_that_no_province_closes_are_the_sentences()
    {
        var roles = Roles("Ông Đoàn Văn Sáu, Cục trưởng Cục thuế sẽ trả lời sau.");
        Assert.DoesNotContain(roles, r => r.Contains("Cục Thuế sẽ", StringComparison.OrdinalIgnoreCase) || r.Contains("Cục thuế sẽ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_department_named_after_its_ministry_is_read_with_its_own_word_in_lower_case()
    {
        Assert.Contains("Hà Văn Tám | Giám đốc Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
            Roles("Ông Hà Văn Tám, Giám đốc sở GD-ĐT Lạng Sơn cho rằng phương án này hợp lý."));
    }

    [Fact]
    public void The_word_for_a_department_in_lower_case_before_a_ministry_is_no_post()
    {
        var roles = Roles("Sáng nay, tại trụ sở Bộ Y tế, ông Hà Văn Tám phát biểu khai mạc.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Hà Văn Tám |", StringComparison.Ordinal));
    }
}
