using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Documents cited by every numbering scheme the press prints, with their date and issuer.</summary>
public sealed class LegalDocumentTests
{
    private static IReadOnlyList<LegalDocumentMention> Read(string text) => ArticleAnalyzer.Analyze("", text).LegalDocuments;

    private static LegalDocumentMention Single(string text, string number) =>
        Assert.Single(Read(text), d => d.Number == number);

    [Theory]
    [InlineData("Thủ tướng đã ký Quyết định số 2345/QĐ-TTg giao nhiệm vụ cho các bộ.", "Quyết định", "2345/QĐ-TTg", "Thủ tướng Chính phủ")]
    [InlineData("Các cấp ủy quán triệt Kết luận số 98-KL/TW của Ban Bí thư về công tác cán bộ.", "Kết luận", "98-KL/TW", "Ban Bí thư")]
    [InlineData("Bộ Chính trị đã ban hành Quyết định số 2011-QĐNS/TW điều động cán bộ.", "Quyết định", "2011-QĐNS/TW", "Bộ Chính trị")]
    [InlineData("Đại biểu dẫn chiếu Nghị quyết số 43/2022/QH15 trong phần thảo luận.", "Nghị quyết", "43/2022/QH15", "Quốc hội")]
    [InlineData("Việc tổ chức lễ tang theo Nghị định 105/2012/NĐ-CP về tang lễ cán bộ.", "Nghị định", "105/2012/NĐ-CP", "Chính phủ")]
    [InlineData("Ủy ban đã thẩm tra Tờ trình số 112/TTr-CP về dự án đường cao tốc.", "Tờ trình", "112/TTr-CP", "Chính phủ")]
    [InlineData("Các đại biểu nghe Báo cáo số 71/BC-CP về tình hình kinh tế.", "Báo cáo", "71/BC-CP", "Chính phủ")]
    [InlineData("Ủy ban thảo luận, góp ý Tờ trình số 01/TT-CTN về việc ký hiệp ước.", "Tờ trình", "01/TT-CTN", "Chủ tịch nước")]
    public void Numbers_with_a_code_give_kind_and_issuer(string text, string kind, string number, string issuer)
    {
        var document = Single(text, number);
        Assert.Equal(kind, document.Kind);
        Assert.Equal(issuer, document.Issuer);
    }

