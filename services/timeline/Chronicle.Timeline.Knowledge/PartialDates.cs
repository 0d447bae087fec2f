using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Timeline.Knowledge;

/// <summary>
/// ISO dates at any precision ('2021', '2021-03', '2021-03-15') as the intervals they stand for.
/// Bounds compare as strings: '2021-03' covers '2021-03-00'..'2021-03-99', so plain string
/// comparison of the bounds answers overlap questions, in code and in SQL alike.
/// </summary>
public static partial class PartialDates
{
    /// <summary>Whether a value is an ISO date at year, month or day precision (the form, not the calendar).</summary>
    public static bool IsIso(string value) => IsoPartialDate().IsMatch(value);

    [GeneratedRegex(@"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
    private static partial Regex IsoPartialDate();

    public static string Low(string iso) => iso.Length switch
    {
        4 => iso + "-00-00",
        7 => iso + "-00",
        _ => iso,
    };

    public static string High(string iso) => iso.Length switch
    {
        4 => iso + "-99-99",
        7 => iso + "-99",
        _ => iso,
    };

    public static bool Before(string a, string b) => string.CompareOrdinal(a, b) < 0;

    /// <summary>Days between two dates, each taken at the middle of its interval when not a day.</summary>
    public static int DaysBetween(string a, string b) => Math.Abs(Middle(a).DayNumber - Middle(b).DayNumber);

    private static DateOnly Middle(string iso) => iso.Length switch
    {
        4 => new DateOnly(int.Parse(iso, CultureInfo.InvariantCulture), 7, 1),
        7 => DateOnly.ParseExact(iso + "-15", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
