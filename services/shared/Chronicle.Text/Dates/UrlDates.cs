using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>A publication date read from an article's address.</summary>
/// <param name="Day">Null when the address gives only the year and month ('/202404/').</param>
/// <param name="Text">The part of the address it was read from.</param>
public sealed record UrlDate(int Year, int Month, int? Day, string Text)
{
    public DateGranularity Granularity => Day is null ? DateGranularity.Month : DateGranularity.Day;

    /// <summary>The last day the article can have been published on: the day, or the month's last day.</summary>
    public DateOnly Latest => new(Year, Month, Day ?? DateTime.DaysInMonth(Year, Month));

    public string ToIso() => Day is { } day ? $"{Year:D4}-{Month:D2}-{day:D2}" : $"{Year:D4}-{Month:D2}";
}

/// <summary>
/// Reads the publication date most Vietnamese outlets write into their addresses: folders
/// ('/2021/12/14/', '/2024/08/', '/202404/', '/2024-07-24/'), a slug's end ('-20211214'), a slug's own words
/// ('ngay-14-12-2021') and numeric ids that begin with a time stamp ('-20240724220230694.htm' is
/// yyyyMMddHHmmss plus milliseconds; '-196250218174650227.htm' is a three-digit prefix, then
/// yyMMddHHmmss), a date written day or month first then a time ('-07122024043203.html' is
/// MMddyyyyHHmmss on outlets that write the month first) and a slug's day written day first
/// ('-07072024-a132237'). Anything that can be read two ways is not read at all.
/// </summary>
public static partial class UrlDates
{
    /// <summary>The earliest year taken: news addresses with dates are of this century.</summary>
    private const int EarliestYear = 2000;

    /// <summary>Ids shorter than this are plain counters ('-4771234.html'), never time stamps.</summary>
    private const int ShortestTimeStamp = 12;

    [GeneratedRegex(@"/(?<y>20[0-9]{2})/(?<m>[0-9]{1,2})(?:/(?<d>[0-9]{1,2}))?(?=/)")]
    private static partial Regex YearMonthDayFolders();

    /// <summary>'/202404/' or '/20240415/': a whole folder of digits.</summary>
    [GeneratedRegex(@"/(?<y>20[0-9]{2})(?<m>[0-9]{2})(?<d>[0-9]{2})?(?=/)")]
    private static partial Regex CompactFolder();

    /// <summary>'/2024-07-24/' or '-2024-07-24-': a date written year first.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>20[0-9]{2})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex YearFirstDate();

    /// <summary>'ngay-14-12-2021' in a slug: the words of a written date.</summary>
    [GeneratedRegex(@"(?<![a-z0-9])ngay-(?<d>[0-9]{1,2})-(?<m>[0-9]{1,2})-(?<y>20[0-9]{2})(?![0-9])")]
    private static partial Regex SlugWrittenDate();

    /// <summary>A run of digits standing apart from other digits.</summary>
    [GeneratedRegex(@"(?<![0-9])[0-9]{8,}(?![0-9])")]
    private static partial Regex DigitRun();

    /// <summary>
    /// Outlets that write a date month first in their ids ('07122024043203' is 12 July 2024): where
    /// both orders give a valid day, theirs is read month first; elsewhere such an id is not read.
    /// </summary>
    private static readonly string[] MonthFirstHosts = ["rfa.org"];

    /// <summary>The date in the address, or null when it has none or could be read two ways.</summary>
    public static UrlDate? Find(string? url) => Find(url, DateTime.UtcNow.Year + 1);

