namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A sighting takes the time its own words give it: the caption's time right before its credit when captions
/// run together in one paragraph, a past month joined to the holder by 'hồi', the day of writing for an incumbent
/// ('đương kim'), and not a day still to come that the holder only announces or that follows a former post.
/// </summary>
public sealed class OwnTimeDatingTests
{
    private const string Opening = "Tòa soạn điểm lại những lần các lãnh đạo đến thăm hợp tác xã chè Tân Cương qua nhiều năm.\n\n";

    [Fact]
    public void Captions_run_together_each_take_the_time_before_their_own_credit()
    {
        var roles = DatedRoles.Read(Opening
            + "Phó Thủ tướng Hoàng Minh Sơn xem chè búp tại nương đồi xã Phúc Xuân, năm 2011. (Ảnh: Thu Trang)"
            + "Bộ trưởng Bộ Công Thương Trịnh Văn Lực trò chuyện với xã viên, tháng 5/2015. (Nguồn: TTXVN)"
            + "Các xã viên tiếp đón đoàn công tác của tỉnh, tháng 9/2019. (Ảnh: Hải Yến)", "2024-10-02");
        Assert.Contains("Hoàng Minh Sơn | Phó Thủ tướng | held 2011", roles);
        Assert.Contains("Trịnh Văn Lực | Bộ trưởng Bộ Công Thương | held 2015-05", roles);
    }

    [Fact]
    public void A_past_month_joined_to_the_holder_by_hoi_dates_the_post()
    {
        var roles = DatedRoles.Read("Nhiều nước châu Âu bàn việc hạn chế mạng xã hội với trẻ em.\n\n"
            + "Bộ trưởng Giáo dục Bỉ Anna Verbeke hồi tháng 3 cũng đã mời các nhà trường góp ý về dự thảo quy định.", "2024-06-13");
        Assert.Contains("Anna Verbeke | Bộ trưởng Giáo dục Bỉ | held 2024-03", roles);
    }

    [Fact]
    public void A_day_still_to_come_that_the_holder_announces_does_not_date_the_post()
    {
        var roles = DatedRoles.Read("Quốc hội Malaysia họp phiên bất thường.\n\n"
            + "Chủ tịch Hạ viện Malaysia Ahmad Rosli thông báo sẽ triệu tập phiên họp toàn thể vào sáng 21/9 để bầu Thủ tướng mới.", "2024-09-20");
        Assert.Contains("Ahmad Rosli | Chủ tịch Hạ viện Malaysia | held 2024-09-20", roles);
        Assert.DoesNotContain("Ahmad Rosli | Chủ tịch Hạ viện Malaysia | held 2024-09-21", roles);
    }

    [Fact]
    public void A_day_still_to_come_does_not_date_a_former_post_either()
    {
        var roles = DatedRoles.Read("Hội đồng quản trị quỹ họp phiên thường kỳ ngày 3/11.\n\n"
            + "Người kế nhiệm, cựu Thủ tướng Phần Lan Mikko Saarinen, sẽ nhận nhiệm vụ từ ngày 1/1/2025.", "2024-11-04");
        Assert.Contains(roles, r => r.StartsWith("Mikko Saarinen | Thủ tướng Phần Lan | ended 2024-11-", StringComparison.Ordinal));
        Assert.DoesNotContain("Mikko Saarinen | Thủ tướng Phần Lan | ended 2025-01-01", roles);
    }

    [Fact]
    public void An_incumbent_is_dated_by_the_publication_day()
    {
        var roles = DatedRoles.Read("Ngày 20/3, cựu ngoại trưởng Kim Dae-sung trả lời phỏng vấn một hãng tin.\n\n"
            + "Nếu ra tranh cử, ông có thể gia nhập đảng của đương kim Tổng thống Hàn Quốc Lee Hye-jin.", "2024-03-22");
        Assert.Contains("Lee Hye-jin | Tổng thống Hàn Quốc | held 2024-03-22", roles);
    }
}
