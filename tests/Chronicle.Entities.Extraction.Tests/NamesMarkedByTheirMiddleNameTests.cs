using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The middle names 'Văn' and 'Thị' mark a Vietnamese name: 'Thị' makes the word before it a surname, one the
/// lexicon lacks as well ('Lô', 'Ma', 'Tòng'), and after a surname and 'Văn' or 'Thị' a word that elsewhere opens a
/// title or a body ('Trưởng', 'Tỉnh', 'Phó') is the given name.
/// </summary>
public class NamesMarkedByTheirMiddleNameTests
{
    private static IReadOnlyList<string> Persons(string sentence) =>
        ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Mentions
            .Where(m => m.Type == EntityTypes.Person).Select(m => m.CanonicalName).Distinct().ToList();

    public static TheoryData<string, string, string> HoldersOfSurnamesTheLexiconLacks => new()
    {
        { "Phó Chủ tịch HĐND tỉnh Lai Châu Lò Thị Vân thăm các hộ dân. Bà Tòng Thị Hạnh, Phó Giám đốc Sở Y tế tỉnh Sơn La, dự họp.", "Tòng Thị Hạnh", "Phó Giám đốc Sở Y tế tỉnh Sơn La" },
        { "Chủ tịch UBND huyện Na Hang Ma Thị Quyên chủ trì cuộc họp về phòng chống lũ.", "Ma Thị Quyên", "Chủ tịch UBND huyện Na Hang" },
        { "Bà Lô Thị Mai, Phó Bí thư Huyện ủy Quế Phong, trao quà cho học sinh.", "Lô Thị Mai", "Phó Bí thư Huyện ủy Quế Phong" },
    };

    [Theory]
    [MemberData(nameof(HoldersOfSurnamesTheLexiconLacks))]
    public void A_name_with_the_middle_name_Thi_is_read_whatever_its_surname(string sentence, string person, string role)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        Assert.Contains(roles, r => r.PersonName == person && r.Role.StartsWith(role, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cơ quan điều tra đã tạm giữ Chấu Thị Mơ (41 tuổi, trú huyện Mèo Vạc) để làm rõ.", "Chấu Thị Mơ")]
    [InlineData("Chị Alăng Thị Lệ, trú thôn 3, nhận phần quà của bạn đọc.", "Alăng Thị Lệ")]
    public void A_private_person_with_such_a_surname_is_read(string sentence, string person)
    {
        Assert.Contains(person, Persons(sentence));
    }

    [Theory]
    [InlineData("Dự án Khu Đô Thị Mới Nam Sài Gòn được rà soát lại.")]
    [InlineData("Tuyến kênh Nhiêu Lộc Thị Nghè được nạo vét trong năm nay.")]
    [InlineData("Theo Chỉ Thị Số 15, các quận phải dừng hoạt động đông người.")]
    [InlineData("Phó Thị Trưởng Seoul cho biết thành phố sẽ mở thêm tuyến xe buýt.")]
    public void Thi_inside_a_noun_or_a_place_makes_no_name(string sentence)
    {
        Assert.Empty(Persons(sentence));
    }

    public static TheoryData<string, string, string> HoldersWhoseGivenNameIsATitleWord => new()
    {
        { "Ông Trần Văn Trưởng, Phó Giám đốc Sở Tài chính tỉnh Hà Tĩnh, trả lời báo chí.", "Trần Văn Trưởng", "Phó Giám đốc Sở Tài chính tỉnh Hà Tĩnh" },
        { "Bà Lê Thị Tỉnh, Chủ tịch Hội Nông dân huyện Yên Dũng, trao giấy khen cho các hội viên.", "Lê Thị Tỉnh", "Chủ tịch Hội Nông dân huyện Yên Dũng" },
        { "Ông Hoàng Văn Phó, Giám đốc Công ty cổ phần Xi măng Hải Vân, cho biết nhà máy đủ việc làm.", "Hoàng Văn Phó", "Giám đốc Công ty cổ phần Xi măng Hải Vân" },
    };

    [Theory]
    [MemberData(nameof(HoldersWhoseGivenNameIsATitleWord))]
    public void A_title_word_after_Van_or_Thi_is_the_given_name(string sentence, string person, string role)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        Assert.Contains(roles, r => r.PersonName == person && r.Role == role);
    }

    [Fact]
    public void A_name_of_two_words_keeps_the_title_after_it_out()
    {
        var persons = Persons("Ông Đào Minh Trưởng phòng Kế hoạch huyện Thạch Hà cho biết tiến độ chậm.");

        Assert.DoesNotContain(persons, p => p.EndsWith("Trưởng", StringComparison.Ordinal));
    }
}
