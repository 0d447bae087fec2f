using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class LegalDocuments
{
    /// <summary>
    /// Acts whose kind is followed by what they do before their number: 'quyết định xử phạt hành chính số
    /// 41/QĐ-XPVPHC', 'Quyết định khởi tố vụ án số 27/QĐKTVA-PC45', 'Thông báo kết luận số 512/TB-VPCP'. The
    /// legal and readers' pages write penalties, prosecutions, appeals and rulings on complaints this way. Only a coded
    /// number is taken, and only a code that names the written kind or no kind at all: after such words a bare number
    /// is as often a count or a plot of land, and a code of another kind belongs to another act.
    /// </summary>
    private static IEnumerable<(string Kind, string Number, int Start, int End)> QualifiedCitations(string text)
    {
        foreach (Match match in QualifiedCitation().Matches(text))
        {
            var number = NumberOf(match);
            if (!number.Any(char.IsLetter))
                continue;
            var kind = KindByKey[Lexicon.Key(OneSpace(match.Groups["kind"].Value))];
            if (KindOfCode(number) is { } coded && coded != kind)
                continue;
            yield return (kind, number, match.Index, match.Index + match.Length);
        }
    }

    /// <summary>
    /// Adds an act read with its qualifying words. 'Thông báo kết luận số 512/TB-VPCP' was read by its inner word as a
    /// conclusion; the code and the first word both say it is a notice, so the notice's kind wins.
    /// </summary>
    private static void AddQualified(Dictionary<string, LegalDocumentMention> found, LegalDocumentMention mention)
    {
        if (found.TryGetValue(mention.Number, out var earlier) && earlier.Kind != mention.Kind)
            found[mention.Number] = earlier with { Kind = mention.Kind };
        else
            Add(found, mention);
    }

    /// <summary>
    /// The kind, one to six lower-case words that say what the act does (no word that starts another clause or
    /// names its issuer or day), then 'số' and the number.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>[Qq]uyết\s+định|[Tt]hông\s+báo)(?<what>(?:\s+(?!(?:số|của|và|hoặc|theo|tại|về|ngày|do|cho|với|là|các|những|này|đó|đã|được|bị)(?![\p{L}]))\p{Ll}+){1,6})\s+số\s+" + Number)]
    private static partial Regex QualifiedCitation();
}
