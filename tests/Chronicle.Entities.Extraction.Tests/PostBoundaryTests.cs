using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Where a post ends: before 'và' and the next person's honorific, at a province written bare after a
/// department's concern, and never on a joining word or a word that carries the sentence on; a country's
/// formal name is no part of its holder's name.
/// </summary>
public sealed class PostBoundaryTests
{
    private static List<(string Person, string Role)> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => (r.PersonName, r.Role))];

    [Theory]
    [InlineData("Bà Hoàng Thị Lan, Giám đốc Công ty Bảo hiểm Phú Thành và Ông Đặng Văn Khoa cùng cắt băng khánh thành.",
        "Hoàng Thị Lan", "Giám đốc Công ty Bảo hiểm Phú Thành")]
    [InlineData("Nhà văn Trịnh Văn Hậu, Trưởng ban tổ chức Giải thưởng Sách Hay và bà Lê Thị Vân - Giám đốc Nhà xuất bản Trẻ trao giải.",
        "Trịnh Văn Hậu", "Trưởng Ban Tổ chức Giải thưởng Sách Hay")]
    public void A_body_ends_before_and_and_the_next_persons_honorific(string sentence, string person, string post)
    {
        var roles = Roles(sentence);
        Assert.Contains((person, post), roles);
        Assert.DoesNotContain(roles, r => r.Role.EndsWith(" và", StringComparison.Ordinal) || r.Role.Contains("Ông", StringComparison.Ordinal)
            || r.Role.EndsWith(" ông", StringComparison.Ordinal) || r.Role.EndsWith(" bà", StringComparison.Ordinal));
    }

    [Fact]
    public void The_person_after_the_honorific_does_not_take_the_post_before_it()
    {
        var roles = Roles("Ông Lý Văn Tư - Phó Giám đốc phụ trách Công ty Vận tải Hòa Bình và Ông Phùng Văn Cảnh ký biên bản ghi nhớ.");
        Assert.Contains(("Lý Văn Tư", "Phó Giám đốc phụ trách Công ty Vận tải Hòa Bình"), roles);
        Assert.DoesNotContain(roles, r => r.Person == "Phùng Văn Cảnh");
    }

    [Fact]
    public void A_province_whose_name_opens_with_ba_stays_in_the_body()
    {
        var roles = Roles("Ông Đỗ Quang Vinh, Giám đốc Công an tỉnh Bà Rịa - Vũng Tàu và ông Hà Văn Nam cùng dự buổi lễ.");
        Assert.Contains(("Đỗ Quang Vinh", "Giám đốc Công an tỉnh Bà Rịa - Vũng Tàu"), roles);
    }

    [Theory]
    [InlineData("Ông Lò Văn Hải, Phó Giám đốc Sở GD-ĐT Sơn La phản ánh việc tuyển sinh năm nay rất khó.",
        "Lò Văn Hải", "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Sơn La")]
    [InlineData("Bà Vi Thị Mai, Giám đốc Sở Tư pháp Lạng Sơn tham gia đoàn giám sát của tỉnh.",
        "Vi Thị Mai", "Giám đốc Sở Tư pháp tỉnh Lạng Sơn")]
    public void A_bare_province_after_the_concern_closes_a_departments_name(string sentence, string person, string post)
    {
        var roles = Roles(sentence);
        Assert.Contains((person, post), roles);
        Assert.Single(roles, r => r.Person == person);
    }

    [Fact]
    public void A_department_closed_by_its_verb_is_read_as_before()
    {
        var roles = Roles("Ông Lò Văn Hải, Phó Giám đốc Sở GD-ĐT Sơn La cho biết việc tuyển sinh năm nay rất khó.");
        Assert.Contains(("Lò Văn Hải", "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Sơn La"), roles);
    }

    [Theory]
    [InlineData("Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Đông Uruguay Carlos Ruiz Pereira chiều nay.")]
    [InlineData("Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Cộng hòa Đông Uruguay Carlos Ruiz Pereira chiều nay.")]
    public void Uruguays_formal_name_is_no_part_of_its_ministers_name(string sentence) =>
        Assert.Contains(("Carlos Ruiz Pereira", "Bộ trưởng Ngoại giao Uruguay"), Roles(sentence));

    [Theory]
    [InlineData("Bà Nguyễn Thị Hoa, Chủ tịch Tập đoàn Phú Thịnh và các cộng sự bị khởi tố.", "Nguyễn Thị Hoa", "Chủ tịch Tập đoàn Phú Thịnh")]
    [InlineData("Ông Lê Văn Tuấn - Phó Tổng giám đốc Ngân hàng Vietcombank lên trao giải cho nhóm tác giả.", "Lê Văn Tuấn", "Phó Tổng Giám đốc Ngân hàng Vietcombank")]
    [InlineData("Cô Lê Thị Thu, Hiệu trưởng Trường Mầm non Hưng Thắng và các giáo viên đón học sinh.", "Lê Thị Thu", "Hiệu trưởng Trường Mầm non Hưng Thắng")]
    public void A_post_never_ends_on_a_joining_word_or_the_sentences_verb(string sentence, string person, string post) =>
        Assert.Contains((person, post), Roles(sentence));

    [Fact]
    public void A_joining_word_inside_a_bodys_name_stays() =>
        Assert.Contains(("Nguyễn Văn Bình", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
            Roles("Ông Nguyễn Văn Bình, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phát biểu khai mạc."));
}
