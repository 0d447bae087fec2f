namespace Chronicle.RealText.Tests;

/// <summary>The scorer's canonical titles: agreed equivalent spellings of one post meet, different posts do not.</summary>
public sealed class GoldKeysTests
{
    [Theory]
    [InlineData("Chủ tịch nước Trung Quốc", "Chủ tịch Trung Quốc")]
    [InlineData("Phó Chủ tịch nước Cuba", "Phó Chủ tịch Cuba")]
    [InlineData("Thủ tướng Chính phủ", "Thủ tướng")]
    [InlineData("Chủ tịch UBND tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An")]
    [InlineData("Tổng thống Hoa Kỳ", "Tổng thống Mỹ")]
    [InlineData("Bí thư Tỉnh ủy Lạng Sơn nhiệm kỳ 2015 - 2020", "Bí thư Tỉnh ủy Lạng Sơn")]
    [InlineData("Phó Cục trưởng Cục Kiểm lâm (Bộ Nông nghiệp và Phát triển nông thôn)", "Phó Cục trưởng Cục Kiểm lâm")]
    [InlineData("Bí thư Chi bộ Vụ Ngân sách nhà nước, Bộ Tài chính", "Bí thư Chi bộ Vụ Ngân sách nhà nước")]
    [InlineData("Vụ trưởng Vụ Pháp luật - Văn phòng Chính phủ", "Vụ trưởng Vụ Pháp luật")]
    [InlineData("Vụ trưởng Vụ Ngân sách nhà nước Bộ Tài chính", "Vụ trưởng Vụ Ngân sách nhà nước, Bộ Tài chính")]
    [InlineData("Vụ trưởng Vụ Địa phương của Ban Nội chính Trung ương", "Vụ trưởng Vụ Địa phương, Ban Nội chính Trung ương")]
    [InlineData("Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, Bộ Công an", "Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu")]
    [InlineData("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "Chủ nhiệm Ủy ban Dân tộc")]
    [InlineData("Chủ tịch Ủy ban Liên minh châu Âu", "Chủ tịch Ủy ban châu Âu")]
    [InlineData("Giám đốc Chi nhánh Trung tâm Quảng cáo và Dịch vụ truyền thông VOV tại TP.HCM", "Giám đốc Chi nhánh Trung tâm Quảng cáo và Dịch vụ truyền thông VOV tại TP. Hồ Chí Minh")]
    [InlineData("Chủ tịch HĐQT CTCP Tập đoàn Hòa Phát", "Chủ tịch Hội đồng quản trị Công ty cổ phần Tập đoàn Hòa Phát")]
    [InlineData("Viện trưởng Viện KSND quận Hải Châu", "Viện trưởng Viện Kiểm sát nhân dân quận Hải Châu")]
    [InlineData("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nam Định", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định")]
    [InlineData("Ngoại trưởng Nhật Bản", "Bộ trưởng Ngoại giao Nhật Bản")]
    [InlineData("Thống đốc bang Ohio", "Thống đốc Ohio")]
    [InlineData("Hiệu trưởng Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Hà Nội", "Hiệu trưởng Trường Đại học Khoa học Tự nhiên")]
    public void Equivalent_spellings_of_one_post_share_a_key(string one, string other) =>
        Assert.Equal(GoldKeys.Role(one), GoldKeys.Role(other));

    [Theory]
    [InlineData("Chủ tịch nước", "Chủ tịch Quốc hội")]
    [InlineData("Chủ tịch nước", "Chủ tịch")]
    [InlineData("Chủ tịch nước Trung Quốc", "Chủ tịch nước")]
    [InlineData("Phó Chủ tịch nước", "Chủ tịch nước")]
    [InlineData("Bí thư Tỉnh ủy Lạng Sơn", "Bí thư Tỉnh ủy")]
    [InlineData("Cục trưởng Cục Thuế tỉnh Nghệ An", "Cục trưởng Cục Thuế")]
    [InlineData("Vụ trưởng, Chánh Văn phòng Bộ Y tế", "Vụ trưởng")]
    [InlineData("Vụ trưởng, Chánh Văn phòng Bộ Y tế", "Vụ trưởng, Chánh Văn phòng")]
    [InlineData("Vụ trưởng Vụ Tổ chức cán bộ", "Vụ trưởng")]
    [InlineData("Bộ trưởng Bộ Công an", "Công an")]
    [InlineData("Ngoại trưởng Nhật Bản", "Bộ trưởng Quốc phòng Nhật Bản")]
    [InlineData("Thống đốc Ngân hàng Nhà nước", "Thống đốc Ohio")]
    [InlineData("Giám đốc Đại học Quốc gia Hà Nội", "Hiệu trưởng Trường Đại học Khoa học Tự nhiên")]
    public void Different_posts_keep_different_keys(string one, string other) =>
        Assert.NotEqual(GoldKeys.Role(one), GoldKeys.Role(other));
}
