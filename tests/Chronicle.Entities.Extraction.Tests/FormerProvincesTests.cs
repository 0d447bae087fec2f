using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A province since split, written after 'tỉnh' ('Bộ CHQS tỉnh Sông Bé'), is the body's own: it is neither dropped
/// nor replaced by the province of the person listed before; bare, such a name stays a person's given name.
/// </summary>
public sealed class FormerProvincesTests
{
    private static List<(string Person, string Role)> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => (r.PersonName, r.Role))];

    [Fact]
    public void A_listed_persons_former_province_is_not_the_one_of_the_person_before()
    {
        var roles = Roles("Lãnh đạo tỉnh đến thăm Đại tá Phạm Văn Bình, nguyên Chính ủy Bộ CHQS tỉnh Bình Phước; "
            + "Thiếu tướng Trần Văn Lực, nguyên Chỉ huy trưởng Bộ CHQS tỉnh Sông Bé.");
        Assert.Contains(("Phạm Văn Bình", "Chính ủy Bộ Chỉ huy Quân sự tỉnh Bình Phước"), roles);
        Assert.Contains(("Trần Văn Lực", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sông Bé"), roles);
        Assert.DoesNotContain(("Trần Văn Lực", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bình Phước"), roles);
    }

    [Theory]
    [InlineData("Ông Đỗ Minh Tâm, nguyên Giám đốc Sở Tài chính tỉnh Hà Tây, đã nghỉ hưu từ năm 2008.",
        "Đỗ Minh Tâm", "Giám đốc Sở Tài chính tỉnh Hà Tây")]
    [InlineData("Ông Lê Văn Sơn, nguyên Phó Chủ tịch UBND tỉnh Hà Tây, về thăm quê ở Hà Nội.",
        "Lê Văn Sơn", "Phó Chủ tịch UBND tỉnh Hà Tây")]
    public void A_former_province_closes_the_body_it_is_written_in(string sentence, string person, string post) =>
        Assert.Contains((person, post), Roles(sentence));

    [Fact]
    public void A_former_provinces_name_without_tinh_stays_a_given_name()
    {
        var roles = Roles("Đại sứ Việt Nam tại Italy Dương Hải Hưng giới thiệu cuốn sách tới bạn đọc ở Rome.");
        Assert.Contains(roles, r => r.Person == "Dương Hải Hưng");
    }

    [Fact]
    public void Xa_opens_a_surname()
    {
        var roles = Roles("Kỷ luật khiển trách ông Xà Dương Thắng, nguyên Giám đốc Sở Xây dựng tỉnh Bình Thuận.");
        Assert.Contains(("Xà Dương Thắng", "Giám đốc Sở Xây dựng tỉnh Bình Thuận"), roles);
    }
}
