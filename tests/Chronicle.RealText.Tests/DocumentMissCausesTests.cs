namespace Chronicle.RealText.Tests;

/// <summary>
/// The counts printed for missed documents tell a numbered act from a law known by its title and year, a kind read
/// otherwise from one not read at all, and a kind the text writes only in lower case.
/// </summary>
public sealed class DocumentMissCausesTests
{
    private static GoldFact Document(string type, string? number, string? date) =>
        new("t1", "D", "document", High: true, null, null, null, date, null, type, number, "");

    private static DocumentMisses Causes(string text, params GoldFact[] gold) =>
        RealTextScoring.DocumentCausesOf(ArticleReading.Of(new RealArticle("t1", "", "2025-03-06", null, text)), gold);

    [Fact]
    public void A_numbered_act_read_and_a_numbered_act_written_but_missed_are_told_apart()
    {
        var causes = Causes("Tỉnh Cà Mau triển khai Nghị định số 45/2025/NĐ-CP về quản lý bến cá. Mẫu đơn theo phụ lục 7/2025/PL-XYZ.",
            Document("Nghị định", "45/2025/NĐ-CP", null), Document("Phụ lục", "7/2025/PL-XYZ", null));

        Assert.Equal((1, 1, 0), (causes.Numbered, causes.NumberWritten, causes.Unnumbered));
        Assert.Equal((1, 1), (causes.KindNotRead, causes.KindInLowerCaseOnly));
    }

    [Fact]
    public void A_law_by_its_title_and_year_is_counted_as_such()
    {
        var causes = Causes("Người dân ở Cà Mau được hướng dẫn về các quyền của mình đối với đất ven biển.",
            Document("Luật", null, "2024"));

        Assert.Equal((1, 1, 1), (causes.Unnumbered, causes.Laws, causes.LawsWithYear));
        Assert.Equal((1, 1), (causes.KindNotWritten, causes.GoldDated));
    }

    [Fact]
    public void An_act_found_but_undated_and_an_act_read_in_excess_are_counted()
    {
        var causes = Causes("Tỉnh Cà Mau triển khai Nghị định số 45/2025/NĐ-CP và Thông tư số 12/2025/TT-BNNMT về bến cá.",
            Document("Nghị định", "45/2025/NĐ-CP", "2025-02-14"));

        Assert.Equal((1, 0), (causes.ReadUndated, causes.ReadWithAnotherDate));
        Assert.Equal((1, 0), (causes.ExtraNumbered, causes.ExtraUnnumbered));
        Assert.Equal(0, causes.Numbered + causes.Unnumbered);
    }

    [Fact]
    public void A_law_kept_by_its_name_and_year_is_found_in_a_law_read_by_its_name_and_dated_that_year()
    {
        const string text = "Từ đầu tháng 8, Luật Đất đai 2024 được áp dụng trên toàn tỉnh Cà Mau.";

        var found = Causes(text, Document("Luật", "Luật Đất đai 2024", null));
        var otherYear = Causes(text, Document("Luật", "Luật Đất đai 2013", null));

        Assert.Equal(0, found.Numbered + found.Unnumbered);
        Assert.Equal(1, otherYear.Numbered);
    }
}
