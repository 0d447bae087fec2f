using Xunit.Abstractions;

namespace Chronicle.RealText.Tests;

/// <summary>
/// The sets of real news no rule is written from, beside the corpus hold-out and the untouched dev-real
/// articles: the fresh samples of the wider feed (<see cref="FreshSample"/>) and the older news
/// (<see cref="OlderSample"/>). Printed as totals and cause counts only, and without a ratchet.
/// </summary>
public sealed class UntouchedSampleTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Fresh_sample_is_scored_in_totals_only() =>
        MeasureInTotals("fresh sample", "fresh ", FreshSample.Load());

    [SkippableFact]
    public void Second_fresh_sample_is_scored_in_totals_only() =>
        MeasureInTotals("second fresh sample", "second fresh ", FreshSample.LoadSecond());

    [SkippableFact]
    public void Older_news_sample_is_scored_in_totals_only() =>
        MeasureInTotals("older news sample", "older ", OlderSample.Load(),
            "CHRONICLE_OLDER_NEWS names no checkout of the older news crawl");

    private void MeasureInTotals(string set, string causesPrefix, (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? sample,
        string whereFrom = "CHRONICLE_TRENDS_POSTS names no checkout of the corpus's source repository")
    {
        Skip.If(sample is null, $"{whereFrom}, or the gold file is missing: the {set} is not measured.");
        var (articles, gold) = sample!.Value;
        var readings = articles.Select(ArticleReading.Of).ToList();
        RealTextQualityTests.Print(output, set, readings.Select(r => RealTextScoring.Score(r, gold)).ToList(), details: false);
        RealTextQualityTests.PrintCauses(output, causesPrefix, readings, gold);
        Assert.NotEmpty(gold);
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Text), $"{a.Id} has no text"));
    }

    [Fact]
    public void Older_article_text_is_its_headline_then_its_text()
    {
        const string crawled = """{"url": "http://example.vn/tin-tuc/a-1.html", "title": " Tỉnh họp bàn kế hoạch ", "content": "\nSáng 3/2, tỉnh họp bàn kế hoạch năm mới.\n"}""";

        Assert.Equal("Tỉnh họp bàn kế hoạch\n\nSáng 3/2, tỉnh họp bàn kế hoạch năm mới.", OlderSample.ArticleText(crawled));
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