    [Fact]
    public void Date_and_issuer_written_after_the_number_are_read()
    {
        var document = Single("Hội nghị đánh giá kết quả triển khai Nghị quyết số 43/2022/QH15 ngày 11/01/2022 của Quốc hội về chính sách tài khóa, tiền tệ.", "43/2022/QH15");
        Assert.Equal("2022-01-11", document.Issued?.Iso);
        Assert.Equal("Quốc hội", document.Issuer);
        Assert.StartsWith("chính sách tài khóa", document.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_in_words_and_dashes_is_read()
    {
        Assert.Equal("2024-10-25", Single("Ông trao Quyết định số 1616-QĐNS/TW ngày 25-10-2024 của Bộ Chính trị cho đồng chí.", "1616-QĐNS/TW").Issued?.Iso);
        Assert.Equal("2019-01-23", Single("Thực hiện Nghị định số 08/2019/NĐ-CP ngày 23 tháng 1 năm 2019 quy định chế độ.", "08/2019/NĐ-CP").Issued?.Iso);
    }

    [Theory]
    [InlineData("Ông nhắc lại tinh thần của nghị quyết 05 của Bộ Chính trị khóa XIII về quân đội.", "Nghị quyết", "05", "Bộ Chính trị")]
    [InlineData("Quân ủy đã sơ kết Nghị quyết 847 của Quân ủy Trung ương trong năm.", "Nghị quyết", "847", "Quân ủy Trung ương")]
    [InlineData("Đơn vị tiếp tục thực hiện Kết luận số 01 của Bộ Chính trị về học tập.", "Kết luận", "01", "Bộ Chính trị")]
    public void Numbers_printed_bare_after_the_kind_are_read(string text, string kind, string number, string issuer)
    {
        var document = Single(text, number);
        Assert.Equal(kind, document.Kind);
        Assert.Equal(issuer, document.Issuer);
    }

    [Fact]
    public void A_date_and_issuer_written_before_the_kind_are_read()
    {
        var document = Single("Ông cho biết, ngày 2/8/2024, Bộ Chính trị ban hành Quyết định 1500 thành lập các đoàn công tác.", "1500");
        Assert.Equal("Quyết định", document.Kind);
        Assert.Equal("2024-08-02", document.Issued?.Iso);
        Assert.Equal("Bộ Chính trị", document.Issuer);
    }

    [Theory]
    [InlineData("Cơ quan này gửi báo cáo 3 nội dung lên cấp trên.")]
    [InlineData("Kết quả thực hiện Nghị quyết 2024 được đánh giá cao.")]
    [InlineData("Bộ đã quyết định 12 người được khen thưởng.")]
    [InlineData("Kết luận 3 điểm được nêu ra trong phiên họp.")]
    public void Counts_and_years_are_not_numbers(string text) => Assert.Empty(Read(text));

    [Fact]
    public void The_letter_header_gives_kind_number_and_date()
    {
        var text = "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 45-CT/TW\nHà Nội, ngày 12 tháng 3 năm 2023\nCHỈ THỊ\nvề tăng cường công tác kiểm tra.";
        var document = Single(text, "45-CT/TW");
        Assert.Equal("Chỉ thị", document.Kind);
        Assert.Equal("2023-03-12", document.Issued?.Iso);
    }

    [Theory]
    [InlineData("Dự thảo Luật số 43/2019/QH14 được thông qua.", "Luật")]
    [InlineData("Bộ gửi Công văn số 215/BNG-LS cho các cơ quan đại diện.", "Công văn")]
    [InlineData("Ban hành Hướng dẫn số 12-HD/BTGTW về tuyên truyền.", "Hướng dẫn")]
    [InlineData("Cán bộ phải gương mẫu theo Quy định số 144-QĐ/TW về chuẩn mực đạo đức.", "Quy định")]
    [InlineData("Bộ Tài chính ban hành Thông tư số 10/2024/TT-BTC hướng dẫn thi hành.", "Thông tư")]
    public void Kinds_beyond_resolutions_are_read(string text, string kind) =>
        Assert.Contains(Read(text), d => d.Kind == kind);

    [Fact]
    public void A_later_bare_mention_adds_to_the_first_and_makes_no_second_document()
    {
        var documents = Read("Đề án số 01-ĐA/TW được triển khai rộng rãi. Ngày 3/5/2023, Ban Bí thư ban hành Đề án số 01-ĐA/TW để thống nhất cách làm.");
        var document = Assert.Single(documents);
        Assert.Equal("2023-05-03", document.Issued?.Iso);
        Assert.Equal("Ban Bí thư", document.Issuer);
    }
}

/// <summary>Documents the text cites by name alone: laws with their year or day, congress resolutions, memoranda.</summary>
public sealed class NamedDocumentTests
{
    private static IReadOnlyList<LegalDocumentMention> Read(string text) => ArticleAnalyzer.Analyze("", text).LegalDocuments;

    [Fact]
    public void A_law_with_the_day_it_was_passed_is_a_document()
    {
        var law = Assert.Single(Read("Bộ trưởng nhắc lại Luật Phòng, chống mua bán người, được Quốc hội thông qua ngày 29-3-2011, đã có hiệu lực nhiều năm."));
        Assert.Equal("Luật", law.Kind);
        Assert.Equal("Luật Phòng, chống mua bán người", law.Number);
        Assert.Equal("2011-03-29", law.Issued?.Iso);
    }

    [Fact]
    public void A_law_with_its_year_is_dated_to_the_year()
    {
        var law = Assert.Single(Read("Việc cấp hộ chiếu phải theo Luật Xuất, nhập cảnh của công dân Việt Nam năm 2019 và các văn bản hướng dẫn."));
        Assert.Equal("Luật Xuất, nhập cảnh của công dân Việt Nam", law.Number);
        Assert.Equal("2019", law.Issued?.Iso);
        Assert.Equal("year", law.Issued?.Granularity);
    }

    [Fact]
    public void A_law_named_in_passing_without_a_date_is_not_counted()
    {
        Assert.Empty(Read("Dự thảo Luật Đất đai được nhiều đại biểu góp ý."));
    }

    [Fact]
    public void A_congress_resolution_written_two_ways_is_one_document()
    {
        var resolution = Assert.Single(Read("Tỉnh ủy tiếp tục thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng. Các chỉ tiêu của Nghị quyết Đại hội XIII đều đạt."));
        Assert.Equal("Nghị quyết", resolution.Kind);
        Assert.Equal("Nghị quyết Đại hội XIII", resolution.Number);
    }

    [Fact]
    public void A_memorandum_between_two_parties_is_a_document()
    {
        var memorandum = Assert.Single(Read("Hai bên đã ký Bản ghi nhớ giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Campuchia về hợp tác pháp luật, tư pháp giai đoạn mới."));
        Assert.Equal("Bản ghi nhớ", memorandum.Kind);
        Assert.Equal("hợp tác pháp luật, tư pháp giai đoạn mới", memorandum.Subject);
    }
}

public sealed class PrintedNumberTests
{
    [Theory]
    [InlineData("Các bộ đã nhận Công điện số 39 /CĐ-TTg của Thủ tướng.", "Công điện", "39/CĐ-TTg")]
    [InlineData("Tại hội nghị, Quyết định số 1638/QĐNSTƯ ngày 30-10-2024 của Bộ Chính trị được công bố.", "Quyết định", "1638/QĐNSTƯ")]
    [InlineData("Để cụ thể hóa, Tỉnh ủy có Chương trình số 49-CTr/TU, ngày 02/02/2024.", "Chương trình", "49-CTr/TU")]
    public void Numbers_as_printed_with_their_quirks_are_read(string text, string kind, string number) =>
        Assert.Contains(ArticleAnalyzer.Analyze("", text).LegalDocuments, d => d.Kind == kind && d.Number == number);

    [Fact]
    public void A_programme_named_by_a_bare_number_is_no_document() =>
        Assert.Empty(ArticleAnalyzer.Analyze("", "Tỉnh tiếp tục thực hiện Chương trình 135 ở các xã vùng cao.").LegalDocuments);
}

public sealed class BrokenLineTests
{
    [Fact]
    public void A_kind_written_across_a_line_break_is_still_read()
    {
        var document = Assert.Single(ArticleAnalyzer.Analyze("", "Bộ đã gửi Công\nvăn số 215/BNG-LS cho các cơ quan.").LegalDocuments);
        Assert.Equal("Công văn", document.Kind);
    }
}

/// <summary>Classes of error found by auditing documents on articles the rules were not tuned on.</summary>
public sealed class LegalDocumentAuditCaseTests
{
    private static IReadOnlyList<LegalDocumentMention> Read(string text) => ArticleAnalyzer.Analyze("", text).LegalDocuments;

    [Fact]
    public void A_law_named_inside_a_convention_is_no_law_of_the_country() =>
        Assert.Empty(Read("Hai bên giải quyết tranh chấp trên cơ sở Công ước của Liên hợp quốc về Luật Biển năm 1982."));

    [Fact]
    public void A_number_cited_bare_after_its_full_code_is_the_same_document()
    {
        var document = Assert.Single(Read("Theo Quy định 105-QĐ/TW của Bộ Chính trị về phân cấp quản lý cán bộ, việc này thuộc Bộ Chính trị. Quy định 105 cũng nêu rõ thẩm quyền."));
        Assert.Equal("105-QĐ/TW", document.Number);
    }

    [Fact]
    public void The_day_before_a_body_that_had_a_document_is_its_date()
    {
        var document = Assert.Single(Read("Ngày 12/5/2024, Đảng ủy Khối doanh nghiệp Trung ương đã có Quyết định số 2210-QĐ/ĐUK cho ông Bình thôi giữ chức."));
        Assert.Equal("2024-05-12", document.Issued?.Iso);
    }

    [Fact]
    public void The_day_before_a_body_that_gave_its_view_in_a_letter_is_the_letter_s_date()
    {
        var letter = Assert.Single(Read("Ngày 2/4/2024, Ban Tổ chức Trung ương đã có ý kiến tại Công văn số 3011-CVNS/BTCTW; hồ sơ được xử lý theo đó."));
        Assert.Equal("2024-04-02", letter.Issued?.Iso);
    }
}
