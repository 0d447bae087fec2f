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

    /// <summary>'sinh ngày', 'vào Đảng ngày', 'tính đến hết ngày': a life's milestones and statistics' cut-offs.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:sinh|vào\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?|kết\s+nạp\s+Đảng|nhập\s+ngũ|tính\s+(?:đến|tới)(?:\s+hết)?|(?:cho\s+)?đến\s+hết)(?:\s+(?:ngày|vào))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MilestoneOrCutOffPrecedes();

    /// <summary>'(30/4/1975 – 30/4/2024)': a date joined to another by a dash is one end of a commemorated span.</summary>
    [GeneratedRegex(@"^\s*[-–—]\s*$")]
    private static partial Regex SpanDash();

    /// <summary>
    /// Dates written in the text that are not the day it reports on: cited documents' dates, the
    /// page's time stamps, the ends of a commemorated span, a life's milestones, statistics' cut-offs.
    /// </summary>
    public static IReadOnlySet<DateMention> NotReported(string text, IReadOnlyList<DateMention> mentions, IEnumerable<DateMention> documentDates)
    {
        var excluded = new HashSet<DateMention>(documentDates);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (PageStamps.IsStamp(text, mention) || IsMilestoneOrCutOff(text, mention) || IsLunar(text, mention))
                excluded.Add(mention);
            if (i + 1 < mentions.Count && mention.Year is not null && mentions[i + 1].Year is not null
                && SpanDash().IsMatch(text.AsSpan(mention.End, mentions[i + 1].Start - mention.End)))
            {
                excluded.Add(mention);
                excluded.Add(mentions[i + 1]);
            }
        }
        return excluded;
    }

    /// <summary>'(18/6 âm lịch)': a day of the lunar calendar, an anniversary's day, not a day of the solar one.</summary>
    private static bool IsLunar(string text, DateMention mention) =>
        LunarFollows().IsMatch(text.AsSpan(mention.End, Math.Min(16, text.Length - mention.End)));

    [GeneratedRegex(@"^\s*\(?\s*(?:âm\s+lịch|AL)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LunarFollows();

    private static bool IsMilestoneOrCutOff(string text, DateMention mention)
    {
        var start = Math.Max(0, mention.Start - 30);
        return MilestoneOrCutOffPrecedes().IsMatch(text.AsSpan(start, mention.Start - start));
    }

    /// <summary>The lead date of the report, or the first day date that is not excluded.</summary>
    public static DateMention? FindEventDate(string text, IReadOnlyList<DateMention> mentions, IReadOnlySet<DateMention> notReported)
    {
        var eventDays = mentions
            .Where(m => m.Granularity == DateGranularity.Day && !notReported.Contains(m))
            .ToList();
        var openingEnd = OpeningEnd(text);
        return eventDays.FirstOrDefault(m => m.Start < openingEnd && IsParagraphLead(text, m))
            ?? eventDays.FirstOrDefault();
    }

    /// <summary>Whether the mention opens one of the first paragraphs, as a report's lead does.</summary>
    public static bool IsOpeningLead(string text, DateMention mention) =>
        mention.Start < OpeningEnd(text) && IsParagraphLead(text, mention);

    internal static bool IsParagraphLead(string text, DateMention mention)
    {
        if (!char.IsLetter(text[mention.Start]))
            return false; // a bare '11/1' is a reference, a report's lead says 'Ngày 11/1'
        // 'Ngày 30/4/1975: Dấu mốc …', 'Ngày 9/3/1987: …': a day before a colon heads a chronology line or a
        // section, not the report.
        if (mention.End < text.Length && text[mention.End] == ':')
            return false;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
        if (mention.Start == 0)
            lineStart = 0;
        return DatelineOrNothing().IsMatch(text.AsSpan(lineStart, mention.Start - lineStart));
    }

    private static int OpeningEnd(string text) => EndOfParagraphs(text, OpeningParagraphs);

    /// <summary>Where the text's first <paramref name="count"/> paragraphs end (blank lines skipped).</summary>
    internal static int EndOfParagraphs(string text, int count)
    {
        var end = 0;
        for (var paragraph = 0; paragraph < count; paragraph++)
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
