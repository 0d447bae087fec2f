using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

public class TermRecognizerTests
{
    [Theory]
    [InlineData("Ban Chấp hành Trung ương khóa XIII", TermKind.PartyTerm, 13, 2021, 2026)]
    [InlineData("Ủy viên Trung ương khoá XII", TermKind.PartyTerm, 12, 2016, 2021)]
    [InlineData("Nghị quyết Đại hội XIII của Đảng", TermKind.PartyCongress, 13, 2021, 2026)]
    [InlineData("Đại hội Đảng lần thứ XIV", TermKind.PartyCongress, 14, 2026, 2031)]
    [InlineData("Đại hội đại biểu toàn quốc lần thứ XI", TermKind.PartyCongress, 11, 2011, 2016)]
    [InlineData("Quốc hội khóa XV", TermKind.NationalAssemblyTerm, 15, 2021, 2026)]
    [InlineData("nhiệm kỳ 2025-2030", TermKind.TermOfOffice, null, 2025, 2030)]
    [InlineData("nhiệm kỳ 2021 – 2026", TermKind.TermOfOffice, null, 2021, 2026)]
    public void Recognises_terms_and_their_years(string text, TermKind kind, int? number, int start, int end)
    {
        var term = Assert.Single(TermRecognizer.Find(text));
        Assert.Equal(kind, term.Kind);
        Assert.Equal(number, term.Number);
        Assert.Equal(start, term.StartYear);
        Assert.Equal(end, term.EndYear);
        Assert.Equal(term.Text, text.Substring(term.Start, term.Length));
    }

    [Theory]
    [InlineData("Đại hội thể thao")]
    [InlineData("khóa học kỹ năng")]
    [InlineData("nhiệm kỳ tới")]
    [InlineData("Đại hội IIII")]
    public void Ignores_what_is_not_a_term(string text) => Assert.Empty(TermRecognizer.Find(text));

    [Theory]
    [InlineData("XIII", 13)]
    [InlineData("XIV", 14)]
    [InlineData("IX", 9)]
    [InlineData("XL", 40)]
    public void Parses_roman_numerals(string numeral, int value) => Assert.Equal(value, TermRecognizer.ParseRoman(numeral));

    [Theory]
    [InlineData("VX")]
    [InlineData("ABC")]
    public void Rejects_malformed_numerals(string numeral) => Assert.Null(TermRecognizer.ParseRoman(numeral));

    [Fact]
    public void Congress_years_follow_the_party_calendar()
    {
        Assert.Equal((2011, 2016), TermRecognizer.PartyTermYears(11));
        Assert.Equal((1986, 1991), TermRecognizer.PartyTermYears(6));
        Assert.Equal((1976, 1982), TermRecognizer.PartyTermYears(4));
    }

    [Fact]
    public void Finds_several_terms_in_order()
    {
        var terms = TermRecognizer.Find("Từ đầu nhiệm kỳ Đại hội XIII tới giờ, Ban Chấp hành Trung ương khóa XIII và nhiệm kỳ 2021-2026.");
        Assert.Equal([TermKind.PartyCongress, TermKind.PartyTerm, TermKind.TermOfOffice], terms.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("sau Đại hội XX của Đảng Cộng sản Trung Quốc")]
    [InlineData("Đại hội XI Đảng Nhân dân Cách mạng Lào")]
    public void Ignores_congresses_of_foreign_parties(string text) => Assert.Empty(TermRecognizer.Find(text));

    [Fact]
    public void Keeps_a_congress_of_the_communist_party_of_viet_nam()
    {
        var term = Assert.Single(TermRecognizer.Find("Đại hội XIII của Đảng Cộng sản Việt Nam"));
        Assert.Equal(2021, term.StartYear);
    }
}
