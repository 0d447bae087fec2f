using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'Phó Chủ tịch chuyên trách': a deputy who serves the body full time is a head of its own, read with the body
/// after it; the same words with no body after them give no post.
/// </summary>
public sealed class FullTimeDeputyHeadTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_full_time_deputy_before_the_holder_s_name_is_read()
    {
        var roles = Roles("Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông Quốc gia Đặng Văn Hòa kiểm tra các chốt trên quốc lộ.");
        Assert.Contains("Đặng Văn Hòa | Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông Quốc gia", roles);
    }

    [Fact]
    public void A_full_time_deputy_with_no_body_gives_no_post()
    {
        var roles = Roles("Ông Đặng Văn Hòa được giao làm phó chủ tịch chuyên trách từ đầu năm.");
        Assert.DoesNotContain(roles, r => r.Contains("chuyên trách", StringComparison.Ordinal));
    }
}
