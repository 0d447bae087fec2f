using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Instruments of states and inspectors that news names without the usual number: a diplomatic note handed
/// over or exchanged on a day, a ceasefire agreement signed in a month, a treaty known by its name alone, an
/// inspection's conclusion cited by its number under its own kind.
/// </summary>
public sealed class UnnumberedInstrumentTests
{
    private static readonly AnchorDate Anchor =
        new(2024, 9, 12, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor).LegalDocuments;

    [Fact]
    public void A_note_handed_over_on_a_day_is_a_note_of_that_day()
    {
        var note = Assert.Single(Read("Ngày 9/9, Đại sứ Peru tại Hà Nội đã trao Công hàm về việc Peru miễn thị thực cho công dân Việt Nam."));
        Assert.Equal("Công hàm", note.Kind);
        Assert.Equal("2024-09-09", note.Issued?.Iso);
    }

    [Fact]
    public void Notes_exchanged_on_a_day_are_a_note_of_that_day()
    {
        var note = Assert.Single(Read("Chiều 10/9, hai Thứ trưởng đã trao đổi công hàm về việc mở Tổng Lãnh sự quán tại Đà Nẵng."));
        Assert.Equal("Công hàm", note.Kind);
        Assert.Equal("2024-09-10", note.Issued?.Iso);
    }

    [Fact]
    public void A_note_still_to_be_handed_over_is_no_document() =>
        Assert.Empty(Read("Bộ Ngoại giao cho biết phía bạn sẽ trao công hàm trong thời gian tới."));

    /// <remarks>Past the report's lead: an act told in the lead without a day is the report's news of its own day.</remarks>
    [Fact]
    public void A_note_named_again_without_a_day_is_no_second_document()
    {
        var notes = Read("Ngày 9/9, Đại sứ Peru đã trao Công hàm về việc miễn thị thực. Hai bên trao đổi về du lịch. Đoàn thăm Văn Miếu. "
            + "Giới doanh nghiệp đánh giá cao việc Peru trao công hàm lần này.");
        Assert.Equal("2024-09-09", Assert.Single(notes).Issued?.Iso);
    }

    [Fact]
    public void A_ceasefire_agreement_signed_in_a_month_is_dated_to_that_month()
    {
        var agreement = Assert.Single(Read("Liên hợp quốc kêu gọi các bên tôn trọng thỏa thuận ngừng bắn đã được ký kết hồi tháng 3-2024 tại Luanda."));
        Assert.Equal("Thỏa thuận ngừng bắn", agreement.Kind);
        Assert.Equal("2024-03", agreement.Issued?.Iso);
    }

    [Fact]
    public void Any_understanding_in_lower_case_is_still_no_document() =>
        Assert.Empty(Read("Hai công ty cho biết thỏa thuận hợp tác đã được ký hồi tháng 3-2024."));

    [Fact]
    public void The_statute_of_the_criminal_court_is_a_treaty_known_by_its_name()
    {
        var treaty = Assert.Single(Read("Ukraine đã phê chuẩn Quy chế Rome vào tháng 8, trở thành thành viên thứ 125 của tòa án."));
        Assert.Equal("Hiệp ước", treaty.Kind);
        Assert.Equal("Quy chế Rome", treaty.Number);
    }

    [Fact]
    public void Rules_of_a_body_in_lower_case_are_no_treaty() =>
        Assert.Empty(Read("Hội đồng quản trị đã sửa quy chế hoạt động của công ty tại Rome."));

    [Fact]
    public void An_inspection_conclusion_cited_by_its_number_keeps_its_kind()
    {
        var conclusion = Assert.Single(Read("Theo kết luận thanh tra số 412 ngày 3/9/2024 của Thanh tra tỉnh, nhà thầu đã làm sai thiết kế."));
        Assert.Equal("Kết luận thanh tra", conclusion.Kind);
        Assert.Equal("412", conclusion.Number);
    }

    [Fact]
    public void A_decision_said_signed_without_a_date_is_an_undated_document()
    {
        var texts = Read("Hội nghị bàn về tuyển sinh. Các trường nêu nhiều kiến nghị. Đại diện Bộ đã giải đáp. "
            + "Thứ trưởng cho biết Bộ trưởng Bộ Y tế đã ký quyết định thành lập hội đồng chuyên môn về thuốc hiếm.");
        var decision = Assert.Single(texts);
        Assert.Equal("Quyết định", decision.Kind);
        Assert.Null(decision.Issued);
        Assert.StartsWith("Quyết định thành lập hội đồng", decision.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_to_be_signed_or_a_ruling_made_is_no_undated_document() =>
        Assert.Empty(Read("Hội nghị bàn về tuyển sinh. Các trường nêu nhiều kiến nghị. Đại diện Bộ đã giải đáp. "
            + "Bộ trưởng Bộ Y tế sẽ ký quyết định thành lập hội đồng. Trọng tài đã có quyết định thổi phạt đền."));

    [Fact]
    public void A_resolution_a_day_after_the_day_told_before_is_of_the_next_day()
    {
        var resolution = Assert.Single(Read("Ngày 4/9, Ban Chấp hành Trung ương đồng ý để ông Lâm thôi giữ các chức vụ. "
            + "Một ngày sau, Quốc hội thông qua nghị quyết miễn nhiệm chức Phó Chủ tịch Quốc hội đối với ông Lâm."));
        Assert.Equal("Nghị quyết", resolution.Kind);
        Assert.Equal("2024-09-05", resolution.Issued?.Iso);
    }

    [Fact]
    public void A_day_later_with_no_day_told_before_dates_nothing() =>
        Assert.DoesNotContain(Read("Ban Chấp hành Trung ương đồng ý để ông Lâm thôi giữ các chức vụ. Ông Lâm đã có đơn. Nội dung đã được xem xét. "
            + "Một ngày sau, Quốc hội thông qua nghị quyết miễn nhiệm ông Lâm."), d => d.Issued is not null);
}

