namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts the sentence shows taken up though no taking verb stands right before them: a title read
/// with its 'tân', a post listed after the verb, a post whose election day is joined to it after 'sau
/// khi'; and a post said to be held now, named before its holder.
/// </summary>
public sealed class TakenUpAspectTests
{
    [Fact]
    public void Every_post_listed_after_the_taking_verb_is_taken_up()
    {
        var roles = DatedRoles.Read("Ngày 12/3, các đại biểu đã biểu quyết tán thành việc bầu Tổng Thư ký Quốc hội khóa XV, Ủy viên Ủy ban Thường vụ Quốc hội đối với ông Trần Văn Khải.", "2024-03-13");
        Assert.Contains("Trần Văn Khải | Tổng Thư ký Quốc hội | started 2024-03-12", roles);
    }

    [Fact]
    public void A_post_after_the_name_the_verb_governs_says_who_the_person_is()
    {
        var roles = DatedRoles.Read("Ngày 12/3, Thủ tướng bổ nhiệm Đại tá Lê Văn Thọ, Chính ủy Bộ đội Biên phòng tỉnh Kiên Giang, giữ chức Phó Chính ủy Bộ đội Biên phòng.", "2024-03-13");
        Assert.DoesNotContain(roles, r => r.StartsWith("Lê Văn Thọ | Chính ủy", StringComparison.Ordinal) && r.Contains("started", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_read_with_its_new_is_taken_up()
    {
        var roles = DatedRoles.Read("Ngày 5/10, ông Lâm Hữu Phước đã trở thành tân Chủ tịch UBND tỉnh Kiên Giang sau cuộc bỏ phiếu.", "2024-10-06");
        Assert.Contains("Lâm Hữu Phước | Chủ tịch UBND tỉnh Kiên Giang | started 2024-10-05", roles);
    }

    [Fact]
    public void An_election_day_joined_to_the_post_after_since_is_still_the_day_it_was_taken_up()
    {
        var roles = DatedRoles.Read("Lễ bàn giao diễn ra sau khi Quốc hội đã bầu ông Trần Văn Khải giữ chức Chủ tịch Quốc hội vào sáng 14/6.", "2024-06-15");
        Assert.Contains("Trần Văn Khải | Chủ tịch Quốc hội | started 2024-06-14", roles);
    }

    [Fact]
    public void A_post_named_before_the_holder_said_to_hold_it_now_is_dated_by_the_publication_day()
    {
        var roles = DatedRoles.Read("Chiều 9/5, Tổng cục tổ chức hội nghị tổng kết.\n\nTheo trang tin của bộ, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam hiện nay là ông Hoàng Minh Sơn.", "2024-05-10");
        Assert.Contains("Hoàng Minh Sơn | Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam | held 2024-05-10", roles);
    }

    [Fact]
    public void Congratulations_on_an_election_look_back_on_a_post_already_taken_up()
    {
        var roles = DatedRoles.Read("Ngày 30/10, Thủ tướng Lào gửi điện chúc mừng ông Trần Văn Khải vừa được bầu giữ chức Chủ tịch Quốc hội.", "2024-10-30");
        Assert.Contains("Trần Văn Khải | Chủ tịch Quốc hội | held 2024-10-30", roles);
    }
}
