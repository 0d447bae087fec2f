using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'ông X từ nhiệm Chủ tịch HĐQT …': a post its holder resigns is his, and left; and a listed company named once
/// with its ticker after the exchange ('(HoSE: ABC)') is the company a post written with the ticker stands for.
/// </summary>
public sealed class ResignedPostsTests
{
    private static readonly AnchorDate Anchor =
        new(2024, 4, 27, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", text, Anchor);

    [Theory]
    [InlineData("Tại đại hội, ông Khổng Minh Trí từ nhiệm Chủ tịch HĐQT Công ty Cổ phần Thép Hòa Bình.", "Chủ tịch Hội đồng quản trị Công ty Cổ phần Thép Hòa Bình")]
    [InlineData("Bà Khổng Thu Trang đã từ nhiệm vị trí Tổng Giám đốc Ngân hàng Bình An.", "Tổng Giám đốc Ngân hàng Bình An")]
    public void A_post_resigned_is_its_holders_and_left(string sentence, string role)
    {
        var read = Assert.Single(Read(sentence).Roles);
        Assert.Equal(role, read.Role);
        Assert.Equal("ended", read.Aspect);
    }

    [Fact]
    public void A_resignation_with_no_post_after_it_gives_no_post() =>
        Assert.DoesNotContain(Read("Ông Khổng Minh Trí tuyên bố từ nhiệm vì lý do sức khỏe.").Roles, r => r.PersonName == "Khổng Minh Trí");

    [Fact]
    public void A_post_written_with_a_listed_companys_ticker_is_of_the_company_named_before_it()
    {
        var text = "Công ty Cổ phần Tập đoàn Đại Phúc (HoSE: DPG) vừa họp đại hội cổ đông thường niên. "
            + "Tại đại hội, ông Khổng Minh Trí từ nhiệm Chủ tịch HĐQT DPG để tập trung cho các dự án mới.";
        Assert.Contains(Read(text).Roles, r => r.PersonName == "Khổng Minh Trí"
            && r.Role == "Chủ tịch Hội đồng quản trị Công ty Cổ phần Tập đoàn Đại Phúc (DPG)");
    }
}
