using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>
/// Finds the date a news report opens with ('Ngày 11/1, tại Hà Nội, ...', 'Sáng 24/11, ...'): it is
/// written with a lead word at the start of one of the first paragraphs, possibly after a dateline.
/// </summary>
internal static partial class ReportLead
{
    /// <summary>How far into the text a report's lead can sit (title-like sapo and captions come first).</summary>
    private const int OpeningParagraphs = 6;

    /// <summary>
    /// Nothing, or a dateline before the lead: '(TTXVN) - ', 'HÀ NỘI, ', 'Hà Nội – '. A mixed-case
    /// prefix needs a dash, so 'Trong khi đó, ngày 5/1' is not taken for a lead.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:\([^()\n]{2,40}\)\s*(?:[-–—:]\s*)?|\p{Lu}[\p{Lu}\s./+]{1,39}[-–—:,]\s*|\p{Lu}[\p{L}\s./+]{1,39}\s[-–—]\s*))?$")]
    private static partial Regex DatelineOrNothing();

    /// <summary>The lead date of the report, or the first day date not dating a cited document.</summary>
    public static DateMention? FindEventDate(string text, IReadOnlyList<DateMention> mentions, IReadOnlyCollection<DateMention> documentDates)
    {
        var eventDays = mentions
            .Where(m => m.Granularity == DateGranularity.Day && !documentDates.Contains(m))
            .ToList();
        var openingEnd = OpeningEnd(text);
        return eventDays.FirstOrDefault(m => m.Start < openingEnd && IsParagraphLead(text, m))
            ?? eventDays.FirstOrDefault();
    }

    private static bool IsParagraphLead(string text, DateMention mention)
    {
        if (!char.IsLetter(text[mention.Start]))
            return false; // a bare '11/1' is a reference, a report's lead says 'Ngày 11/1'
        var lineStart = text.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
        if (mention.Start == 0)
            lineStart = 0;
        return DatelineOrNothing().IsMatch(text.AsSpan(lineStart, mention.Start - lineStart));
    }

    private static int OpeningEnd(string text)
    {
        var end = 0;
        for (var paragraph = 0; paragraph < OpeningParagraphs; paragraph++)
        {
            var next = text.IndexOf('\n', end);
            if (next < 0)
                return text.Length;
            end = next + 1;
            while (end < text.Length && text[end] == '\n')
                end++;
        }
        return end;
    }
}
