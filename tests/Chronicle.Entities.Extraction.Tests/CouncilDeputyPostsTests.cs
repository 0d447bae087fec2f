using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Two posts the title lexicon lacked, so that the person holding them was not read at all: the
/// deputy head of a university's council ('Phó Chủ tịch Hội đồng trường', beside the head it already
/// knew), and the Party centre's council on the theory and criticism of literature and the arts,
/// whose official name carries commas ('Hội đồng Lý luận, phê bình văn học, nghệ thuật Trung ương').
/// </summary>
public sealed class CouncilDeputyPostsTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void The_deputy_head_of_a_university_council_is_read_with_the_school()
    {
        var roles = Roles("Dự lễ khai giảng có cô Phan Thị Quyên, Phó Chủ tịch Hội đồng trường Trường Đại học Vinh; thầy Đoàn Minh Khôi, Hiệu trưởng.");
        Assert.Contains("Phan Thị Quyên | Phó Chủ tịch Hội đồng trường Trường Đại học Vinh", roles);
    }

    [Fact]
    public void The_party_centre_s_council_on_literary_theory_is_read_whole_in_its_short_form()
    {
        var roles = Roles("Trao giải năm nay, PGS.TS Hà Minh Đức - Phó Chủ tịch Hội đồng Lý luận, phê bình văn học, nghệ thuật TW - đánh giá cao các tác phẩm dự thi.");
        Assert.Contains("Hà Minh Đức | Phó Chủ tịch Hội đồng Lý luận, phê bình văn học, nghệ thuật Trung ương", roles);
    }

    [Fact]
    public void The_older_council_of_theory_keeps_its_own_name()
    {
        var roles = Roles("Ông Tạ Ngọc Bình, Phó Chủ tịch Hội đồng Lý luận Trung ương, trình bày báo cáo đề dẫn.");
        Assert.Contains("Tạ Ngọc Bình | Phó Chủ tịch Hội đồng Lý luận Trung ương", roles);
    }
}
