using System.Text.RegularExpressions;

namespace Chronicle.RealText.Tests;

/// <summary>
/// A set no one has tuned on: forty articles of the public repository the corpus comes from
/// (nguyenvulebinh/trends, commit b4236fbd), chosen at random among its posts outside the 409 of
/// ../shared/corpus, with facts read by hand without the extractor (Data/fresh-sample.json; facts
/// only, each article named by its post's path). The texts are not in ../shared: the set is measured
/// where CHRONICLE_TRENDS_POSTS names a checkout of that repository (the folder holding '_posts'),
/// and skipped elsewhere.
/// </summary>
public static partial class FreshSample
{
    public static string GoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "fresh-sample.json");

    /// <summary>
    /// Forty more posts of the same repository, drawn the same way away from the fresh sample and the
    /// posts behind the untouched sets, read by hand the same way: a tuning set of the wider feed.
    /// </summary>
    public static string WiderGoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "wider-sample.json");

    /// <summary>
    /// Forty more posts drawn the same way, away from the fresh and wider samples, read by hand the same
    /// way after the wider sample had been tuned on: a second set no rule is written from.
    /// </summary>
    public static string SecondGoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "fresh-sample2.json");

    /// <summary>
    /// Forty more posts drawn away from every sample above among those citing at least two Party or state
    /// documents by kind and number, read by hand the same way: a tuning set weighted towards documents.
    /// </summary>
    public static string DocumentsGoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "documents-sample.json");

    /// <summary>
    /// Forty more posts drawn as the wider sample was, away from every sample above, read by hand the same way
    /// with events named in Vietnamese: a second tuning set of the wider feed, whose first figure was printed
    /// before any rule was written from it.
    /// </summary>
    public static string SecondWiderGoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "wider-sample2.json");

    /// <summary>
    /// Forty more posts drawn away from every sample above (at least 1,500 characters and three titled mentions, one
    /// post of a recurring topic), read by hand the same way by two readers: a third tuning set of the wider feed,
    /// whose first figure was printed before any rule was written from it.
    /// </summary>
    public static string ThirdWiderGoldFile => Path.Combine(AppContext.BaseDirectory, "Data", "wider-sample3.json");

    /// <summary>The articles and their gold facts, or null when the checkout or the gold file is missing.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? Load() => Load(GoldFile, "F");

    /// <summary>The second fresh sample's articles (ids G01…) and gold facts, or null as <see cref="Load()"/>.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadSecond() => Load(SecondGoldFile, "G");

    /// <summary>The wider sample's articles (ids W01…) and gold facts, or null as <see cref="Load()"/>.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadWider() => Load(WiderGoldFile, "W");

    /// <summary>The second wider sample's articles (ids Y01…) and gold facts, or null as <see cref="Load()"/>.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadSecondWider() => Load(SecondWiderGoldFile, "Y");

    /// <summary>The third wider sample's articles (ids Z01…) and gold facts, or null as <see cref="Load()"/>.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadThirdWider() => Load(ThirdWiderGoldFile, "Z");

    /// <summary>The documents sample's articles (ids D01…) and gold facts, or null as <see cref="Load()"/>.</summary>
    public static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? LoadDocuments() => Load(DocumentsGoldFile, "D");

    private static (IReadOnlyList<RealArticle> Articles, IReadOnlyList<GoldFact> Gold)? Load(string goldFile, string idPrefix) =>
        Environment.GetEnvironmentVariable("CHRONICLE_TRENDS_POSTS") is { Length: > 0 } checkout
        && Directory.Exists(Path.Combine(checkout, "_posts")) && File.Exists(goldFile)
            ? HandReadSample.Load(goldFile, checkout, idPrefix, "path", PostText)
            : null;

    /// <summary>
    /// The article as a reader pasting it would give it: the post without its front matter and the
    /// link line that opens it, pictures dropped and links reduced to their words.
    /// </summary>
    public static string PostText(string post)
    {
        var body = post.StartsWith("---", StringComparison.Ordinal) && post.IndexOf("\n---", 3, StringComparison.Ordinal) is var end and > 0
            ? post[(end + 4)..]
            : post;
        var link = OpeningLink().Match(body);
        if (link.Success)
            body = body[(link.Index + link.Length)..];
        return MarkdownLink().Replace(Picture().Replace(body, ""), "$1").Trim();
    }

    [GeneratedRegex(@"^\[.*?\]\(https?://[^)]+\)", RegexOptions.Multiline)]
    private static partial Regex OpeningLink();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Picture();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
