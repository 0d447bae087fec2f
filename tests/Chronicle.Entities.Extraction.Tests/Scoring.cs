using System.Globalization;
using Chronicle.Entities.Extraction;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>Counts for one category, with the items a developer needs to look at.</summary>
/// <param name="Correct">Predicted items that are right; with one-to-one matching it also counts the gold items found.</param>
public sealed record Score(int Gold, int Predicted, int Correct, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra)
{
    // Nothing predicted (or nothing to find) is not an error in that direction.
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)(Gold - Missed.Count) / Gold;

    public string PR => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000}");

    public static Score Sum(IEnumerable<Score> scores)
    {
        var list = scores.ToList();
        return new Score(
            list.Sum(s => s.Gold),
            list.Sum(s => s.Predicted),
            list.Sum(s => s.Correct),
            list.SelectMany(s => s.Missed).ToList(),
            list.SelectMany(s => s.Extra).ToList());
    }
}

/// <summary>The scores of one dev-set article.</summary>
public sealed record ArticleScore(string FileName, Score Persons, Score Positions, Score Pairs);

public static class Scoring
{
    public static ArticleScore Score(DevSetArticle article)
    {
        var result = ArticleAnalyzer.Analyze(article.Title, article.CleanText);
        var goldPersons = article.Mentions.Where(m => m.Kind == GoldKind.Person).ToList();
        var goldPositions = article.Mentions.Where(m => m.Kind == GoldKind.Position).ToList();

        // A bare title referring back to its holder ('Thường trực Ban Bí thư đề nghị…') is gold as a
        // position; the extractor may also report it as that person, which is neither right nor wrong here.
        var predictedPersons = result.Mentions
            .Where(m => m.Type == EntityTypes.Person)
            .Where(m => !goldPositions.Any(g => Overlaps(g.Span, m.Span)));
        var persons = MatchMentions(article.CleanText, goldPersons, predictedPersons,
            (p, g) => RoleKeys.Person(p.CanonicalName) == RoleKeys.Person(g.Canonical));

        var predictedPositions = result.Mentions.Where(m => m.Type == EntityTypes.Position);
        var positions = MatchMentions(article.CleanText, goldPositions, predictedPositions,
            // By canonical title only: a bare 'Bộ trưởng' is right only when it names the same ministry.
            (p, g) => RoleKeys.Role(p.CanonicalName) == RoleKeys.Role(g.Canonical));

        var goldPairs = article.Pairs.Select(p => (Key: (RoleKeys.Person(p.Person), RoleKeys.Role(p.Role), p.Qualifier), Shown: Show(p.Person, p.Role, p.Qualifier)));
        var predictedPairs = result.Roles.Select(r => (Key: (RoleKeys.Person(r.PersonName), RoleKeys.Role(r.Role), r.Qualifier), Shown: Show(r.PersonName, r.Role, r.Qualifier)));
        var pairs = MatchSets(goldPairs, predictedPairs, _ => true);

        return new ArticleScore(article.FileName, persons, positions, pairs);
    }

    /// <summary>
    /// Pairs compared as sets. Only predicted pairs passing <paramref name="judged"/> count (for gold that
    /// covers some people only); they are right when the gold set holds the same key.
    /// </summary>
    public static Score MatchSets<TKey>(
        IEnumerable<(TKey Key, string Shown)> gold,
        IEnumerable<(TKey Key, string Shown)> predicted,
        Func<TKey, bool> judged)
        where TKey : notnull
    {
        var goldByKey = Distinct(gold);
        var predictedByKey = Distinct(predicted.Where(p => judged(p.Key)));
        var missed = goldByKey.Where(g => !predictedByKey.ContainsKey(g.Key)).Select(g => g.Value).ToList();
        var extra = predictedByKey.Where(p => !goldByKey.ContainsKey(p.Key)).Select(p => p.Value).ToList();
        return new Score(goldByKey.Count, predictedByKey.Count, predictedByKey.Count - extra.Count, missed, extra);
    }

    public static string Show(string person, string role, string qualifier = "") =>
        qualifier.Length == 0 ? $"{person} | {role}" : $"{person} | {role} | {qualifier}";

    private static Dictionary<TKey, string> Distinct<TKey>(IEnumerable<(TKey Key, string Shown)> items)
        where TKey : notnull
    {
        var byKey = new Dictionary<TKey, string>();
        foreach (var (key, shown) in items)
            byKey.TryAdd(key, shown);
        return byKey;
    }

    /// <summary>
    /// A prediction is right when it overlaps a not-yet-matched gold mention that <paramref name="same"/>
    /// accepts; each gold mention is matched once, so a second prediction on it is an extra.
    /// </summary>
    private static Score MatchMentions(
        string text,
        IReadOnlyList<GoldMention> gold,
        IEnumerable<EntityMention> predicted,
        Func<EntityMention, GoldMention, bool> same)
    {
        // The same mention reported twice (same span, same name) is one prediction.
        var distinct = predicted
            .DistinctBy(m => (m.Span, m.CanonicalName))
            .OrderBy(m => m.Span.Start)
            .ThenBy(m => m.Span.End)
            .ToList();
        var matched = new bool[gold.Count];
        var extra = new List<string>();
        foreach (var mention in distinct)
        {
            var index = Enumerable.Range(0, gold.Count)
                .FirstOrDefault(i => !matched[i] && Overlaps(gold[i].Span, mention.Span) && same(mention, gold[i]), -1);
            if (index >= 0)
                matched[index] = true;
            else
                extra.Add(Describe(text, mention.Span, mention.CanonicalName, gold.FirstOrDefault(g => Overlaps(g.Span, mention.Span))));
        }
        var missed = gold.Where((_, i) => !matched[i]).Select(g => Describe(text, g.Span, g.Canonical, null)).ToList();
        return new Score(gold.Count, distinct.Count, distinct.Count - extra.Count, missed, extra);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>"'surface' → canonical (gold: …) in …context…", so an item can be found in the file.</summary>
    private static string Describe(string text, TextSpan span, string canonical, GoldMention? overlapped)
    {
        const int Around = 30;
        var from = Math.Max(0, span.Start - Around);
        var to = Math.Min(text.Length, span.End + Around);
        var context = (text[from..span.Start] + "⟦" + text[span.Start..span.End] + "⟧" + text[span.End..to]).Replace('\n', ' ');
        var gold = overlapped is null ? "" : $" (gold: {overlapped.Canonical})";
        return $"'{text[span.Start..span.End]}' → {canonical}{gold}   …{context}…";
    }
}
