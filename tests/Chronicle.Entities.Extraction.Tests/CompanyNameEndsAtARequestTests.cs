using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'Ông X, Thành viên HĐQT Tập đoàn Y xin từ nhiệm': the verb of a request ('xin', as 'gửi' and 'nộp') that follows a
/// company's name carries the sentence on; it is never the last word of the company's name.
/// </summary>
public sealed class CompanyNameEndsAtARequestTests
{
    private static readonly AnchorDate Anchor =
        new(2024, 4, 27, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", text, Anchor);

    [Theory]
    [InlineData("Ông Lê Văn Tài, Thành viên HĐQT Tập đoàn Hưng Phát xin từ nhiệm.")]
    [InlineData("Ông Lê Văn Tài, Thành viên HĐQT Tập đoàn Hưng Phát gửi đơn từ nhiệm lên đại hội cổ đông.")]
    [InlineData("Ông Lê Văn Tài, Thành viên HĐQT Tập đoàn Hưng Phát nộp đơn từ nhiệm hôm thứ Hai.")]
    public void The_company_ends_before_the_request(string sentence) =>
        Assert.Contains(Read(sentence).Roles, r => r.PersonName == "Lê Văn Tài" && r.Role == "Thành viên Hội đồng quản trị Tập đoàn Hưng Phát");
}
