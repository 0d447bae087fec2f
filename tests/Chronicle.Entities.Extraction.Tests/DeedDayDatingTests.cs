namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A holder named again by their name alone in a sentence that writes its own day is seen holding the post the article gives
/// them on that day, where no sentence of the post's own dates it; the sightings dated by the report's or publication day stay.
/// </summary>
public sealed class DeedDayDatingTests
{
    private const string Opening = "Thủ tướng Thái Lan Paetongtarn Shinawatra muốn cải tổ nội các.\n\n"
        + "Chính phủ Thái Lan chưa công bố danh sách bộ trưởng mới.\n\n";

    [Fact]
    public void A_holder_acting_on_a_written_day_holds_the_post_that_day()
    {
        var roles = DatedRoles.Read(Opening
            + "Bà Paetongtarn đã họp với các lãnh đạo đảng Pheu Thai vào tối 9/10 để bàn về việc này.", "2025-10-11");
        Assert.Contains("Paetongtarn Shinawatra | Thủ tướng Thái Lan | held 2025-10-09", roles);
        Assert.Contains("Paetongtarn Shinawatra | Thủ tướng Thái Lan | held 2025-10-11", roles);
    }

    [Fact]
    public void A_day_still_to_come_is_no_deed()
    {
        var roles = DatedRoles.Read(Opening
            + "Bà Paetongtarn sẽ họp với các lãnh đạo đảng Pheu Thai vào tối 14/10.", "2025-10-11");
        Assert.DoesNotContain("Paetongtarn Shinawatra | Thủ tướng Thái Lan | held 2025-10-14", roles);
    }

    [Fact]
    public void A_deed_months_before_the_article_does_not_show_the_post_of_today()
    {
        var roles = DatedRoles.Read(Opening
            + "Bà Paetongtarn từng gặp các lãnh đạo đảng Pheu Thai ngày 2/5 để bàn về việc ứng cử.", "2025-10-11");
        Assert.DoesNotContain("Paetongtarn Shinawatra | Thủ tướng Thái Lan | held 2025-05-02", roles);
    }

    [Fact]
    public void A_holder_the_article_tells_taking_up_a_post_is_left_alone()
    {
        // The post he is named by is read held on the publication day; on the day he signs he may already have left it.
        var roles = DatedRoles.Read("Ông Trần Văn Nam, Giám đốc Sở Tài chính tỉnh Bình Phước, được bầu làm Chủ tịch UBND tỉnh Bình Phước.\n\n"
            + "Ông Nam đã ký văn bản đầu tiên vào chiều 8/10 tại trụ sở tỉnh.", "2025-10-11");
        Assert.Contains("Trần Văn Nam | Giám đốc Sở Tài chính tỉnh Bình Phước | held 2025-10-11", roles);
        Assert.DoesNotContain(roles, role => role.EndsWith("2025-10-08", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_the_article_also_names_as_left_is_not_carried_to_the_day()
    {
        var roles = DatedRoles.Read("Cựu Chủ tịch nước Nguyễn Văn An vừa ra mắt cuốn hồi ký.\n\n"
            + "Nhiều người vẫn nhớ Chủ tịch nước Nguyễn Văn An qua các chuyến thăm cơ sở.\n\n"
            + "Ông An đã gặp bạn đọc tại Hà Nội vào sáng 9/10.", "2025-10-11");
        Assert.Contains("Nguyễn Văn An | Chủ tịch nước | ended 2025-10-11", roles);
        Assert.DoesNotContain("Nguyễn Văn An | Chủ tịch nước | held 2025-10-09", roles);
    }

    [Fact]
    public void A_sentence_with_two_days_does_not_say_which_is_the_deed()
    {
        var roles = DatedRoles.Read(Opening
            + "Bà Paetongtarn đã họp ngày 7/10 và ngày 9/10 với các lãnh đạo đảng Pheu Thai.", "2025-10-11");
        Assert.DoesNotContain("Paetongtarn Shinawatra | Thủ tướng Thái Lan | held 2025-10-07", roles);
        Assert.DoesNotContain("Paetongtarn Shinawatra | Thủ tướng Thái Lan | held 2025-10-09", roles);
    }
}
