using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts read from their parts (a head, the body it heads, the body's province), on sentences
/// written for these tests. Each case names the person and the full official post the sentence gives them.
/// </summary>
public sealed class VietnamesePostTests
{
    public static TheoryData<string, string, string> Posts => new()
    {
        // Central Party and state bodies.
        { "Sáng nay, ông Lê Văn An, Phó Chủ tịch Hội đồng Quốc phòng và An ninh, đã phát biểu.", "Lê Văn An", "Phó Chủ tịch Hội đồng Quốc phòng và An ninh" },
        { "Chủ tịch Hội đồng Quốc phòng và An ninh Trần Minh Đức chủ trì cuộc họp.", "Trần Minh Đức", "Chủ tịch Hội đồng Quốc phòng và An ninh" },
        { "Dự họp có ông Phạm Quốc Bảo, Ủy viên Hội đồng Quốc phòng và An ninh.", "Phạm Quốc Bảo", "Ủy viên Hội đồng Quốc phòng và An ninh" },
        { "Ông Vũ Đình Hòa, Ủy viên Thường vụ Quân ủy Trung ương, thăm đơn vị.", "Vũ Đình Hòa", "Ủy viên Thường vụ Quân ủy Trung ương" },
        { "Bà Đỗ Thị Lan, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương, kết luận buổi làm việc.", "Đỗ Thị Lan", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương" },
        { "Ông Hồ Văn Nam, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An, báo cáo.", "Hồ Văn Nam", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An" },
        { "Ông Ngô Quang Vinh, Thành viên Thường trực Ban Bí thư, dự lễ.", "Ngô Quang Vinh", "Thành viên Thường trực Ban Bí thư" },
        { "Ông Bùi Minh Tâm, Bí thư Đảng ủy Chính phủ, chủ trì hội nghị.", "Bùi Minh Tâm", "Bí thư Đảng ủy Chính phủ" },
        { "Ông Lý Hoàng Sơn, Phó Bí thư Đảng ủy Công an Trung ương, phát biểu.", "Lý Hoàng Sơn", "Phó Bí thư Đảng ủy Công an Trung ương" },
        { "Bà Trịnh Thu Hà, Bí thư Đảng ủy Bộ Ngoại giao, tiếp đoàn.", "Trịnh Thu Hà", "Bí thư Đảng ủy Bộ Ngoại giao" },
        { "Ông Mai Xuân Trường, Bí thư Ban Cán sự Đảng, Viện trưởng VKSND tối cao, trao quyết định.", "Mai Xuân Trường", "Bí thư Ban Cán sự Đảng Viện Kiểm sát nhân dân tối cao" },
        { "Ông Mai Xuân Trường, Bí thư Ban Cán sự Đảng, Viện trưởng VKSND tối cao, trao quyết định.", "Mai Xuân Trường", "Viện trưởng Viện Kiểm sát nhân dân tối cao" },
        { "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao Đặng Văn Khoa dự phiên tòa.", "Đặng Văn Khoa", "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao" },
        { "Chánh án TAND tối cao Phan Thanh Bình phát biểu khai mạc.", "Phan Thanh Bình", "Chánh án Tòa án nhân dân tối cao" },
        { "Tổng Kiểm toán Nhà nước Ngô Văn Tuấn báo cáo trước Quốc hội.", "Ngô Văn Tuấn", "Tổng Kiểm toán Nhà nước" },
        { "Ông Trần Đức Nam, Phó Chủ nhiệm Ủy ban Kiểm tra T.Ư, làm việc với tỉnh.", "Trần Đức Nam", "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương" },
        { "Bà Hầu A Lềnh, Chủ nhiệm Ủy ban Dân tộc, thăm bản.", "Hầu A Lềnh", "Chủ nhiệm Ủy ban Dân tộc" },
        // National Assembly.
        { "Bà Lê Thị Hồng, Chủ nhiệm Ủy ban Tư pháp của Quốc hội, trình bày báo cáo.", "Lê Thị Hồng", "Chủ nhiệm Ủy ban Tư pháp của Quốc hội" },
        { "Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh cho biết như vậy.", "Vũ Hồng Thanh", "Chủ nhiệm Ủy ban Kinh tế của Quốc hội" },
        { "Tổng Thư ký Quốc hội Bùi Văn Phương công bố nghị quyết.", "Bùi Văn Phương", "Tổng Thư ký Quốc hội" },
        { "Ông Trần Văn Lộc, Chủ nhiệm Văn phòng Quốc hội, điều hành.", "Trần Văn Lộc", "Chủ nhiệm Văn phòng Quốc hội" },
        { "Ông Lê Khánh Toàn, Chủ nhiệm Văn phòng Chủ tịch nước, đọc quyết định.", "Lê Khánh Toàn", "Chủ nhiệm Văn phòng Chủ tịch nước" },
        { "Ông Nguyễn Quang Huy, Phó Chánh Văn phòng Trung ương Đảng, công bố quyết định.", "Nguyễn Quang Huy", "Phó Chánh Văn phòng Trung ương Đảng" },
        { "Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng Lâm Thị Hoa dự lễ.", "Lâm Thị Hoa", "Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng" },
        { "Đại biểu Quốc hội khóa XV Phạm Thị Mai đặt câu hỏi.", "Phạm Thị Mai", "Đại biểu Quốc hội" },
        { "Ông Hoàng Văn Quý, Bí thư Đảng ủy Quốc hội, phát biểu chỉ đạo.", "Hoàng Văn Quý", "Bí thư Đảng ủy Quốc hội" },
        { "Bà Vũ Thị Hạnh, Chủ tịch HĐND tỉnh Ninh Bình, khai mạc kỳ họp.", "Vũ Thị Hạnh", "Chủ tịch HĐND tỉnh Ninh Bình" },
        { "Ông Đinh Công Lý, Trưởng Ban Dân vận Tỉnh ủy Sơn La, trao quà.", "Đinh Công Lý", "Trưởng Ban Dân vận Tỉnh ủy Sơn La" },
        { "Ông Lê Minh Sang, Phó Trưởng Ban Tổ chức Lễ tang Đại tướng Nguyễn Văn Quang, đón đoàn viếng.", "Lê Minh Sang", "Phó Trưởng Ban Tổ chức Lễ tang Đại tướng Nguyễn Văn Quang" },
        { "Ông Bùi Văn Kiên, Phó Trưởng Đoàn Kiểm tra số 88 của Ban Bí thư, công bố quyết định.", "Bùi Văn Kiên", "Phó Trưởng Đoàn Kiểm tra số 88 của Ban Bí thư" },
        { "Chiều nay, đại biểu Trần Thu Hương (Quảng Bình) hỏi về giá điện.", "Trần Thu Hương", "Đại biểu Quốc hội" },
        { "Đại biểu Lý Văn Thành (Đoàn ĐBQH tỉnh Thái Nguyên) đề nghị làm rõ.", "Lý Văn Thành", "Đại biểu Quốc hội" },
        // Press, academy and mass organisations.
        { "Bà Nguyễn Thị Thu, Phó Tổng Giám đốc Đài Truyền hình Việt Nam, trao giải.", "Nguyễn Thị Thu", "Phó Tổng Giám đốc Đài Truyền hình Việt Nam" },
        { "Ông Lương Quốc Đoàn, Chủ tịch Hội Nông dân Việt Nam, thăm mô hình.", "Lương Quốc Đoàn", "Chủ tịch Hội Nông dân Việt Nam" },
        { "Ông Nguyễn Đình Khôi, Chủ tịch Tổng Liên đoàn Lao động Việt Nam, gặp công nhân.", "Nguyễn Đình Khôi", "Chủ tịch Tổng Liên đoàn Lao động Việt Nam" },
        { "Bà Phan Anh Thư, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam, đón khách.", "Phan Anh Thư", "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam" },
        { "Ông Đỗ Tiến Lực, Tổng Giám đốc Đài Tiếng nói Việt Nam, tặng quà.", "Đỗ Tiến Lực", "Tổng Giám đốc Đài Tiếng nói Việt Nam" },
        { "Ông Trần Minh Đạo, Phó Tổng Giám đốc VOV, phát biểu.", "Trần Minh Đạo", "Phó Tổng Giám đốc Đài Tiếng nói Việt Nam" },
        { "Tổng Giám đốc Thông tấn xã Việt Nam Vũ Việt Hà tiếp đoàn.", "Vũ Việt Hà", "Tổng Giám đốc Thông tấn xã Việt Nam" },
        { "Ông Lê Văn Hải, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, giới thiệu cuốn sách.", "Lê Văn Hải", "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh" },
        { "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến dự lễ.", "Đỗ Văn Chiến", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" },
        { "Bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, trao học bổng.", "Hà Thị Nga", "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam" },
        { "Ông Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn, phát động phong trào.", "Bùi Quang Huy", "Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" },
        // Provinces.
        { "Ông Nguyễn Văn Phúc, Giám đốc Công an tỉnh Nghệ An, báo cáo tình hình.", "Nguyễn Văn Phúc", "Giám đốc Công an tỉnh Nghệ An" },
        { "Ông Lâm Văn Tài, Phó Bí thư Thường trực Thành ủy TP HCM, dự lễ.", "Lâm Văn Tài", "Phó Bí thư Thường trực Thành ủy TP. Hồ Chí Minh" },
        { "Ông Cao Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy Hà Nam, phát biểu.", "Cao Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy Hà Nam" },
        { "Ông Đinh Văn Hưng, Phó Chủ tịch UBND Hà Nội, kiểm tra công trình.", "Đinh Văn Hưng", "Phó Chủ tịch UBND thành phố Hà Nội" },
        { "Bà Trần Thị Vân, Ủy viên Đảng đoàn, Phó Chủ tịch HĐND tỉnh Hà Nam, phát biểu.", "Trần Thị Vân", "Ủy viên Đảng đoàn HĐND tỉnh Hà Nam" },
        { "Bà Lê Thị Thu, Bí thư Thành ủy Phủ Lý, tỉnh Hà Nam, dự lễ.", "Lê Thị Thu", "Bí thư Thành ủy Phủ Lý (tỉnh Hà Nam)" },
        { "Ông Phan Văn Hậu, Phó Chủ tịch UBND huyện Đức Cơ, tiếp dân.", "Phan Văn Hậu", "Phó Chủ tịch UBND huyện Đức Cơ (tỉnh Gia Lai)" },
        { "Ông Phạm Văn Sáu, Chủ tịch Hội Khuyến học Việt Nam, trao thưởng.", "Phạm Văn Sáu", "Chủ tịch Hội Khuyến học Việt Nam" },
        { "Ông Trần Văn Bảy, Tổng Thư ký Liên đoàn Bóng đá Việt Nam, công bố lịch thi đấu.", "Trần Văn Bảy", "Tổng Thư ký Liên đoàn Bóng đá Việt Nam" },
        { "Bà Lò Thị Tám, Chủ tịch Hội Hữu nghị Việt Nam - Lào, đón đoàn.", "Lò Thị Tám", "Chủ tịch Hội Hữu nghị Việt Nam - Lào" },
        { "Ông Đào Văn Chín, Trưởng Công an huyện Đức Cơ, trình bày.", "Đào Văn Chín", "Trưởng Công an huyện Đức Cơ" },
        { "Ông Trịnh Văn Mười, Chánh Thanh tra Bộ Công an, kết luận.", "Trịnh Văn Mười", "Chánh Thanh tra Bộ Công an" },
        { "Ông Kiều Văn Một, Kiểm sát viên Viện Kiểm sát nhân dân tối cao, tham dự.", "Kiều Văn Một", "Kiểm sát viên Viện Kiểm sát nhân dân tối cao" },
        // Bodies named by their own words.
        { "Ông Vương Văn Hai, Chủ tịch Tập đoàn Sông Hồng, ký kết hợp đồng.", "Vương Văn Hai", "Chủ tịch Tập đoàn Sông Hồng" },
        { "Ông Khổng Văn Ba, Giám đốc Bệnh viện Bạch Mai, cho biết.", "Khổng Văn Ba", "Giám đốc Bệnh viện Bạch Mai" },
        { "Ông Tạ Văn Bốn, Giám đốc Đài Phát thanh - Truyền hình Quảng Nam, phát biểu.", "Tạ Văn Bốn", "Giám đốc Đài Phát thanh - Truyền hình Quảng Nam" },
        { "Hiệu trưởng Trường Đại học Bách khoa Hà Nội Lưu Văn Năm trao bằng.", "Lưu Văn Năm", "Hiệu trưởng Trường Đại học Bách khoa Hà Nội" },
        { "Ông Trần Quốc Huy nhận lời mời của Chủ tịch Tập đoàn Thép Hòa Phát Trần Đình Long, sang thăm.", "Trần Đình Long", "Chủ tịch Tập đoàn Thép Hòa Phát" },
        { "Ông Lục Văn Tư, Vụ trưởng Vụ Kiểm sát thi hành án và tạm giữ người bị bắt, VKSND tối cao, trình bày.", "Lục Văn Tư", "Vụ trưởng Vụ Kiểm sát thi hành án và tạm giữ người bị bắt, Viện Kiểm sát nhân dân tối cao" },
        { "Có mặt đồng chí Nguyễn Mạnh Hùng, Phó Chủ tịch UBND Hà Nội và lãnh đạo các sở.", "Nguyễn Mạnh Hùng", "Phó Chủ tịch UBND thành phố Hà Nội" },
        { "Ông Trần Văn Lâm, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Sông Đà, ký thỏa thuận.", "Trần Văn Lâm", "Chủ tịch Tập đoàn Sông Đà" },
        { "Ông Trần Văn Lâm, Tổng Thư ký LĐBĐVN, công bố giải đấu.", "Trần Văn Lâm", "Tổng Thư ký Liên đoàn Bóng đá Việt Nam" },
        { "Ông Danh Văn Tốt, Trưởng Ban Dân tộc HĐND thành phố Cần Thơ, phát biểu.", "Danh Văn Tốt", "Trưởng Ban Dân tộc HĐND thành phố Cần Thơ" },
        { "Bà Hà Thị Yến, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Lào Cai, báo cáo.", "Hà Thị Yến", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Lào Cai" },
        { "Ông Lò Văn Phúc, Chánh Văn phòng UBND tỉnh Điện Biên, công bố quyết định.", "Lò Văn Phúc", "Chánh Văn phòng UBND tỉnh Điện Biên" },
        { "Bà Lò Thị Mai, Ủy viên UBND tỉnh Sơn La, dự hội nghị.", "Lò Thị Mai", "Ủy viên UBND tỉnh Sơn La" },
        // Military, aides, funerals and inspection teams.
        { "Thượng tướng Nguyễn Văn Lực, Phó Tổng Tham mưu trưởng QĐND Việt Nam, kiểm tra diễn tập.", "Nguyễn Văn Lực", "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam" },
        { "Thiếu tướng Tô Văn Xuân - Trợ lý Chủ tịch nước cùng dự.", "Tô Văn Xuân", "Trợ lý Chủ tịch nước" },
        { "Ông Lương Văn Cảnh, Trưởng Ban Tổ chức Lễ tang Tổng Bí thư Nguyễn Phú Trọng, đọc điếu văn.", "Lương Văn Cảnh", "Trưởng Ban Tổ chức Lễ tang Tổng Bí thư Nguyễn Phú Trọng" },
        { "Ông Lương Văn Cảnh, Trưởng Đoàn Kiểm tra số 1234 của Bộ Chính trị, làm việc với tỉnh.", "Lương Văn Cảnh", "Trưởng Đoàn Kiểm tra số 1234 của Bộ Chính trị" },
        { "Ông Hoàng Trung Kiên, Cục trưởng Cục Báo chí, trả lời phỏng vấn.", "Hoàng Trung Kiên", "Cục trưởng Cục Báo chí" },
        { "Thiếu tướng Hà Văn Sáu, Tư lệnh Quân khu 5, kiểm tra đơn vị.", "Hà Văn Sáu", "Tư lệnh Quân khu 5" },
        { "Ông Đàm Văn Bảy, Phó Tham mưu trưởng Bộ đội Biên phòng, chỉ đạo.", "Đàm Văn Bảy", "Phó Tham mưu trưởng Bộ đội Biên phòng" },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public void A_post_is_read_whole_with_its_body(string sentence, string person, string role)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        Assert.Contains(roles, r => r.PersonName == person && r.Role == role);
    }

    /// <summary>Every rule reads past its head; none may read past the end of the text.</summary>
    [Theory]
    [InlineData("Ông Lê Văn An, Chủ tịch kiêm")]
    [InlineData("Ông Lê Văn An, Bí thư Ban Cán sự Đảng,")]
    [InlineData("Đại biểu Lê Văn An (")]
    [InlineData("Đại biểu Lê Văn An (Quảng Bình")]
    [InlineData("Ông Lê Văn An, Trưởng Đoàn Kiểm tra số")]
    [InlineData("Ông Lê Văn An, Trưởng Ban Lễ tang Tổng Bí thư")]
    [InlineData("Ông Lê Văn An, Tư lệnh Quân khu")]
    [InlineData("Ông Lê Văn An, Giám đốc Bệnh viện")]
    [InlineData("Ông Lê Văn An, Bí thư Thành ủy Phủ Lý,")]
    [InlineData("Ông Lê Văn An, Vụ trưởng Vụ Pháp chế,")]
    [InlineData("Ông Lê Văn An, Chủ tịch Hội Hữu nghị Việt Nam -")]
    [InlineData("Ông Lê Văn An, Phó Chủ tịch UBND huyện")]
    public void A_title_cut_short_by_the_end_of_the_text_reads_without_failing(string text)
    {
        var result = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text));

        Assert.NotNull(result.Roles);
    }

    [Fact]
    public void The_deceased_named_in_a_funeral_committee_holds_no_post_of_it()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize("Ông Lương Văn Cảnh, Trưởng Ban Lễ tang Tổng Bí thư Nguyễn Phú Trọng, đọc điếu văn.")).Roles;

        Assert.Contains(roles, r => r.PersonName == "Lương Văn Cảnh" && r.Role == "Trưởng Ban Lễ tang Tổng Bí thư Nguyễn Phú Trọng");
        Assert.DoesNotContain(roles, r => r.PersonName == "Nguyễn Phú Trọng");
    }

    [Fact]
    public void A_given_name_after_a_town_committee_is_the_holder_not_the_town()
    {
        var text = "Ông Nguyễn Văn Nên, Bí thư Thành ủy TP. Hồ Chí Minh, dự lễ. Sau đó, Bí thư Thành ủy Nên trò chuyện với bà con.";
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles;

        Assert.DoesNotContain(roles, r => r.Role.Contains("Thành ủy Nên", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ông Trương Văn Hà, Phó Chủ tịch Quân ủy Trung ương Trung Quốc, hội kiến đoàn.", "Trương Văn Hà")]
    [InlineData("Ông Lý Văn Minh, Chủ tịch Ủy ban Đối ngoại, đón đoàn đại biểu Việt Nam tại Moskva.", "Lý Văn Minh")]
    public void Another_countrys_post_is_not_taken_for_ours(string sentence, string person)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles;

        Assert.DoesNotContain(roles, r => r.PersonName == person && r.Role is "Phó Chủ tịch Quân ủy Trung ương" or "Chủ tịch Ủy ban Đối ngoại của Quốc hội");
    }

    [Fact]
    public void The_principal_named_after_an_aides_post_is_not_the_aide()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize("Ông Lê Văn Khoa, Trợ lý Tổng Bí thư Tô Lâm, dự buổi tiếp.")).Roles;

        Assert.Contains(roles, r => r.PersonName == "Lê Văn Khoa" && r.Role == "Trợ lý Tổng Bí thư");
        Assert.DoesNotContain(roles, r => r.PersonName == "Tô Lâm" && r.Role.StartsWith("Trợ lý", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deputy_named_with_a_district_is_no_member_of_the_assembly()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize("Đại biểu Lý Văn Thành (huyện Đại Từ) đề nghị làm rõ.")).Roles;

        Assert.DoesNotContain(roles, r => r.Role == "Đại biểu Quốc hội");
    }

    [Fact]
    public void A_delegation_is_not_a_deputys_post()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize("Đoàn đại biểu Quốc hội Nguyễn Văn An tiếp xúc cử tri.")).Roles;

        Assert.DoesNotContain(roles, r => r.Role == "Đại biểu Quốc hội");
    }

    [Fact]
    public void An_event_committee_is_not_the_central_commission()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize("Ông Trần Văn Hải, Trưởng Ban Tổ chức hội thao, phát biểu.")).Roles;

        Assert.DoesNotContain(roles, r => r.Role == "Trưởng Ban Tổ chức Trung ương");
    }

    [Fact]
    public void A_bare_provincial_committee_in_an_article_on_a_city_takes_no_province()
    {
        var text = "Ông Hồ Văn Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, dự họp tại TP. Hồ Chí Minh. Đoàn làm việc ở TP. Hồ Chí Minh hai ngày.";
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles;

        Assert.DoesNotContain(roles, r => r.Role.Contains("Tỉnh ủy TP", StringComparison.Ordinal) || r.Role.Contains("Tỉnh ủy Hồ Chí Minh", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ông Đoàn Văn Sơn, Phó Cục trưởng Cục Điện ảnh giữ chức Phó Vụ trưởng Vụ Pháp chế.", "Phó Cục trưởng Cục Điện ảnh")]
    [InlineData("Ông Đoàn Văn Sơn, Giám đốc Sở Y tế Hà Giang, kiểm tra bệnh viện.", "Giám đốc Sở Y tế tỉnh Hà Giang")]
    [InlineData("Ông Đoàn Văn Sơn, Cục trưởng Cục An ninh nội địa và Thiếu tướng Lê Văn Ba dự họp.", "Cục trưởng Cục An ninh nội địa")]
    [InlineData("Ông Đoàn Văn Sơn, Giám đốc Trung tâm Dự báo Khí tượng Thủy văn quốc gia, cảnh báo mưa lớn.", "Giám đốc Trung tâm Dự báo Khí tượng Thủy văn quốc gia")]
    public void A_name_runs_to_what_closes_it(string sentence, string? role)
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize(sentence)).Roles.Where(r => r.PersonName == "Đoàn Văn Sơn").Select(r => r.Role).ToList();

        if (role is null)
            Assert.Empty(roles);
        else
            Assert.Contains(role, roles);
    }

    [Fact]
    public void A_body_without_its_number_or_province_is_no_post()
    {
        var roles = ArticleAnalyzer.Analyze("", VietnameseText.Normalize("Ông Lương Văn Cảnh, Trưởng Đoàn công tác, làm việc với Công an về vụ việc.")).Roles;

        Assert.DoesNotContain(roles, r => r.Role.Contains("Đoàn công tác", StringComparison.Ordinal) || r.Role.Contains("Công an", StringComparison.Ordinal));
    }
}
