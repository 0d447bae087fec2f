using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Heads and bodies the title lexicon gained from general news (courts of appeal, state companies'
/// boards, provincial agencies, general departments, associations, consulates), on sentences written
/// for these tests. A head without its body stays no post.
/// </summary>
public sealed class LexiconCoverageTests
{
    public static TheoryData<string, string, string> NewPosts => new()
    {
        { "Ông Đoàn Minh Khôi, Chánh án TAND cấp cao tại Hà Nội, chủ tọa phiên phúc thẩm.", "Đoàn Minh Khôi", "Chánh án Tòa án nhân dân cấp cao tại Hà Nội" },
        { "Viện trưởng VKSND cấp cao tại Đà Nẵng Hồ Quang Tín ký quyết định kháng nghị.", "Hồ Quang Tín", "Viện trưởng Viện Kiểm sát nhân dân cấp cao tại Đà Nẵng" },
        { "Ông Lê Quốc Hưng, Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam, nhận bàn giao.", "Lê Quốc Hưng", "Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam" },
        { "Tổng cục trưởng Tổng cục Đường bộ Việt Nam Phan Văn Lâm kiểm tra tuyến tránh.", "Phan Văn Lâm", "Tổng cục trưởng Tổng cục Đường bộ Việt Nam" },
        { "Ông Trịnh Văn Sáu, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An, giao quân.", "Trịnh Văn Sáu", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An" },
        { "Ông Nông Văn Tài, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh, tuần tra.", "Nông Văn Tài", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh" },
        { "Bà Ngô Thị Hằng, Giám đốc Bảo hiểm xã hội tỉnh Nghệ An, trả lời cử tri.", "Ngô Thị Hằng", "Giám đốc Bảo hiểm xã hội tỉnh Nghệ An" },
        { "Ông Võ Thành Lợi, Giám đốc Kho bạc Nhà nước tỉnh Nghệ An, báo cáo giải ngân.", "Võ Thành Lợi", "Giám đốc Kho bạc Nhà nước tỉnh Nghệ An" },
        { "Ông Đặng Hữu Phước, Chủ tịch Hội Cựu chiến binh tỉnh Nghệ An, tặng quà.", "Đặng Hữu Phước", "Chủ tịch Hội Cựu chiến binh tỉnh Nghệ An" },
        { "Ông Lâm Đức Anh, Chủ tịch Hiệp hội Vận tải ô tô Việt Nam, góp ý dự thảo.", "Lâm Đức Anh", "Chủ tịch Hiệp hội Vận tải ô tô Việt Nam" },
        { "Ông Tạ Văn Hòa, Tổng Lãnh sự Việt Nam tại Thượng Hải, đón đoàn doanh nghiệp.", "Tạ Văn Hòa", "Tổng Lãnh sự Việt Nam tại Thượng Hải" },
        { "Phó Thống đốc NHNN Đào Minh Tuấn giải thích về lãi suất.", "Đào Minh Tuấn", "Phó Thống đốc Ngân hàng Nhà nước Việt Nam" },
        { "Ông Khuất Việt Hùng, Phó Chủ tịch Ủy ban An toàn giao thông Quốc gia, kiểm tra trạm cân.", "Khuất Việt Hùng", "Phó Chủ tịch Ủy ban An toàn giao thông Quốc gia" },
        { "Tổng Thư ký Liên Hợp Quốc Trần Văn Kiệt gửi thư chúc mừng.", "Trần Văn Kiệt", "Tổng Thư ký Liên Hợp Quốc" },
        { "Bà Lưu Thị Hạnh, Phó Giám đốc Bảo tàng Lịch sử Quốc gia, giới thiệu hiện vật.", "Lưu Thị Hạnh", "Phó Giám đốc Bảo tàng Lịch sử Quốc gia" },
        { "Ông Hà Minh Châu, Giám đốc Cảng hàng không Quốc tế Nội Bài, kiểm tra nhà ga.", "Hà Minh Châu", "Giám đốc Cảng hàng không Quốc tế Nội Bài" },
        { "Ông Cao Văn Bình, Trưởng Ban Quản lý Khu kinh tế tỉnh Nghệ An, đón nhà đầu tư.", "Cao Văn Bình", "Trưởng Ban Quản lý Khu kinh tế tỉnh Nghệ An" },
    };

    [Theory]
    [MemberData(nameof(NewPosts))]
    public void A_post_of_the_widened_lexicon_is_read_whole(string sentence, string person, string role)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        Assert.Contains(roles, r => r.PersonName == person && r.Role == role);
    }

    [Theory]
    [InlineData("Ông Trịnh Văn Sáu, chỉ huy trưởng, cho biết đơn vị đã sẵn sàng.", "Trịnh Văn Sáu")]
    [InlineData("Ông Lâm Đức Anh, thành viên hiệp hội, cho biết giá cước sẽ tăng.", "Lâm Đức Anh")]
    public void A_new_head_without_its_body_is_no_post(string sentence, string person)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        Assert.DoesNotContain(roles, r => r.PersonName == person);
    }
}
