using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// Agreements signed in the plural and in lower case ('ký kết các thỏa thuận hợp tác với …') name no one document;
/// one agreement signed on a day ('ký một thỏa thuận an ninh …') or a treaty written with its capitals still is one.
/// </summary>
public sealed class SeveralUnnamedAgreementsTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text, AnchorDate? anchor = null) =>
        ArticleAnalyzer.Analyze("", text, anchor).LegalDocuments;

    [Fact]
    public void Several_agreements_in_lower_case_are_no_document()
    {
        var read = Read("Ngày 14/9, Bộ trưởng Nguyễn Văn Hòa sang thăm Indonesia và ký kết các thỏa thuận hợp tác với người đồng cấp.", Anchor(2025, 9, 20));
        Assert.DoesNotContain(read, d => d.Kind == "Thỏa thuận");
    }

    [Fact]
    public void One_agreement_signed_on_a_day_is_still_read()
    {
        var read = Read("Ngày 14/9, Thủ tướng hai nước đã ký một thỏa thuận an ninh song phương tại Jakarta.", Anchor(2025, 9, 20));
        var agreement = Assert.Single(read, d => d.Kind == "Thỏa thuận");
        Assert.Equal("2025-09-14", agreement.Issued?.Iso);
    }

    [Fact]
    public void Treaties_named_with_their_capitals_in_the_plural_are_still_read()
    {
        var read = Read("Ngày 14/9, hai bên đã ký kết các Hiệp định về hợp tác hàng hải và nghề cá.", Anchor(2025, 9, 20));
        Assert.Contains(read, d => d.Kind == "Hiệp định");
    }
}
