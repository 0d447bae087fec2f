using System.Globalization;
using System.Text;
using Chronicle.Text;
using Chronicle.Text.Articles;

namespace Chronicle.Text.ReaderBench;

/// <summary>
/// Trains <see cref="ParagraphClassifier"/>'s boosted trees on the TUNING pages of a snippet-labelled
/// set (never the untouched third): a paragraph that holds a 'with' snippet (or lies inside one) is
/// content, one that holds a 'without' snippet boilerplate, the rest unlabelled. The depth and number
/// of trees, the threshold and the largest share of a text that may go are chosen by five-fold cross-validation
/// over the tuning pages, on the page score itself (mean snippet F1 with each held-out fold's
/// paragraphs dropped by a model trained on the other folds). Writes the model as C# constants.
/// </summary>
internal static class ParagraphTrainer
{
    private sealed record PageRows(LabelledPage Page, string[] Paragraphs, double[][] Features, int[] Labels, int Fold, ExtractedArticle Article)
    {
        /// <summary>Labelled rows of the page's other blocks (or of the other readers' texts), for training only.</summary>
        public List<(int Label, double[] Features)> Extra { get; } = [];
    }

    /// <summary>Whether the other readers' texts add training rows.</summary>
    public static bool UseOtherReaders { get; set; }

    /// <summary>Whether the trees learn from every block of the page (features taken among the page's blocks) rather than the text's paragraphs.</summary>
    public static bool UsePageBlocks { get; set; }

    private const int Folds = 5;

