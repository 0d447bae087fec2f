using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The capitalised first word of a rank after a title ('Thượng tướng', 'Đại tá') is no short name of someone the
/// article names in full with that word: the post is the ranked holder's, named after the rank.
/// </summary>
public sealed class RankWordNotShortNameTests
{
    private const string Earlier = "Ông Lê Thượng Hòa từng là Giám đốc Công an tỉnh Nghệ An. ";

    [Fact]
    public void A_rank_after_a_title_lends_no_post_to_someone_bearing_its_first_word()
    {
        var roles = ArticleAnalyzer.Analyze("", Earlier + "Trong ảnh: Thứ trưởng Bộ Công an Thượng tướng Trần Quốc Việt phát biểu.").Roles;
        Assert.DoesNotContain(roles, r => r.PersonName == "Lê Thượng Hòa" && r.Role.Contains("Thứ trưởng", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.PersonName == "Trần Quốc Việt" && r.Role == "Thứ trưởng Bộ Công an");
    }

    [Fact]
    public void A_short_name_after_a_title_is_still_read() =>
        Assert.Contains(ArticleAnalyzer.Analyze("", Earlier + "Sau đó Giám đốc Hòa cho biết lực lượng đã sẵn sàng.").Roles,
            r => r.PersonName == "Lê Thượng Hòa");
}
