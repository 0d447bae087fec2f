using Xunit.Abstractions;

namespace Chronicle.RealText.Tests;

/// <summary>
/// The fresh samples (<see cref="FreshSample"/>): printed as totals and cause counts only, like the
/// corpus hold-out, and without a ratchet, so that they stay sets no rule is written from.
/// </summary>
public sealed class FreshSampleTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Fresh_sample_is_scored_in_totals_only() =>
        MeasureInTotals("fresh sample", "fresh ", FreshSample.Load());

    [SkippableFact]
    public void Second_fresh_sample_is_scored_in_totals_only() =>
        MeasureInTotals("second fresh sample", "second fresh ", FreshSample.LoadSecond());

    private void MeasureInTotals(string set, string causesPrefix, (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? sample)
    {
        Skip.If(sample is null, $"CHRONICLE_TRENDS_POSTS names no checkout of the corpus's source repository, or the gold file is missing: the {set} is not measured.");
        var (articles, gold) = sample!.Value;
        var readings = articles.Select(ArticleReading.Of).ToList();
        RealTextQualityTests.Print(output, set, readings.Select(r => RealTextScoring.Score(r, gold)).ToList(), details: false);
        RealTextQualityTests.PrintCauses(output, causesPrefix, readings, gold);
        Assert.NotEmpty(gold);
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Text), $"{a.Id} has no text"));
    }

    [Fact]
    public void Post_text_keeps_the_article_without_front_matter_pictures_or_link_targets()
    {
        const string post = """
            ---
            layout: post
            title: "[Hội nghị] Tỉnh họp bàn kế hoạch"
            ---
            [Tỉnh họp bàn kế hoạch năm mới](https://example.vn/tinh-hop-ban.htm)

            ![Ảnh hội nghị](https://example.vn/anh.jpg)

            Sáng 3/2, [Ủy ban nhân dân tỉnh](https://example.vn/ubnd) họp bàn kế hoạch năm mới.
            """;

        Assert.Equal("Sáng 3/2, Ủy ban nhân dân tỉnh họp bàn kế hoạch năm mới.", FreshSample.PostText(post));
    }
}
