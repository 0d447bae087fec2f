using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Gives a date written in the text its year: the one written with it, else the year of the day the
/// article reports on. A day in late autumn read in an article of early spring belongs to the year
/// before ('ngày 28/12' in a report of 5/1).
/// </summary>
public static partial class ContextDates
{
    /// <summary>The date <paramref name="mention"/> speaks of, or null when its year cannot be known.</summary>
    /// <param name="toCome">
    /// The text says it is still to come ('sẽ diễn ra vào ngày 5/1' written in December): never put
    /// in the year before, and in the next when its month has already passed.
    /// </param>
    public static ExtractedDate? Resolve(DateMention mention, AnchorDate? anchor, bool toCome = false)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var year = mention.Year ?? (toCome ? YearAhead(anchor, mention.Month) : YearFrom(anchor, mention.Month));
        if (year is null)
            return null;
        return mention.Granularity switch
        {
            DateGranularity.Day when mention.Month is { } month && mention.Day is { } day => new ExtractedDate($"{year:D4}-{month:D2}-{day:D2}", "day"),
            DateGranularity.Month when mention.Month is { } month => new ExtractedDate($"{year:D4}-{month:D2}", "month"),
            _ => new ExtractedDate($"{year:D4}", "year"),
        };
    }

    /// <summary>
    /// The article's dates with those it says relative to the day of writing ('hôm qua', 'cuối
    /// tháng trước', 'đầu năm nay', 'năm ngoái') among them, counted from that day
    /// (<see cref="RelativeDates.DayOfWriting"/>) and marked <see cref="DateMention.IsRelative"/>.
    /// Without a dated anchor they name no date and are left out.
    /// </summary>
    /// <param name="dates">The dates the recogniser found, in order.</param>
    public static IReadOnlyList<DateMention> WithRelativeDates(string text, IReadOnlyList<DateMention> dates, AnchorDate? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        dates = WithDaysAfter(text, dates, anchor);
        if (anchor?.Year is null)
            return dates;
        var relatives = RelativeDates.Find(text);
        if (relatives.Count == 0 || RelativeDates.DayOfWriting(text, anchor) is not { } reference)
            return dates;
        var counted = relatives
            .Where(r => Dates(text, r))
            .Select(r => r.From(reference))
            .OfType<DateMention>()
            .Where(c => !dates.Any(d => d.Start < c.End + 3 && c.Start < d.End + 3))
            .ToList();
        return counted.Count == 0 ? dates : dates.Concat(counted).OrderBy(d => d.Start).ToList();
    }

    /// <summary>
    /// Whether a relative date dates its sentence. Not when a written date glosses it ('hôm qua
    /// (16-5)': the written one is read, as written), nor when it starts a span ('kể từ đầu năm
    /// nay': a series since then, not one date). A day may sit anywhere; a week, a month or a year
    /// only when it opens its sentence ('Cuối tháng trước, …', 'Hồi năm ngoái, …'): further in it
    /// is mostly a comparison or a frame ('tăng so với tháng trước', 'đặc xá năm nay').
    /// </summary>
    private static bool Dates(string text, RelativeDate relative)
    {
        if (GlossFollows().IsMatch(text.AsSpan(relative.End)))
            return false;
        var sentenceStart = text.AsSpan(0, relative.Start).LastIndexOfAny(SentenceEnds) + 1;
        var before = text.AsSpan(sentenceStart, relative.Start - sentenceStart);
        if (SpanStartBefore().IsMatch(before))
            return false;
        return relative.Unit == RelativeUnit.Day || OpeningOnly().IsMatch(before);
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', ':', '\n'];

    /// <summary>
    /// 'Hôm 20/3, Trung ương đồng ý … Một ngày sau, Quốc hội miễn nhiệm …': a sentence opening with
    /// a count of days after is dated from the last whole day written before it, in its year.
    /// </summary>
    private static IReadOnlyList<DateMention> WithDaysAfter(string text, IReadOnlyList<DateMention> dates, AnchorDate? anchor)
    {
        if (!HasDayAfterWords(text))
            return dates;
        List<DateMention>? counted = null;
        foreach (Match match in DaysAfter().Matches(text))
        {
            var sentenceStart = text.AsSpan(0, match.Index).LastIndexOfAny(SentenceEnds) + 1;
            if (!OpeningOnly().IsMatch(text.AsSpan(sentenceStart, match.Index - sentenceStart)))
                continue;
            var previous = dates.LastOrDefault(d => d.End <= match.Index && d.Granularity == DateGranularity.Day && d.EndDay is null);
            if (previous is null || Resolve(previous, anchor) is not { Iso: { Length: 10 } iso })
                continue;
            var days = match.Groups["count"].Success ? CountOf(match.Groups["count"].Value) : 1;
            if (days is not { } shift)
                continue;
            var day = DayOf(iso).AddDays(shift);
            (counted ??= []).Add(new DateMention(match.Index, match.Length, match.Value, day.Year, day.Month, day.Day, DateGranularity.Day) { IsRelative = true });
        }
        return counted is null ? dates : dates.Concat(counted).OrderBy(d => d.Start).ToList();
    }

    /// <summary>
    /// Whether 'ngày sau' or 'hôm sau' is written, as every count of days after ends: most articles write neither, and
    /// <see cref="DaysAfter"/> would be tried at every word of them that could open it.
    /// </summary>
    private static bool HasDayAfterWords(string text)
    {
        for (var at = text.IndexOf("sau", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("sau", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
                end--;
            var before = text.AsSpan(0, end);
            if (end < at && (before.EndsWith("ngày", StringComparison.OrdinalIgnoreCase) || before.EndsWith("hôm", StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    private static int? CountOf(string word) => word.ToLowerInvariant() switch
    {
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "năm" => 5,
        var digits when int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 32 => n,
        _ => null,
    };

    /// <summary>'Một ngày sau', '2 ngày sau', 'Ngày hôm sau', 'Hôm sau' — not 'sau khi', not 'sau đó'.</summary>
    /// <summary>The day an ISO date of day granularity ('2024-03-12') names.</summary>
    internal static DateOnly DayOf(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<count>một|hai|ba|bốn|năm|[0-9]{1,2})\s+ngày\s+sau|(?:ngày\s+)?hôm\s+sau)(?!\s+(?:khi|đó|nữa)(?![\p{L}]))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysAfter();

    [GeneratedRegex(@"^\s*\(\s*[0-9]")]
    private static partial Regex GlossFollows();

    [GeneratedRegex(@"(?<![\p{L}])(?:kể\s+)?từ\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanStartBefore();

    [GeneratedRegex(@"^[\s\-–•""“]*(?:(?:vào|trong|hồi|ngay)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningOnly();

    /// <summary>The anchor's date as an extracted date, or null when its year is unknown.</summary>
    public static ExtractedDate? Of(AnchorDate? anchor) => anchor?.ToIso() is { } iso
        ? new ExtractedDate(iso, anchor.Granularity switch { DateGranularity.Day => "day", DateGranularity.Month => "month", _ => "year" })
        : null;

    private static int? YearFrom(AnchorDate? anchor, int? month)
    {
        if (anchor?.Year is not { } year)
            return null;
        // More than two months after the report's own month: the text looks back across New Year.
        return month is { } m && anchor.Month is { } reported && m > reported + 2 ? year - 1 : year;
    }

    private static int? YearAhead(AnchorDate? anchor, int? month)
    {
        if (anchor?.Year is not { } year)
            return null;
        return month is { } m && anchor.Month is { } reported && m < reported - 2 ? year + 1 : year;
    }
}
