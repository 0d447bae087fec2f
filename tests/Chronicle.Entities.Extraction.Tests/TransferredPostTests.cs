using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'đồng chí X, Tỉnh ủy viên, Giám đốc Sở Y được điều động sang …, được bổ nhiệm làm Z': the post
/// named after the person who is moved is the one left on that day; a seat on a body goes along.
/// </summary>
public sealed class TransferredPostTests
{
    private static readonly AnchorDate July2024 =
        new(2024, 7, 31, DateGranularity.Day, YearBasis.Publication, [], "test", null);

    private static (string Role, string Aspect)[] Sightings(string text, string person) =>
        [.. ArticleAnalyzer.Analyze("", Chronicle.Text.VietnameseText.Normalize(text), July2024).Roles
            .Where(r => r.PersonName == person)
            .Select(r => (r.Role, r.Aspect)).Order()];

    private const string Moved =
        "Đồng chí Vũ Thị Lan, Tỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nam Định được điều động sang Văn phòng Tỉnh ủy và được bổ nhiệm làm Chánh Văn phòng Tỉnh ủy Nam Định.";

    [Fact]
    public void The_post_of_the_one_moved_is_left() =>
        Assert.Contains(("Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nam Định", "ended"), Sightings(Moved, "Vũ Thị Lan"));

    [Fact]
    public void The_seat_on_the_committee_goes_along() =>
        Assert.DoesNotContain(Sightings(Moved, "Vũ Thị Lan"), s => s.Role.StartsWith("Ủy viên", StringComparison.Ordinal) && s.Aspect == "ended");

    [Fact]
    public void The_new_post_is_taken_up() =>
        Assert.Contains(("Chánh Văn phòng Tỉnh ủy Nam Định", "started"), Sightings(Moved, "Vũ Thị Lan"));

    [Fact]
    public void A_post_of_someone_not_moved_stays_held() =>
        Assert.Contains(("Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nam Định", "held"),
            Sightings("Đồng chí Vũ Thị Lan, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nam Định, phát biểu tại hội nghị.", "Vũ Thị Lan"));
}
