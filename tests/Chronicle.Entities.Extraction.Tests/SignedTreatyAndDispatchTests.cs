using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Acts of the kinds a government signs or puts out beside its numbered papers, told without a number:
/// a treaty, an agreement or a letter of intent signed, a dispatch or a directive issued, a law signed
/// into force, a decree. Each is a document dated by the day its sentence gives; a treaty signed after
/// talks told just before takes the talks' day; one still to be signed is none.
/// </summary>
public sealed class SignedTreatyAndDispatchTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor ?? Anchor(2024, 6, 20)).LegalDocuments;

    [Fact]
    public void A_dispatch_signed_on_a_day_without_its_number_is_a_document_of_that_day()
    {
        var dispatch = Assert.Single(Read("Chiều 5/6, Thủ tướng Phạm Minh Chính đã ký công điện yêu cầu các tỉnh Nam Bộ phòng chống hạn hán và xâm nhập mặn."));
        Assert.Equal("Công điện", dispatch.Kind);
        Assert.Equal("2024-06-05", dispatch.Issued?.Iso);
        Assert.Equal("Thủ tướng Chính phủ", dispatch.Issuer);
    }

    [Fact]
    public void A_law_signed_into_force_abroad_is_a_document_of_that_day()
    {
        var law = Assert.Single(Read("Tổng thống Mỹ Joe Biden ngày 12/6 đã ký ban hành luật cấp thêm ngân sách cho các bang bị lốc xoáy tàn phá."));
        Assert.Equal("Luật", law.Kind);
        Assert.Equal("2024-06-12", law.Issued?.Iso);
        Assert.DoesNotContain("ngày", law.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void A_treaty_signed_after_talks_told_just_before_takes_the_talks_day()
    {
        var treaty = Assert.Single(Read(
            "Sáng 14/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Chile tại Hà Nội. "
            + "Sau hội đàm, hai nhà ngoại giao cùng ký Hiệp định hợp tác về văn hóa và giáo dục."));
        Assert.Equal("Hiệp định", treaty.Kind);
        Assert.Equal("2024-06-14", treaty.Issued?.Iso);
    }

    [Fact]
    public void An_agreement_written_with_the_other_tone_mark_is_filed_under_one_kind()
    {
        var agreement = Assert.Single(Read("Ngày 8/6, hai bộ đã ký kết Thoả thuận hợp tác về phòng chống buôn lậu qua biên giới."));
        Assert.Equal("Thỏa thuận", agreement.Kind);
        Assert.Equal("2024-06-08", agreement.Issued?.Iso);
    }

    [Fact]
    public void An_agreement_still_to_be_signed_is_no_document() =>
        Assert.Empty(Read("Ngày 8/6, hai bên cho biết sẽ ký thỏa thuận hợp tác nghề cá trong năm nay."));

    [Fact]
    public void A_dispatch_cited_by_its_number_is_not_read_twice()
    {
        var dispatch = Assert.Single(Read("Ngày 3/6, Thủ tướng ký Công điện số 55/CĐ-TTg về việc khắc phục hậu quả mưa lũ."));
        Assert.Equal("55/CĐ-TTg", dispatch.Number);
    }
}
