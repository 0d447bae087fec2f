namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// How far an earlier day of a paragraph dates the sentences after it: the sentence right after the day still tells of
/// that scene; a sentence further on in a long paragraph (an article whose paragraph breaks were lost runs as one) has moved
/// on, and is dated as the article is.
/// </summary>
public sealed class SceneDayReachTests
{
    private static (string Aspect, string? Date)[] Sightings(string text, string person, string post) =>
        WrittenMarch2025.Sightings(text, r => r.PersonName == person && r.Role.StartsWith(post, StringComparison.Ordinal));

    [Fact]
    public void A_day_in_the_sentence_right_before_dates_the_post() =>
        Assert.Equal([("held", "2025-03-06")], Sightings(
            "Chiều 6/3, đoàn công tác của tỉnh đến thăm các hộ dân bị sạt lở ở xã Tà Lèng. Trưởng đoàn là Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Cương.",
            "Lò Văn Cương", "Phó Chủ tịch"));

    [Fact]
    public void A_day_several_sentences_back_in_one_long_paragraph_no_longer_dates_the_post() =>
        Assert.Equal([("held", "2025-03-14")], Sightings(
            "Chiều 6/3, đoàn công tác của tỉnh đến thăm các hộ dân bị sạt lở ở xã Tà Lèng. Mưa lớn kéo dài nhiều ngày làm đất đá đổ xuống "
            + "đường. Nhiều hộ phải di dời khẩn cấp tới nơi ở tạm. Theo kế hoạch, việc sửa đường sẽ sớm xong. "
            + "Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Cương đề nghị các sở rà soát toàn bộ các điểm có nguy cơ.",
            "Lò Văn Cương", "Phó Chủ tịch"));

    [Fact]
    public void A_day_the_holder_spoke_on_dates_the_post_though_what_was_said_has_a_copula() =>
        Assert.Equal([("held", "2025-03-11")], Sightings(
            "Bộ trưởng Tài chính Pháp Éric Lombard cảnh báo rằng cái giá của thuế mới sẽ là \"rất nặng\" cho các hãng xe, ông nói hôm 11-3.",
            "Éric Lombard", "Bộ trưởng"));

    [Fact]
    public void A_day_after_another_post_taken_up_still_dates_that_post_only() =>
        Assert.Equal([("held", "2025-03-14")], Sightings(
            "Bộ trưởng Tài chính Pháp Éric Lombard là người được bổ nhiệm làm Thống đốc ngân hàng ngày 11-3.",
            "Éric Lombard", "Bộ trưởng"));
}
