using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A committee the press shortens to 'UB' or writes with a dash between its fields is the committee
/// named in full; a post one person holds at a time, written bare after the sentence gave it with a
/// foreign country, is that country's.
/// </summary>
public sealed class CommitteeFormsAndSharedCountryTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Theory]
    [InlineData("Tối qua, Phó Thủ tướng Đào Văn Khải - Chủ tịch UB An toàn giao thông Quốc gia gọi điện hỏi thăm các nạn nhân.",
        "Đào Văn Khải | Chủ tịch Ủy ban An toàn giao thông Quốc gia")]
    [InlineData("Ông Mai Hữu Lộc, Phó Chủ nhiệm UB Kinh tế của Quốc hội, đề nghị sửa hai điều của luật.",
        "Mai Hữu Lộc | Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội")]
    public void A_committee_shortened_to_ub_is_the_committee(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Theory]
    [InlineData("Chủ nhiệm UB Quốc phòng – An ninh Hà Văn Lực nêu ý kiến về dự luật.", "Hà Văn Lực | Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội")]
    [InlineData("Phó Chủ nhiệm Ủy ban Tài chính - Ngân sách Lê Thị Thoa giải trình trước phiên họp.", "Lê Thị Thoa | Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội")]
    public void A_committee_with_a_dash_between_its_fields_is_the_committee(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }

    [Fact]
    public void A_bare_sole_post_takes_the_country_the_sentence_just_gave_it()
    {
        var roles = Roles("Ông Lý Hiển Hòa, cháu của cố Thủ tướng Singapore Lý Quang Diệu và anh họ của cựu Thủ tướng Lý Hiển Long, vừa rời khỏi đảo quốc.");

        Assert.Contains("Lý Hiển Long | Thủ tướng Singapore", roles);
        Assert.DoesNotContain("Lý Hiển Long | Thủ tướng", roles);
    }

    [Theory]
    // Our own holders keep our post whatever country the sentence gave it first.
    [InlineData("Thủ tướng Singapore Lawrence Wong hội đàm với Thủ tướng Phạm Minh Chính tại Hà Nội.", "Phạm Minh Chính | Thủ tướng")]
    [InlineData("Thủ tướng Thái Lan Srettha Thavisin tiếp cựu Thủ tướng Nguyễn Xuân Bình tại Bangkok.", "Nguyễn Xuân Bình | Thủ tướng")]
    public void A_holder_of_ours_keeps_our_post(string sentence, string expected)
    {
        Assert.Contains(expected, Roles(sentence));
    }
}
