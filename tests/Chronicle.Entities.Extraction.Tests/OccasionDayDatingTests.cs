namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A holder placed at an occasion the article told earlier with its day ('Phát biểu tại buổi lễ, ông X, …' after '… tổ chức
/// lễ trao học bổng vào chiều 5/3') held the post on the occasion's day, where the article would otherwise give its
/// publication day; not when the sentence writes its own time, names no occasion, or names another one.
/// </summary>
public sealed class OccasionDayDatingTests
{
    private const string Opening = "Học sinh nghèo vùng cao được tiếp sức đến trường.\n\n"
        + "Hội Khuyến học huyện Đăk Hà vừa tổ chức lễ trao 120 suất học bổng cho học sinh các xã vùng sâu vào chiều 5/3.\n\n"
        + "Mỗi suất học bổng trị giá 2 triệu đồng, do các doanh nghiệp trên địa bàn tài trợ.\n\n";

    [Fact]
    public void A_holder_speaking_at_the_occasion_holds_the_post_on_its_day()
    {
        var roles = DatedRoles.Read(Opening
            + "Phát biểu tại buổi lễ, ông Trần Văn Bình, Chủ tịch UBND huyện Đăk Hà, mong các em tiếp tục cố gắng học tập.", "2025-03-20");
        Assert.Contains("Trần Văn Bình | Chủ tịch UBND huyện Đăk Hà | held 2025-03-05", roles);
    }

    [Fact]
    public void A_holder_attending_the_occasion_holds_the_post_on_its_day()
    {
        var roles = DatedRoles.Read(Opening
            + "Tham dự lễ trao học bổng có bà Lê Thị Hoa, Phó Chủ tịch UBND huyện Đăk Hà.", "2025-03-20");
        Assert.Contains("Lê Thị Hoa | Phó Chủ tịch UBND huyện Đăk Hà | held 2025-03-05", roles);
    }

    [Fact]
    public void A_holder_at_another_occasion_is_not_given_its_day()
    {
        var roles = DatedRoles.Read(Opening
            + "Phát biểu tại hội nghị, ông Trần Văn Bình, Chủ tịch UBND huyện Đăk Hà, đề nghị các xã rà soát học sinh khó khăn.", "2025-03-20");
        Assert.DoesNotContain("Trần Văn Bình | Chủ tịch UBND huyện Đăk Hà | held 2025-03-05", roles);
    }

    [Fact]
    public void A_holder_at_a_ceremony_of_another_name_is_not_given_its_day()
    {
        var roles = DatedRoles.Read(Opening
            + "Ông Trần Văn Bình, Chủ tịch UBND huyện Đăk Hà, cùng các đại biểu dự lễ khởi công trường mầm non xã Ngọc Wang.", "2025-03-20");
        Assert.DoesNotContain("Trần Văn Bình | Chủ tịch UBND huyện Đăk Hà | held 2025-03-05", roles);
    }

    [Fact]
    public void A_holder_named_without_the_occasion_is_not_given_its_day()
    {
        var roles = DatedRoles.Read(Opening
            + "Ông Trần Văn Bình, Chủ tịch UBND huyện Đăk Hà, cho biết huyện sẽ mở thêm hai điểm trường.", "2025-03-20");
        Assert.DoesNotContain("Trần Văn Bình | Chủ tịch UBND huyện Đăk Hà | held 2025-03-05", roles);
    }

    [Fact]
    public void An_occasion_told_without_a_day_gives_none()
    {
        var roles = DatedRoles.Read("Học sinh nghèo vùng cao được tiếp sức đến trường.\n\n"
            + "Hội Khuyến học huyện Đăk Hà vừa tổ chức lễ trao 120 suất học bổng cho học sinh các xã vùng sâu.\n\n"
            + "Phát biểu tại buổi lễ, ông Trần Văn Bình, Chủ tịch UBND huyện Đăk Hà, mong các em tiếp tục cố gắng học tập.", "2025-03-20");
        Assert.Contains("Trần Văn Bình | Chủ tịch UBND huyện Đăk Hà | held 2025-03-20", roles);
    }
}
