namespace Chronicle.RealText.Tests;

/// <summary>
/// Spellings of one department's post the press and the gold both use: its fields joined with or without
/// 'và', the central bank named after one of its departments, a limited company's council shortened, a
/// joint-stock company with or without its legal form, and a country by its formal name.
/// </summary>
public sealed class GoldKeysDepartmentSpellingTests
{
    [Theory]
    [InlineData("Phó Giám đốc Sở Kế hoạch Đầu tư tỉnh Bình Định", "Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Định")]
    [InlineData("Giám đốc Sở Văn hóa Thể thao tỉnh Quảng Trị", "Giám đốc Sở Văn hóa và Thể thao tỉnh Quảng Trị")]
    [InlineData("Vụ trưởng Vụ Tín dụng các ngành kinh tế", "Vụ trưởng Vụ Tín dụng các ngành kinh tế, Ngân hàng Nhà nước")]
    [InlineData("Phó Vụ trưởng Vụ Thanh toán", "Phó Vụ trưởng Vụ Thanh toán (Ngân hàng Nhà nước Việt Nam)")]
    [InlineData("Chủ tịch HĐTV Công ty Luật Bình Minh", "Chủ tịch Hội đồng thành viên Công ty Luật Bình Minh")]
    [InlineData("Đại sứ Đông Uruguay", "Đại sứ Uruguay")]
    [InlineData("Giám đốc Công ty cổ phần Bảo hiểm Sông Hồng", "Giám đốc Công ty Bảo hiểm Sông Hồng")]
    [InlineData("Chủ tịch HĐQT CTCP Thép Miền Trung", "Chủ tịch Hội đồng quản trị Công ty Thép Miền Trung")]
    public void Two_spellings_of_one_post_share_a_key(string one, string other) =>
        Assert.Equal(GoldKeys.Role(one), GoldKeys.Role(other));

    [Theory]
    [InlineData("Giám đốc Sở Văn hóa và Thể thao tỉnh Quảng Trị", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị")]
    [InlineData("Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Định", "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Dương")]
    [InlineData("Thống đốc Ngân hàng Nhà nước", "Vụ trưởng Vụ Thanh toán, Ngân hàng Nhà nước")]
    [InlineData("Chủ tịch HĐTV Công ty Luật Bình Minh", "Chủ tịch HĐQT Công ty Luật Bình Minh")]
    [InlineData("Giám đốc Công ty cổ phần Bảo hiểm Sông Hồng", "Giám đốc Tổng công ty Bảo hiểm Sông Hồng")]
    public void Different_posts_keep_different_keys(string one, string other) =>
        Assert.NotEqual(GoldKeys.Role(one), GoldKeys.Role(other));
}
