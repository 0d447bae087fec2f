using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>The span a relative date counts in.</summary>
public enum RelativeUnit { Day, Week, Month, Year }

/// <summary>
/// A date said from the day of writing: 'hôm qua', 'chiều mai', 'tuần trước', 'cuối tháng trước',
/// 'đầu năm nay', 'năm ngoái'. It names a date only once the day it counts from is known.
/// </summary>
/// <param name="Offset">How many units from the day of writing: -1 for 'hôm qua' or 'năm ngoái'.</param>
/// <param name="Weekend">'cuối tuần qua': the Saturday and Sunday of that week only.</param>
public sealed record RelativeDate(int Start, int Length, string Text, RelativeUnit Unit, int Offset, bool Weekend = false)
{
    public int End => Start + Length;

    /// <summary>
    /// The date it names counted from <paramref name="reference"/>, at the granularity that is
    /// honest: a day from a day, a week as the month (or year) that holds all of it, a month from
    /// a month, a year from a year. Null when the reference is too coarse for the unit.
    /// </summary>
    public DateMention? From(AnchorDate reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Year is not { } year)
            return null;
        switch (Unit)
        {
            case RelativeUnit.Day when reference is { Granularity: DateGranularity.Day, Month: { } month, Day: { } day }:
                var date = new DateOnly(year, month, day).AddDays(Offset);
                return Named(date.Year, date.Month, date.Day, DateGranularity.Day);
            case RelativeUnit.Week when reference is { Granularity: DateGranularity.Day, Month: { } month, Day: { } day }:
                var (first, last) = Week(new DateOnly(year, month, day));
                if (first.Year != last.Year)
                    return null;
                return first.Month == last.Month
                    ? Named(first.Year, first.Month, null, DateGranularity.Month)
                    : Named(first.Year, null, null, DateGranularity.Year);
            case RelativeUnit.Month when reference is { Granularity: not DateGranularity.Year, Month: { } month }:
                var shifted = new DateOnly(year, month, 1).AddMonths(Offset);
                return Named(shifted.Year, shifted.Month, null, DateGranularity.Month);
            case RelativeUnit.Year:
                return Named(year + Offset, null, null, DateGranularity.Year);
            default:
                return null;
        }
    }

    /// <summary>Monday to Sunday of the week <see cref="Offset"/> weeks from the reference's; Saturday and Sunday for a weekend.</summary>
    private (DateOnly First, DateOnly Last) Week(DateOnly reference)
    {
        var sinceMonday = ((int)reference.DayOfWeek + 6) % 7;
        var monday = reference.AddDays(-sinceMonday + 7 * Offset);
        return Weekend ? (monday.AddDays(5), monday.AddDays(6)) : (monday, monday.AddDays(6));
    }

    private DateMention Named(int year, int? month, int? day, DateGranularity granularity) =>
        new(Start, Length, Text, year, month, day, granularity) { IsRelative = true };
}

