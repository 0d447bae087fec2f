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
    /// A law cited by its name and then its number, as legal and readers' pages of the 2010s print it ('Luật Bảo hiểm
    /// xã hội số 58/2014/QH13 ngày 20/11/2014', 'Bộ luật hình sự số 100/2015/QH13', the name short or in lower case):
    /// the act is the law of that number. Only a number coded as the National Assembly's ('…/QH13'): after a name, a
    /// bare number or another code is as often a clause or a plot.
    /// </summary>
    private static IEnumerable<(string Kind, string Number, int Start, int End)> NamedLawCitations(string text)
    {
        foreach (Match match in NamedLawNumber().Matches(text))
            yield return (OneSpace(match.Groups["kind"].Value), match.Groups["number"].Value, match.Index, match.Index + match.Length);
    }

    /// <summary>
    /// 'Luật' or 'Bộ luật', a name of up to a dozen words (none that opens another clause: 'của' leads to another act's
    /// name, 'số' to a count), then 'số' and a law's number.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Bộ\s+luật|Luật)(?:\s+(?!(?:số|của|và|theo|tại|về|ngày|do|với)(?![\p{L}]))[\p{L}&]+,?){1,12}?\s+(?:\(sửa\s+đổi\)\s+)?số\s+(?<number>[0-9]{1,4}/(?:19|20)[0-9]{2}/QH[0-9]{0,2})(?![\p{L}0-9])")]
    private static partial Regex NamedLawNumber();

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
