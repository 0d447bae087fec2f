using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Persons whose post was not read at all: a school's head written 'hiệu trưởng nhà trường', the national
/// universities and the Assembly written by their short forms ('ĐHQGHN', 'QH'), and degrees written apart
/// before a name ('PGS TS'); a member of a company's board ('Thành viên HĐQT').
/// </summary>
public sealed class SchoolsAndShortFormsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void The_head_of_the_school_the_sentence_names_is_read_from_nha_truong()
    {
        var roles = Roles("Ở Trường Trung học phổ thông Phan Đăng Lưu (huyện Yên Thành), cô Lê Thị Hạnh, hiệu trưởng nhà trường cho hay lớp học đã đủ bàn ghế.");
        Assert.Contains("Lê Thị Hạnh | Hiệu trưởng Trường Trung học phổ thông Phan Đăng Lưu", roles);
    }

    [Fact]
    public void Nha_truong_with_no_school_named_is_no_post()
    {
        var roles = Roles("Cô Lê Thị Hạnh, hiệu trưởng nhà trường cho hay lớp học đã đủ bàn ghế.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lê Thị Hạnh |", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Giám đốc ĐHQGHN Lê Quân ký văn bản gửi các trường thành viên.", "Lê Quân | Giám đốc Đại học Quốc gia Hà Nội")]
    [InlineData("Phó Giám đốc ĐHQG TP.HCM Nguyễn Minh Tâm dự buổi lễ tốt nghiệp.", "Nguyễn Minh Tâm | Phó Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh")]
    [InlineData("Phó Chủ tịch QH Trần Quang Phương chủ trì phiên thảo luận.", "Trần Quang Phương | Phó Chủ tịch Quốc hội")]
    public void National_bodies_written_by_their_short_forms_are_read(string text, string expected) =>
        Assert.Contains(expected, Roles(text));

    [Fact]
    public void Degrees_written_apart_stay_out_of_the_name()
    {
        var roles = Roles("Theo PGS TS Đỗ Thị Thu, Phó Hiệu trưởng Trường Đại học Dược Hà Nội, chương trình mới sẽ áp dụng.");
        Assert.Contains("Đỗ Thị Thu | Phó Hiệu trưởng Trường Đại học Dược Hà Nội", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("PGS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ông Lâm Quốc Việt, Thành viên HĐQT Ngân hàng Bản Việt, đã mua thêm cổ phiếu.", "Lâm Quốc Việt | Thành viên Hội đồng quản trị Ngân hàng Bản Việt")]
    [InlineData("Bà Hồ Thu Trang xin thôi làm Thành viên Hội đồng quản trị Công ty cổ phần Nhựa Tiền Phong.", "Hồ Thu Trang | Thành viên Hội đồng quản trị Công ty cổ phần Nhựa Tiền Phong")]
    public void A_member_of_a_company_board_is_read(string text, string expected) =>
        Assert.Contains(expected, Roles(text));
}
