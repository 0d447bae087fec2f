using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Persons and posts of the wider news feed (foreign politics, companies, sport, courts): whose
/// country a foreign title is, which words are no qualifier, and which posts a rank word changes.
/// </summary>
public sealed class WiderFeedPostsTests
{
    private static IReadOnlyList<RoleMention> Roles(string text) => ArticleAnalyzer.Analyze("", text).Roles;

    [Fact]
    public void A_word_of_ours_opening_with_a_country_name_gives_no_country_to_a_bare_title() =>
        Assert.DoesNotContain(Roles("Ý tưởng mua hòn đảo này từng được cố Tổng thống Grover Whitfield đưa ra từ lâu."),
            r => r.Role.EndsWith("Ý", StringComparison.Ordinal));

    [Fact]
    public void A_country_someone_flees_to_is_not_the_country_of_their_post() =>
        Assert.DoesNotContain(Roles("Khi đó, cựu tổng thống Anton Verhovsky bị phế truất và phải chạy sang Nga lánh nạn."),
            r => r.Role == "Tổng thống Nga");

    [Fact]
    public void A_country_the_sentence_names_as_the_holders_still_gives_the_post_its_country()
    {
        var role = Assert.Single(Roles("Phát biểu trước quốc hội Nga, Thủ tướng Mikhail Mishustin cho biết ngân sách năm nay sẽ tăng."));
        Assert.Equal("Thủ tướng Nga", role.Role);
    }

    [Fact]
    public void The_administration_of_a_president_is_no_acting_president()
    {
        var role = Assert.Single(Roles("Chính quyền Tổng thống Joe Biden đã quyết định rút bớt nhân viên sứ quán."));
        Assert.Equal("Tổng thống Mỹ", role.Role);
        Assert.Equal("", role.Qualifier);
    }

    [Fact]
    public void Acting_written_in_lower_case_is_still_acting()
    {
        var role = Assert.Single(Roles("Ông Trần Văn Bình, quyền Chủ tịch UBND tỉnh Lào Cai, chủ trì cuộc họp."));
        Assert.Equal("acting", role.Qualifier);
    }
}
