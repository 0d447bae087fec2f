using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A title written once in the plural ('hai Phó Chủ tịch', '3 Phó Thủ tướng') before a list of
/// names is every listed name's, honorifics before the names or a comma before 'gồm' aside.
/// </summary>
public sealed class SharedPluralTitleTests
{
    private static readonly AnchorDate March2025 =
        new(2025, 3, 12, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static List<string> HoldersOf(string text, string role) =>
        [.. ArticleAnalyzer.Analyze("", text, March2025).Roles.Where(r => r.Role == role).Select(r => r.PersonName).Distinct()];

    [Fact]
    public void A_counted_title_before_la_and_names_with_honorifics_is_each_name_s()
    {
        var holders = HoldersOf("Tỉnh Hà Tĩnh có hai Phó Chủ tịch UBND tỉnh là ông Đinh Quang Toản và bà Mạc Thị Yến.", "Phó Chủ tịch UBND tỉnh Hà Tĩnh");

        Assert.Equal(["Đinh Quang Toản", "Mạc Thị Yến"], holders);
    }

    [Fact]
    public void A_plural_title_before_names_with_honorifics_is_each_name_s()
    {
        var holders = HoldersOf("Các Phó Thủ tướng Đinh Quang Toản, bà Mạc Thị Yến và ông Lý Văn Sang cùng dự.", "Phó Thủ tướng");

        Assert.Equal(["Đinh Quang Toản", "Mạc Thị Yến", "Lý Văn Sang"], holders);
    }

    [Fact]
    public void A_comma_before_gom_still_opens_the_list()
    {
        var holders = HoldersOf("Chính phủ khi đó có 3 Phó Thủ tướng, gồm các ông Đinh Quang Toản, Lý Văn Sang và Hồ Đức Hà.", "Phó Thủ tướng");

        Assert.Equal(["Đinh Quang Toản", "Lý Văn Sang", "Hồ Đức Hà"], holders);
    }

    [Fact]
    public void A_post_one_holds_at_a_time_is_not_shared_by_a_count()
    {
        var holders = HoldersOf("Hai Chủ tịch nước là ông Đinh Quang Toản và ông Lý Văn Sang từng đến thăm địa phương.", "Chủ tịch nước");

        Assert.DoesNotContain("Lý Văn Sang", holders);
    }
}
