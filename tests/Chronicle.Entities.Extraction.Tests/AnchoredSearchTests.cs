using System.Text.RegularExpressions;
using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A pattern tried only before the words its matches must hold finds what the pattern searched from every letter
/// finds: the same matches, at the same places, in the same order, none overlapping.
/// </summary>
public sealed class AnchoredSearchTests
{
    private static readonly string[] Texts =
    [
        "Chiều 14-3, Hội đồng nhân dân tỉnh đã biểu quyết thông qua và ban hành các Nghị quyết về ngân sách năm sau.",
        "Ông Trần Minh Khoa cho biết Ủy ban sẽ có quyết định trong tuần. Sáng nay, Bộ trưởng đã ký Quyết định điều động ông.",
        "Ban Thường vụ ra thông báo kết luận. Sau đó Sở ra  \n  Thông báo về lịch nghỉ và ra Thông cáo báo chí.",
        "ra quyết định",
        "Ông ấy không có quyết định nào; bà Lê Thu Hà ký kết bản ghi nhớ hợp tác với đối tác Nhật Bản.",
        "Đoàn Thanh tra công bố Kết luận chính thức về cuộc thanh tra và ra kết luận điều tra vụ việc.",
        "Hai bên ký kết các Hiệp định thương mại; Thủ tướng ký công điện về phòng chống bão số 5.",
        "Ngày 2-9, Tổng thống ký ban hành luật mới, còn Bộ trưởng trao công hàm và gửi Công hàm về việc biên giới.",
        "Thủ tướng ban hành Chỉ thị về tiết kiệm; hai nước trao đổi công hàm; Chủ tịch ký sắc lệnh ân xá.",
        "Thỏa thuận được ký hôm qua; lễ ký Thoả thuận hợp tác, ký Ý định thư và sẽ ký Hiệp ước mới.",
        "Không văn bản nào được nhắc đến ở đây, chỉ có những lời chào hỏi giữa các đại biểu.",
        "",
    ];

    [Fact]
    public void Adoptions_are_found_as_the_whole_search_finds_them()
    {
        foreach (var text in Texts)
            AssertSameMatches(LegalDocuments.AdoptedActPattern, text, LegalDocuments.AdoptedActAnchors, LegalDocuments.AdoptedActReach);
    }

    [Fact]
    public void Signings_are_found_as_the_whole_search_finds_them()
    {
        foreach (var text in Texts)
            AssertSameMatches(LegalDocuments.SignedActPattern, text, LegalDocuments.SignedActAnchors, LegalDocuments.SignedActReach);
    }

    [Fact]
    public void The_texts_hold_matches_of_both_patterns()
    {
        // The comparisons above are worth something only where the patterns match.
        var adopted = Texts.Sum(t => new Regex(LegalDocuments.AdoptedActPattern).Matches(t).Count);
        var signed = Texts.Sum(t => new Regex(LegalDocuments.SignedActPattern).Matches(t).Count);
        Assert.True(adopted >= 8, $"{adopted} adoptions");
        Assert.True(signed >= 8, $"{signed} signings");
    }

    [Fact]
    public void Matches_next_to_each_other_are_all_found_and_never_overlap()
    {
        const string pattern = @"(?<![\p{L}])(?:ký|ra)\s+(?:các\s+)?(?:[Qq]uyết\s+định|văn\s+bản)(?![\p{L}])\s*";
        AssertSameMatches(pattern, "ra quyết định ký quyết định ra văn bản ra   \n các   quyết định", ["uyết", "bản"], 8);
        AssertSameMatches(pattern, "chợ ra quyết định; tra quyết định; ký  Quyết định", ["uyết", "bản"], 8);
    }

    [Fact]
    public void A_match_holding_more_letters_before_its_anchor_than_the_reach_is_not_found()
    {
        // The reach is a promise the pattern's words keep: given too short a one, the search looks too near the anchor.
        var here = new Regex(@"\G(?<![\p{L}])thông\s+qua\s+nghị\s+quyết");
        Assert.Empty(AnchoredSearch.Matches(here, "Hội đồng thông qua nghị quyết.", ["uyết"], 4));
        Assert.Single(AnchoredSearch.Matches(here, "Hội đồng thông qua nghị quyết.", ["uyết"], 14));
    }

    private static void AssertSameMatches(string pattern, string text, string[] anchors, int reach)
    {
        var whole = new Regex(pattern).Matches(text).Select(m => (m.Index, m.Length, m.Value)).ToList();
        var anchored = AnchoredSearch.Matches(new Regex(@"\G" + pattern), text, anchors, reach).Select(m => (m.Index, m.Length, m.Value)).ToList();
        Assert.Equal(whole, anchored);
    }
}
