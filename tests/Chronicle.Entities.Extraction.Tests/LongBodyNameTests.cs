using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A body's name longer than six words ('Tổng cục Địa chất và Khoáng sản Việt Nam') is read whole where it goes on,
/// by capitalised words, to a plain close: punctuation, the sentence's end or a verb of the sentence. A long run that
/// reaches a person's name (a foreign one too), that holds a second body, or that nothing closes gives no body, as before.
/// </summary>
public sealed class LongBodyNameTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_national_department_named_past_six_words_is_read_whole()
    {
        Assert.Contains("Trần Minh Đức | Tổng cục trưởng Tổng cục Địa chất và Khoáng sản Việt Nam",
            Roles("Ông Trần Minh Đức, Tổng cục trưởng Tổng cục Địa chất và Khoáng sản Việt Nam, đã ký văn bản gửi các tỉnh."));
    }

    [Fact]
    public void A_long_name_closed_by_a_verb_of_the_sentence_is_read_whole()
    {
        Assert.Contains("Lý Văn Sơn | Tổng cục trưởng Tổng cục Tiêu chuẩn Đo lường Chất lượng Việt Nam",
            Roles("Ông Lý Văn Sơn, Tổng cục trưởng Tổng cục Tiêu chuẩn Đo lường Chất lượng Việt Nam cho biết sẽ rà soát lại quy chuẩn."));
    }

    [Fact]
    public void A_journal_with_a_long_name_is_read_whole()
    {
        Assert.Contains("Hồ Văn Tâm | Tổng Biên tập Tạp chí Văn hóa Nghệ thuật Điện ảnh Việt Nam",
            Roles("Ông Hồ Văn Tâm, Tổng Biên tập Tạp chí Văn hóa Nghệ thuật Điện ảnh Việt Nam, trao giải cho các tác giả."));
    }

    [Fact]
    public void Two_bodies_joined_by_và_are_not_read_as_one_long_name()
    {
        Assert.DoesNotContain(Roles("Ông Phan Văn Nam, nguyên Giám đốc Bệnh viện Hữu nghị và Bệnh viện Nhi Trung ương Hà Nội, được mời phát biểu."),
            r => r.Contains("và Bệnh viện", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_run_that_runs_into_a_person_s_name_gives_no_body()
    {
        Assert.DoesNotContain(Roles("Ông Lý Văn Sơn, Tổng cục trưởng Tổng cục Địa chất và Khoáng sản Việt Nam Trần Văn Bình"),
            r => r.Contains("Khoáng sản Việt Nam Trần", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_run_nothing_closes_gives_no_body()
    {
        Assert.DoesNotContain(Roles("Ông Vũ Đình Khang, Viện trưởng Viện Nghiên cứu Phát triển Kinh tế Xã hội Đồng Bằng Sông Cửu Long Miền Tây Nam Bộ Việt Nam, cho biết."),
            r => r.Contains("Viện trưởng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_name_after_a_joined_title_is_the_holder_s_not_the_body_s()
    {
        Assert.DoesNotContain(Roles("Tiến sĩ Anna Berg, đồng giám đốc Trung tâm Phẫu thuật Nhi Texas và Tiến sĩ Peter Holm, bác sĩ phẫu thuật, dẫn đầu ca mổ."),
            r => r.Contains("Texas và", StringComparison.Ordinal));
    }
}
