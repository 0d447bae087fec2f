using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>
/// The time stamp a news page prints with its article ('Thứ ba, 10/09/2024 15:10 (GMT+7)',
/// '05/07/2024 16:29'): a full date followed by a time of day, or led by a weekday. It tells when
/// the page was published, not when the reported event happened.
/// </summary>
internal static partial class PageStamps
{
    [GeneratedRegex(@"^\s*(?:lúc\s+)?[0-2]?[0-9]:[0-5][0-9](?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDayFollows();

    [GeneratedRegex(@"(?<!\p{L})(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\s*,?\s*(?:ngày\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPrecedes();

    /// <summary>Whether the mention is a page's time stamp rather than a date the text reports.</summary>
    public static bool IsStamp(string text, DateMention mention)
    {
        if (mention.Granularity != DateGranularity.Day || mention.Year is null)
            return false;
        var after = text.AsSpan(mention.End, Math.Min(12, text.Length - mention.End));
        var beforeStart = Math.Max(0, mention.Start - 20);
        var before = text.AsSpan(beforeStart, mention.Start - beforeStart);
        return TimeOfDayFollows().IsMatch(after) || WeekdayPrecedes().IsMatch(before);
    }

    /// <summary>How many paragraphs from the top a page's own stamp can sit; further down are related articles' stamps.</summary>
    private const int StampParagraphs = 3;

    /// <summary>The day every stamp at the top of the page agrees on, or null when there is none or they differ.</summary>
    public static DateOnly? PublicationDay(string text, IReadOnlyList<DateMention> mentions)
    {
        var topEnd = TopEnd(text);
        var days = mentions
            .Where(m => m.Start < topEnd && IsStamp(text, m))
            .Select(m => new DateOnly(m.Year!.Value, m.Month!.Value, m.Day!.Value))
            .Distinct()
            .Take(2)
            .ToList();
        return days.Count == 1 ? days[0] : null;
    }

    private static int TopEnd(string text) => ReportLead.EndOfParagraphs(text, StampParagraphs);
}
