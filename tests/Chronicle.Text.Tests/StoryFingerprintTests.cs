using Chronicle.Text.Fingerprints;

namespace Chronicle.Text.Tests;

public sealed class StoryFingerprintTests
{
    private const string Report = """
        Ngày 11/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022.
        Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung chủ trì hội nghị với sự tham dự của lãnh đạo các cơ quan, ban, ngành.
        Hội nghị đánh giá trong năm qua Ban đã hoàn thành khối lượng công việc lớn, công tác nghiên cứu và tham mưu chiến lược có bước chuyển quan trọng.
        Trong năm 2022, Ban tiếp tục nâng cao chất lượng dự báo, đổi mới hoạt động đối ngoại đảng và đối ngoại nhân dân.
        """;

    /// <summary>The same story from another outlet: a new opening and a few words changed.</summary>
    private const string Rewrite = """
        (Tin tổng hợp) Ngày 11/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022.
        Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung chủ trì hội nghị với sự tham dự của lãnh đạo nhiều cơ quan, ban, ngành.
        Hội nghị đánh giá trong năm qua Ban đã hoàn thành khối lượng công việc lớn, công tác nghiên cứu và tham mưu chiến lược có bước chuyển quan trọng.
        Năm 2022, Ban tiếp tục nâng cao chất lượng dự báo, đổi mới hoạt động đối ngoại đảng và đối ngoại nhân dân.
        """;

    /// <summary>Another year's review: same place, same kind of event, a different story.</summary>
    private const string OtherReview = """
        Ngày 29/12, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021.
        Đồng chí Hoàng Bình Quân, Ủy viên Trung ương Đảng, Trưởng Ban chủ trì hội nghị, các đơn vị trình bày kết quả trong bối cảnh dịch bệnh.
        Hội nghị thống nhất phải phục vụ tốt Đại hội XIII của Đảng và tăng cường quản lý thống nhất các hoạt động đối ngoại.
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
