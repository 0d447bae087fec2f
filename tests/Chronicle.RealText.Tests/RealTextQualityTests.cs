using System.Globalization;
using Xunit.Abstractions;

namespace Chronicle.RealText.Tests;

/// <summary>
/// The extractor and the dating on real news: ../shared/eval/dev-real, 45 articles annotated by
/// people who never saw the extractor. A third of them is never tuned on and is printed first.
/// The aim is 0.95 everywhere; each figure is held at the best reached so far (a ratchet: raise
/// it with every gain, never lower it). Without ../shared the tests are skipped, never passed.
/// </summary>
public sealed class RealTextQualityTests(ITestOutputHelper output)
{
    private const double Aim = 0.95;

    /// <summary>Best figures reached over all 45 articles: never lower these.</summary>
    private static class Reached
    {
        public const double RoleRecall = 0.937;
        public const double RolePrecision = 0.973;
        public const double RoleDatedRecall = 0.930;
        public const double EventRecall = 0.932;
        public const double EventPrecision = 0.948;
        public const double EventDatedRecall = 0.932;
        public const double DocumentRecall = 0.954;
        public const double DocumentPrecision = 0.913;
    }

    private static readonly Lazy<(IReadOnlyList<RealArticle> Articles, IReadOnlyList<RealArticleScore> Scores, IReadOnlyList<RoleMisses> Misses, IReadOnlyList<RoleDateMisses> DateMisses, IReadOnlyList<EventMisses> EventMisses, IReadOnlyList<EventMissCauses> EventMissCauses, IReadOnlyList<DocumentMisses> DocumentMisses)?> Scored = new(() =>
    {
        if (DevReal.Folder is not { } folder)
            return null;
        var articles = DevReal.Articles(folder);
        var gold = DevReal.Gold(folder);
        var readings = articles.Select(ArticleReading.Of).ToList();
        return (articles,
            readings.Select(r => RealTextScoring.Score(r, gold)).ToList(),
            readings.Select(r => RealTextScoring.MissCauses(r, gold)).ToList(),
            readings.Select(r => RealTextScoring.DateCauses(r, gold)).ToList(),
            readings.Select(r => RealTextScoring.EventCauses(r, gold)).ToList(),
            readings.Select(r => RealTextScoring.EventMissCausesOf(r, gold)).ToList(),
            readings.Select(r => RealTextScoring.DocumentCausesOf(r, gold)).ToList());
    });

    [SkippableFact]
    public void Untouched_articles_are_scored_before_anything_else()
    {
        var (articles, scores, misses, dateMisses, eventMisses, eventMissCauses, documentMisses) = Load();
        var untouched = articles.Where(a => a.IsUntouched).Select(a => a.Id).ToHashSet();
        Print(output, "untouched", scores.Where(s => untouched.Contains(s.Article)).ToList(), details: false);
        // Only counts of the causes: the untouched articles are never read fact by fact.
        output.WriteLine($"untouched role misses: {RoleMisses.Sum(misses.Where((_, i) => articles[i].IsUntouched))}");
        output.WriteLine($"tuning role misses:    {RoleMisses.Sum(misses.Where((_, i) => !articles[i].IsUntouched))}");
        output.WriteLine($"untouched roles dated wrong: {RoleDateMisses.Sum(dateMisses.Where((_, i) => articles[i].IsUntouched))}");
        output.WriteLine($"tuning roles dated wrong:    {RoleDateMisses.Sum(dateMisses.Where((_, i) => !articles[i].IsUntouched))}");
        output.WriteLine($"untouched events: {EventMisses.Sum(eventMisses.Where((_, i) => articles[i].IsUntouched))}");
        output.WriteLine($"tuning events:    {EventMisses.Sum(eventMisses.Where((_, i) => !articles[i].IsUntouched))}");
        output.WriteLine($"untouched event misses: {EventMissCauses.Sum(eventMissCauses.Where((_, i) => articles[i].IsUntouched))}");
        output.WriteLine($"tuning event misses:    {EventMissCauses.Sum(eventMissCauses.Where((_, i) => !articles[i].IsUntouched))}");
        output.WriteLine($"untouched documents: {DocumentMisses.Sum(documentMisses.Where((_, i) => articles[i].IsUntouched))}");
        output.WriteLine($"tuning documents:    {DocumentMisses.Sum(documentMisses.Where((_, i) => !articles[i].IsUntouched))}");
        Assert.Equal(15, untouched.Count);

        // Four untouched articles are also in the third corpus sample, whose misses are printed in full:
        // the figure of the others is the one no rule can have been written from.
        var printedElsewhere = CorpusSample.TuningSampleUrls();
        var neverPrinted = articles.Where(a => a.IsUntouched && !printedElsewhere.Contains(a.Url)).Select(a => a.Id).ToHashSet();
        Print(output, "untouched, never printed in a sample", scores.Where(s => neverPrinted.Contains(s.Article)).ToList(), details: false);
    }

