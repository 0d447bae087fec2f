using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// State commissions the lexicon does not list are read by how their names end: 'Quốc gia', or 'Việt Nam ở nước
/// ngoài' (which 'Việt Nam' alone would cut short). The head's name after 'Quốc gia' is a person's, not a park's; a
/// capitalised word that goes on after 'Quốc gia', a park and a sentence with no post are left alone.
/// </summary>
public sealed class NationalCommissionTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_national_commission_after_its_holder_is_read()
    {
        var roles = Roles("Tại buổi làm việc có ông Trịnh Văn Khải, Chủ nhiệm Ủy ban Biên giới Quốc gia, và đại diện các tỉnh.");
        Assert.Contains("Trịnh Văn Khải | Chủ nhiệm Ủy ban Biên giới Quốc gia", roles);
    }

    [Fact]
    public void A_national_commission_before_its_holder_s_name_is_read()
    {
        var roles = Roles("Chủ nhiệm Ủy ban Biên giới Quốc gia Trịnh Văn Khải trình bày báo cáo tổng kết.");
        Assert.Contains("Trịnh Văn Khải | Chủ nhiệm Ủy ban Biên giới Quốc gia", roles);
    }

    [Fact]
    public void The_commission_for_the_Vietnamese_abroad_is_read_whole()
    {
        var roles = Roles("Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài Hoàng Minh Đức gặp bà con kiều bào.");
        Assert.Contains("Hoàng Minh Đức | Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài", roles);
        Assert.DoesNotContain(roles, r => r.EndsWith("người Việt Nam", StringComparison.Ordinal));
    }

    [Fact]
    public void The_commission_for_the_Vietnamese_abroad_by_its_short_name_is_read()
    {
        var roles = Roles("Bà Lý Thu Hằng, Phó Chủ nhiệm Ủy ban Người Việt Nam ở nước ngoài, chủ trì buổi gặp.");
        Assert.Contains("Lý Thu Hằng | Phó Chủ nhiệm Ủy ban Người Việt Nam ở nước ngoài", roles);
    }

    [Fact]
    public void A_capitalised_word_after_quoc_gia_goes_on_with_another_name()
    {
        // 'Quốc gia Mông' is no ending: the name runs on past it, and this rule does not cut it there.
        var roles = Roles("Chủ tịch Ủy ban Biên giới Quốc gia Mông Cổ Trịnh Văn Khải phát biểu.");
        Assert.DoesNotContain("Trịnh Văn Khải | Chủ tịch Ủy ban Biên giới Quốc gia", roles);
    }

    [Fact]
    public void A_name_after_a_national_park_stays_a_place()
    {
        var text = VietnameseText.Normalize("Đoàn khách đến Vườn Quốc gia Cúc Phương vào cuối tuần.");
        var result = ArticleAnalyzer.Analyze("", text);
        Assert.Empty(result.Roles);
        Assert.DoesNotContain(result.Mentions, m => m.Type == EntityTypes.Person && m.CanonicalName == "Cúc Phương");
    }

    [Fact]
    public void A_commission_with_no_post_before_it_gives_no_reading()
    {
        Assert.Empty(Roles("Ủy ban Biên giới Quốc gia họp phiên thường kỳ vào sáng thứ hai."));
    }
}
