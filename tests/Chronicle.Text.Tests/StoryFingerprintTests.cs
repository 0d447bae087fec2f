using Chronicle.Text.Fingerprints;

namespace Chronicle.Text.Tests;

public sealed class StoryFingerprintTests
{
    private const string Report = """
        Ngày 11/1, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2021 tại trụ sở ở Hà Nội.
        Trưởng Ban Đối ngoại Trung ương, Ủy viên Trung ương Đảng Lê Hoài Trung chủ trì hội nghị; dự có lãnh đạo các cơ quan, ban, ngành.
        Báo cáo tại hội nghị cho thấy khối lượng việc Ban xử lý trong năm rất lớn, khâu nghiên cứu và tham mưu chiến lược có nhiều chuyển biến.
        Trong năm 2022, Ban đặt mục tiêu dự báo sát hơn, làm mới cách triển khai đối ngoại đảng cùng đối ngoại nhân dân.
        """;

    /// <summary>The same story from another outlet: a new opening and a few words changed.</summary>
    private const string Rewrite = """
        (Tin tổng hợp) Ngày 11/1, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2021 tại trụ sở ở Hà Nội.
        Trưởng Ban Đối ngoại Trung ương, Ủy viên Trung ương Đảng Lê Hoài Trung chủ trì hội nghị; dự có lãnh đạo nhiều cơ quan, ban, ngành.
        Báo cáo tại hội nghị cho thấy khối lượng việc Ban xử lý trong năm rất lớn, khâu nghiên cứu và tham mưu chiến lược có nhiều chuyển biến.
        Năm 2022, Ban đặt mục tiêu dự báo sát hơn, làm mới cách triển khai đối ngoại đảng cùng đối ngoại nhân dân.
        """;

    /// <summary>Another year's review: same place, same kind of event, a different story.</summary>
    private const string OtherReview = """
        Ngày 29/12, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2020.
        Trưởng Ban Hoàng Bình Quân điều hành hội nghị; các đơn vị báo cáo kết quả giữa lúc dịch bệnh còn phức tạp.
        Hội nghị thống nhất dồn sức chuẩn bị cho Đại hội XIII của Đảng và siết chặt việc quản lý chung mọi hoạt động đối ngoại.
        """;

    [Fact]
    public void The_same_story_in_other_words_is_the_same_story()
    {
        var distance = StoryFingerprint.Distance(StoryFingerprint.Compute(Report), StoryFingerprint.Compute(Rewrite));

        Assert.True(StoryFingerprint.IsSameStory(StoryFingerprint.Compute(Report), StoryFingerprint.Compute(Rewrite)), $"distance {distance}");
    }

    [Fact]
    public void A_different_story_on_the_same_topic_is_not()
    {
        var distance = StoryFingerprint.Distance(StoryFingerprint.Compute(Report), StoryFingerprint.Compute(OtherReview));

        Assert.False(StoryFingerprint.IsSameStory(StoryFingerprint.Compute(Report), StoryFingerprint.Compute(OtherReview)), $"distance {distance}");
    }

    [Fact]
    public void Case_does_not_change_the_fingerprint() =>
        Assert.Equal(StoryFingerprint.Compute(Report), StoryFingerprint.Compute(Report.ToUpperInvariant()));
}
