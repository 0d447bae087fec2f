using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A bare 'Ban Chỉ đạo' after a head ('Phó Trưởng ban thường trực Ban Chỉ đạo', 'Trưởng Ban Chỉ
/// đạo') is the steering committee the article names in full: the one the lexicon knows, else the
/// name written most often after 'Ban Chỉ đạo'; none where two names are written as often.
/// </summary>
public sealed class SteeringCommitteeShortNameTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_bare_steering_committee_is_the_one_the_article_names_in_full()
    {
        var text = "Ngày 5/3, Thủ tướng ký quyết định kiện toàn Ban Chỉ đạo quốc gia về chuyển đổi số.\n\n"
            + "Bộ trưởng Bộ Tài chính Lê Văn Bình là Phó Trưởng ban thường trực Ban Chỉ đạo.\n\n"
            + "Bộ trưởng Bộ Công Thương Đặng Văn Dũng là Phó Trưởng ban Ban Chỉ đạo.\n\n"
            + "Ban Chỉ đạo quốc gia về chuyển đổi số họp mỗi quý một lần.";
        var roles = Roles(text);
        Assert.Contains("Lê Văn Bình | Phó Trưởng ban thường trực Ban Chỉ đạo quốc gia về chuyển đổi số", roles);
        Assert.Contains("Đặng Văn Dũng | Phó Trưởng Ban Chỉ đạo quốc gia về chuyển đổi số", roles);
    }

    [Fact]
    public void A_steering_committee_the_lexicon_knows_completes_a_bare_head()
    {
        var text = "Chiều 3/9, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 27.\n\n"
            + "Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo, chủ trì phiên họp và kết luận nhiều việc.";
        Assert.Contains("Tô Lâm | Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", Roles(text));
    }

    [Fact]
    public void Two_committees_named_as_often_complete_nothing()
    {
        var text = "Tỉnh lập Ban Chỉ đạo phát triển du lịch và Ban Chỉ đạo giảm nghèo bền vững trong cùng một ngày.\n\n"
            + "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hòa là Trưởng Ban Chỉ đạo.";
        Assert.DoesNotContain(Roles(text), r => r.StartsWith("Nguyễn Văn Hòa | Trưởng Ban Chỉ đạo", StringComparison.Ordinal));
    }
}
