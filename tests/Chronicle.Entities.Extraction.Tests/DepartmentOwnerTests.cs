using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A department ('Vụ', 'Cục') written without the central body it belongs to takes the body the
/// article names most, where it names one at least twice and more than any other; a 'Bí thư Chi
/// bộ' before a department's head is the Party cell of that department.
/// </summary>
public sealed class DepartmentOwnerTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_bare_department_takes_the_ministry_the_article_is_about()
    {
        var text = "Bộ Tư pháp vừa tổng kết năm. Theo Bộ Tư pháp, các đơn vị đều hoàn thành kế hoạch.\n\n"
            + "Ông Đặng Văn Hải, Cục trưởng Cục Hộ tịch, báo cáo kết quả cấp giấy tờ trực tuyến.";
        Assert.Contains("Đặng Văn Hải | Cục trưởng Cục Hộ tịch, Bộ Tư pháp", Roles(text));
    }

    [Fact]
    public void A_party_cell_before_a_department_head_is_that_department_s()
    {
        var text = "Bộ Công Thương họp kiểm điểm. Bộ Công Thương đề nghị xử lý nghiêm.\n\n"
            + "Bị phê bình có ông Ngô Minh Tiến, Bí thư Chi bộ, Vụ trưởng Vụ Thị trường trong nước.";
        var roles = Roles(text);
        Assert.Contains("Ngô Minh Tiến | Bí thư Chi bộ Vụ Thị trường trong nước, Bộ Công Thương", roles);
        Assert.Contains("Ngô Minh Tiến | Vụ trưởng Vụ Thị trường trong nước, Bộ Công Thương", roles);
    }

    [Fact]
    public void A_party_commission_owns_its_departments()
    {
        var text = "Ban Dân vận Trung ương tổ chức hội nghị giao ban. Lãnh đạo Ban Dân vận Trung ương chủ trì.\n\n"
            + "Bà Hà Thị Lan, Vụ trưởng Vụ Dân tộc, trình bày báo cáo.";
        Assert.Contains("Hà Thị Lan | Vụ trưởng Vụ Dân tộc, Ban Dân vận Trung ương", Roles(text));
    }

    [Fact]
    public void A_department_written_with_its_owner_keeps_it()
    {
        var text = "Bộ Tài chính phối hợp kiểm tra. Bộ Tài chính cho biết đã xong.\n\n"
            + "Ông Lý Văn Bình, Cục trưởng Cục Cảnh sát giao thông, Bộ Công an, phát biểu.";
        Assert.Contains("Lý Văn Bình | Cục trưởng Cục Cảnh sát giao thông, Bộ Công an", Roles(text));
    }

    [Fact]
    public void Two_bodies_named_as_often_leave_the_department_bare()
    {
        var text = "Bộ Y tế và Bộ Tài chính cùng họp. Bộ Y tế đề xuất, Bộ Tài chính đồng ý.\n\n"
            + "Ông Phan Quốc Huy, Vụ trưởng Vụ Kế hoạch, trình bày.";
        Assert.Contains("Phan Quốc Huy | Vụ trưởng Vụ Kế hoạch", Roles(text));
    }

    [Fact]
    public void A_province_s_department_takes_no_central_owner()
    {
        var text = "Bộ Tài chính kiểm tra thu ngân sách. Bộ Tài chính đánh giá cao.\n\n"
            + "Ông Trương Văn Hòa, Cục trưởng Cục Thuế tỉnh Nghệ An, báo cáo.";
        Assert.DoesNotContain(Roles(text), r => r.Contains("Nghệ An, Bộ Tài chính", StringComparison.Ordinal));
    }

    [Fact]
    public void The_central_body_of_the_person_s_own_post_wins_over_the_article_s()
    {
        var text = "Bộ Tài chính vừa họp. Bộ Tài chính cho biết đã xử lý nhiều cán bộ.\n\n"
            + "Ông Hà Văn Yên, Phó Trưởng Ban Nội chính Trung ương, nguyên Vụ trưởng Vụ Theo dõi xử lý, được nêu tên.";
        Assert.Contains("Hà Văn Yên | Vụ trưởng Vụ Theo dõi xử lý, Ban Nội chính Trung ương", Roles(text));
    }
}
