using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// An official letter a named sender is told to have sent on a day written before the verb, without its number
/// ('Ngày 3/9, Sở Y tế đã có công văn gửi …'): a letter of that day. A letter with no day before the verb, one still to
/// be sent, a company's letter, a letter told again or 'có văn bản' (any writing) is no document of its own.
/// </summary>
public sealed class LetterSentOnADayTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void A_letter_a_department_sent_on_a_written_day_is_a_letter_of_that_day()
    {
        var letter = Assert.Single(Read(
            "Ngày 3/9, Sở Y tế tỉnh Nam Định đã có công văn gửi Bộ Y tế đề nghị hướng dẫn việc mua thuốc cho các trạm y tế xã.",
            Anchor(2025, 9, 10)));
        Assert.Equal("Công văn", letter.Kind);
        Assert.Equal("2025-09-03", letter.Issued?.Iso);
        Assert.DoesNotContain(letter.Number, char.IsDigit);
        Assert.StartsWith("Công văn gửi Bộ Y tế", letter.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_sent_on_a_day_told_after_vao_ngay_keeps_that_day()
    {
        var letter = Assert.Single(Read(
            "Về nghi vấn quanh tấm bằng, vào ngày 14/7, Bộ Nội vụ đã gửi công văn hỏa tốc yêu cầu trường báo cáo quá trình đào tạo ông Lê Minh.",
            Anchor(2025, 7, 20)));
        Assert.Equal("Công văn", letter.Kind);
        Assert.Equal("2025-07-14", letter.Issued?.Iso);
    }

    [Fact]
    public void A_numbered_letter_of_the_same_day_is_the_letter_read_once()
    {
        var letter = Assert.Single(Read(
            "Ngày 3/9, Sở Y tế đã có công văn số 1234/SYT-NVY gửi các bệnh viện về việc phòng bệnh sốt xuất huyết.",
            Anchor(2025, 9, 10)));
        Assert.Equal("1234/SYT-NVY", letter.Number);
    }

    [Theory]
    [InlineData("Sở Y tế tỉnh Nam Định đã có công văn gửi Bộ Y tế đề nghị hướng dẫn việc mua thuốc cho các trạm y tế xã.")]
    [InlineData("Ngày 3/9, lãnh đạo sở cho biết sẽ gửi công văn đến Bộ Y tế để xin hướng dẫn.")]
    [InlineData("Ngày 3/9, Sở Y tế đề nghị các bệnh viện phải có công văn báo cáo trước ngày 15/9.")]
    [InlineData("Ngày 5/10, Công ty Hòa Phát đã có công văn xin Bộ Tài chính cho gia hạn nộp thuế.")]
    [InlineData("Ngày 3/9, Sở Y tế đã có văn bản gửi Bộ Y tế đề nghị hướng dẫn việc mua thuốc.")]
    [InlineData("Ngày 3/9, ngay khi có công văn của Bộ Y tế, bệnh viện đã họp khẩn.")]
    [InlineData("Ngày 3/9, Sở Y tế nhận được công văn của Bộ Y tế về việc mua thuốc.")]
    [InlineData("Khi rà soát đợt thi ngày 8.6.2023 ở Cà Mau, đoàn kiểm tra thấy Sở Giáo dục có công văn cho một trung tâm tổ chức thi.")]
    public void A_letter_undated_to_be_sent_from_a_company_or_only_received_is_not_read(string sentence) =>
        Assert.DoesNotContain(Read(sentence, Anchor(2025, 9, 10)), d => d.Kind == "Công văn");

    [Fact]
    public void A_choice_made_known_as_one_s_own_decision_is_no_act()
    {
        var read = Read("Khi công bố quyết định của mình, ông Trump ca ngợi người được chọn là một cựu binh dày dạn.", Anchor(2024, 11, 13));
        Assert.DoesNotContain(read, d => d.Kind == "Quyết định");
    }

    [Fact]
    public void A_decision_announced_by_a_body_is_still_read()
    {
        var read = Read("Chiều 12/6, Ban Tổ chức Trung ương công bố quyết định của Bộ Chính trị về công tác cán bộ.", Anchor(2024, 6, 12));
        Assert.Contains(read, d => d.Kind == "Quyết định");
    }
}
