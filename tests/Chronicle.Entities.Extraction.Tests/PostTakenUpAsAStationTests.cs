namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'giữ cương vị' (to hold the station of) after a verb of taking up is the post taken up, as 'giữ chức' is: 'được phân công
/// giữ cương vị Trưởng ban …', 'bầu ông X giữ cương vị Chủ tịch …'; without such a verb the post is merely held.
/// </summary>
public sealed class PostTakenUpAsAStationTests
{
    [Fact]
    public void A_station_assigned_in_a_month_is_taken_up_then()
    {
        var roles = DatedRoles.Read("Ông Hoàng Minh Sơn sinh năm 1968, quê Nam Định.\n\n"
            + "Tháng 3/2023, ông Sơn được Ban Bí thư phân công giữ cương vị Phó Trưởng Ban Dân vận Trung ương.", "2025-01-10");
        Assert.Contains("Hoàng Minh Sơn | Phó Trưởng Ban Dân vận Trung ương | started 2023-03", roles);
    }

    [Fact]
    public void A_station_elected_to_on_the_day_is_taken_up_that_day()
    {
        var roles = DatedRoles.Read("Sáng 12/6, Tỉnh ủy Phú Yên tổ chức hội nghị kiện toàn nhân sự.\n\n"
            + "Hội nghị đã bầu ông Đặng Văn Quý giữ cương vị Phó Bí thư Tỉnh ủy Phú Yên.", "2024-06-12");
        Assert.Contains("Đặng Văn Quý | Phó Bí thư Tỉnh ủy Phú Yên | started 2024-06-12", roles);
    }

    [Fact]
    public void A_station_held_with_no_verb_of_taking_up_is_held()
    {
        var roles = DatedRoles.Read("Sáng 12/6, Tỉnh ủy Phú Yên họp bàn việc chuẩn bị đại hội cấp cơ sở.\n\n"
            + "Ông Đặng Văn Quý đang giữ cương vị Phó Bí thư Tỉnh ủy Phú Yên, phụ trách khối Đảng.", "2024-06-12");
        Assert.Contains("Đặng Văn Quý | Phó Bí thư Tỉnh ủy Phú Yên | held 2024-06-12", roles);
    }
}
