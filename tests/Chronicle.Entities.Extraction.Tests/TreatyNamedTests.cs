using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A treaty, a convention or an agreement called by its name, with no number: the name stands for the number, a year
/// written right after it or a signing in its clause dates it, and each is read once. A kind without a name, several of
/// a kind, a body named after a treaty and an agreement in lower case are left alone.
/// </summary>
public sealed class TreatyNamedTests
{
    private static AnchorDate Anchor(int year, int month, int day) =>
        new(year, month, day, DateGranularity.Day, YearBasis.Publication, [], "publication date", null);

    private static IReadOnlyList<LegalDocumentMention> Read(string text) =>
        ArticleAnalyzer.Analyze("", text, Anchor(2016, 11, 20)).LegalDocuments;

    [Fact]
    public void A_trade_pact_named_with_its_short_form_is_one_undated_treaty()
    {
        var treaty = Assert.Single(Read(
            "Các nhà xuất khẩu thủy sản lo ngại khi Mỹ có thể rút khỏi Hiệp định Đối tác xuyên Thái Bình Dương (TPP). "
            + "Nếu Hiệp định Đối tác xuyên Thái Bình Dương bị bỏ, thị trường sẽ chững lại."));
        Assert.Equal("Hiệp định", treaty.Kind);
        Assert.StartsWith("Đối tác xuyên Thái Bình Dương", treaty.Number, StringComparison.Ordinal);
        Assert.Null(treaty.Issued);
    }

    [Fact]
    public void A_convention_with_its_year_after_the_name_is_dated_to_that_year()
    {
        var convention = Assert.Single(Read("Hai bên nhất trí giải quyết bất đồng trên cơ sở Công ước Liên hợp quốc về Luật Biển năm 1982."));
        Assert.Equal("Công ước", convention.Kind);
        Assert.Equal("1982", convention.Issued?.Iso);
        Assert.DoesNotContain("1982", convention.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void A_treaty_signed_on_a_written_day_takes_that_day()
    {
        var treaty = Assert.Single(Read("Hiệp định Thương mại tự do Việt Nam – Chile (VCFTA) được ký ở Đà Nẵng vào ngày 11/11/2011, mở ra thị trường mới cho nông sản."));
        Assert.Equal("Hiệp định", treaty.Kind);
        Assert.Equal("2011-11-11", treaty.Issued?.Iso);
    }

    [Fact]
    public void A_treaty_named_in_lower_case_before_a_proper_name_is_read_with_its_month()
    {
        var treaty = Assert.Single(Read("Sau hiệp định Genève (tháng 7/1954), nhiều gia đình ở Vĩnh Linh phải sống cách xa nhau."));
        Assert.Equal("Hiệp định", treaty.Kind);
        Assert.Equal("1954-07", treaty.Issued?.Iso);
    }

    [Theory]
    [InlineData("Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) tăng quân ở sườn phía đông.")]
    [InlineData("Hiệp định này giúp hàng dệt may vào thị trường châu Âu dễ hơn.")]
    [InlineData("Nhiều doanh nghiệp chưa tận dụng được các Hiệp định thương mại tự do (FTA) mà Việt Nam tham gia.")]
    [InlineData("Sau nhiều giờ đàm phán, hai bên đạt thỏa thuận Mỹ giảm thuế với hàng hóa nông sản.")]
    [InlineData("Hai nước cam kết sớm đàm phán một hiệp định thương mại song phương.")]
    public void A_kind_without_a_treaty_s_name_is_no_document(string sentence) =>
        Assert.Empty(Read(sentence));
}
