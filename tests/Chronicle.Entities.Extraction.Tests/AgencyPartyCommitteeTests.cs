using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The Party committee of a body's own staff ('Đảng ủy Cơ quan Ban Kinh tế Trung ương') and the
/// Party cell of one department ('Chi bộ Vụ Tổng hợp, Ban Dân vận Trung ương') are posts of their own.
/// </summary>
public sealed class AgencyPartyCommitteeTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void The_party_committee_of_a_bodys_staff_is_read_with_the_body()
    {
        Assert.Contains("Hà Văn Khiêm | Bí thư Đảng ủy Cơ quan Ban Kinh tế Trung ương",
            Roles("Ông Hà Văn Khiêm, Bí thư Đảng ủy Cơ quan Ban Kinh tế Trung ương, chủ trì buổi họp."));
    }

    [Fact]
    public void A_body_of_that_committee_names_it_too()
    {
        Assert.Contains("Đoàn Thị Lựu | Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Cơ quan Ban Kinh tế Trung ương",
            Roles("Bà Đoàn Thị Lựu, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Cơ quan Ban Kinh tế Trung ương, báo cáo kết quả."));
    }

    [Fact]
    public void A_bare_standing_committee_takes_the_party_committee_the_next_post_names()
    {
        var roles = Roles("Ông Vi Văn Sáng, Phó Trưởng Ban Kinh tế Trung ương, Ủy viên Ban Thường vụ Đảng ủy, "
            + "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Cơ quan Ban Kinh tế Trung ương, phát biểu.");
        Assert.Contains("Vi Văn Sáng | Ủy viên Ban Thường vụ Đảng ủy Cơ quan Ban Kinh tế Trung ương", roles);
        Assert.Contains("Vi Văn Sáng | Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Cơ quan Ban Kinh tế Trung ương", roles);
    }

    [Fact]
    public void The_party_cell_of_a_department_is_read_with_the_department_and_its_owner()
    {
        Assert.Contains("Lò Thị Hoa | Bí thư Chi bộ Vụ Tổng hợp, Ban Dân vận Trung ương",
            Roles("Bà Lò Thị Hoa, Bí thư Chi bộ Vụ Tổng hợp, Ban Dân vận Trung ương, nhận nhiệm vụ mới."));
    }
}