/// <summary>Finds the dates a text says relative to the day it was written.</summary>
/// <remarks>
/// A count before the phrase makes it a duration, not a date ('hai năm trước', 'những năm tới',
/// '6 tháng qua'), and 'sau đó' counts from another event; neither is read. 'năm qua' is not read
/// either: it is as often the last twelve months as the year just ended. 'hôm nay', 'sáng nay'
/// are the day of writing itself and are left to the anchor.
/// </remarks>
public static partial class RelativeDates
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A count or a plural before a unit: the phrase is a span of time, not a date.</summary>
    private const string NoCountBefore =
        @"(?<!(?:[0-9]|(?<![\p{L}])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mấy|vài|nhiều|những|các|mỗi|bao|hàng|ít))\s+)";

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:ngày\s+)?hôm|sáng|trưa|chiều|tối|đêm)\s+(?<when>qua|kia)(?![\p{L}])|(?<![\p{L}])(?:ngày|sáng|trưa|chiều|tối)\s+(?<when>mai)(?![\p{L}])", Options)]
    private static partial Regex Days();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<weekend>cuối)\s+|(?:đầu|giữa)\s+)?" + NoCountBefore + @"tuần\s+(?<when>trước|qua|tới)(?![\p{L}])(?!\s+(?:đó|nữa))", Options)]
    private static partial Regex Weeks();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:đầu|cuối|giữa)\s+)?" + NoCountBefore + @"tháng\s+(?<when>trước|qua|này|tới)(?![\p{L}])(?!\s+(?:đó|nữa))", Options)]
    private static partial Regex Months();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:đầu|cuối|giữa)\s+)?" + NoCountBefore + @"năm\s+(?<when>ngoái|trước|nay|tới)(?![\p{L}])(?!\s+(?:đó|nữa))", Options)]
    private static partial Regex Years();

    /// <summary>Every relative date in the text, in order of appearance.</summary>
    public static IReadOnlyList<RelativeDate> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<RelativeDate>();
        foreach (Match match in Days().Matches(text))
        {
            var offset = match.Groups["when"].Value.ToLowerInvariant() switch { "qua" => -1, "kia" => -2, _ => 1 };
            found.Add(new RelativeDate(match.Index, match.Length, match.Value, RelativeUnit.Day, offset));
        }
        foreach (Match match in Weeks().Matches(text))
            found.Add(new RelativeDate(match.Index, match.Length, match.Value, RelativeUnit.Week, Step(match), match.Groups["weekend"].Success));
        foreach (Match match in Months().Matches(text))
            found.Add(new RelativeDate(match.Index, match.Length, match.Value, RelativeUnit.Month, Step(match)));
        foreach (Match match in Years().Matches(text))
            found.Add(new RelativeDate(match.Index, match.Length, match.Value, RelativeUnit.Year, Step(match)));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>How many paragraphs from the top a report's lead that counts from the day of writing is looked for.</summary>
    internal const int LeadParagraphs = 2;

    /// <summary>
    /// The relative date the report's lead is dated by ('Hôm qua, …', 'Bộ trưởng chiều qua đã …'),
    /// which moves the anchor off the publication day: the first one in the opening paragraphs,
    /// unless 'hôm nay' or 'vừa' comes first. A day or a week may sit anywhere in them; a month or a year
    /// only when it opens a paragraph ('Tháng trước, …'), since inside a sentence it is mostly a
    /// comparison ('so với tháng trước'). One that does not shift ('tháng này') names the
    /// publication's own month or year and says less than its day.
    /// </summary>
    public static RelativeDate? Lead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lead = text[..ReportLead.EndOfParagraphs(text, LeadParagraphs)];
        // 'Hôm nay, …', 'Bộ vừa ký …': the lead speaks of the day of writing; later relative dates are background.
        var today = AnchorDateResolver.Today().Match(lead);
        var justBefore = AnchorDateResolver.JustBefore().Match(lead);
        var present = Math.Min(today.Success ? today.Index : int.MaxValue, justBefore.Success ? justBefore.Index : int.MaxValue);
        foreach (var relative in Find(lead))
        {
            if (present < relative.Start)
                return null;
            if (relative.Offset == 0)
                continue;
            if (relative.Unit is RelativeUnit.Day or RelativeUnit.Week)
                return relative;
            var asMention = new DateMention(relative.Start, relative.Length, relative.Text, null, null, null, DateGranularity.Year);
            if (ReportLead.IsParagraphLead(text, asMention))
                return relative;
        }
        return null;
    }

    /// <summary>
    /// What the text's relative dates count from: the day it was written. A report is written on
    /// its publication day, which the anchor is when the text writes no day of its own, unless the
    /// lead moved it ('Hôm qua, …' anchors the report on the day before): that lead's day is undone,
    /// while a lead's week or month leaves no day to count from, and null is returned. A day the text
    /// writes is often a day or two before the writing, so from it only months and years are counted
    /// (its month stands, its day is dropped).
    /// </summary>
    public static AnchorDate? DayOfWriting(string text, AnchorDate anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (anchor.FromText || anchor.Basis != YearBasis.Publication)
            return anchor.Granularity == DateGranularity.Day ? anchor with { Day = null, Granularity = DateGranularity.Month } : anchor;
        if (Lead(text) is not { } lead)
            return anchor;
        if (lead.Unit != RelativeUnit.Day || anchor is not { Granularity: DateGranularity.Day, Year: { } year, Month: { } month, Day: { } day })
            return null;
        var written = new DateOnly(year, month, day).AddDays(-lead.Offset);
        return anchor with { Year = written.Year, Month = written.Month, Day = written.Day, CandidateYears = [written.Year] };
    }

    private static int Step(Match match) => match.Groups["when"].Value.ToLowerInvariant() switch
    {
        "trước" or "qua" or "ngoái" => -1,
        "tới" => 1,
        _ => 0,
    };
}
