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
            var from = Math.Max(0, match.Index - MaxLeadChars);
            var lead = LeadBefore().Match(text, from, match.Index - from);
            if (day is < 1 or > 31 || month is < 1 or > 12 || (year is null && !lead.Success))
                continue;
            if (recognized.Any(d => d.Start < match.Index + match.Length && match.Index < d.End))
                continue;
            var start = lead.Success ? lead.Index : match.Index;
            (added ??= []).Add(new DateMention(start, match.Index + match.Length - start, text[start..(match.Index + match.Length)], year, month, day, DateGranularity.Day));
        }
        return added is null ? recognized : [.. recognized.Concat(added).OrderBy(d => d.Start)];
    }

    private const int MaxLeadChars = 16;

    // The pattern starts at a digit, so the scan over the article stays cheap; the lead word is checked after.
    [GeneratedRegex(@"(?<![\p{L}0-9/.\-–:,])(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})(?:\.(?<y>(?:19|20)[0-9]{2}))?(?![0-9])(?![.,][0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex DottedDay();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:(?:sáng|chiều|trưa|tối|đêm|hôm)\s+)?(?:ngày|mùng|mồng)|sáng|chiều|trưa|tối|đêm|hôm)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadBefore();
}
