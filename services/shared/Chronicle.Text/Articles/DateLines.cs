using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Text.Articles;

/// <summary>
/// The date line a page prints at the top of its article ('Thứ ba, 10/09/2024 15:10 (GMT+7)',
/// 'Cập nhật: 05/07/2024 16:29'): the day the page was published. Cleaning drops the line; its date
/// is kept so the anchor date can use it.
/// </summary>
internal static partial class DateLines
{
    private const int MaxLineLength = 80;

    /// <summary>How many lines from the top a page's own date line can sit (menus, title, sapo and author come first).</summary>
    private const int TopLines = 10;

    /// <summary>A weekday, then a full date; or a full date followed by a time of day. A short label may lead.</summary>
    [GeneratedRegex(
        @"^[\p{L}\s|:,.-]{0,50}?(?:(?<weekday>(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật))\s*[,-]?\s*)?(?:ngày\s+)?" +
        @"(?<d>[0-9]{1,2})(?<sep>[/.-])(?<m>[0-9]{1,2})\k<sep>(?<y>[0-9]{4})(?![0-9])" +
        @"(?<time>\s*[-|,]?\s*(?:lúc\s+)?[0-2]?[0-9][:h][0-5][0-9](?![0-9]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    /// <summary>The date of the first date line among the top lines, or null.</summary>
    public static DateOnly? FindAtTop(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Take(TopLines))
        {
            if (Read(line, nameSaysDate: false) is { } date)
                return date;
        }
        return null;
    }

    /// <param name="nameSaysDate">The line comes from an element the page names as its date: a bare full date is enough.</param>
    public static DateOnly? Read(string line, bool nameSaysDate)
    {
        if (line.Length > MaxLineLength)
            return null;
        var match = DateLine().Match(line);
        if (!match.Success || !(nameSaysDate || match.Groups["weekday"].Success || match.Groups["time"].Success))
            return null;
        int day = Number(match, "d"), month = Number(match, "m"), year = Number(match, "y");
        return year >= 1990 && Dates.DateRecognizer.IsValidDay(year, month, day)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
