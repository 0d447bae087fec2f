using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Posts told in running prose: a 'từ' time in brackets after one post of a chain, a post left by 'thôi chức vụ'
/// spelled with 'T.Ư', and a release 'với' the person (the 'đối' left out).
/// </summary>
public sealed class CareerProseTests
{
    private static readonly AnchorDate August2024 =
        new(2024, 8, 20, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static (string Aspect, string? Date)[] Sightings(string text, string person, string post) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), August2024).Roles
            .Where(r => r.PersonName == person && r.Role == post)
            .Select(r => (r.Aspect, r.Date?.Iso)).Order()];

    [Fact]
    public void A_bracketed_since_after_a_post_dates_its_taking_up_over_the_opening_time() =>
        Assert.Equal([("started", "2019")],
            Sightings("Từ năm 2014, ông Dương Văn Thái làm Phó Chủ tịch UBND tỉnh Bắc Giang rồi Chủ tịch UBND tỉnh Bắc Giang (từ 2019).",
                "Dương Văn Thái", "Chủ tịch UBND tỉnh Bắc Giang"));

    [Fact]
    public void A_bracketed_since_leaves_the_post_before_it_to_the_opening_time() =>
        Assert.Equal([("started", "2014")],
            Sightings("Từ năm 2014, ông Dương Văn Thái làm Phó Chủ tịch UBND tỉnh Bắc Giang rồi Chủ tịch UBND tỉnh Bắc Giang (từ 2019).",
                "Dương Văn Thái", "Phó Chủ tịch UBND tỉnh Bắc Giang"));

    [Fact]
    public void A_post_left_by_thoi_chuc_vu_is_ended_though_written_with_the_short_central() =>
        Assert.Equal([("ended", "2024-07-17")],
            Sightings("Ngày 17/7, bà Trần Thị Hạnh, Trưởng ban Dân vận T.Ư, được cho thôi chức vụ Trưởng ban Dân vận Trung ương để nhận nhiệm vụ mới.",
                "Trần Thị Hạnh", "Trưởng Ban Dân vận Trung ương"));

    [Fact]
    public void A_release_with_the_person_after_it_is_that_persons() =>
        Assert.Equal([("ended", "2024-05-21")],
            Sightings("Chiều 21/5, Quốc hội thông qua nghị quyết miễn nhiệm chức vụ Bộ trưởng Bộ Công an với Đại tướng Tô Lâm.",
                "Tô Lâm", "Bộ trưởng Bộ Công an"));

    [Fact]
    public void A_post_the_person_keeps_is_not_left_by_a_release_of_another() =>
        Assert.Equal([("held", "2024-07-17")],
            Sightings("Ngày 17/7, bà Trần Thị Hạnh, Trưởng ban Dân vận T.Ư, được cho thôi chức vụ Phó Chủ tịch Quốc hội.",
                "Trần Thị Hạnh", "Trưởng Ban Dân vận Trung ương"));
}
