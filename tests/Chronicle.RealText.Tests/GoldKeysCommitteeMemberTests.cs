namespace Chronicle.RealText.Tests;

/// <summary>
/// A member of a province's, city's or district's Party committee written in short form, with or without the
/// committee named again after it, is one post; other committees and other places keep their own keys.
/// </summary>
public sealed class GoldKeysCommitteeMemberTests
{
    [Theory]
    [InlineData("Tỉnh ủy viên Tỉnh ủy Bắc Kạn", "Ủy viên Ban Chấp hành Đảng bộ tỉnh Bắc Kạn")]
    [InlineData("Tỉnh ủy viên Tỉnh ủy Bắc Kạn", "Tỉnh ủy viên tỉnh Bắc Kạn")]
    [InlineData("Thành ủy viên Thành ủy Hải Phòng", "Ủy viên Ban Chấp hành Đảng bộ thành phố Hải Phòng")]
    [InlineData("Huyện ủy viên Huyện ủy Mê Linh", "Ủy viên Ban Chấp hành Đảng bộ huyện Mê Linh")]
    public void The_committee_named_again_after_the_short_form_is_the_same_post(string one, string other) =>
        Assert.Equal(GoldKeys.Role(one), GoldKeys.Role(other));

    [Theory]
    [InlineData("Tỉnh ủy viên Tỉnh ủy Bắc Kạn", "Tỉnh ủy viên Tỉnh ủy Bắc Giang")]
    [InlineData("Tỉnh ủy viên Tỉnh ủy Bắc Kạn", "Ủy viên Ban Thường vụ Tỉnh ủy Bắc Kạn")]
    [InlineData("Tỉnh ủy viên Tỉnh ủy Bắc Kạn", "Bí thư Tỉnh ủy Bắc Kạn")]
    [InlineData("Huyện ủy viên Huyện ủy Mê Linh", "Ủy viên Ban Chấp hành Đảng bộ tỉnh Mê Linh")]
    public void Other_committees_and_places_keep_their_own_keys(string one, string other) =>
        Assert.NotEqual(GoldKeys.Role(one), GoldKeys.Role(other));
}
