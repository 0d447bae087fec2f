using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Acts the text shows being adopted or signed on a day without printing their number: a resolution
/// passed, a decision signed, a memorandum signed in a year. They are documents dated by that day.
/// </summary>
public sealed class UnnumberedActTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void A_resolution_passed_on_a_day_is_dated_by_it()
    {
        var act = Assert.Single(Read("Chiều 14/3, Quốc hội đã thông qua Nghị quyết về việc cho ông Nguyễn Văn An thôi làm đại biểu.", Anchor(2025, 3, 15)));
        Assert.Equal("Nghị quyết", act.Kind);
        Assert.Equal("2025-03-14", act.Issued?.Iso);
        Assert.Equal("Quốc hội", act.Issuer);
    }

    [Fact]
    public void The_same_resolution_told_twice_is_one_document()
    {
        const string told = "Sáng 9/11, các đại biểu đã bỏ phiếu và thông qua nghị quyết cho bà Trần Thị Hoa thôi giữ chức Bộ trưởng Bộ Y tế. ";
        Assert.Single(Read(told + told, Anchor(2024, 11, 9)));
    }

    [Fact]
    public void A_decision_signed_on_a_written_day_is_a_document()
    {
        var act = Assert.Single(Read("Ngày 3/4/2023, Thủ tướng Chính phủ đã ký quyết định giao ông Trần Văn Bình phụ trách Bộ Xây dựng."));
        Assert.Equal("Quyết định", act.Kind);
        Assert.Equal("2023-04-03", act.Issued?.Iso);
        Assert.Equal("Thủ tướng Chính phủ", act.Issuer);
    }

    [Fact]
    public void Two_bodies_deciding_the_same_morning_give_two_acts()
    {
        var acts = Read("Sáng nay, Ban Bí thư có quyết định khen thưởng ông Lê Văn Cường; cũng trong buổi sáng, Chủ tịch nước đã ký Quyết định tặng ông Huân chương Lao động hạng Nhì.", Anchor(2024, 9, 2));
        Assert.Equal(2, acts.Count);
        Assert.All(acts, a => Assert.Equal("2024-09-02", a.Issued?.Iso));
    }

    [Fact]
    public void A_memorandum_with_the_year_it_was_signed_is_dated_to_the_year()
    {
        var memorandum = Assert.Single(Read("Hai bên nhất trí thúc đẩy Bản ghi nhớ về du lịch được ký năm 2022 giữa hai địa phương."));
        Assert.Equal("Bản ghi nhớ", memorandum.Kind);
        Assert.Equal("2022", memorandum.Issued?.Iso);
    }

    [Fact]
    public void A_treaty_named_with_the_year_it_was_signed_is_known_by_its_name()
    {
        var treaty = Assert.Single(Read("Hai nước vẫn tuân thủ Hiệp ước Kellogg-Briand được ký kết năm 1928 về việc từ bỏ chiến tranh."));
        Assert.Equal("Hiệp ước", treaty.Kind);
        Assert.Equal("Kellogg-Briand", treaty.Number);
        Assert.Equal("1928", treaty.Issued?.Iso);
    }

    [Fact]
    public void An_agreement_in_lower_case_signed_in_a_year_is_no_document() =>
        Assert.Empty(Read("Hai công ty giữ đúng thỏa thuận miệng đã ký năm 2019 với nhau."));

    [Fact]
    public void A_step_of_a_procedure_without_a_day_is_no_document() =>
        Assert.Empty(Read("Theo quy trình, cuối cùng Quốc hội sẽ thông qua nghị quyết bầu Tổng Kiểm toán nhà nước.", Anchor(2024, 5, 20)));

    [Fact]
    public void A_decision_handed_over_at_a_ceremony_is_not_dated_by_the_ceremony() =>
        Assert.Null(Assert.Single(Read("Chiều 5/3, Bộ trưởng Bộ Nội vụ trao quyết định bổ nhiệm ông Phạm Quốc Huy giữ chức Vụ trưởng.", Anchor(2024, 3, 5))).Issued);

    [Fact]
    public void An_act_also_cited_by_its_number_is_the_numbered_document()
    {
        var act = Assert.Single(Read("Ngày 2/8/2024, Bộ Chính trị có quyết định phân công ông Hà Minh Tâm giữ chức Phó Trưởng ban. Quyết định số 1700-QĐNS/TW ngày 2/8/2024 nêu rõ thời hạn."));
        Assert.Equal("1700-QĐNS/TW", act.Number);
    }

    [Fact]
    public void A_bare_number_with_the_year_of_issue_is_read_with_that_year()
    {
        var conclusion = Assert.Single(Read("Các tỉnh rà soát theo Kết luận số 21 năm 2019 của Ban Bí thư về công tác cán bộ."));
        Assert.Equal("21", conclusion.Number);
        Assert.Equal("2019", conclusion.Issued?.Iso);
        Assert.Equal("Ban Bí thư", conclusion.Issuer);
    }

    [Fact]
    public void A_kind_closing_its_line_names_no_act() =>
        Assert.Empty(Read("Sáng 9/11, Quốc hội biểu quyết thông qua nghị quyết\n\nCác đại biểu tán thành.", Anchor(2024, 11, 9)));
}
