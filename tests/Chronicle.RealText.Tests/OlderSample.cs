using System.Text.Json;

namespace Chronicle.RealText.Tests;

/// <summary>
/// Older news, a set no one has tuned on: articles of 2014–2016 from a public crawl of Vietnamese
/// outlets (nguyenvulebinh/vietnam-news, commit a918cb1: one JSON file per article, with its title and
/// text), drawn at random among its news, world and law sections, with facts read by hand without the
/// extractor (Data/older-sample.json; facts only, each article named by its file in that repository).
/// Every other set is of 2024–25: this one tells how the rules fare on the posts, names and bodies of
/// ten years before. A second draw from the same crawl, outside those forty and wider in its sections
/// (business, education, culture as well), is a tuning set (Data/older-tuning.json, ids P01…): the rules for
/// news of that decade are written from it, never from the forty. Both are measured where
/// CHRONICLE_OLDER_NEWS names a checkout of the crawl (the folder holding 'data-train'), skipped elsewhere.
/// </summary>
public static class OlderSample
{
    public static string GoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "older-sample.json");

    public static string TuningGoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "older-tuning.json");

    /// <summary>
    /// Forty more articles of the crawl, drawn outside both sets above and read by hand the same way: a second tuning
    /// set of that decade, whose first figure was printed before any rule was written from it.
    /// </summary>
    public static string SecondTuningGoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "older-tuning2.json");

    /// <summary>The untouched articles (ids O01…) and their gold facts, or null when the checkout or the gold file is missing.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? Load() => Load(GoldFile, "O");

    /// <summary>The tuning articles (ids P01…) and their gold facts, or null when the checkout or the gold file is missing.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadTuning() => Load(TuningGoldFile, "P");

    /// <summary>The second tuning set's articles (ids Q01…) and their gold facts, or null as <see cref="LoadTuning"/>.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadSecondTuning() => Load(SecondTuningGoldFile, "Q");

    private static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? Load(string goldFile, string idPrefix) =>
        Environment.GetEnvironmentVariable("CHRONICLE_OLDER_NEWS") is { Length: > 0 } checkout
        && Directory.Exists(Path.Combine(checkout, "data-train")) && File.Exists(goldFile)
            ? HandReadSample.Load(goldFile, checkout, idPrefix, "file", ArticleText)
            : null;

    /// <summary>The article as a reader pasting it would give it: its headline, then its text.</summary>
    public static string ArticleText(string crawled)
    {
        using var article = JsonDocument.Parse(crawled);
        var title = DevReal.String(article.RootElement, "title") ?? "";
        var content = DevReal.String(article.RootElement, "content") ?? "";
        return $"{title.Trim()}\n\n{content.Trim()}".Trim();
    }
}
