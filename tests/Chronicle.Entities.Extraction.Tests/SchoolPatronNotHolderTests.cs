using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A school named after a figure of the past keeps the name when its level is spelled out ('trường Tiểu học',
/// 'Trường Đại học') or two levels are joined ('THCS & THPT'): the patron is no holder of the school's posts,
/// and a full name after the school's is its head's.
/// </summary>
public class SchoolPatronNotHolderTests
{
    [Theory]
    [InlineData("Hiệu trưởng trường Tiểu học Nguyễn Bỉnh Khiêm vừa được tặng bằng khen của tỉnh.")]
    [InlineData("Phó Hiệu trưởng Trường Đại học Phan Châu Trinh trình bày đề án tuyển sinh.")]
    [InlineData("Hiệu trưởng trường Mầm non Võ Thị Sáu đón đoàn kiểm tra sáng nay.")]
    [InlineData("Hiệu trưởng trường THCS & THPT Trần Đại Nghĩa cho biết năm nay có thêm hai lớp.")]
    public void The_patron_of_a_school_holds_none_of_its_posts(string sentence)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        Assert.Empty(roles);
    }

    [Theory]
    [InlineData("Trường ĐH Phan Châu Trinh đứng đầu bảng xếp hạng năm nay.")]
    [InlineData("Năm nay, trường Tiểu học Võ Thị Sáu có thêm ba lớp.")]
    public void A_school_named_after_a_figure_is_no_person(string sentence)
    {
        var result = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence));

        Assert.DoesNotContain(result.Mentions, m => m.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("Ở phim trường, Trịnh Văn Nam luôn là người đến sớm nhất.", "Trịnh Văn Nam")]
    [InlineData("Cô kể rằng ở trường, Lê Thu Hà luôn đứng đầu lớp.", "Lê Thu Hà")]
    [InlineData("Đại diện nhà trường và Nguyễn Thị Lan cùng trao quà.", "Nguyễn Thị Lan")]
    public void A_name_after_the_word_for_school_in_another_sense_stays_a_person(string sentence, string person)
    {
        var result = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence));

        Assert.Contains(result.Mentions, m => m.Type == EntityTypes.Person && m.CanonicalName == person);
    }

    [Theory]
    [InlineData("Hiệu trưởng trường Tiểu học Kim Đồng Lê Thị Nhàn phát biểu khai giảng.", "Lê Thị Nhàn")]
    [InlineData("Hiệu trưởng Trường Đại học Vinh Trần Văn Hải trao bằng tốt nghiệp.", "Trần Văn Hải")]
    [InlineData("Bà Đỗ Thu Trang, Hiệu trưởng trường Mầm non Hoa Mai, cho biết như vậy.", "Đỗ Thu Trang")]
    public void The_head_named_after_the_school_holds_the_post(string sentence, string person)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        var role = Assert.Single(roles);
        Assert.Equal(person, role.PersonName);
        Assert.StartsWith("Hiệu trưởng", role.Role);
    }
}