    public static void Train(IEnumerable<LabelledPage> tuningPages, string output)
    {
        var pages = new List<PageRows>();
        foreach (var page in tuningPages.Where(p => p.IsHtml && p.GoldText is null))
        {
            var article = page.Read(HtmlMainTextReader.Default);
            var ownText = page.Read(HtmlMainTextReader.Own).CleanText;
            var paragraphs = article.Language == "vi" || article.MainTextFallback || article.CleanText.Length == 0 ? [] : article.CleanText.Split("\n\n");
            var features = paragraphs.Length == 0 ? [] : ParagraphClassifier.Features(paragraphs, VietnameseText.Normalize(page.Content), article.Title, ownText);
            var labels = paragraphs.Select(p => Label(p, page.With, page.Without)).ToArray();
            List<(int Label, double[] Features)> blockRows = [];
            if (UsePageBlocks && paragraphs.Length > 0)
            {
                // Every block of the page, its features among the page's blocks; the text's paragraphs
                // take the features of the block of the same text, and go untouched without one.
                var html = VietnameseText.Normalize(page.Content);
                var blocks = ParagraphClassifier.PageBlocks(html);
                var blockFeatures = blocks.Count == 0 ? [] : ParagraphClassifier.Features(blocks, html, article.Title, ownText, article.CleanText);
                var blockIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < blocks.Count; i++)
                    blockIndex.TryAdd(blocks[i], i);
                var used = new HashSet<int>();
                for (var i = 0; i < paragraphs.Length; i++)
                {
                    if (blockIndex.TryGetValue(paragraphs[i], out var at))
                    {
                        features[i] = blockFeatures[at];
                        used.Add(at);
                    }
                    else
                    {
                        features[i] = null!;
                        labels[i] = -1;
                    }
                }
                blockRows = blocks.Select((b, i) => (Label: used.Contains(i) ? -1 : Label(b, page.With, page.Without), Features: blockFeatures[i])).Where(r => r.Label >= 0).ToList();
            }
            var rowsOfPage = new PageRows(page, paragraphs, features, labels, (int)(Hash(page.Name + "/fold") % Folds), article);
            rowsOfPage.Extra.AddRange(blockRows);
            if (UseOtherReaders && paragraphs.Length > 0)
            {
                foreach (var reader in new[] { HtmlMainTextReader.Own, HtmlMainTextReader.Readability })
                {
                    var other = ArticleExtractor.FromHtml(page.Content, reader).CleanText.Split("\n\n").Where(p => p.Length > 0 && !paragraphs.Contains(p)).ToArray();
                    if (other.Length == 0)
                        continue;
                    var otherFeatures = ParagraphClassifier.Features(other, VietnameseText.Normalize(page.Content), article.Title, ownText);
                    rowsOfPage.Extra.AddRange(other.Select((p, i) => (Label(p, page.With, page.Without), otherFeatures[i])).Where(r => r.Item1 >= 0));
                }
            }
            pages.Add(rowsOfPage);
        }
        var rows = pages.SelectMany(p => p.Labels.Select((l, i) => (Label: l, Features: p.Features.Length == 0 ? null : p.Features[i]))).Where(r => r.Label >= 0).ToList();
        Console.WriteLine($"extra training rows (other readers or page blocks): {pages.Sum(p => p.Extra.Count)}, boilerplate {pages.Sum(p => p.Extra.Count(r => r.Label == 1))}");
        Console.WriteLine($"{pages.Count} tuning pages, {pages.Sum(p => p.Paragraphs.Length)} paragraphs, labelled {rows.Count}: boilerplate {rows.Count(r => r.Label == 1)}, content {rows.Count(r => r.Label == 0)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"no filter: page F1 {MeanF1(pages, _ => null, 1, 1):F4}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"labelled boilerplate dropped (the ceiling): page F1 {MeanF1(pages, p => p.Labels.Select(l => l == 1 ? 1.0 : 0).ToArray(), 0.5, 1):F4}"));
        var best = (F1: 0.0, Depth: 0, Rounds: 0, Threshold: 0.0, Share: 0.0);
        foreach (var depth in new[] { 1, 2, 3 })
        {
            foreach (var rounds in new[] { 50, 150 })
            {
                var outOfFold = new Dictionary<PageRows, double[]>();
                for (var fold = 0; fold < Folds; fold++)
                {
                    var trees = Boost(pages.Where(p => p.Fold != fold), depth, rounds);
                    foreach (var page in pages.Where(p => p.Fold == fold))
                        outOfFold[page] = page.Features.Select(f => f is null ? 0 : BoostedProbability(trees, f)).ToArray();
                }
                foreach (var threshold in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
                {
                    foreach (var share in new[] { 0.1, 0.2, 0.35 })
                    {
                        var f1 = MeanF1(pages, p => outOfFold[p], threshold, share);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  trees depth {depth} rounds {rounds} threshold {threshold:F2} share {share:F2}: page F1 {f1:F4}"));
                        // Ties go to the smaller share: the less a model may take, the less it can harm.
                        if (f1 > best.F1 + 1e-9)
                            best = (f1, depth, rounds, threshold, share);
                    }
                }
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best by cross-validation: depth {best.Depth} rounds {best.Rounds} threshold {best.Threshold} share {best.Share}: {best.F1:F4}"));
        var final = Boost(pages, best.Depth, best.Rounds);
        File.WriteAllText(output, Code(final, best.Depth, best.Rounds, best.Threshold, best.Share, best.F1));

        Console.WriteLine($"boosted trees, model written to {output}");
    }

    private static List<(int Label, double[] Features)> TrainingRows(IEnumerable<PageRows> pages) =>
        pages.SelectMany(p => p.Labels.Select((l, i) => (Label: l, Features: p.Features[i])).Where(r => r.Label >= 0).Concat(p.Extra)).ToList();

    /// <summary>1 boilerplate, 0 content, -1 unlabelled or both.</summary>
    private static int Label(string paragraph, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        var flat = Flat(paragraph);
        bool Holds(string snippet) => Flat(snippet) is var s && s.Length > 0 && (flat.Contains(s, StringComparison.Ordinal) || (flat.Length >= MinInside && s.Contains(flat, StringComparison.Ordinal)));
        var content = with.Any(Holds);
        var boilerplate = without.Any(Holds);
        return content == boilerplate ? -1 : boilerplate ? 1 : 0;
    }

    /// <summary>A paragraph this long or longer that lies inside a snippet takes its label.</summary>
    private const int MinInside = 15;

    private static string Flat(string text) => string.Join(' ', VietnameseText.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static double MeanF1(List<PageRows> pages, Func<PageRows, double[]?> probabilities, double threshold, double share) =>
        pages.Average(p =>
        {
            var text = p.Article.CleanText;
            if (p.Paragraphs.Length > 0 && probabilities(p) is { } probability)
                text = string.Join("\n\n", ParagraphClassifier.Keep(p.Paragraphs, probability, threshold, share));
            return Scoring.Snippets(p.Article with { CleanText = text }, p.Page.With, p.Page.Without).F1;
        });

    /// <summary>A regression tree: inner nodes split on a feature at a threshold (left when below), leaves hold log-odds.</summary>
    private sealed record Tree(int[] Feature, double[] Threshold, double[] Leaf, int Depth);

    private const double LearningRate = 0.1;

    private static double BoostedProbability((double Base, Tree[] Trees) model, double[] features)
    {
        var z = model.Base + model.Trees.Sum(tree => TreeValue(tree, features));
        return 1 / (1 + Math.Exp(-z));
    }

    private static double TreeValue(Tree tree, double[] features)
    {
        var node = 0;
        for (var level = 0; level < tree.Depth; level++)
            node = 2 * node + (features[tree.Feature[node]] < tree.Threshold[node] ? 1 : 2);
        return tree.Leaf[node - ((1 << tree.Depth) - 1)];
    }

    /// <summary>Gradient-boosted trees of the given depth for the logistic loss (Newton leaves, shrinkage 0.1).</summary>
    private static (double Base, Tree[] Trees) Boost(IEnumerable<PageRows> pages, int depth, int rounds)
    {
        var rows = TrainingRows(pages);
        var y = rows.Select(r => (double)r.Label).ToArray();
        var x = rows.Select(r => r.Features).ToArray();
        var mean = Math.Clamp(y.Average(), 1e-3, 1 - 1e-3);
        var baseScore = Math.Log(mean / (1 - mean));
        var score = Enumerable.Repeat(baseScore, y.Length).ToArray();
        var d = ParagraphClassifier.FeatureCount;
        // Candidate thresholds: midpoints between the distinct values (at most 16 quantiles) of each feature.
        var cuts = Enumerable.Range(0, d).Select(j =>
        {
            var values = x.Select(f => f[j]).Distinct().Order().ToArray();
            var picked = values.Length <= 17 ? values : Enumerable.Range(0, 17).Select(q => values[q * (values.Length - 1) / 16]).Distinct().ToArray();
            return picked.Zip(picked.Skip(1), (a, b) => (a + b) / 2).ToArray();
        }).ToArray();
        var trees = new List<Tree>();
        for (var round = 0; round < rounds; round++)
        {
            var p = score.Select(z => 1 / (1 + Math.Exp(-z))).ToArray();
            var g = y.Select((v, n) => v - p[n]).ToArray();
            var h = p.Select(v => Math.Max(1e-6, v * (1 - v))).ToArray();
            var nodes = (1 << depth) - 1;
            var feature = new int[nodes];
            var threshold = new double[nodes];
            var members = new List<int>[nodes + (1 << depth)];
            members[0] = Enumerable.Range(0, y.Length).ToList();
            for (var node = 0; node < nodes; node++)
            {
                var set = members[node];
                var (bestGain, bestFeature, bestCut) = (double.NegativeInfinity, 0, double.PositiveInfinity);
                var gAll = set.Sum(n => g[n]);
                var hAll = set.Sum(n => h[n]);
                for (var j = 0; j < d; j++)
                {
                    foreach (var cut in cuts[j])
                    {
                        double gl = 0, hl = 0;
                        foreach (var n in set)
                        {
                            if (x[n][j] < cut)
                            {
                                gl += g[n];
                                hl += h[n];
                            }
                        }
                        var gain = gl * gl / (hl + 1) + (gAll - gl) * (gAll - gl) / (hAll - hl + 1);
                        if (gain > bestGain)
                            (bestGain, bestFeature, bestCut) = (gain, j, cut);
                    }
                }
                feature[node] = bestFeature;
                threshold[node] = bestCut;
                members[2 * node + 1] = set.Where(n => x[n][bestFeature] < bestCut).ToList();
                members[2 * node + 2] = set.Where(n => x[n][bestFeature] >= bestCut).ToList();
            }
            var leaves = Enumerable.Range(nodes, 1 << depth).Select(node => LearningRate * members[node].Sum(n => g[n]) / (members[node].Sum(n => h[n]) + 1)).ToArray();
            var tree = new Tree(feature, threshold, leaves, depth);
            trees.Add(tree);
            for (var n = 0; n < y.Length; n++)
                score[n] += TreeValue(tree, x[n]);
        }
        return (baseScore, trees.ToArray());
    }

    private static string Code((double Base, Tree[] Trees) model, int depth, int rounds, double threshold, double share, double f1)
    {
        static string List<T>(IEnumerable<T> values) where T : IFormattable => string.Join(", ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        var code = new StringBuilder();
        code.AppendLine("namespace Chronicle.Text.Articles;");
        code.AppendLine();
        code.AppendLine("/// <summary>");
        code.AppendLine("/// The trees of <see cref=\"ParagraphClassifier\"/>, written by the bench's <c>--train</c> from the");
        code.AppendLine("/// tuning pages of the trafilatura set: gradient-boosted trees for the log-odds that a paragraph is boilerplate, each");
        code.AppendLine("/// tree's inner nodes in breadth-first order (left when the feature, in the order of");
        code.AppendLine("/// <see cref=\"ParagraphClassifier.FeatureNames\"/>, is below the threshold), then its leaves.");
        code.AppendLine(string.Create(CultureInfo.InvariantCulture, $"/// Chosen by five-fold cross-validation over those pages: depth {depth}, {rounds} trees, cross-validated page F1 {f1:F4}."));
        code.AppendLine("/// </summary>");
        code.AppendLine("internal static class ParagraphModel");
        code.AppendLine("{");
        code.AppendLine($"    public const int FeatureCount = {ParagraphClassifier.FeatureCount};");
        code.AppendLine($"    public const int Depth = {depth};");
        code.AppendLine();
        code.AppendLine("    /// <summary>Whether the trees weigh the paragraphs among all the page's blocks (trained on them) rather than among the text's.</summary>");
        code.AppendLine($"    public static readonly bool PageBlocks = {(UsePageBlocks ? "true" : "false")};");
        code.AppendLine(string.Create(CultureInfo.InvariantCulture, $"    public const double Base = {model.Base:R};"));
        code.AppendLine($"    public static readonly int[] Features = [{string.Join(", ", model.Trees.SelectMany(t => t.Feature))}];");
        code.AppendLine($"    public static readonly double[] Thresholds = [{List(model.Trees.SelectMany(t => t.Threshold))}];");
        code.AppendLine($"    public static readonly double[] Leaves = [{List(model.Trees.SelectMany(t => t.Leaf))}];");
        code.AppendLine();
        code.AppendLine("    /// <summary>A paragraph goes when the trees give it a higher probability of being boilerplate.</summary>");
        code.AppendLine(string.Create(CultureInfo.InvariantCulture, $"    public const double Threshold = {threshold:R};"));
        code.AppendLine();
        code.AppendLine("    /// <summary>The most of a text's words that may go: past it the trees misread the page and the text stays whole.</summary>");
        code.AppendLine(string.Create(CultureInfo.InvariantCulture, $"    public const double MaxDroppedShare = {share:R};"));
        code.AppendLine("}");
        return code.ToString();
    }

    private static uint Hash(string text)
    {
        var hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * 16777619;
        return hash;
    }
}
