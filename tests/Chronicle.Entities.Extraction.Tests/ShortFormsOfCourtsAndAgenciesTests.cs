using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A foreign court or agency the article names once with its short form in brackets ('Tòa án … (XYZ)', 'Cơ quan
/// … (XYZ)') is that body in a later post written with the short form, as an association or a union is.
/// </summary>
public sealed class ShortFormsOfCourtsAndAgenciesTests
{
    private static List<string> Roles(string text) =>
        [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles.Select(r => $"{r.PersonName} | {r.Role}").Distinct()];

    [Fact]
    public void A_court_defined_by_its_short_form_is_named_in_full_in_a_later_post()
    {
        var roles = Roles("Tòa án Hình sự Quốc tế (ICC) đã mở cuộc điều tra mới. Người phát ngôn của ICC Karim Haddad cũng ra thông báo.");
        Assert.Contains("Karim Haddad | Người phát ngôn Tòa án Hình sự Quốc tế", roles);
    }

    [Fact]
    public void An_agency_defined_by_its_short_form_is_named_in_full_in_a_later_post()
    {
        var roles = Roles("Cơ quan Kiểm soát Hạt nhân Quốc gia (NNCA) đã gửi báo cáo. Giám đốc NNCA Henrik Lund nói rằng lò phản ứng vẫn an toàn.");
        Assert.Contains("Henrik Lund | Giám đốc Cơ quan Kiểm soát Hạt nhân Quốc gia", roles);
    }

    [Fact]
    public void A_court_the_article_names_without_its_short_form_leaves_the_short_form_as_written()
    {
        var roles = Roles("Tòa án Hình sự Quốc tế đã mở cuộc điều tra mới. Người phát ngôn của ICC Karim Haddad cũng ra thông báo.");
        Assert.Contains("Karim Haddad | Người phát ngôn ICC", roles);
    }
}