    [SkippableFact]
    public void Real_articles_meet_the_figures_reached_so_far()
    {
        var (articles, scores, _, _, _, _, _) = Load();
        var untouched = articles.Where(a => a.IsUntouched).Select(a => a.Id).ToHashSet();
        Print(output, "tuning", scores.Where(s => !untouched.Contains(s.Article)).ToList(), details: true);
        var all = Print(output, "all 45", scores, details: false);

        Check("role recall", all.Roles.Recall, Reached.RoleRecall);
        Check("role precision", all.Roles.Precision, Reached.RolePrecision);
        Check("role recall with date and aspect", all.Roles.StrictRecall, Reached.RoleDatedRecall);
        Check("event recall", all.Events.Recall, Reached.EventRecall);
        Check("event precision", all.Events.Precision, Reached.EventPrecision);
        Check("event recall with date", all.Events.StrictRecall, Reached.EventDatedRecall);
        Check("legal document recall", all.Documents.Recall, Reached.DocumentRecall);
        Check("legal document precision", all.Documents.Precision, Reached.DocumentPrecision);
    }

    private (IReadOnlyList<RealArticle> Articles, IReadOnlyList<RealArticleScore> Scores, IReadOnlyList<RoleMisses> Misses, IReadOnlyList<RoleDateMisses> DateMisses, IReadOnlyList<EventMisses> EventMisses, IReadOnlyList<EventMissCauses> EventMissCauses, IReadOnlyList<DocumentMisses> DocumentMisses) Load()
    {
        Skip.If(Scored.Value is null, "../shared/eval/dev-real is not beside the checkout: real-text quality not measured.");
        return Scored.Value!.Value;
    }

    private void Check(string what, double figure, double reached)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {figure:0.000} (held at {reached:0.000}, aim {Aim:0.00})"));
        Assert.True(figure >= reached, string.Create(CultureInfo.InvariantCulture, $"{what} fell to {figure:0.000}, below the {reached:0.000} reached before"));
    }

    /// <summary>The causes of misses over a set of readings, as counts only (safe for sets that are never read fact by fact).</summary>
    internal static void PrintCauses(ITestOutputHelper output, string prefix, IReadOnlyList<ArticleReading> readings, IReadOnlyList<GoldFact> gold)
    {
        output.WriteLine($"{prefix}role misses: {RoleMisses.Sum(readings.Select(r => RealTextScoring.MissCauses(r, gold)))}");
        output.WriteLine($"{prefix}roles dated wrong: {RoleDateMisses.Sum(readings.Select(r => RealTextScoring.DateCauses(r, gold)))}");
        output.WriteLine($"{prefix}events: {EventMisses.Sum(readings.Select(r => RealTextScoring.EventCauses(r, gold)))}");
        output.WriteLine($"{prefix}event misses: {EventMissCauses.Sum(readings.Select(r => RealTextScoring.EventMissCausesOf(r, gold)))}");
        output.WriteLine($"{prefix}documents: {DocumentMisses.Sum(readings.Select(r => RealTextScoring.DocumentCausesOf(r, gold)))}");
    }

    internal static RealArticleScore Print(ITestOutputHelper output, string set, IReadOnlyList<RealArticleScore> scores, bool details)
    {
        var sum = new RealArticleScore(set,
            KindScore.Sum(scores.Select(s => s.Roles)),
            KindScore.Sum(scores.Select(s => s.Events)),
            KindScore.Sum(scores.Select(s => s.Documents)),
            scores.Sum(s => s.Nominations));
        output.WriteLine($"== {set}: {scores.Count} articles");
        output.WriteLine($"roles      {sum.Roles}");
        output.WriteLine($"events     {sum.Events}");
        output.WriteLine($"documents  {sum.Documents}");
        output.WriteLine($"nominee readings kept: {sum.Nominations}");
        if (details)
        {
            foreach (var (kind, score) in new[] { ("role", sum.Roles), ("event", sum.Events), ("document", sum.Documents) })
            {
                foreach (var line in score.Missed)
                    output.WriteLine($"  missed {kind}: {line}");
                foreach (var line in score.Wrong)
                    output.WriteLine($"  wrong date {kind}: {line}");
                foreach (var line in score.Extra)
                    output.WriteLine($"  extra {kind}: {line}");
            }
        }
        output.WriteLine("");
        return sum;
    }
}
