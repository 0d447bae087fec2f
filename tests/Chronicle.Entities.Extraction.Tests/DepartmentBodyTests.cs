using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A department's full name may list what it deals with, the items parted by commas ('tội phạm về
/// tham nhũng, kinh tế, buôn lậu'); the list closes at punctuation or at the 'của' of its owner, never
/// at a word of the sentence. The National Assembly's petitions board is named as its sister committees are.
/// </summary>
public sealed class DepartmentBodyTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_department_s_listed_concerns_are_one_name()
    {
        var roles = Roles("Đại tá Hoàng Minh Đức, Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03), cho biết hồ sơ đã được chuyển đi.");
        Assert.Contains(roles, r => r.StartsWith("Hoàng Minh Đức | Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", StringComparison.Ordinal));
    }

    [Fact]
    public void The_list_may_close_at_the_owner_s_cua()
    {
        var roles = Roles("Năm 2016, ông Trần Quang Bình được bổ nhiệm Vụ trưởng Vụ Theo dõi xử lý các vụ án, vụ việc của Ban Nội chính Trung ương.");
        Assert.Contains(roles, r => r.StartsWith("Trần Quang Bình | Vụ trưởng Vụ Theo dõi xử lý các vụ án, vụ việc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comma_before_a_word_of_the_sentence_ends_the_name()
    {
        var roles = Roles("Ông Lê Văn Tú, Cục trưởng Cục Quản lý thị trường, nguyên Bí thư Huyện ủy Thanh Chương, đã nghỉ hưu.");
        Assert.Contains("Lê Văn Tú | Cục trưởng Cục Quản lý thị trường", roles);
        Assert.DoesNotContain(roles, r => r.Contains("thị trường, nguyên", StringComparison.Ordinal));
        Assert.Contains("Nguyễn Hữu Tâm | Cục trưởng Cục Tổ chức cán bộ",
            Roles("Theo Thiếu tướng Nguyễn Hữu Tâm, Cục trưởng Cục Tổ chức cán bộ, năm 2025, việc sắp xếp bộ máy đã xong."));
    }

    [Fact]
    public void The_petitions_board_is_the_national_assembly_s()
    {
        Assert.Contains("Trịnh Văn Hào | Phó Trưởng Ban Dân nguyện của Quốc hội",
            Roles("Phó Trưởng Ban Dân nguyện Trịnh Văn Hào trả lời các kiến nghị của cử tri."));
    }
}
