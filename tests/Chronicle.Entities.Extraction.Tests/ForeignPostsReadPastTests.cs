using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Foreign posts the grammar now reads past to their holder: a country written in its short form, a ministry named by a
/// list of fields with commas, and a holder set off by a comma and 'ông'/'bà' after a preposition.
/// </summary>
public sealed class ForeignPostsReadPastTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Thủ tướng Nhật Ichiro Sato đã tới Canberra sáng nay.", "Ichiro Sato | Thủ tướng Nhật Bản")]
    [InlineData("Bộ trưởng Tài chính Nhật Kenji Mori nói đồng yên còn yếu.", "Kenji Mori | Bộ trưởng Tài chính Nhật Bản")]
    [InlineData("Tổng thống Hàn Park Min Jae đã gọi điện cho các đồng minh.", "Park Min Jae | Tổng thống Hàn Quốc")]
    public void A_country_s_short_form_before_a_foreign_holder_is_the_country(string sentence, string expected)
    {
        var roles = Roles(sentence);
        Assert.Contains(expected, roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Nhật ", StringComparison.Ordinal) || r.StartsWith("Hàn ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ca sĩ Nhật Kim Anh đã về nước.")]
    [InlineData("Giám đốc Nhật Minh Hoàng ký hợp đồng.")]
    public void A_short_form_before_a_vietnamese_name_is_left_alone(string sentence)
    {
        Assert.DoesNotContain(Roles(sentence), r => r.Contains("Nhật Bản", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ministry_named_by_a_list_of_fields_is_read_to_its_country()
    {
        Assert.Contains(
            "Rafael Ortiz Vega | Bộ trưởng Công nghiệp, Thương mại và Việc làm Cộng hòa Dominica",
            Roles("Bộ trưởng Công nghiệp, Thương mại và Việc làm Cộng hòa Dominica Rafael Ortiz Vega tiếp đoàn doanh nghiệp."));
    }

    [Theory]
    [InlineData("Bộ trưởng Quốc phòng, Thủ tướng và Tổng thống Nga cùng dự lễ.")]
    [InlineData("Bộ trưởng Kinh tế, Tài chính Pháp đều vắng mặt.")]
    public void A_comma_that_opens_another_post_or_no_list_is_no_ministry_s_name(string sentence)
    {
        Assert.DoesNotContain(Roles(sentence), r => r.Contains(',', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kế hoạch gặp sự phản đối của Chủ tịch Fed Boston, bà Laura Kent, người muốn chờ thêm.", "Laura Kent | Chủ tịch Ngân hàng Dự trữ Liên bang Boston")]
    [InlineData("Theo Bộ trưởng Giáo dục Indonesia, ông Budi Santoso, kỳ thi sẽ bị bỏ.", "Budi Santoso | Bộ trưởng Giáo dục Indonesia")]
    [InlineData("Đoàn đã gửi thư cho Tổng thống Pháp, ông Jacques Moreau.", "Jacques Moreau | Tổng thống Pháp")]
    public void A_foreign_holder_set_off_by_a_comma_after_a_preposition_holds_the_post(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Theo Bộ trưởng, ông Trần Văn Bình, kế hoạch sẽ hoàn thành trong năm.")]
    [InlineData("Theo Tổng thống Pháp, ông Jacques Moreau cho rằng cần thêm thời gian.")]
    public void A_name_after_a_governed_post_that_opens_a_clause_or_is_ours_is_not_its_holder(string sentence)
    {
        Assert.DoesNotContain(Roles(sentence), r => r.StartsWith("Trần Văn Bình |", StringComparison.Ordinal) || r.StartsWith("Jacques Moreau |", StringComparison.Ordinal));
    }
}
