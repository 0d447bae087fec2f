using System.Text.RegularExpressions;

namespace Chronicle.Timeline.Data;

/// <summary>
/// Compares dates of different granularity as the intervals they stand for: '2022' covers
/// '2022-00-00'..'2022-99-99', so plain string comparison of the bounds answers overlap questions.
/// </summary>
public static partial class DateRange
{
    public static bool IsIsoPartialDate(string value) => IsoPartialDate().IsMatch(value);

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

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoPartialDate();
}
