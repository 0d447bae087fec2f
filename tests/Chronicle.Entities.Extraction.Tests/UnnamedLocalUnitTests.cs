using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A district's guest list writes its posts without the district's name ('Bí thư Quận ủy', 'Phó Chủ
/// tịch UBND Quận', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện'): the unit is the one the entry names after
/// the post, else the one unit of that level the article names. The Front's committee of a district is
/// never the Central Committee of the Front.
/// </summary>
public sealed class UnnamedLocalUnitTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Hội Cựu chiến binh Quận 7 tổ chức hội nghị tổng kết năm. Tới dự có các đồng chí: Nguyễn Văn Hòa, Bí thư Quận ủy; "
        + "Trần Thị Lan, Phó Chủ tịch UBND Quận; Lê Minh Đức, Chủ tịch Ủy ban MTTQ Việt Nam Quận; Phạm Quốc Bảo, Chủ tịch Hội Cựu chiến binh Quận 7.",
        "Nguyễn Văn Hòa | Bí thư Quận ủy Quận 7", "Trần Thị Lan | Phó Chủ tịch UBND quận 7", "Lê Minh Đức | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận 7")]
    [InlineData("Huyện Gia Lâm tổ chức lễ kỷ niệm ngày thành lập. Dự buổi lễ có ông Đỗ Văn Tám, Bí thư Huyện ủy; bà Ngô Thị Hà, Chủ tịch UBND huyện; "
        + "ông Vũ Đình Lực, Chủ tịch Ủy ban MTTQ Việt Nam huyện.",
        "Đỗ Văn Tám | Bí thư Huyện ủy Gia Lâm", "Ngô Thị Hà | Chủ tịch UBND huyện Gia Lâm", "Vũ Đình Lực | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện Gia Lâm")]
    public void A_guest_list_s_posts_take_the_one_district_the_article_names(string text, string committee, string peoplesCommittee, string front)
    {
        var roles = Roles(text);
        Assert.Contains(committee, roles);
        Assert.Contains(peoplesCommittee, roles);
        Assert.Contains(front, roles);
    }

    [Fact]
    public void The_entry_s_own_district_comes_before_the_article_s()
    {
        var roles = Roles("Đoàn công tác làm việc tại huyện Yên Dũng và huyện Tân Yên. Ông Nguyễn Văn Hai, Phó Chủ tịch UBND huyện, Trưởng Công an huyện Tân Yên báo cáo tình hình.");
        Assert.Contains("Nguyễn Văn Hai | Phó Chủ tịch UBND huyện Tân Yên", roles);
    }

    [Fact]
    public void Two_districts_named_leave_the_post_unread_or_bare()
    {
        var roles = Roles("Đoàn công tác làm việc tại huyện Yên Dũng và huyện Tân Yên. Dự có ông Đỗ Văn Tám, Bí thư Huyện ủy; bà Ngô Thị Hà, Chủ tịch UBND huyện; "
            + "ông Vũ Đình Lực, Chủ tịch Ủy ban MTTQ Việt Nam huyện.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Ngô Thị Hà |", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.Contains("Yên Dũng", StringComparison.Ordinal) || r.Contains("Tân Yên", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.Contains("Trung ương", StringComparison.Ordinal));
    }

    [Fact]
    public void The_front_s_committee_named_without_central_is_the_national_one_only_alone()
    {
        Assert.Contains("Phan Văn Bình | Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            Roles("Ông Phan Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam, phát biểu tại hội nghị."));
        Assert.DoesNotContain(Roles("Ông Phan Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam xã, phát biểu tại hội nghị."),
            r => r.Contains("Trung ương", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_s_opening_word_after_a_level_is_no_unit()
    {
        Assert.Contains("Đỗ Văn Tám | Bí thư Huyện ủy Gia Lâm",
            Roles("Hội nghị được tổ chức trực tuyến tới các xã của huyện Gia Lâm. Các đại biểu dự tại điểm cầu huyện Về phía huyện có ông Đỗ Văn Tám, Bí thư Huyện ủy."));
    }

    [Fact]
    public void A_level_word_that_goes_on_with_the_sentence_names_no_body()
    {
        Assert.DoesNotContain(Roles("Huyện Gia Lâm có nhiều đổi mới. Chủ tịch UBND huyện trân trọng cảm ơn các doanh nghiệp."),
            r => r.Contains("UBND", StringComparison.Ordinal));
    }
}
