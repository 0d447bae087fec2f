using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Documents as the feed's legal and local news cites them: several acts under one kind ('các Thông báo 120,
/// 121 và 122'), a day told after the act's subject ('… đã được Chính phủ ban hành vào ngày 5/10'), a year after a
/// code without one, the same act cited short or with a byline glued to it, and two laws of one name and two years.
/// </summary>
public sealed class DocumentListAndDayTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Documents(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2024, 12, 20)).LegalDocuments;

    [Fact]
    public void Bare_numbers_listed_under_one_kind_are_each_an_act()
    {
        var notices = Documents("Tòa hủy các Thông báo 2201, 2207 và 2215 của Chi cục Thuế về tiền thuê đất.");
        Assert.Equal(["2201", "2207", "2215"], notices.Select(d => d.Number).Order(StringComparer.Ordinal));
        Assert.All(notices, d => Assert.Equal("Thông báo", d.Kind));
    }

    [Fact]
    public void Coded_numbers_listed_after_the_day_of_the_one_before_keep_their_own_days()
    {
        var decisions = Documents("Năm 2006, UBND tỉnh ban hành các Quyết định số 415/QĐ-UB ngày 02/3/2006 và số 933/QĐ-UB ngày 18/5/2006 về việc giao đất.");
        Assert.Equal(2, decisions.Count);
        Assert.Contains(decisions, d => d.Number == "415/QĐ-UB" && d.Issued?.Iso == "2006-03-02");
        Assert.Contains(decisions, d => d.Number == "933/QĐ-UB" && d.Issued?.Iso == "2006-05-18" && d.Kind == "Quyết định");
    }

    [Fact]
    public void A_letter_listed_after_another_takes_the_kind_of_its_own_code()
    {
        var acts = Documents("Căn cứ các văn bản số 7120/VP-KT ngày 3/10/2024 về giải phóng mặt bằng; số 301/TB-UBND ngày 28/10/2024 về ý kiến chỉ đạo của lãnh đạo thành phố.");
        Assert.Contains(acts, d => d.Number == "301/TB-UBND" && d.Kind == "Thông báo" && d.Issued?.Iso == "2024-10-28");
    }

    [Fact]
    public void A_count_or_a_year_after_a_number_is_no_act()
    {
        Assert.Single(Documents("Theo Quyết định 1234, 20 người được hỗ trợ."));
        Assert.Single(Documents("Theo Nghị quyết 57, 2025 là năm tăng tốc."));
        Assert.Single(Documents("Nghị định 15/2020/NĐ-CP, 12 tháng sau đã được thay thế."));
    }

    [Fact]
    public void The_day_told_after_the_subject_is_the_day_of_issue()
    {
        var decree = Assert.Single(Documents("Nghị định 152/2024/NĐ-CP về cấp phép trò chơi điện tử đã được Chính phủ ban hành vào ngày 5/10, hiệu lực sau đó hai tháng."));
        Assert.Equal("2024-10-05", decree.Issued?.Iso);
        var other = Assert.Single(Documents("Nghị định 181/2024/NĐ-CP về phụ cấp cho giáo viên vùng cao được ban hành ngày 27/12/2024."));
        Assert.Equal("2024-12-27", other.Issued?.Iso);
    }

    [Fact]
    public void A_day_after_another_act_cited_later_in_the_sentence_is_not_the_first_acts()
    {
        var acts = Documents("Thông tư 10/2024/TT-BTC thay thế Thông tư 58/2016/TT-BTC được Bộ Tài chính ban hành ngày 29/12/2016.");
        Assert.Null(acts.Single(d => d.Number == "10/2024/TT-BTC").Issued);
    }

    [Fact]
    public void A_year_after_a_code_without_one_is_the_year_of_issue()
    {
        Assert.Equal("2021", Assert.Single(Documents("Bộ quy tắc ứng xử được ban hành theo Quyết định 512/QĐ-BTTTT 2021.")).Issued?.Iso);
        // A code with its own year keeps it; a number after the code is no year.
        Assert.Null(Assert.Single(Documents("Theo Nghị định 100/2019/NĐ-CP 2020 trường hợp bị phạt.")).Issued);
    }

    [Fact]
    public void The_day_an_act_was_proposed_is_not_its_day()
    {
        var acts = Documents("Ngày 2/7/2024, Sở Tài chính trình UBND tỉnh ban hành Quyết định 1702 về giá đất. Đến ngày 20/8/2024, UBND tỉnh mới ban hành Quyết định 1702.");
        Assert.Equal("2024-08-20", Assert.Single(acts).Issued?.Iso);
        Assert.Equal("UBND tỉnh", Assert.Single(Documents("Ngày 2/7/2024, Sở Tài chính trình UBND tỉnh Lâm Đồng ban hành Quyết định 1702 về giá đất.")).Issuer?[..9]);
    }

    [Fact]
    public void An_act_cited_short_or_with_a_byline_glued_to_it_is_one_act()
    {
        Assert.Single(Documents("Năm 2013, Chính phủ ban hành Nghị định số 110/2013 về xử phạt. Nghị định số 110 nâng trần tiền phạt lên gấp đôi."));
        Assert.Single(Documents("Chế độ áp dụng theo Nghị định 29/2023/NĐ-CP.\nNgười lao động được hưởng theo Nghị định 29/2023/NĐ-CP.HN\n"));
    }

    [Fact]
    public void A_word_after_a_dash_is_no_code()
    {
        Assert.Empty(Documents("Nghị định 168-Hiệu quả rõ trên từng tuyến đường"));
        Assert.Equal("08-QĐi/TW", Assert.Single(Documents("Quy định số 08-QĐi/TW về trách nhiệm nêu gương được quán triệt.")).Number);
        Assert.Equal("41-Ctr/TU", Assert.Single(Documents("Tỉnh ủy ban hành Chương trình số 41-Ctr/TU ngày 2/4/2024 thực hiện nghị quyết.")).Number);
    }

    [Fact]
    public void Two_laws_of_one_name_and_two_years_are_two_laws()
    {
        var laws = Documents("So với Luật Đất đai năm 2013, Luật Đất đai năm 2024 có nhiều điểm mới về bồi thường.");
        Assert.Equal(["2013", "2024"], laws.Select(d => d.Issued?.Iso).Order(StringComparer.Ordinal));
        // Each keeps an identity and a name of its own, so neither is folded into the other downstream.
        Assert.Equal(["Luật Đất đai 2013", "Luật Đất đai 2024"], laws.Select(d => d.Identity).Order(StringComparer.Ordinal));
        Assert.Equal(["Luật Đất đai 2013", "Luật Đất đai 2024"], laws.Select(d => d.Title).Order(StringComparer.Ordinal));
        // The same law cited again without its year is still one law.
        Assert.Single(Documents("Theo Luật Đất đai năm 2024, người dân được cấp sổ. Luật Đất đai có hiệu lực từ tháng 8."));
    }

    [Fact]
    public void A_coded_act_is_known_by_its_number_and_named_with_its_kind()
    {
        var act = Assert.Single(Documents("Ngày 3/5/2024, Thủ tướng ký Quyết định số 371/QĐ-TTg về kế hoạch thực hiện."));
        Assert.Equal("371/QĐ-TTg", act.Identity);
        Assert.Equal("Quyết định 371/QĐ-TTg", act.Title);
    }

    [Fact]
    public void A_law_listed_after_one_the_text_applies_is_cited()
    {
        var laws = Documents("Khoản chi được hạch toán theo Luật Đầu tư công, Luật Kế toán và hướng dẫn của Bộ.");
        Assert.Contains(laws, d => d.Number == "Luật Kế toán");
        Assert.Contains(Documents("Xe khách bị phạt theo Luật Giao thông đường bộ khi chở quá số người."),
            d => d.Number == "Luật Giao thông đường bộ");
        // Named in passing, a law without its year is not cited, nor are the laws listed after it.
        Assert.Empty(Documents("Đại biểu bàn về Luật Kế toán trong phiên thảo luận."));
        Assert.Empty(Documents("Năm tới, Bộ tập trung xây dựng Luật Cấp nước, Luật Thoát nước và Luật Quản lý đô thị."));
    }
}
