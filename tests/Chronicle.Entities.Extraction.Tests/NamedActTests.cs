using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Documents cited without a number that news still names: a law with its year or applied by its
/// article, a decision announced or handed over at a ceremony, a Party rule by its bare number, a
/// resolution whose vote a sentence before dated.
/// </summary>
public sealed class NamedActTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void A_law_written_in_lower_case_with_its_year_is_a_document()
    {
        var laws = Read("Ông Hòa đã duyệt chi trái với luật Đầu tư công năm 2014 và luật Đấu thầu năm 2013.");
        Assert.Equal(["Luật Đầu tư công|2014", "Luật Đấu thầu|2013"], laws.Select(l => $"{l.Number}|{l.Issued?.Iso}"));
        Assert.All(laws, l => Assert.Equal("Luật", l.Kind));
    }

    [Fact]
    public void A_code_with_its_year_and_no_word_for_it_is_dated_by_that_year()
    {
        var code = Assert.Single(Read("Luật sư Trần Minh viện dẫn Điều 51 Bộ luật Hình sự 2015 để xin giảm án cho thân chủ."));
        Assert.Equal("Bộ luật", code.Kind);
        Assert.Equal("2015", code.Issued?.Iso);
    }

    [Fact]
    public void A_law_the_text_applies_is_a_document_even_undated()
    {
        var law = Assert.Single(Read("Theo quy định của Luật Khiếu nại, đơn của doanh nghiệp phải được trả lời trong 30 ngày."));
        Assert.Equal("Luật Khiếu nại", law.Number);
        Assert.Null(law.Issued);
        Assert.Equal("Bộ luật Hình sự", Assert.Single(Read("Ông Bình bị khởi tố theo khoản 2, Điều 360 Bộ luật Hình sự.")).Number);
    }

    [Fact]
    public void A_law_named_in_passing_or_discipline_written_small_is_no_document()
    {
        Assert.Empty(Read("Ủy ban đề nghị sửa dự án Luật Thủ đô cho phù hợp với thực tiễn."));
        Assert.Empty(Read("Bộ Chính trị quyết định thi hành kỷ luật Ban Thường vụ Tỉnh ủy Hà Giang nhiệm kỳ 2015-2020."));
    }

    [Fact]
    public void A_law_cited_with_and_without_its_year_is_one_document_dated_by_it()
    {
        var law = Assert.Single(Read("Theo Luật Đất đai, người dân được bồi thường. Luật Đất đai năm 2024 có hiệu lực từ tháng 8."));
        Assert.Equal("2024", law.Issued?.Iso);
    }

    [Fact]
    public void A_decision_handed_over_is_a_document_named_by_its_issuer_and_subject()
    {
        var act = Assert.Single(Read("Chiều 2/6, lãnh đạo Ban Tổ chức Trung ương đến tỉnh trao quyết định của Bộ Chính trị điều động ông Lê Văn Hải.", Anchor(2025, 6, 2)));
        Assert.Equal("Quyết định", act.Kind);
        Assert.Equal("Bộ Chính trị", act.Issuer);
        Assert.DoesNotContain(act.Number, char.IsDigit);
        Assert.Null(act.Issued);
    }

    [Fact]
    public void An_announced_decision_the_article_cites_by_number_is_not_read_twice()
    {
        var acts = Read("Sáng 4/3, Bộ Nội vụ công bố quyết định bổ nhiệm bà Nguyễn Thu Hà. Theo Quyết định số 215/QĐ-BNV ngày 1/3/2025, bà Hà giữ chức Vụ trưởng.", Anchor(2025, 3, 4));
        Assert.Equal("215/QĐ-BNV", Assert.Single(acts).Number);
    }

    [Fact]
    public void A_party_rule_applied_by_its_bare_number_is_a_document()
    {
        var rule = Assert.Single(Read("Theo quy định 105, cán bộ diện Trung ương quản lý phải đủ tiêu chuẩn chính trị."));
        Assert.Equal(("Quy định", "105"), (rule.Kind, rule.Number));
    }

    [Fact]
    public void Several_resolutions_passed_together_are_a_document_of_that_day()
    {
        var act = Assert.Single(Read("Ngày 12.6, tại kỳ họp thứ 7, Quốc hội đã thông qua các nghị quyết về tổ chức bộ máy của Chính phủ.", Anchor(2025, 6, 12)));
        Assert.Equal("2025-06-12", act.Issued?.Iso);
    }

    [Fact]
    public void A_vote_told_again_with_its_resolution_takes_the_day_of_its_first_telling()
    {
        const string text = "Quốc hội bầu Phó Chủ tịch Quốc hội bằng bỏ phiếu kín trong phiên họp hôm nay 9/6.\n\n"
            + "Bà Lê Thu Trang\n\n"
            + "Quốc hội đã biểu quyết thông qua Nghị quyết bầu Phó Chủ tịch Quốc hội đối với bà Lê Thu Trang với 450 phiếu tán thành.";
        var act = Assert.Single(Read(text, Anchor(2025, 6, 10)));
        Assert.Equal("2025-06-09", act.Issued?.Iso);
    }

    [Fact]
    public void A_resignation_letters_day_is_not_the_day_of_the_vote_on_it()
    {
        const string text = "Ngày 20/5, Ủy ban Thường vụ Quốc hội đã họp.\n\nXét đơn xin thôi làm nhiệm vụ đại biểu ngày 17-5 của ông Phạm Văn Tư, "
            + "Ủy ban đã bỏ phiếu thông qua và ban hành nghị quyết về việc cho ông thôi làm đại biểu.";
        var act = Assert.Single(Read(text, Anchor(2025, 5, 21)));
        Assert.NotEqual("2025-05-17", act.Issued?.Iso);
    }

    [Fact]
    public void One_act_whose_code_is_printed_two_ways_on_its_day_is_one_document()
    {
        var acts = Read("Ngày 3/9/2024, Ban Bí thư ký Quyết định 1620/QĐNS-TW về công tác cán bộ. "
            + "Ông Phạm Văn Lộc trao Quyết định số 1620-QĐ/TW ngày 3/9/2024 của Ban Bí thư cho ông Trần Quang Vinh.");
        Assert.Equal("1620/QĐNS-TW", Assert.Single(acts).Number);
    }

    [Fact]
    public void Two_acts_of_one_day_with_other_numbers_stay_two()
    {
        var acts = Read("Theo Quyết định số 41/QĐ-TTg ngày 6/1/2025 và Quyết định số 42/QĐ-TTg ngày 6/1/2025, hai trợ lý được bổ nhiệm.");
        Assert.Equal(2, acts.Count);
    }
}
