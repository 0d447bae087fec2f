using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>
/// The numeric days are searched from just before each number pair rather than from the end of the last match: the
/// matches must be those of the whole pattern searched the ordinary way, match for match.
/// </summary>
public class NumericDaySearchTests
{
    [Theory]
    [InlineData("Sáng ngày 13/01, đoàn khảo sát tới xã Tân Lập; chiều 14-1 đoàn trở về.")]
    [InlineData("Hội thảo kéo dài từ ngày 6 đến 8/1/2025 ở Đà Lạt.")]
    [InlineData("Từ ngày 12 đến ngày 14-6 và mồng 2/9, các đội thi đấu, tỉ số 3-2 nghiêng về đội khách.")]
    [InlineData("Lễ hội diễn ra hai ngày 25 và 26/7, ngày 27 – 28/7 nghỉ.")]
    [InlineData("Văn bản số 12/2021/QĐ-UBND ký 3/3/2022 thay cho văn bản 1/2/3 cũ, tăng 2.5 lần.")]
    [InlineData("Hôm\u00a05/6 trời mưa, đêm  6-6 trời tạnh, TỐI 7.6.2024 có gió.")]
    [InlineData("abc12/5 x-1/2 chiếm 1/3, mùng 1/1; ngày 18.2 và 18.2.2024, 10:30/5.")]
    [InlineData("Ngày 1/5")]
    [InlineData("1/5")]
    [InlineData("không có ngày nào cả")]
    public void Finds_the_matches_of_the_whole_pattern(string text) =>
        Assert.Equal(
            DateRecognizer.NumericDay().Matches(text).Select(m => (m.Index, m.Length)),
            DateRecognizer.NumericDayMatches(text).Select(m => (m.Index, m.Length)));

    [Fact]
    public void A_match_opening_on_lead_words_before_its_pair_is_found_whole()
    {
        var match = Assert.Single(DateRecognizer.NumericDayMatches("Đoàn xuất phát, sáng ngày 4/10 tới nơi."));
        Assert.Equal("sáng ngày 4/10", match.Value);
    }
}
