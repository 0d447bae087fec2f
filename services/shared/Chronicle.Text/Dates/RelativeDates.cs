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

    /// <summary>
    /// A unit and the word that places it: 'hôm qua', 'ngày hôm qua', 'chiều mai', 'cuối tuần qua',
    /// 'đầu tháng này', 'năm ngoái'. Which pairs make a date is checked after (<see cref="Shift"/>):
    /// one scan of the text finds them all.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:(?<part>đầu|cuối|giữa)\s+)?(?<unit>hôm|sáng|trưa|chiều|tối|đêm|ngày|tuần|tháng|năm)(?:\s+(?<hom>hôm))?\s+(?<when>qua|kia|mai|trước|tới|này|nay|ngoái)(?![\p{L}])", Options)]
    private static partial Regex UnitAndPlace();

    /// <summary>A count or a plural right before a unit: the phrase is a span of time, not a date.</summary>
    [GeneratedRegex(@"(?:[0-9]|(?<![\p{L}])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mấy|vài|nhiều|những|các|mỗi|bao|hàng|ít))\s+$", Options)]
    private static partial Regex CountBefore();

    /// <summary>'năm trước đó', 'tuần sau nữa': counted from another event, not from the day of writing.</summary>
    [GeneratedRegex(@"^\s+(?:đó|nữa)(?![\p{L}])", Options)]
    private static partial Regex FromAnotherEvent();

    /// <summary>Every relative date in the text, in order of appearance.</summary>
    public static IReadOnlyList<RelativeDate> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<RelativeDate>();
        foreach (Match match in UnitAndPlace().Matches(text))
        {
            var part = match.Groups["part"];
            if (Shift(match.Groups["unit"].Value, match.Groups["hom"].Success, match.Groups["when"].Value, part.Success) is not { } shift)
                continue;
            // The count stands before the unit: 'hai tuần trước', 'những năm tới'.
            var unitStart = match.Groups["unit"].Index;
            var from = Math.Max(0, unitStart - 12);
            if (CountBefore().IsMatch(text.AsSpan(from, unitStart - from)) || FromAnotherEvent().IsMatch(text.AsSpan(match.Index + match.Length)))
                continue;
            var weekend = shift.Unit == RelativeUnit.Week && part.Value.Equals("cuối", StringComparison.OrdinalIgnoreCase);
            found.Add(new RelativeDate(match.Index, match.Length, match.Value, shift.Unit, shift.Offset, weekend));
        }
        return found;
    }

    /// <summary>The unit and shift a pair names, or null when the pair is no date ('ngày qua', 'hôm nay', 'tuần kia').</summary>
    /// <param name="hom">'hôm' between them: 'ngày hôm qua', 'chiều hôm kia'.</param>
    /// <param name="hasPart">'đầu', 'cuối' or 'giữa' before them: only weeks, months and years have parts.</param>
    private static (RelativeUnit Unit, int Offset)? Shift(string unit, bool hom, string when, bool hasPart)
    {
        unit = unit.ToLowerInvariant();
        when = when.ToLowerInvariant();
        if (unit is "hôm" or "sáng" or "trưa" or "chiều" or "tối" or "đêm" or "ngày")
        {
            if (hasPart)
                return null;
            var isHom = unit == "hôm" || hom;
            return when switch
            {
                // 'ngày qua' is 'những ngày qua', the last days; 'ngày hôm qua' is yesterday.
                "qua" when unit != "ngày" || hom => (RelativeUnit.Day, -1),
                "kia" when isHom => (RelativeUnit.Day, -2),
                "mai" when !isHom => (RelativeUnit.Day, 1),
                _ => null,
            };
        }
        if (hom)
            return null;
        return (unit, when) switch
        {
            ("tuần", "trước" or "qua") => (RelativeUnit.Week, -1),
            ("tuần", "tới") => (RelativeUnit.Week, 1),
            ("tháng", "trước" or "qua") => (RelativeUnit.Month, -1),
            ("tháng", "này") => (RelativeUnit.Month, 0),
            ("tháng", "tới") => (RelativeUnit.Month, 1),
            ("năm", "ngoái" or "trước") => (RelativeUnit.Year, -1),
            ("năm", "nay") => (RelativeUnit.Year, 0),
            ("năm", "tới") => (RelativeUnit.Year, 1),
            _ => null,
        };
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
}
