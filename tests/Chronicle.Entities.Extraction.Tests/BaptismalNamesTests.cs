using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A Catholic cleric is written with the saint's name of his baptism before his full name ('Giám mục Phaolô Nguyễn
/// Văn A'): it is part of the name. Elsewhere the same words are left as they were read.
/// </summary>
public class BaptismalNamesTests
{
    private static IReadOnlyList<string> Persons(string sentence) =>
        ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Mentions
            .Where(m => m.Type == EntityTypes.Person).Select(m => m.CanonicalName).Distinct().ToList();

    [Theory]
    [InlineData("Đoàn đến thăm Giám mục Giáo phận Vinh Phaolô Trần Đình Lộc nhân dịp lễ Phục sinh.", "Phaolô Trần Đình Lộc")]
    [InlineData("Thánh lễ do linh mục Giuse Maria Lê Văn Hòa, chánh xứ Thái Hà, cử hành.", "Giuse Maria Lê Văn Hòa")]
    [InlineData("Đoàn cán bộ của tỉnh đã đến thăm Tổng Giám mục Tổng Giáo phận Huế Giuse Trần Văn Minh.", "Giuse Trần Văn Minh")]
    public void A_clerics_baptismal_name_is_part_of_his_name(string sentence, string person)
    {
        Assert.Contains(person, Persons(sentence));
    }

    [Theory]
    [InlineData("Chị Maria Nguyễn Thị Hoa là một trong mười người được khen thưởng.", "Nguyễn Thị Hoa")]
    [InlineData("Giám mục đã về hưu. Anna Trần Thị Mai kể lại buổi gặp ấy.", "Trần Thị Mai")]
    public void Without_a_cleric_before_it_the_name_is_read_as_before(string sentence, string person)
    {
        var persons = Persons(sentence);

        Assert.Contains(person, persons);
        Assert.DoesNotContain(persons, p => p.Contains("Maria", StringComparison.Ordinal) || p.Contains("Anna", StringComparison.Ordinal));
    }
}
