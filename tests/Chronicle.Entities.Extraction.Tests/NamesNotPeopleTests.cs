using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Places and bodies are never persons: words an administrative prefix opens ('TP Cần Thơ', 'tỉnh
/// Gia Lai', 'Thị xã Sơn Tây', 'UBND tỉnh', 'Tỉnh ủy Gia Lai') hold no post, even where a title follows.
/// </summary>
public sealed class NamesNotPeopleTests
{
    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text));

    private static List<string> People(string text) =>
        [.. Read(text).Mentions.Where(m => m.Type == EntityTypes.Person).Select(m => m.CanonicalName).Distinct()];

    [Theory]
    [InlineData("Trả lời cử tri TP Cần Thơ, Bộ trưởng Bộ Tài chính cho biết sẽ rà soát các dự án.", "Cần Thơ")]
    [InlineData("Trả lời cử tri Thành phố Hồ Chí Minh, Bộ trưởng Bộ Xây dựng nêu rõ tiến độ tuyến đường.", "Chí Minh")]
    [InlineData("Thay mặt Tỉnh ủy Gia Lai, Phó Bí thư Tỉnh ủy phát biểu tại buổi lễ.", "Gia Lai")]
    [InlineData("Đại diện Thị xã Sơn Tây, Chủ tịch UBND thị xã báo cáo tình hình.", "Sơn Tây")]
    [InlineData("Thay mặt UBND tỉnh, Giám đốc Sở Tài chính trình bày dự thảo.", "UBND")]
    [InlineData("Theo tin từ Bộ Công Thương, Bộ trưởng Bộ Công Thương đã tiếp đoàn doanh nghiệp.", "Công Thương")]
    [InlineData("Nhận lời mời của Chính phủ nước Cộng hòa nhân dân Trung Hoa, một Phó Thủ tướng Chính phủ sẽ dự hội chợ.", "Trung Hoa")]
    public void Words_opened_by_an_administrative_prefix_are_no_person(string sentence, string placeWord)
    {
        var people = People(sentence);
        Assert.DoesNotContain(people, p => p.Contains(placeWord, StringComparison.Ordinal));
        Assert.Empty(Read(sentence).Roles);
    }

    [Fact]
    public void A_name_right_after_a_title_ending_in_a_place_is_still_a_person()
    {
        var result = Read("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh và Phó Chủ tịch UBND tỉnh H’Yim Kđoh dự lễ.");
        Assert.Contains("Trần Sỹ Thanh", result.Roles.Select(r => r.PersonName));
        // The post names no province, so it is not read; the name after it is still a person's.
        Assert.Contains(result.Mentions, m => m.Type == EntityTypes.Person && m.CanonicalName == "H’Yim Kđoh");
    }

    [Fact]
    public void The_check_rejects_a_run_that_opens_with_a_prefix()
    {
        var text = "Tỉnh ủy Gia Lai";
        var tokens = Tokens.Of(text, new TextSpan(0, text.Length));
        Assert.True(PersonNameCheck.StartsWithAdministrativePrefix(tokens, 0));
        Assert.False(PersonNameCheck.Accept(tokens, 0, tokens.Count, surnameLed: false));
    }
}
