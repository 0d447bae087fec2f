using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post whose body is written but not known to the lexicon (an old province, a ministry since merged) is not given the
/// body of another post of the same head the article names: it is left unread. A bare post, a post before its holder's
/// name, and a body written short of its full name are completed as before.
/// </summary>
public sealed class WrittenBodyNotSwappedTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void An_old_province_is_not_read_as_the_province_the_article_names()
    {
        var roles = Roles("Ông Nguyễn Văn An từng giữ chức Bí thư Tỉnh ủy Hà Đông. Ông Lê Văn Bình là Chủ tịch UBND tỉnh Hà Nam.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Nguyễn Văn An |", StringComparison.Ordinal));
        Assert.Contains("Lê Văn Bình | Chủ tịch UBND tỉnh Hà Nam", roles);
    }

    [Fact]
    public void An_old_ministry_is_not_read_as_the_holder_s_later_ministry()
    {
        var text = VietnameseText.Normalize("Năm 1958, ông Trần Văn Bình làm Thứ trưởng Bộ Thương nghiệp. Năm 1990, ông Bình làm Thứ trưởng Bộ Xây dựng.");
        var readings = ArticleAnalyzer.Analyze("", text).Roles;
        // One reading, of the later post; the earlier sentence gives none.
        var only = Assert.Single(readings);
        Assert.Equal("Thứ trưởng Bộ Xây dựng", only.Role);
        Assert.DoesNotContain("1958", text[only.Evidence.Start..only.Evidence.End], StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_province_in_a_biography_is_not_read_as_the_later_one()
    {
        var text = VietnameseText.Normalize("Ông Đỗ Văn Mạnh sinh năm 1917 tại Hà Nội. Năm 1946, ông làm bí thư Tỉnh ủy Hà Đông. Ông từng là Bí thư Tỉnh ủy Hà Nam.");
        var readings = ArticleAnalyzer.Analyze("", text).Roles;
        Assert.DoesNotContain(readings, r => text[r.Evidence.Start..r.Evidence.End].Contains("Hà Đông", StringComparison.Ordinal));
        Assert.Contains(readings, r => r.Role == "Bí thư Tỉnh ủy Hà Nam");
    }

    [Fact]
    public void A_district_written_short_is_not_read_as_the_province()
    {
        var roles = Roles("Ông Đỗ Văn Cường, Phó Chủ tịch UBND Q.Tân Phú, cho biết quận sẽ kiểm tra. Tỉnh Long An cũng vào cuộc.");
        Assert.DoesNotContain("Đỗ Văn Cường | Phó Chủ tịch UBND tỉnh Long An", roles);
    }

    [Fact]
    public void A_bare_post_before_its_holder_s_name_still_takes_the_article_s_province()
    {
        var roles = Roles("Bí thư Tỉnh ủy Nguyễn Văn An dự họp. Ông Lê Văn Bình là Chủ tịch UBND tỉnh Hà Nam.");
        Assert.Contains("Nguyễn Văn An | Bí thư Tỉnh ủy Hà Nam", roles);
    }

    [Fact]
    public void The_province_written_again_after_its_level_is_kept()
    {
        var roles = Roles("Từ tháng 6/2020, bà Phạm Thị Hoa là Bí thư Tỉnh ủy Tỉnh Thái nguyên, Trưởng đoàn Đại biểu Quốc hội tỉnh Thái Nguyên.");
        Assert.Contains("Phạm Thị Hoa | Bí thư Tỉnh ủy Thái Nguyên", roles);
    }

    [Fact]
    public void A_ministry_written_short_of_its_name_still_takes_the_holder_s_own()
    {
        var roles = Roles("Từ năm 2010, ông Trần Văn Bình làm Thứ trưởng Bộ Công. Năm 2016, ông Bình làm Thứ trưởng Bộ Công an.");
        Assert.Contains("Trần Văn Bình | Thứ trưởng Bộ Công an", roles);
    }
}
