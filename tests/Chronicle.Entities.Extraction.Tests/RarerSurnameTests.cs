using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Surnames borne by few ('Lã', 'Lữ', 'Trà', 'Phí', 'Khúc', 'Khương', 'Nhữ') open a holder's name like the common
/// ones; those that also open a place's name ('Trà Vinh', 'phường Khương Đình') do so only with two more words.
/// </summary>
public class RarerSurnameTests
{
    public static TheoryData<string, string, string> HoldersOfRarerSurnames => new()
    {
        { "Chủ tịch UBND thành phố Quy Nhơn Trà Văn Long dự lễ khánh thành cây cầu.", "Trà Văn Long", "Chủ tịch UBND thành phố Quy Nhơn" },
        { "Ông Lữ Minh Tâm, Giám đốc Sở Xây dựng tỉnh Bình Định, kiểm tra công trình.", "Lữ Minh Tâm", "Giám đốc Sở Xây dựng tỉnh Bình Định" },
        { "Bà Lã Thị Hằng, Phó Giám đốc Sở Y tế tỉnh Thái Bình, phát biểu tại hội nghị.", "Lã Thị Hằng", "Phó Giám đốc Sở Y tế tỉnh Thái Bình" },
        { "Ông Phí Quang Hải, Giám đốc Công an tỉnh Bắc Ninh, chỉ đạo lực lượng.", "Phí Quang Hải", "Giám đốc Công an tỉnh Bắc Ninh" },
        { "Phó Chủ tịch UBND tỉnh Hưng Yên Khương Thị Lan thăm trường học.", "Khương Thị Lan", "Phó Chủ tịch UBND tỉnh Hưng Yên" },
    };

    [Theory]
    [MemberData(nameof(HoldersOfRarerSurnames))]
    public void A_holder_of_a_rarer_surname_is_read_with_the_post(string sentence, string person, string role)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        Assert.Contains(roles, r => r.PersonName == person && r.Role == role);
    }

    [Theory]
    [InlineData("Chủ tịch UBND tỉnh Trà Vinh Lê Văn Hẳn cho biết như vậy.", "Lê Văn Hẳn", "Chủ tịch UBND tỉnh Trà Vinh")]
    [InlineData("Phó Chủ tịch UBND phường Khương Đình Đỗ Văn Tú cho biết như vậy.", "Đỗ Văn Tú", "Phó Chủ tịch UBND phường Khương Đình")]
    public void A_place_opened_by_such_a_word_stays_the_place(string sentence, string person, string role)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        var role1 = Assert.Single(roles);
        Assert.Equal(person, role1.PersonName);
        Assert.Equal(role, role1.Role);
    }

    [Theory]
    [InlineData("Trà Vinh là tỉnh có nhiều chùa cổ.")]
    [InlineData("Lữ đoàn 205 đã hoàn thành nhiệm vụ huấn luyện.")]
    public void A_place_or_a_unit_is_no_person(string sentence)
    {
        var result = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence));

        Assert.DoesNotContain(result.Mentions, m => m.Type == EntityTypes.Person);
    }
}
