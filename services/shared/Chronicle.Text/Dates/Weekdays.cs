using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>
/// The weekday written with a day ('thứ Hai, 20/5', 'Chủ nhật (12/5)', '20/5 (thứ Hai)'): with the day
/// and month, it leaves only the years in which that day falls on that weekday.
/// </summary>
internal static partial class Weekdays
{
    [GeneratedRegex(@"(?<!\p{L})(?:thứ\s+(?<d>hai|ba|tư|năm|sáu|bảy|[2-7])|(?<sunday>chủ\s+nhật))\s*[,(]?\s*(?:ngày\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPrecedes();

    [GeneratedRegex(@"^\s*[,(]\s*(?:thứ\s+(?<d>hai|ba|tư|năm|sáu|bảy|[2-7])|(?<sunday>chủ\s+nhật))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayFollows();

    /// <summary>The weekday written just before or just after the day, or null.</summary>
    public static DayOfWeek? Before(string text, DateMention? mention)
    {
        if (mention is null || mention.Granularity != DateGranularity.Day)
            return null;
        var start = Math.Max(0, mention.Start - 20);
        var before = WeekdayPrecedes().Match(text, start, mention.Start - start);
        if (before.Success)
            return Read(before);
        var after = WeekdayFollows().Match(text, mention.End, Math.Min(16, text.Length - mention.End));
        return after.Success ? Read(after) : null;
    }

    private static DayOfWeek? Read(Match match) => match.Groups["sunday"].Success ? DayOfWeek.Sunday
        : match.Groups["d"].Value.ToLowerInvariant() switch
        {
            "hai" or "2" => DayOfWeek.Monday,
            "ba" or "3" => DayOfWeek.Tuesday,
            "tư" or "4" => DayOfWeek.Wednesday,
            "năm" or "5" => DayOfWeek.Thursday,
            "sáu" or "6" => DayOfWeek.Friday,
            "bảy" or "7" => DayOfWeek.Saturday,
            _ => null,
        };
}
