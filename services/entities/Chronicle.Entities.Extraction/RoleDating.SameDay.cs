using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// A post seen in a sentence that places what it tells on 'the same day' ('Cùng ngày, …', 'Chiều cùng ngày, …', '… đưa ra tuyên
/// bố cùng ngày'): the day meant is the last one the article wrote before, perhaps paragraphs earlier, not the day it was
/// published on.
/// </summary>
internal static partial class RoleDating
{
    /// <summary>
    /// The last whole day written before the sentence, when the sentence says 'cùng ngày' and writes no date of its own; null
    /// otherwise, or when that day is a photo's (a caption's credit follows it), a cited act's or a birth's, or falls after the
    /// article's day.
    /// </summary>
    private static ExtractedDate? SameDayAsTold(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, TextSpan title, AnchorDate? anchor)
    {
        // Most sentences do not say it: the words are looked for before the dates are gone through.
        if (text.AsSpan(sentence.Start, sentence.Length).IndexOf("cùng ngày", StringComparison.OrdinalIgnoreCase) < 0
            || !SaidOfTheTitlesClause(text, sentence, title))
            return null;
        for (var k = dates.Count - 1; k >= 0; k--)
        {
            var day = dates[k];
            if (day.End > sentence.Start)
            {
                if (day.Start < sentence.End)
                    return null; // a date of its own says which day
                continue;
            }
            if (day.Granularity != DateGranularity.Day || !Counts(text, day) || CreditsAPhoto(text, day))
                continue;
            // A span of days ('21-22/5') ends on its last day: the events told after it are of that day at the earliest.
            return WholeDayNoLaterThanTheArticle(day, anchor);
        }
        return null;
    }

    /// <summary>
    /// Whether 'cùng ngày' stands near the title with no sentence break between: in text whose sentences run on without a
    /// space ('… tươi đẹp.* Cùng ngày, Phó Thủ tướng …'), a 'cùng ngày' past the break is another sentence's.
    /// </summary>
    private static bool SaidOfTheTitlesClause(string text, TextSpan sentence, TextSpan title)
    {
        for (var said = SameDay().Match(text, sentence.Start, sentence.Length); said.Success; said = said.NextMatch())
        {
            var (from, to) = said.Index < title.Start ? (said.Index + said.Length, title.Start) : (title.End, said.Index);
            if (to - from <= SameDayReach && !RunOnBreak().IsMatch(text.AsSpan(from, Math.Max(0, to - from))))
                return true;
        }
        return false;
    }

    /// <summary>How far from the title 'cùng ngày' may stand: a lead and its subject, or a verb and its object.</summary>
    private const int SameDayReach = 150;

    /// <summary>A full stop, '!' or '?' with a capital or a mark after it, with or without a space: a sentence ends there.</summary>
    [GeneratedRegex(@"[.!?]\s*[*\-–•""“]?\s*\p{Lu}\p{Ll}")]
    private static partial Regex RunOnBreak();

    /// <summary>Whether a photo's credit closes the paragraph of the day: '…, ngày 3/7/2024. (Ảnh: …)', '… ngày 3/7. (AFP/Getty Images)'.</summary>
    private static bool CreditsAPhoto(string text, DateMention day)
    {
        var paragraphEnd = text.IndexOf('\n', day.End);
        if (paragraphEnd < 0)
            paragraphEnd = text.Length;
        var rest = text.AsSpan(day.End, paragraphEnd - day.End);
        return PhotoCredit().IsMatch(rest) || DirectCredit().IsMatch(rest) || AgencyCredit().IsMatch(rest);
    }

    /// <summary>
    /// 'cùng ngày' as a time ('Cùng ngày,', 'Chiều cùng ngày', 'tuyên bố cùng ngày'), not 'cùng ngày sinh' nor 'cùng ngày 5/9',
    /// nor the start of an event still to come ('sẽ … cùng ngày').
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])cùng\s+ngày(?![\p{L}0-9])(?!\s+(?:sinh|giờ|tháng|[0-9]))", Options)]
    private static partial Regex SameDay();

    /// <summary>'. (AFP/Getty Images)', '(Reuters)', '(Ảnh: AFP)': an agency's credit in brackets closing a caption.</summary>
    [GeneratedRegex(@"^[^.!?\n]{0,60}?[.]?\s*\((?:[^()\n]{0,20}/)?\s*(?:AFP|Reuters|AP|Getty|TTXVN|EPA|Xinhua|Sputnik|Bloomberg|Anadolu)[^()\n]{0,30}\)\s*$", Options)]
    private static partial Regex AgencyCredit();
}
