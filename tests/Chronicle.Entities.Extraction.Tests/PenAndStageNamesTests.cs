using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Writers, journalists, film-makers and performers are named by the title of their art and the name they are known
/// by, a pen or stage name as often as not, with no surname to lead it ('nhà thơ Hoài Vũ', 'NSƯT Chí Trung'): the title
/// announces a name as 'ông' does. The same words inside a body's name ('Hội Nhà văn Hà Nội') announce nothing, and
/// an honour written before the name ('NSND') is no part of it.
/// </summary>
public class PenAndStageNamesTests
{
    private static IReadOnlyList<string> Persons(string sentence) =>
        ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Mentions
            .Where(m => m.Type == EntityTypes.Person).Select(m => m.CanonicalName).Distinct().ToList();

    [Theory]
    [InlineData("Tập thơ mới của nhà thơ Hoài Vũ ra mắt bạn đọc vào tuần sau.", "Hoài Vũ")]
    [InlineData("Nhà văn Nguyên Ngọc viết cuốn sách ấy khi còn rất trẻ.", "Nguyên Ngọc")]
    [InlineData("Khán giả đứng dậy vỗ tay khi NSND Lan Hương bước ra sân khấu.", "Lan Hương")]
    [InlineData("Bộ phim do đạo diễn Đặng Nhật Minh dàn dựng đã được phục chế.", "Đặng Nhật Minh")]
    [InlineData("Vai chính được giao cho diễn viên Bảo Thanh sau nhiều vòng thử vai.", "Bảo Thanh")]
    [InlineData("Bản dịch tiểu thuyết của nhà văn Colombia Gabriel García Márquez được in lại.", "Gabriel García Márquez")]
    public void A_name_after_the_title_of_an_art_is_read_without_a_surname(string sentence, string person)
    {
        Assert.Contains(person, Persons(sentence));
    }

    [Theory]
    [InlineData("Một truyện ngắn của nhà văn Nhật Yasunari Kawabata được chọn vào sách giáo khoa.", "Yasunari Kawabata")]
    [InlineData("Phim mới của đạo diễn Anh Guy Ritchie ra rạp cuối tuần này.", "Guy Ritchie")]
    public void A_country_between_the_title_and_a_foreign_name_is_no_part_of_the_name(string sentence, string person)
    {
        var persons = Persons(sentence);

        Assert.Contains(person, persons);
        Assert.DoesNotContain(persons, p => p.StartsWith("Nhật", StringComparison.Ordinal) || p.StartsWith("Anh ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_honour_before_a_stage_name_is_not_part_of_the_name()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(
            "NSƯT Hoàng Quân, Phó Giám đốc Nhà hát Tuổi trẻ, cho biết vở diễn sẽ đi lưu diễn ở miền Trung.")).Roles;

        Assert.Contains(roles, r => r.PersonName == "Hoàng Quân" && r.Role.StartsWith("Phó Giám đốc Nhà hát Tuổi trẻ", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.PersonName.StartsWith("NSƯT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hội Nhà văn Hà Nội vừa công bố giải thưởng năm nay.")]
    [InlineData("Hội Nhà báo Việt Nam mở lớp bồi dưỡng nghiệp vụ cho hội viên.")]
    [InlineData("Nhà văn Việt Nam đương đại viết nhiều về đề tài nông thôn.")]
    [InlineData("Một diễn viên Hàn Quốc sẽ sang Hà Nội quảng bá phim.")]
    [InlineData("Các nhà thơ Đà Lạt tổ chức một đêm thơ ven hồ.")]
    [InlineData("Buổi giao lưu thơ diễn ra tại Nhà Văn Hóa Thanh Niên tối thứ Bảy.")]
    [InlineData("Đại diện Hội thánh Cao Đài Tây Ninh dự buổi gặp mặt đầu xuân.")]
    public void The_same_words_inside_a_body_or_before_a_place_make_no_name(string sentence)
    {
        Assert.Empty(Persons(sentence));
    }
}
