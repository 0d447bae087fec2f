using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>Finds the dates Vietnamese news writes ('Ngày 11/1', 'Sáng 7-1', 'ngày 9/1/2023', ...).</summary>
/// <remarks>
/// Expects normalised (NFC) text. A mention's span includes its lead words ('Sáng ngày 13/01'), so
/// callers can tell a report's lead date from a bare number. Document numbers ('34-NQ/TW',
/// '1868/QĐ-TTg'), times, fractions and version numbers are not dates. Dotted dates ('Ngày 18.2',
/// '18.2.2024', 'Tháng 11.2014') are read too; without a year a dotted day needs a lead word,
/// since '2.5' alone is a decimal and '1.500' an amount.
/// </remarks>
public static partial class DateRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    // Digits are written [0-9]: \d also matches other scripts' digits, which int.Parse refuses.
    private const string NotAfterWord = @"(?<![\p{L}0-9])";

    /// <summary>Every date in the text, in order of appearance.</summary>
    public static IReadOnlyList<DateMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<DateMention>();
        // Every pattern below needs a digit, most a word or a mark besides: checked first, since the extraction asks
        // for the dates of many single sentences, most with none, and the patterns would search every letter of them.
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
            return candidates;
        var hasMonthWord = text.Contains("tháng", StringComparison.OrdinalIgnoreCase);
        var hasNumberPair = HasNumberPair(text);
        if (hasMonthWord)
            AddWrittenOutDays(text, candidates);
        if (hasNumberPair)
            AddNumericDays(text, candidates);
        if (hasMonthWord)
            AddMonths(text, candidates);
        if (hasNumberPair)
            AddCareerMonths(text, candidates);
        if (text.Contains("năm", StringComparison.OrdinalIgnoreCase))
            AddYears(text, candidates);
        AddSpanYears(text, candidates);
        return KeepLongestWithoutOverlap(candidates);
    }

    /// <summary>
    /// Whether a digit, a '/', '.' or '-', and a digit are written in a row: every numeric day ('7/3', '12-5') and bare
    /// month/year ('5/2009') holds one.
    /// </summary>
    private static bool HasNumberPair(string text)
    {
        for (var at = text.AsSpan().IndexOfAny('/', '.', '-'); at >= 0; )
        {
            if (at > 0 && at + 1 < text.Length && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]))
                return true;
            var next = text.AsSpan(at + 1).IndexOfAny('/', '.', '-');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>'ngày 05 tháng 01 năm 2022', 'ngày 23 tháng 1'.</summary>
    [GeneratedRegex(NotAfterWord + @"(?:(?:sáng|chiều|trưa|tối|đêm)\s+)?ngày\s+(?<d>[0-9]{1,2})\s+tháng\s+(?<m>[0-9]{1,2})(?:\s*,?\s*năm\s+(?<y>[0-9]{4}))?(?![0-9])", Options)]
    private static partial Regex WrittenOutDay();

    /// <summary>
    /// 'Sáng ngày 13/01', 'Sáng 7-1', '03/3/2022', 'từ ngày 26-29/10', 'ngày 25 và 26/7', 'từ ngày 6 đến 8/1',
    /// 'từ ngày 12 đến ngày 14-6', 'Ngày 18.2', '18.2.2024'.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}0-9/.\-–:,])" +
        @"(?:(?<lead>(?:(?:sáng|chiều|trưa|tối|đêm|hôm)\s+)?(?<dayword>ngày|mùng|mồng)|sáng|chiều|trưa|tối|đêm|hôm)\s+)?" +
        @"(?<d>[0-9]{1,2})(?:(?:\s*[-–]\s*|\s+và\s+)(?<d2>[0-9]{1,2})(?=/)|\s+(?:đến|tới)\s+(?:ngày\s+)?(?<d2>[0-9]{1,2})(?=[/.-]))?(?<sep>[/.-])(?<m>[0-9]{1,2})(?:(?<sep2>[/.-])(?<y>[0-9]{4}))?" +
        // The year's separator is the day's ('3/3/2022'), checked in code: a back-reference would
        // leave the pattern to the regex interpreter, several times slower.
        // Not a date when the numbers run on: '1/2/3', '10/1.5', '11/1-NQ', '12/2021/QĐ', '3-2:1'. A colon after a
        // whole day with its year ends a heading or a chronology line ('Ngày 9/3/1987: …', 'Giá vàng hôm nay 21.4.2024: …'),
        // which no score or time writes.
        @"(?![0-9])(?(y)|(?!:))(?![/.\-–][0-9])(?![/\-–]\p{L})",
        Options)]
    internal static partial Regex NumericDay();

    /// <summary>'tháng 12/2021', 'Tháng 2/2025', 'Tháng 11.2014', 'tháng 3 năm 2021', 'tháng 12'.</summary>
    /// <remarks>The dot takes no spaces around it: in 'tháng 11. 2014 ...' the dot ends a sentence.</remarks>
    [GeneratedRegex(NotAfterWord + @"tháng\s+(?<m>[0-9]{1,2})(?:\s*[/-]\s*(?<y>[0-9]{4})|\.(?<y>[0-9]{4})|\s*,?\s*năm\s+(?<y>[0-9]{4}))?(?![0-9])(?![/\-]\p{L})(?![.,][0-9])", Options)]
    private static partial Regex Month();

    /// <summary>
    /// A month and year without 'tháng', as a career record writes them: '5/2009 - 7/2014:',
    /// '- 4/2021 - nay:', 'từ 3/2011', or dotted 'từ 8.2018 tới nay'. The four-digit second number makes it month/year.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}0-9/.\-–:,])(?<m>[0-9]{1,2})(?:/(?<y>[0-9]{4})|\.(?<y>(?:19|20)[0-9]{2}))(?![0-9])(?![/.\-–][0-9\p{L}])", Options)]
    private static partial Regex BareMonthYear();

    /// <summary>What may follow a bare month/year: a dash to another month/year or to 'nay'.</summary>
    [GeneratedRegex(@"^\s*[-–—]\s*(?:[0-9]{1,2}/[0-9]{4}(?![0-9])|(?:hiện\s+)?nay(?!\p{L}))", Options)]
    private static partial Regex CareerSpanFollows();

    /// <summary>A record line's start ('- 4/2021: ...'): only a bullet before the month/year on its line.</summary>
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:[-–—+•*][ \t]*)?$")]
    private static partial Regex RecordLineStart();

    /// <summary>What may precede a bare month/year instead: the start of a range, or 'từ', 'đến', 'cuối' ...</summary>
    [GeneratedRegex(@"(?:(?<![0-9])[0-9]{1,2}/[0-9]{4}\s*[-–—]\s*|(?<!\p{L})(?:từ|đến|tới|cuối|đầu|giữa)\s+)$", Options)]
    private static partial Regex CareerSpanPrecedes();

    /// <summary>Words after a dotted number that make it an amount ('2.5 triệu', 'tăng 3.5%').</summary>
    [GeneratedRegex(@"^\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn|tấn|lít|kg|km|ha|usd|đồng|lần|người|giờ|phút)(?!\p{L})", Options)]
    private static partial Regex AmountFollows();

    /// <summary>'năm 2022'.</summary>
    [GeneratedRegex(NotAfterWord + @"năm\s+(?<y>[0-9]{4})(?![0-9])(?![/\-]\p{L})", Options)]
    private static partial Regex Year();

    /// <summary>Words after a bare 'a/b' that make it a quantity ('1/2 số đại biểu', 'treo cờ đến 2/3 cột').</summary>
    [GeneratedRegex(@"^\s+(?:số|phần|tổng|dân|diện|lượng|trong|thành viên|đại biểu|cử tri|trường hợp|cột|chiều\s+(?:cao|dài|rộng))(?!\p{L})", Options)]
    private static partial Regex QuantityFollows();

    /// <summary>Words before a bare 'a/b' that make it a quantity ('khoảng 1/3', 'chiếm 2/3').</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:khoảng|gần|hơn|chiếm|trên|dưới|tỷ lệ|tỉ lệ|bằng|được|còn|tới|đạt)\s+$", Options)]
    private static partial Regex QuantityPrecedes();

    /// <summary>
    /// The part every match of <see cref="WrittenOutDay"/> holds, 'ngày 5 tháng', under the same options: searched first,
    /// since its search starts at the word 'ngày' alone, where the whole pattern opens on optional lead words and so
    /// tries a match at nearly every 's', 'c', 't', 'đ' and 'n' of a text that names a month.
    /// </summary>
    [GeneratedRegex(@"ngày\s+[0-9]{1,2}\s+tháng", Options)]
    private static partial Regex DayNumberThenMonthWord();

    private static void AddWrittenOutDays(string text, List<DateMention> into)
    {
        if (!DayNumberThenMonthWord().IsMatch(text))
            return;
        foreach (Match match in WrittenOutDay().Matches(text))
            AddDay(into, match, NumberOf(match, "y"), NumberOf(match, "m")!.Value, NumberOf(match, "d")!.Value, endDay: null);
    }

    private static void AddNumericDays(string text, List<DateMention> into)
    {
        // Groups asked for by number: asking by name looks the name up in the pattern's table at every question, some
        // dozen times a match.
        foreach (var match in NumericDayMatches(text))
        {
            var groups = match.Groups;
            if (groups[NumericGroups.Sep2].Success && groups[NumericGroups.Sep2].ValueSpan[0] != groups[NumericGroups.Sep].ValueSpan[0])
                continue; // '3/3.2022': the numbers run on with another separator
            var hasLead = groups[NumericGroups.Lead].Success;
            var year = NumberOf(groups[NumericGroups.Y]);
            var separator = groups[NumericGroups.Sep].ValueSpan[0];
            if (!hasLead && year is null && (separator is '-' or '.' || LooksLikeQuantity(text, match)))
                continue; // '3-2' is a score, '1/2 số' a fraction, '2.5' a decimal, unless a date word leads in
            if (separator == '.' && IsDottedNumber(text, match))
                continue;
            var month = NumberOf(groups[NumericGroups.M])!.Value;
            var day = NumberOf(groups[NumericGroups.D])!.Value;
            var endDay = NumberOf(groups[NumericGroups.D2]);
            // 'từ ngày 28 đến 2/12' runs over a month's end: only its last day is written whole.
            if (endDay is { } last && last <= day)
            {
                var endStart = groups[NumericGroups.D2].Index;
                var whole = new DateMention(endStart, match.Index + match.Length - endStart, text[endStart..(match.Index + match.Length)], year, month, last, DateGranularity.Day);
                if (IsValidDay(year, month, last))
                    into.Add(whole);
                continue;
            }
            AddDay(into, match, year, month, day, endDay);
        }
    }

    /// <summary>The numbers of <see cref="NumericDay"/>'s named groups, looked up once.</summary>
    private static class NumericGroups
    {
        public static readonly int Lead = NumericDay().GroupNumberFromName("lead");
        public static readonly int D = NumericDay().GroupNumberFromName("d");
        public static readonly int D2 = NumericDay().GroupNumberFromName("d2");
        public static readonly int Sep = NumericDay().GroupNumberFromName("sep");
        public static readonly int M = NumericDay().GroupNumberFromName("m");
        public static readonly int Sep2 = NumericDay().GroupNumberFromName("sep2");
        public static readonly int Y = NumericDay().GroupNumberFromName("y");
    }

    /// <summary>
    /// The matches of <see cref="NumericDay"/>, the same as its <c>Matches</c>, but each searched from near the number
    /// pair it must hold rather than from the end of the last one.
    /// </summary>
    /// <remarks>
    /// The pattern opens on optional lead words ('sáng', 'ngày', 'hôm', …), so its matcher tries a match at nearly every
    /// 's', 'c', 't', 'h', 'n' and 'm' of the text, the largest single cost among the patterns. Every match holds a number
    /// pair (a digit, '/', '.' or '-', a digit: the last digit of its day, its separator, its month's first digit), and
    /// everything from the match's start to that pair is lead words, day numbers, white space, 'và', 'đến', 'tới' and
    /// dashes: letters, marks, digits, spaces and dashes only. So no match can start before the last character outside
    /// those that stands before the next pair: the search starts just after it. The lookbehinds still see the text before
    /// the start (<c>Match(text, start)</c> reads the whole text), so each match found is the one <c>Matches</c> gives.
    /// </remarks>
    internal static IEnumerable<Match> NumericDayMatches(string text)
    {
        for (var searched = 0; ;)
        {
            var pair = NumberPairAt(text, searched);
            if (pair < 0)
                yield break;
            var from = pair;
            while (from > searched && MayStandBeforeDayNumbers(text[from - 1]))
                from--;
            var match = NumericDay().Match(text, from);
            if (!match.Success)
                yield break;
            yield return match;
            searched = match.Index + match.Length;
        }
    }

    /// <summary>The first place at or after <paramref name="from"/> where a digit, '/', '.' or '-', and a digit stand in a row.</summary>
    private static int NumberPairAt(string text, int from)
    {
        for (var at = from + 1; at + 1 < text.Length; at++)
        {
            var next = text.AsSpan(at, text.Length - 1 - at).IndexOfAny('/', '.', '-');
            if (next < 0)
                return -1;
            at += next;
            if (char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]))
                return at - 1;
        }
        return -1;
    }

    /// <summary>A character that may stand in a numeric day's lead or between its day numbers (a superset of them).</summary>
    private static bool MayStandBeforeDayNumbers(char c) =>
        char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '-' or '–'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// A dotted pair that is no date even after a lead word: 'sáng 9.05' is a time (a day written
    /// with a dot and a zero-padded month needs 'ngày'), 'ngày 2.5 triệu' an amount.
    /// </summary>
    private static bool IsDottedNumber(string text, Match match)
    {
        var after = text.AsSpan(match.Index + match.Length, Math.Min(12, text.Length - match.Index - match.Length));
        if (AmountFollows().IsMatch(after))
            return true;
        var month = match.Groups["m"].ValueSpan;
        return !match.Groups["dayword"].Success && !match.Groups["y"].Success && month.Length == 2 && month[0] == '0';
    }

    private static bool LooksLikeQuantity(string text, Match match)
    {
        var before = text.AsSpan(Math.Max(0, match.Index - 12), Math.Min(12, match.Index));
        var after = text.AsSpan(match.Index + match.Length, Math.Min(20, text.Length - match.Index - match.Length));
        return QuantityPrecedes().IsMatch(before) || QuantityFollows().IsMatch(after);
    }

    private static void AddMonths(string text, List<DateMention> into)
    {
        foreach (Match match in Month().Matches(text))
        {
            var month = NumberOf(match, "m")!.Value;
            var year = NumberOf(match, "y");
            if (month is >= 1 and <= 12 && IsPlausibleYear(year))
                into.Add(new DateMention(match.Index, match.Length, match.Value, year, month, null, DateGranularity.Month));
        }
    }

    private static void AddCareerMonths(string text, List<DateMention> into)
    {
        foreach (Match match in BareMonthYear().Matches(text))
        {
            var month = NumberOf(match, "m")!.Value;
            var year = NumberOf(match, "y");
            if (month is < 1 or > 12 || !IsPlausibleYear(year) || !IsInCareerSpan(text, match))
                continue;
            var end = match.Index + match.Length;
            if (match.Value.Contains('.') && AmountFollows().IsMatch(text.AsSpan(end, Math.Min(12, text.Length - end))))
                continue; // 'từ 1.2020 tấn': a number with a thousands dot
            into.Add(new DateMention(match.Index, match.Length, match.Value, year, month, null, DateGranularity.Month));
        }
    }

    /// <summary>'Nghị định 15/2020' is a document number: a bare month/year is read only inside a span or a record line.</summary>
    private static bool IsInCareerSpan(string text, Match match)
    {
        var end = match.Index + match.Length;
        var after = text.AsSpan(end, Math.Min(24, text.Length - end));
        if (CareerSpanFollows().IsMatch(after))
            return true;
        var beforeStart = Math.Max(0, match.Index - 16);
        var before = text.AsSpan(beforeStart, match.Index - beforeStart);
        return CareerSpanPrecedes().IsMatch(before)
            || (after.TrimStart().StartsWith(":") && (match.Index == 0 || RecordLineStart().IsMatch(before)));
    }

    /// <summary>
    /// A bare year after a span word, as careers are told: 'từ 2001 - 2006', 'từ năm 1993 đến 1997',
    /// 'từ 2016 tới khi …'. Without such a word a bare four-digit number is no year ('2.000', 'số 2021').
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])(?:từ|đến|tới)\s+(?<y>(?:19|20)[0-9]{2})(?![0-9])(?![/.,\-–][0-9]{1,2}(?![0-9]))(?:\s*[-–]\s*(?<y2>(?:19|20)[0-9]{2})(?![0-9])(?![/.,][0-9]))?", Options)]
    private static partial Regex SpanYear();

    private static void AddSpanYears(string text, List<DateMention> into)
    {
        foreach (Match match in SpanYear().Matches(text))
        {
            foreach (var group in new[] { match.Groups["y"], match.Groups["y2"] })
            {
                if (!group.Success)
                    continue;
                var year = int.Parse(group.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                into.Add(new DateMention(group.Index, group.Length, group.Value, year, null, null, DateGranularity.Year));
            }
        }
    }

    private static void AddYears(string text, List<DateMention> into)
    {
        foreach (Match match in Year().Matches(text))
        {
            var year = NumberOf(match, "y");
            if (year is not null && IsPlausibleYear(year))
                into.Add(new DateMention(match.Index, match.Length, match.Value, year, null, null, DateGranularity.Year));
        }
    }

    private static void AddDay(List<DateMention> into, Match match, int? year, int month, int day, int? endDay)
    {
        if (!IsValidDay(year, month, day) || (endDay is not null && (endDay <= day || !IsValidDay(year, month, endDay.Value))))
            return;
        into.Add(new DateMention(match.Index, match.Length, match.Value, year, month, day, DateGranularity.Day) { EndDay = endDay });
    }

    /// <summary>Whether the day exists; without a year, 29/2 is allowed (it exists in leap years).</summary>
    internal static bool IsValidDay(int? year, int month, int day) =>
        IsPlausibleYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month);

    private static bool IsPlausibleYear(int? year) => year is null or (>= 1900 and <= 2100);

    private static int? NumberOf(Match match, string group) => NumberOf(match.Groups[group]);

    private static int? NumberOf(Group group) =>
        group.Success ? int.Parse(group.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Where patterns overlap ('ngày 5 tháng 1 năm 2022' also holds 'năm 2022'), the earliest, longest wins.</summary>
    private static List<DateMention> KeepLongestWithoutOverlap(List<DateMention> candidates)
    {
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<DateMention>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (kept.Count == 0 || candidate.Start >= kept[^1].End)
                kept.Add(candidate);
        }
        return kept;
    }
}
