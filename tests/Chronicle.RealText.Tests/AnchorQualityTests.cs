using System.Globalization;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;
using Xunit.Abstractions;

namespace Chronicle.RealText.Tests;

/// <summary>
/// How often the anchor's year can be known without a publication date: each real article is
/// resolved from its text and address alone, then from its text alone, and the year compared with
/// the year the corpus filed it under. The untouched third is printed first, as figures only.
/// </summary>
public sealed class AnchorQualityTests(ITestOutputHelper output)
{
    /// <summary>Best counts reached over all 45 articles: never lower these.</summary>
    private static class Reached
    {
        public const int RightYearFromTextAndAddress = 26;
        public const int RightYearFromTextAlone = 19;
    }

    /// <summary>Best counts reached on the team-annotated corpus sample (40 articles): never lower these.</summary>
    private static class ReachedOnSample
    {
        public const int RightYearFromTextAndAddress = 25;
        public const int RightYearFromTextAlone = 13;
        public const int MostWrongYears = 4;
    }

    /// <summary>A wrong year is worse than none: at most this many over all 45, in either setting.</summary>
    private const int MostWrongYears = 1;

    private sealed record Outcome(string Article, bool Untouched, AnchorDate WithAddress, AnchorDate TextOnly, int? ExpectedYear);

    private sealed record Tally(int Articles, int Right, int Wrong, int Undated)
    {
        public static Tally Of(IEnumerable<(AnchorDate Anchor, int? Expected)> anchors)
        {
            int count = 0, right = 0, wrong = 0, undated = 0;
            foreach (var (anchor, expected) in anchors)
            {
                count++;
                if (anchor.Year is null)
                    undated++;
                else if (anchor.Year == expected)
                    right++;
                else
                    wrong++;
            }
            return new Tally(count, right, wrong, undated);
        }

        public override string ToString() => $"{Articles,2} articles: right year {Right,2}  wrong year {Wrong,2}  undated {Undated,2}";
    }

    [SkippableFact]
    public void Anchor_years_known_without_a_publication_date()
    {
        Skip.If(DevReal.Folder is null, "../shared/eval/dev-real is not beside the checkout: anchor years not measured.");
        var outcomes = DevReal.Articles(DevReal.Folder!).Select(Resolve).ToList();

        var untouched = outcomes.Where(o => o.Untouched).ToList();
        var tuning = outcomes.Where(o => !o.Untouched).ToList();
        output.WriteLine("== untouched");
        PrintFigures(untouched);
        output.WriteLine("== tuning");
        PrintFigures(tuning);
        foreach (var outcome in tuning)
        {
            output.WriteLine($"  {outcome.Article} expected {outcome.ExpectedYear}: address+text {Describe(outcome.WithAddress)}");
            output.WriteLine($"  {outcome.Article} expected {outcome.ExpectedYear}: text only    {Describe(outcome.TextOnly)}");
        }
        output.WriteLine("== all 45");
        var (withAddress, textOnly) = PrintFigures(outcomes);

        Assert.True(withAddress.Right >= Reached.RightYearFromTextAndAddress,
            $"right years from text and address fell to {withAddress.Right}, below the {Reached.RightYearFromTextAndAddress} reached before");
        Assert.True(textOnly.Right >= Reached.RightYearFromTextAlone,
            $"right years from the text alone fell to {textOnly.Right}, below the {Reached.RightYearFromTextAlone} reached before");
        Assert.True(withAddress.Wrong <= MostWrongYears && textOnly.Wrong <= MostWrongYears,
            $"wrong years: {withAddress.Wrong} with the address, {textOnly.Wrong} from the text alone; at most {MostWrongYears} allowed");
    }

    [SkippableFact]
    public void Anchor_years_of_the_corpus_sample_known_without_a_publication_date()
    {
        var sample = CorpusSample.Load();
        Skip.If(sample is null, "../shared/corpus or the sample's gold is missing: anchor years of the sample not measured.");
        var outcomes = sample.Value.Articles.Select(Resolve).ToList();

        output.WriteLine("== corpus sample (tuning)");
        var (withAddress, textOnly) = PrintFigures(outcomes);
        foreach (var outcome in outcomes.Where(o => o.TextOnly.Year != o.ExpectedYear))
        {
            output.WriteLine($"  {outcome.Article} expected {outcome.ExpectedYear}: address+text {Describe(outcome.WithAddress)}");
            output.WriteLine($"  {outcome.Article} expected {outcome.ExpectedYear}: text only    {Describe(outcome.TextOnly)}");
        }

        Assert.True(withAddress.Right >= ReachedOnSample.RightYearFromTextAndAddress,
            $"right years from text and address fell to {withAddress.Right}, below the {ReachedOnSample.RightYearFromTextAndAddress} reached before");
        Assert.True(textOnly.Right >= ReachedOnSample.RightYearFromTextAlone,
            $"right years from the text alone fell to {textOnly.Right}, below the {ReachedOnSample.RightYearFromTextAlone} reached before");
        Assert.True(withAddress.Wrong <= ReachedOnSample.MostWrongYears && textOnly.Wrong <= ReachedOnSample.MostWrongYears,
            $"wrong years: {withAddress.Wrong} with the address, {textOnly.Wrong} from the text alone; at most {ReachedOnSample.MostWrongYears} allowed");
    }

    [SkippableFact]
    public void Anchor_years_of_the_corpus_holdout_in_totals_only()
    {
        var holdout = CorpusSample.LoadHoldout();
        Skip.If(holdout is null, "../shared/corpus or the hold-out's gold is missing: anchor years of the hold-out not measured.");
        var outcomes = holdout.Value.Articles.Select(Resolve).ToList();

        // Totals only: the hold-out is never read article by article.
        output.WriteLine("== corpus hold-out");
        PrintFigures(outcomes);
        Assert.All(outcomes, outcome => Assert.NotNull(outcome.ExpectedYear));
    }

    private static Outcome Resolve(RealArticle article)
    {
        // As ingestion does: the page's date line, kept aside by cleaning, stands in for a publication date.
        var extracted = ArticleExtractor.FromText(article.Text);
        var cleanText = extracted.CleanText;
        int? expected = article.CorpusDate is { } filed
            ? DateOnly.ParseExact(filed, "yyyy-MM-dd", CultureInfo.InvariantCulture).Year
            : null;
        return new Outcome(article.Id, article.IsUntouched,
            AnchorDateResolver.Resolve(cleanText, publishedAt: null, url: article.Url, dateLine: extracted.DateLine),
            AnchorDateResolver.Resolve(cleanText, publishedAt: null, dateLine: extracted.DateLine),
            expected);
    }

    private (Tally WithAddress, Tally TextOnly) PrintFigures(IReadOnlyList<Outcome> outcomes)
    {
        var withAddress = Tally.Of(outcomes.Select(o => (o.WithAddress, o.ExpectedYear)));
        var textOnly = Tally.Of(outcomes.Select(o => (o.TextOnly, o.ExpectedYear)));
        output.WriteLine($"text and address  {withAddress}");
        output.WriteLine($"text alone        {textOnly}");
        return (withAddress, textOnly);
    }

    private static string Describe(AnchorDate anchor) =>
        $"{anchor.ToIso() ?? "undated"} [{anchor.Basis}; {string.Join(",", anchor.CandidateYears)}] {anchor.Reason}";
}
