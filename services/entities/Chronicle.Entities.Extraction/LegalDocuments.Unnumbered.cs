using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class LegalDocuments
{
    /// <summary>
    /// International instruments the press names without their kind, with the kind they are filed under: 'Quy chế
    /// Rome' is the treaty that set up the International Criminal Court ('Nga đã ký Quy chế Rome …', 'một quốc gia
    /// tham gia Quy chế Rome'). Written with its capitals, the name stands for the document as a law's name does.
    /// </summary>
    private static readonly (Regex Name, string Kind, string Written)[] InstrumentsByName =
    [
        (RomeStatute(), "Hiệp ước", "Quy chế Rome"),
    ];

    /// <summary>Each instrument of <see cref="InstrumentsByName"/> the text names, once, undated: its signing is another matter.</summary>
    private static IEnumerable<(string Key, LegalDocumentMention Mention)> InstrumentsNamed(ArticleContext context)
    {
        foreach (var (name, kind, written) in InstrumentsByName)
        {
            var first = name.Match(context.Text);
            if (first.Success)
                yield return (written, new LegalDocumentMention(kind, written, null, null, null, context.SentenceOf(first.Index)));
        }
    }

    [GeneratedRegex(@"(?<![\p{L}])Quy\s+chế\s+Rome(?![\p{L}])")]
    private static partial Regex RomeStatute();

    /// <summary>
    /// A decision signed, told as done ('đã ký', 'vừa ký') by a signer the sentence names by post, in a sentence that writes
    /// no day, month or year: the act exists though the text leaves its date out. Only a decision: 'có quyết định',
    /// 'ra quyết định' tell of a ruling as often as of a paper.
    /// </summary>
    private static bool SignedUndated(ArticleContext context, TextSpan sentence, Match act)
    {
        var text = context.Text;
        if (!act.Groups["decision"].Success || !act.Value.StartsWith("ký", StringComparison.Ordinal)
            || EventDates.ToCome(text, sentence))
            return false;
        var from = Math.Max(sentence.Start, act.Index - SignerReach);
        return SignerDoneBefore().IsMatch(text.AsSpan(from, act.Index - from))
            && DateRecognizer.Find(text.Substring(sentence.Start, sentence.Length)).Count == 0;
    }

    /// <summary>How far before the signing its signer's post is looked for: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn'.</summary>
    private const int SignerReach = 80;

    /// <summary>A signer's post or body, its name, then 'đã' or 'vừa' right before the signing: 'Bộ trưởng Bộ Y tế đã '.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:Bộ\s+trưởng|Thủ\s+tướng|Chủ\s+tịch|Giám\s+đốc|Tổng\s+Bí\s+thư|Ban\s+Bí\s+thư|Bộ\s+Chính\s+trị|Chính\s+phủ|UBND|Ủy\s+ban\s+nhân\s+dân)(?:\s+[^\s.;,]+){0,10}?\s+(?:đã|vừa)\s+$")]
    private static partial Regex SignerDoneBefore();

    /// <summary>
    /// 'Một ngày sau, Quốc hội thông qua nghị quyết …' after a sentence dated 20/3: the act of the day counted on from the
    /// one told just before (21/3). Only a count of days opening the sentence, and only from a day the sentences before
    /// write.
    /// </summary>
    private static ExtractedDate? DaysAfterTheDayBefore(ArticleContext context, TextSpan sentence, AnchorDate? anchor)
    {
        var text = context.Text;
        var opening = DaysLaterOpening().Match(text, sentence.Start, Math.Min(sentence.Length, 40));
        if (!opening.Success || opening.Index != sentence.Start || DayBefore(context, sentence, anchor) is not { Date.Iso: { Length: 10 } iso })
            return null;
        var days = opening.Groups["n"].Value.ToLowerInvariant() switch { "một" or "1" => 1, "hai" or "2" => 2, "ba" or "3" => 3, _ => 0 };
        if (days == 0 || !DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var before))
            return null;
        return new ExtractedDate(before.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day");
    }

    /// <summary>'Một ngày sau,', 'Hai ngày sau đó,' opening a sentence.</summary>
    [GeneratedRegex(@"\G(?<n>[Mm]ột|[Hh]ai|[Bb]a|[123])\s+ngày\s+sau(?:\s+đó)?\s*,")]
    private static partial Regex DaysLaterOpening();

    /// <summary>
    /// A decision read without its number from a summary ('UBND tỉnh vừa có quyết định công nhận hội đồng …', 'Thủ tướng đã
    /// ký Quyết định điều động …') that the article then cites by number for the same thing ('quyết định số 5475/QĐ-UBND về
    /// việc công nhận hội đồng …'): one act, known by its number. The same when the first two words of what the unnumbered
    /// one decided stand in the numbered one's sentence, and the numbered one is undated or of the same day.
    /// </summary>
    private static bool ToldAgainByNumber(ArticleContext context, LegalDocumentMention act, IReadOnlyList<LegalDocumentMention> documents)
    {
        if (act.Kind != "Quyết định" || act.Number.Any(char.IsDigit) || act.Subject is null)
            return false;
        var decided = act.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => SummaryOpeners.Contains(w.ToLowerInvariant())).Take(2).ToList();
        if (decided.Count < 2 || decided.Any(w => w.Any(char.IsDigit)))
            return false;
        var words = string.Join(' ', decided);
        return documents.Any(d => d.Kind == act.Kind && d.Number.Any(char.IsDigit)
            && (d.Issued is null || act.Issued is null || d.Issued.Iso == act.Issued.Iso)
            && context.SentenceOf(d.Evidence.Start) is var sentence
            && OneSpace(context.Text.Substring(sentence.Start, sentence.Length)).Contains(words, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Words a summary puts before what was decided: 'quyết định mới về kỷ luật …', 'quyết định về việc …'.</summary>
    private static readonly HashSet<string> SummaryOpeners = new(StringComparer.Ordinal) { "mới", "về", "việc" };
}

