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
}

