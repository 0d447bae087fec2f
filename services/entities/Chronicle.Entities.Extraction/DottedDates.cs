using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Days written with dots, as several papers print them: 'ngày 16.5', 'sáng 3.12', '24.1.2009'.
/// Without a year the day needs a lead word ('ngày', 'sáng', 'hôm'), since '1.5' alone is as often
/// a number. The dates are added to those <see cref="DateRecognizer"/> reads, for dating posts.
/// </summary>
internal static partial class DottedDates
{
    public static IReadOnlyList<DateMention> With(string text, IReadOnlyList<DateMention> recognized)
    {
        List<DateMention>? added = null;
        foreach (Match match in DottedDay().Matches(text))
        {
            var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : (int?)null;
            if (day is < 1 or > 31 || month is < 1 or > 12 || (year is null && !match.Groups["lead"].Success))
                continue;
            if (recognized.Any(d => d.Start < match.Index + match.Length && match.Index < d.End))
                continue;
            (added ??= []).Add(new DateMention(match.Index, match.Length, match.Value, year, month, day, DateGranularity.Day));
        }
        return added is null ? recognized : [.. recognized.Concat(added).OrderBy(d => d.Start)];
    }

    [GeneratedRegex(
        @"(?<![\p{L}0-9/.\-–:,])(?:(?<lead>(?:(?:sáng|chiều|trưa|tối|đêm|hôm)\s+)?(?:ngày|mùng|mồng)|sáng|chiều|trưa|tối|đêm|hôm)\s+)?" +
        @"(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})(?:\.(?<y>(?:19|20)[0-9]{2}))?(?![0-9])(?![.,][0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DottedDay();
}
