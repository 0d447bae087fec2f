using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>
/// A page that opens with a day years before publication (a teaser, a career note) and reports,
/// further down, on a day of the publication week: the day near publication is the day reported.
/// </summary>
public sealed class LeadNearPublicationTests
{
    private const string Article =
        "Ngày 5/6/2019, ông Trần Văn Thử được bầu làm Chủ tịch Hội đồng quản trị của một tổng công ty...\n\n" +
        "Ông Trần Văn Thử được Bộ Chính trị điều động về làm Bí thư Tỉnh ủy Thử Nghiệm.\n\n" +
        "Chiều 12/9, tại thành phố tỉnh lỵ, Tỉnh ủy Thử Nghiệm tổ chức hội nghị công bố quyết định về công tác cán bộ.";

    [Fact]
    public void A_lead_of_the_publication_week_wins_over_a_day_years_before()
    {
        var anchor = AnchorDateResolver.Resolve(Article, new DateOnly(2024, 9, 12));

        Assert.Equal("2024-09-12", anchor.ToIso());
        Assert.True(anchor.FromText);
    }

    [Fact]
    public void Without_a_lead_near_publication_the_written_day_stands()
    {
        var alone = Article[..Article.LastIndexOf("\n\n", StringComparison.Ordinal)];

        var anchor = AnchorDateResolver.Resolve(alone, new DateOnly(2024, 9, 12));

        Assert.Equal("2019-06-05", anchor.ToIso());
    }
}
