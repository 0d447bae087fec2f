using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post dated by the act the sentence cites: an appointment made by a decision written after the
/// post, and the signer of an act, who held the post on the act's day.
/// </summary>
public sealed class ActDayDatingTests
{
    private static readonly AnchorDate December2024 =
        new(2024, 12, 10, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static (string Aspect, string? Date)[] Sightings(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), December2024).Roles
            .Where(r => r.PersonName == person)
            .Select(r => (r.Aspect, r.Date?.Iso)).Order()];

    [Fact]
    public void An_appointment_is_dated_by_the_decision_cited_after_the_post() =>
        Assert.Equal([("started", "2019-10-14")],
            Sightings("Ông Lý Quốc Tuấn được bổ nhiệm giữ chức Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam tại Quyết định số 1302/QĐ-TTg ngày 14/10/2019.", "Lý Quốc Tuấn"));

    [Fact]
    public void The_signer_held_the_post_on_the_day_of_the_act() =>
        Assert.Equal([("held", "2024-07-05")],
            Sightings("Để lập lại ban chỉ đạo, Thủ tướng Phạm Minh Chính vừa ký Quyết định số 611/QĐ-TTg ngày 5/7/2024.", "Phạm Minh Chính"));

    [Fact]
    public void A_post_held_while_a_decision_is_cited_later_keeps_the_article_day() =>
        Assert.Equal([("held", "2024-12-10")],
            Sightings("Phó Chủ tịch UBND tỉnh Bến Tre Lê Văn Sáu cho biết tỉnh sẽ làm theo Quyết định số 1302/QĐ-TTg ngày 14/10/2019.", "Lê Văn Sáu"));
}
