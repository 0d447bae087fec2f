namespace Chronicle.Entities.Extraction.Tests;

/// <summary>The scorer's keys: a wrong key would show up as an extractor error that is not one.</summary>
public sealed class RoleKeysTests
{
    [Theory]
    [InlineData("Phó Chủ tịch UBND tỉnh Đắk Lắk", "Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk")]
    [InlineData("Chủ tịch HĐND tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh")]
    [InlineData("Trưởng Ban Đối ngoại T.Ư", "Trưởng Ban Đối ngoại Trung ương")]
    [InlineData("Trưởng Ban Đối ngoại TƯ", "Trưởng Ban Đối ngoại Trung ương")]
    [InlineData("Bí thư TW Đảng", "Bí thư Trung ương Đảng")]
    [InlineData("Bí thư Thành ủy TP. Hồ Chí Minh", "Bí thư Thành ủy Thành phố Hồ Chí Minh")]
    [InlineData("nguyên Phó Trưởng Ban Đối ngoại Trung ương", "Phó Trưởng Ban Đối ngoại Trung ương")]
    [InlineData("Quyền Vụ trưởng Vụ Nghiên cứu", "Vụ trưởng Vụ Nghiên cứu")]
    [InlineData("Uỷ viên Bộ Chính trị", "Ủy viên  Bộ Chính trị")]
    [InlineData("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng")]
    [InlineData("Trưởng Ban Đối ngoại Trung ương Đảng", "Trưởng Ban Đối ngoại Trung ương")]
    [InlineData("Phó Thủ tướng Chính phủ", "Phó Thủ tướng")]
    public void Spellings_of_one_role_share_a_key(string written, string canonical) =>
        Assert.Equal(RoleKeys.Role(canonical), RoleKeys.Role(written));

    [Theory]
    [InlineData("Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào", "Trưởng Ban Đối ngoại Trung ương")]
    [InlineData("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy Đắk Lắk")]
    [InlineData("Tổng Bí thư", "Tổng Bí thư Đảng Cộng sản Trung Quốc")]
    [InlineData("Thủ tướng Quốc vụ viện Trung Quốc", "Thủ tướng")]
    public void Different_roles_keep_different_keys(string one, string other) =>
        Assert.NotEqual(RoleKeys.Role(one), RoleKeys.Role(other));

    [Fact]
    public void Person_key_ignores_case_and_tone_mark_placement() =>
        Assert.Equal(RoleKeys.Person("Vũ Thị Thanh Hòa"), RoleKeys.Person("vũ thị thanh hoà"));
}