    /// <param name="latestYear">The latest year taken as plausible (next year, by default).</param>
    public static UrlDate? Find(string? url, int latestYear)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        var path = PathOf(url);
        var monthFirst = WritesMonthFirst(url);
        var found = new List<UrlDate>();
        foreach (Match match in YearMonthDayFolders().Matches(path))
            AddIfValid(found, match, latestYear);
        foreach (Match match in CompactFolder().Matches(path))
            AddIfValid(found, match, latestYear);
        foreach (Match match in YearFirstDate().Matches(path))
            AddIfValid(found, match, latestYear);
        foreach (Match match in SlugWrittenDate().Matches(path))
            AddIfValid(found, match, latestYear);
        foreach (Match match in DigitRun().Matches(path))
        {
            if (FromDigitRun(match.Value, latestYear, monthFirst) is { } date)
                found.Add(date);
        }
        return Agreed(found);
    }

    /// <summary>The address without scheme and host, lower-cased; query and fragment dropped.</summary>
    private static string PathOf(string url)
    {
        var path = Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        var end = path.IndexOfAny(['?', '#']);
        return (end < 0 ? path : path[..end]).ToLowerInvariant();
    }

    private static void AddIfValid(List<UrlDate> into, Match match, int latestYear)
    {
        var year = Number(match.Groups["y"].Value);
        var month = Number(match.Groups["m"].Value);
        int? day = match.Groups["d"].Success ? Number(match.Groups["d"].Value) : null;
        if (IsValid(year, month, day ?? 1, latestYear))
            into.Add(new UrlDate(year, month, day, match.Value.Trim('/')));
    }

    /// <summary>
    /// An id that begins with a time stamp. Each reading must also give a valid time of day, which
    /// a counter rarely does; when two readings give different days, the id is not read.
    /// </summary>
    private static UrlDate? FromDigitRun(string digits, int latestYear, bool monthFirst)
    {
        if (digits.Length == 8)
            return ReadDay(digits, 0, fourDigitYear: true, latestYear) ?? ReadYearLast(digits, latestYear, monthFirst);
        if (digits.Length < ShortestTimeStamp)
            return null;
        // ddMMyyyyHHmmss or MMddyyyyHHmmss: read only when no year-first reading exists.
        if (digits.Length == 14 && ReadStamp(digits, 0, fourDigitYear: true, latestYear) is null
            && ReadStamp(digits, 3, fourDigitYear: false, latestYear) is null && ReadStamp(digits, 0, fourDigitYear: false, latestYear) is null
            && IsTimeOfDay(digits.AsSpan(8, 6)))
        {
            return ReadYearLast(digits[..8], latestYear, monthFirst) is { } yearLast ? yearLast with { Text = digits } : null;
        }

        var readings = new List<UrlDate>();
        // yyyyMMddHHmm(ss...) from the first digit.
        if (ReadStamp(digits, 0, fourDigitYear: true, latestYear) is { } full)
            readings.Add(full);
        // yyMMddHHmmss after a three-digit prefix (the outlet's section or server number).
        if (digits.Length >= 3 + ShortestTimeStamp && ReadStamp(digits, 3, fourDigitYear: false, latestYear) is { } prefixed)
            readings.Add(prefixed);
        // yyMMddHHmmss from the first digit.
        if (ReadStamp(digits, 0, fourDigitYear: false, latestYear) is { } shortYear)
            readings.Add(shortYear);
        var days = readings.Select(r => (r.Year, r.Month, r.Day)).Distinct().Count();
        return days == 1 ? readings[0] : null;
    }

    /// <summary>
    /// 'ddMMyyyy' or 'MMddyyyy': the day both orders agree on, the one order that gives a valid day,
    /// or, on an outlet known to write the month first, that order.
    /// </summary>
    private static UrlDate? ReadYearLast(string digits, int latestYear, bool monthFirst)
    {
        var year = Number(digits.Substring(4, 4));
        var first = Number(digits[..2]);
        var second = Number(digits.Substring(2, 2));
        var dayFirst = IsValid(year, second, first, latestYear) ? new UrlDate(year, second, first, digits) : null;
        var monthFirstReading = IsValid(year, first, second, latestYear) ? new UrlDate(year, first, second, digits) : null;
        if (dayFirst is null || monthFirstReading is null || dayFirst == monthFirstReading)
            return dayFirst ?? monthFirstReading;
        return monthFirst ? monthFirstReading : null;
    }

    private static bool IsTimeOfDay(ReadOnlySpan<char> hhmmss) =>
        Number(hhmmss[..2].ToString()) <= 23 && Number(hhmmss.Slice(2, 2).ToString()) <= 59 && Number(hhmmss.Slice(4, 2).ToString()) <= 59;

    private static bool WritesMonthFirst(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && MonthFirstHosts.Any(host => uri.Host.Equals(host, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));

    private static UrlDate? ReadStamp(string digits, int offset, bool fourDigitYear, int latestYear)
    {
        var dateLength = fourDigitYear ? 8 : 6;
        if (digits.Length < offset + dateLength + 4)
            return null;
        var hour = Number(digits.Substring(offset + dateLength, 2));
        var minute = Number(digits.Substring(offset + dateLength + 2, 2));
        var hasSeconds = digits.Length >= offset + dateLength + 6;
        var second = hasSeconds ? Number(digits.Substring(offset + dateLength + 4, 2)) : 0;
        if (hour > 23 || minute > 59 || second > 59)
            return null;
        return ReadDay(digits, offset, fourDigitYear, latestYear);
    }

    private static UrlDate? ReadDay(string digits, int offset, bool fourDigitYear, int latestYear)
    {
        var yearLength = fourDigitYear ? 4 : 2;
        var year = Number(digits.Substring(offset, yearLength)) + (fourDigitYear ? 0 : 2000);
        var month = Number(digits.Substring(offset + yearLength, 2));
        var day = Number(digits.Substring(offset + yearLength + 2, 2));
        return IsValid(year, month, day, latestYear) ? new UrlDate(year, month, day, digits) : null;
    }

    /// <summary>One date, or a month and a day inside it; anything else disagrees and gives nothing.</summary>
    private static UrlDate? Agreed(List<UrlDate> found)
    {
        if (found.Count == 0)
            return null;
        var months = found.Select(d => (d.Year, d.Month)).Distinct().Count();
        var days = found.Where(d => d.Day is not null).Select(d => d.Day).Distinct().Count();
        if (months != 1 || days > 1)
            return null;
        return found.FirstOrDefault(d => d.Day is not null) ?? found[0];
    }

    private static bool IsValid(int year, int month, int day, int latestYear) =>
        year >= EarliestYear && year <= latestYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
