namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post seen in a sentence whose time is given by reference rather than written: 'cùng ngày' (the last day the article
/// wrote, perhaps paragraphs before) or 'N ngày sau khi' (counted back from the day of the main clause). Either way the
/// holder is seen on that day, not on the day the article was published.
/// </summary>
public sealed class SameDayAndCountedBackDatingTests
{
    private const string MergerReport = "Tỉnh Quảng Nam sắp xếp lại các sở, ngành.\n\n"
        + "Văn phòng Tỉnh ủy Quảng Nam hôm 10/3 cho biết tỉnh đã hoàn thành việc hợp nhất sáu sở.\n\n";

    [Fact]
    public void A_holder_acting_on_the_same_day_holds_the_post_on_the_day_written_before()
    {
        var roles = DatedRoles.Read(MergerReport
            + "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng cũng ký công văn cùng ngày, yêu cầu các sở mới bàn giao hồ sơ trước cuối tháng.",
            "2025-03-13");
        Assert.Contains("Lê Văn Dũng | Chủ tịch UBND tỉnh Quảng Nam | held 2025-03-10", roles);
    }

    [Fact]
    public void A_same_day_lead_takes_the_day_written_paragraphs_before()
    {
        var roles = DatedRoles.Read(MergerReport
            + "Các sở mới sẽ đi vào hoạt động từ đầu tháng tới.\n\n"
            + "Chiều cùng ngày, Phó Chủ tịch UBND tỉnh Quảng Nam Trần Nam Hưng đã làm việc với lãnh đạo các sở mới.",
            "2025-03-13");
        Assert.Contains("Trần Nam Hưng | Phó Chủ tịch UBND tỉnh Quảng Nam | held 2025-03-10", roles);
    }

    [Fact]
    public void The_same_day_without_any_day_written_before_is_not_made_up()
    {
        var roles = DatedRoles.Read("Tỉnh Quảng Nam sắp xếp lại các sở, ngành.\n\n"
            + "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng cũng ký công văn cùng ngày, yêu cầu các sở mới bàn giao hồ sơ trước cuối tháng.",
            "2025-03-13");
        Assert.Contains("Lê Văn Dũng | Chủ tịch UBND tỉnh Quảng Nam | held 2025-03-13", roles);
    }

    [Fact]
    public void The_day_a_photo_was_taken_is_not_the_same_day()
    {
        var roles = DatedRoles.Read("Tỉnh Quảng Nam sắp xếp lại các sở, ngành.\n\n"
            + "Cán bộ các sở bàn giao hồ sơ tại trụ sở mới, ngày 2/3. (Ảnh: TTXVN)\n\n"
            + "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng cũng ký công văn cùng ngày, yêu cầu các sở mới bàn giao hồ sơ trước cuối tháng.",
            "2025-03-13");
        Assert.DoesNotContain("Lê Văn Dũng | Chủ tịch UBND tỉnh Quảng Nam | held 2025-03-02", roles);
    }

    // The day is written in passing three days before publication, and a paragraph without a day follows it: a sentence after
    // them that writes no time of its own would be given the publication day.
    private const string VisitReport = "Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm Lào.\n\n"
        + "Bộ trưởng Bùi Thanh Sơn hôm 8/7 đã tới Viêng Chăn, bắt đầu chuyến thăm chính thức Lào.\n\n"
        + "Hai bộ trưởng ký ba thỏa thuận về giao thông và năng lượng.\n\n";

    [Fact]
    public void A_holder_met_days_before_the_main_clause_is_dated_by_counting_back()
    {
        var roles = DatedRoles.Read(VisitReport
            + "Chuyến đi Lào của Bộ trưởng được tổ chức 3 ngày sau khi ông đến Phnom Penh và hội kiến Chủ tịch Thượng viện Campuchia Hun Sen.",
            "2025-07-11");
        Assert.Contains("Hun Sen | Chủ tịch Thượng viện Campuchia | held 2025-07-05", roles);
    }

    [Fact]
    public void A_holder_met_hours_before_the_main_clause_is_seen_on_its_day()
    {
        var roles = DatedRoles.Read(VisitReport
            + "Bộ trưởng nói như vậy vài giờ sau khi Chủ tịch Thượng viện Campuchia Hun Sen tiếp đoàn tại Phnom Penh.",
            "2025-07-11");
        Assert.Contains("Hun Sen | Chủ tịch Thượng viện Campuchia | held 2025-07-08", roles);
    }

    [Fact]
    public void A_count_opening_the_sentence_times_the_main_clause_not_the_holder()
    {
        var roles = DatedRoles.Read(VisitReport
            + "Chỉ một ngày sau khi tới Lào, Chủ tịch Thượng viện Campuchia Hun Sen gửi thư chúc mừng.",
            "2025-07-11");
        Assert.DoesNotContain("Hun Sen | Chủ tịch Thượng viện Campuchia | held 2025-07-07", roles);
    }

    [Fact]
    public void A_vague_count_of_days_is_not_counted_back()
    {
        var roles = DatedRoles.Read(VisitReport
            + "Chuyến thăm Lào của Bộ trưởng diễn ra vài ngày sau khi ông tới Phnom Penh và hội kiến Chủ tịch Thượng viện Campuchia Hun Sen.",
            "2025-07-11");
        // No day counted back from the visit's: the one it began on may stand, none before it.
        Assert.DoesNotContain(roles, r => r.StartsWith("Hun Sen | Chủ tịch Thượng viện Campuchia | held 2025-07-0", StringComparison.Ordinal)
            && !r.EndsWith("2025-07-08", StringComparison.Ordinal));
    }
}
