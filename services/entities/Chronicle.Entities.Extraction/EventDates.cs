using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// The day or month a sentence dates something that happened: 'Sáng 18-7, …', '… hôm 27/4',
/// 'Kỳ họp thứ bảy (tháng 5/2024)'. Dates that date no event are passed over: birthdays and
/// Party admission, a document's date, a deadline or a span's end ('đến ngày 26/6'), a byline's
/// timestamp, the ends of an anniversary's span ('(30/4/1975 – 30/4/2024)').
/// </summary>
internal static partial class EventDates
{
    /// <summary>A sentence's event date, where it stands in the text, and the day list it opens ('25 và 26/7' is the 25th).</summary>
    public sealed record Found(int Start, int End, int? Year, int Month, int? Day, bool AtStart);

    /// <param name="dates">The dates the recogniser found in this sentence (offsets in the whole text).</param>
    /// <param name="previous">The date of the event told last, for 'Cùng ngày, …'.</param>
    public static Found? In(string text, TextSpan sentence, IEnumerable<DateMention> dates, AnchorDate? anchor, Found? previous)
    {
        // Most sentences write no date at all: nothing to read there.
        var recognised = dates as List<DateMention> ?? dates.ToList();
        var hasDigit = text.AsSpan(sentence.Start, sentence.Length).IndexOfAnyInRange('0', '9') >= 0;
        // 'Chiều qua, …', 'Tháng trước, …': a date counted from the day of writing (ContextDates.WithRelativeDates).
        var hasRelative = recognised.Exists(d => d.IsRelative);
        if (!hasDigit && !hasRelative && !MayOpenOnADay(text, sentence))
            return null;
        var words = text.Substring(sentence.Start, sentence.Length);
        // 'Sáng nay, …', 'Chiều nay (15/3), …': the day the article reports on, when it is known.
        var today = Today().Match(words);
        if (today.Success && !today.Groups["date"].Success && anchor is { Granularity: DateGranularity.Day, Month: { } month, Day: { } day })
            return new Found(sentence.Start + today.Index, sentence.Start + today.Index + today.Length, anchor.Year, month, day, AtStart: true);
        // 'Sáng nay 7-5, …': the day written after 'nay', which the recogniser leaves without a lead word.
        if (today.Groups["d"].Success && WrittenDay(today.Groups["d"].Value, today.Groups["m"].Value) is { } written)
            return new Found(sentence.Start + today.Index, sentence.Start + today.Index + today.Length, null, written.Month, written.Day, AtStart: true);
        // 'Hôm qua (16-5), …', 'Mới nhất chiều qua (5/8), …': the day written in brackets after a day counted back.
        if (!today.Success && BracketedDayAfterYesterday().Match(words) is { Success: true } yesterday
            && WrittenDay(yesterday.Groups["d"].Value, yesterday.Groups["m"].Value) is { } bracketed)
            return new Found(sentence.Start + yesterday.Index, sentence.Start + yesterday.Index + yesterday.Length, null, bracketed.Month, bracketed.Day, AtStart: true);
        // 'Chiều cùng ngày, …', 'Nhân dịp này, …': the day of the event told just before.
        var sameDay = SameDayLead().Match(words);
        // 'Lễ an táng lúc 15h cùng ngày tại …': a ceremony of the day told just before, named first.
        if (!sameDay.Success)
            sameDay = EventOnTheSameDay().Match(words);
        if (sameDay.Success && previous is not null)
        {
            // 'Lễ an táng lúc 15h cùng ngày': the day stands after the ceremony's name, which the reading takes from before it.
            var when = sameDay.Groups["when"].Success ? sameDay.Groups["when"] : (Group)sameDay;
            return previous with { Start = sentence.Start + when.Index, End = sentence.Start + sameDay.Index + sameDay.Length, AtStart = true };
        }
        if (!hasDigit && !hasRelative)
            return null;
        // A date written out wins over one counted from the day of writing ('Đầu tháng này, … hẹn
        // làm việc vào ngày 09/7'): the written one is precise.
        foreach (var date in Candidates(words, recognised, sentence.Start))
        {
            var list = date.Day is null || date.IsRelative ? null : FirstOfList(words, date.Start);
            // 'phiên họp thứ 32, sáng 22.4': a list runs up to its last day; a number past it is no day of the list.
            if (list is { } first && (first.Day < 1 || first.Day >= date.Day))
                list = null;
            var start = list?.Start ?? date.Start;
            if (IsEventDate(words, date, start, anchor?.Year))
            {
                // A lead opens its clause: '…, chiều 27/12.' closing a sentence dates what came before it.
                // 'Tại Quyết định số 39/QĐ-TTg ngày 6-1-2025, Thủ tướng …': the act framing the sentence opens its clause as a lead does.
                var atStart = (LeadBefore().IsMatch(Tail(words, start)) || ActFrameBefore().IsMatch(Tail(words, start))) && ClauseFollows().IsMatch(words.AsSpan(date.End));
                return new Found(sentence.Start + start, sentence.Start + date.End, date.Year, date.Month!.Value, list?.Day ?? date.Day, atStart);
            }
        }
        return null;
    }

    /// <summary>The date with its year: written, or the anchor's (<see cref="ContextDates.Resolve"/>).</summary>
    public static ExtractedDate? Dated(Found date, AnchorDate? anchor, bool toCome)
    {
        var granularity = date.Day is null ? DateGranularity.Month : DateGranularity.Day;
        var mention = new DateMention(date.Start, date.End - date.Start, "", date.Year, date.Month, date.Day, granularity);
        return ContextDates.Resolve(mention, anchor, toCome);
    }

    /// <summary>
    /// A day written without its year that the sentence places a year back: 'cách đây một năm',
    /// 'năm ngoái', 'tròn một năm', or a day the news keeps recalling (the Hamas attack of 7/10/2023).
    /// </summary>
    public static Found WithRecalledYear(string text, TextSpan sentence, Found date, AnchorDate? anchor)
    {
        if (date.Year is not null || anchor?.Year is not { } year)
            return date;
        var words = text.AsSpan(sentence.Start, sentence.Length);
        if (YearBefore().IsMatch(words))
            return date with { Year = year - 1 };
        foreach (var (cue, month, day, known) in RecalledDays)
        {
            if (date.Month == month && date.Day == day && words.Contains(cue, StringComparison.Ordinal))
                return date with { Year = known };
        }
        return date;
    }

    /// <summary>Days the news recalls without their year, with the word that names them.</summary>
    private static readonly (string Cue, int Month, int Day, int Year)[] RecalledDays =
    [
        ("Hamas", 10, 7, 2023),
    ];

    private static (int Month, int Day)? WrittenDay(string day, string month)
    {
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(2000, m) ? (m, d) : null;
    }

    /// <summary>
    /// Days and months in the sentence, with the dotted form the recogniser leaves ('sáng 10.9'), in the order they are
    /// tried: the written ones before those counted from the day of writing, each kind in the text's order.
    /// </summary>
    /// <param name="recognised">The recogniser's dates, with offsets in the whole text; <paramref name="offset"/> is the sentence's.</param>
    private static List<DateMention> Candidates(string words, List<DateMention> recognised, int offset)
    {
        var found = new List<DateMention>(recognised.Count + 1);
        foreach (var d in recognised)
        {
            if (d.Granularity != DateGranularity.Year)
                found.Add(d with { Start = d.Start - offset });
        }
        // 'Ngày 14/12/1994: …', a line of a chronology: the day heads the line, a colon after it.
        if (HeadingDay().Match(words) is { Success: true } heading && !found.Any(f => f.Start < heading.Index + heading.Length && heading.Index < f.End))
        {
            var day = int.Parse(heading.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(heading.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month))
                found.Add(new DateMention(heading.Groups["date"].Index, heading.Groups["date"].Length, heading.Groups["date"].Value,
                    heading.Groups["y"].Success ? int.Parse(heading.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null, month, day, DateGranularity.Day));
        }
        foreach (Match dotted in DigitDotDigit().IsMatch(words) ? DottedDay().Matches(words) : Enumerable.Empty<Match>())
        {
            var day = int.Parse(dotted.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(dotted.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month) && !found.Any(f => f.Start < dotted.Index + dotted.Length && dotted.Index < f.End))
                found.Add(new DateMention(dotted.Index, dotted.Length, dotted.Value, dotted.Groups["y"].Success ? int.Parse(dotted.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null, month, day, DateGranularity.Day));
        }
        // 'từ ngày 9 đến 12-11', 'trong các ngày 6 - 7.5': a range the recogniser leaves, dated by its first day.
        foreach (Match range in RangeWord().IsMatch(words) ? DayRange().Matches(words) : Enumerable.Empty<Match>())
        {
            var day = int.Parse(range.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(range.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            int? year = range.Groups["y"].Success ? int.Parse(range.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null;
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month) && !found.Any(f => f.Start < range.Index + range.Length && range.Index < f.End))
                found.Add(new DateMention(range.Index, range.Length, range.Value, year, month, day, DateGranularity.Day));
        }
        WrittenFirstInTextOrder(found);
        return found;
    }

    /// <summary>
    /// Sorts the dates written out before those counted from the day of writing, each kind by its start, keeping the
    /// order of equals (as ordering by start, then by that kind, does). The lists hold a few dates, most already in order:
    /// an insertion sort in place costs no sorting objects at each dated sentence.
    /// </summary>
    private static void WrittenFirstInTextOrder(List<DateMention> dates)
    {
        for (var k = 1; k < dates.Count; k++)
        {
            var date = dates[k];
            var at = k;
            while (at > 0 && Before(date, dates[at - 1]))
            {
                dates[at] = dates[at - 1];
                at--;
            }
            dates[at] = date;
        }

        static bool Before(DateMention a, DateMention b) =>
            a.IsRelative != b.IsRelative ? !a.IsRelative : a.Start < b.Start;
    }

    private static bool IsEventDate(string words, DateMention date, int start, int? reportYear)
    {
        var before = Tail(words, start);
        // A month or a week counted from the day of writing dates the sentence only when it opens
        // it ('Tháng trước, …'); further in it is mostly a comparison ('tăng so với tháng trước').
        if (date.IsRelative && date.Granularity != DateGranularity.Day && !OpeningOnly().IsMatch(before))
            return false;
        var after = words.AsSpan(date.End, Math.Min(Window, words.Length - date.End));
        if (date.Granularity == DateGranularity.Day && SignedActNumberBefore().IsMatch(before))
            return true;
        if (date.Granularity == DateGranularity.Day && (ActFrameBefore().IsMatch(before) || ActInBracketsBefore().IsMatch(before)) && DecidedDeed().IsMatch(words))
            return true;
        if (NotAnEventBefore().IsMatch(before) || NotAnEventAfter().IsMatch(after))
            return false;
        // A post held from a day of an earlier year is a career recalled; one from a day of the report's year may be its news.
        if (date.Year < reportYear && PostHeldFrom().IsMatch(words.AsSpan(Math.Max(0, start - PostWindow), Math.Min(start, PostWindow))))
            return false;
        // 'ban hành ngày 9/7/2024' is a document's date; 'thông qua sáng 30/11' the day of a vote.
        // 'Nghị quyết được Ủy ban Thường vụ Quốc hội thông qua ngày 26.4': a body's vote, the day's happening too.
        if (DocumentVerbBefore().IsMatch(before) && !PartOfDay().IsMatch(words.AsSpan(date.Start)) && !AdoptedByBody().IsMatch(before))
            return false;
        // A bare month is too loose to date an event unless its year is written, or it is the past
        // month of an event named right before it ('cuộc trưng cầu ý dân hồi tháng 3').
        // So is the month of a past deed told right before it ('được tạm tha vào tháng 2', 'qua đời hồi tháng 4'),
        // a month 'hồi' marks as past ('dừng chiến dịch hồi tháng 7', 'Hồi đầu tháng 8, …'), and one opening the
        // sentence or following any deed after 'vào' ('Vào tháng 3, …', 'bị sa thải vào tháng 2') when nothing is to come.
        return date.Granularity == DateGranularity.Day || date.Year is not null
            || (!date.IsRelative && (PastMonthOfNoun().IsMatch(before) || PastMonthOfDeed().IsMatch(before)
                || (!FutureCue().IsMatch(words) && !MonthToCome().IsMatch(after) && (MonthBackThen().IsMatch(before) || EventPhrases.DeedBeforeMonth(before)))));
    }

    /// <summary>
    /// 'hồi ', 'hồi đầu ', or 'Vào ', 'Trước đó, vào cuối ' opening the sentence, right before a month without its year:
    /// the month a past deed was done in. 'hồi' speaks only of the past; 'vào' does when nothing in the sentence is still to come.
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])[Hh]ồi|^\s*(?:[Tt]rước\s+đó\s*,\s*|[Cc]ũng\s+)?[Vv]ào)(?:\s+(?:đầu|giữa|cuối))?\s+$")]
    private static partial Regex MonthBackThen();

    /// <summary>' tới', ' sắp tới', ' năm sau', ' hằng năm' after a month: one to come, or every year's.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:tới|sắp\s+tới|năm\s+(?:sau|tới)|hằng\s+năm|hàng\s+năm|mỗi\s+năm)(?![\p{L}])")]
    private static partial Regex MonthToCome();

    /// <summary>A past deed, a few words, then 'vào' or 'hồi' and maybe the part of the month: 'được tạm tha vào ', 'qua đời hồi ',
    /// 'tấn công vào Kursk hồi đầu '.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:tạm\s+tha|ra\s+tù|phóng\s+thích|đặc\s+xá|ân\s+xá|được\s+(?:tha|thả)|trả\s+tự\s+do|bị\s+bắt|bắt\s+giữ|bắt\s+tạm\s+giam|qua\s+đời|từ\s+trần|từ\s+chức|khởi\s+tố|truy\s+tố|xét\s+xử|tuyên\s+án|ký\s+kết|tấn\s+công|không\s+kích|điện\s+đàm)(?:\s+[\p{L}0-9]+){0,3}?\s+(?:vào|hồi)(?:\s+(?:đầu|giữa|cuối))?\s+$")]
    private static partial Regex PastMonthOfDeed();

    /// <summary>'25 và 26/7', 'các ngày 26, 27, 28, 29/6/2024', 'từ ngày 12 đến ngày 14/3', 'khai mạc ngày 18 và bế mạc ngày 20/9': the first day.</summary>
    private static (int Start, int Day)? FirstOfList(string words, int dateStart)
    {
        var from = Math.Max(0, dateStart - Window);
        var list = DayList().Match(words, from, dateStart - from);
        return list.Success ? (list.Index, int.Parse(list.Groups["first"].ValueSpan, CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>'Hôm qua (16-5)', 'Chiều qua (5/8)' within the sentence's first words, before its first comma.</summary>
    [GeneratedRegex(@"^[^,;]{0,20}?(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm|[Đđ]êm)\s+qua\s*\(\s*(?:ngày\s+)?(?<d>[0-9]{1,2})[-/.](?<m>[0-9]{1,2})\s*\)")]
    private static partial Regex BracketedDayAfterYesterday();

    /// <summary>'Sáng nay', 'Cùng ngày', 'Chiều cùng ngày' within the sentence's first words.</summary>
    private static bool MayOpenOnADay(string text, TextSpan sentence)
    {
        var opening = text.AsSpan(sentence.Start, Math.Min(sentence.Length, 60));
        return opening.Contains(" nay", StringComparison.Ordinal) || opening.Contains("ùng ngày", StringComparison.Ordinal) || opening.Contains("rong ngày", StringComparison.Ordinal)
            || opening.StartsWith("Nhân dịp này", StringComparison.Ordinal) || opening.StartsWith("Sau ", StringComparison.Ordinal);
    }

    /// <summary>How far before a date the appointment of a post held from it is looked for: a post's name is long.</summary>
    private const int PostWindow = 160;

    /// <summary>How far before or after a date the words that qualify it are looked for.</summary>
    private const int Window = 80;

    /// <summary>
    /// The words right before a date, as far as the window reaches; the whole sentence start when
    /// it is nearer, so that 'nothing before' still reads as a lead.
    /// </summary>
    private static ReadOnlySpan<char> Tail(string words, int end) => words.AsSpan(Math.Max(0, end - Window), Math.Min(end, Window));

    /// <summary>Whether the sentence speaks of what is still to come.</summary>
    public static bool ToCome(string text, TextSpan sentence) => FutureCue().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    [GeneratedRegex(@"(?<![\p{L}0-9])(?:sáng|chiều|trưa|tối|đêm|hôm|ngày)\s+(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})(?:\.(?<y>[0-9]{4}))?(?![0-9]|\.[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex DottedDay();

    [GeneratedRegex(@"[0-9]\.[0-9]")]
    private static partial Regex DigitDotDigit();

    /// <summary>'Ngày 14/12/1994:', '- 17/10/2022:' opening a line of a chronology.</summary>
    [GeneratedRegex(@"^[\s\-–•*]*(?<date>(?:[Nn]gày\s+)?(?<d>[0-9]{1,2})[/.\-](?<m>[0-9]{1,2})(?:[/.\-](?<y>[0-9]{4}))?)\s*:\s")]
    private static partial Regex HeadingDay();

    [GeneratedRegex(@"[0-9]\s*(?:[-–]|đến|tới)")]
    private static partial Regex RangeWord();

    /// <remarks>A range across months ('từ ngày 31/7-3/8') opens on its first day and month, not on '7-3/8'.</remarks>
    [GeneratedRegex(@"(?<![\p{L}0-9/.])(?:(?:từ|trong\s+(?:các|hai|ba)|các)\s+)?(?:ngày\s+)?(?:(?<d>[0-9]{1,2})[/.](?<m>[0-9]{1,2})\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?[0-9]{1,2}[/.][0-9]{1,2}|(?<d>[0-9]{1,2})\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?[0-9]{1,2}[/.\-](?<m>[0-9]{1,2}))(?:[/.\-](?<y>[0-9]{4}))?(?![0-9]|[/.\-][0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex DayRange();

    /// <summary>Nothing or a dateline, a source credit, a frame ('Trong khuôn khổ …,') before the date.</summary>
    [GeneratedRegex(@"^[\s,):]*(?:\([^()]{0,40}\)\s*)?,?\s*[\p{L}0-9/]+\s+\p{L}+")]
    private static partial Regex ClauseFollows();

    /// <remarks>'Đầu tháng 4/2024, …', 'Trước đó, vào cuối tháng 4/2024, …', 'Hồi đầu tháng 8, …': the part of the month still opens the clause.
    /// ('Trước đó, vào chiều 3/8' is left as it was: a lead so worded would pass for the report's own day.)</remarks>
    [GeneratedRegex(@"^\s*$|^\s*(?:[Đđ]ến|[Tt]ới|[Vv]ào|[Hh]ồi)\s+$|^\s*(?:[Cc]ũng\s+)?(?:[Tt]rong|[Vv]ào)\s+(?:buổi\s+)?$|^\s*[Cc]ũng\s+$|[,\-–)]\s*$|(?:^|,)\s*(?:[Vv]ào\s+|[Hh]ồi\s+)?(?:[Đđ]ầu|[Cc]uối|[Gg]iữa)\s+$|(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm|[Đđ]êm)\s+(?:nay|qua)\s*\(?\s*(?:ngày\s+)?$")]
    private static partial Regex LeadBefore();

    /// <remarks>'Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký …': what follows the talks told just before is of their day.</remarks>
    [GeneratedRegex(@"^(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s+cùng\s+ngày|[Cc]ùng\s+ngày|[Tt]rong\s+ngày|[Nn]hân\s+dịp\s+này|Sau\s+(?:khi\s+)?(?:buổi\s+|cuộc\s+)?(?:hội\s+đàm|hội\s+kiến)(?:\s+[^,;.]{1,60})?)(?=\s*,)")]
    private static partial Regex SameDayLead();

    /// <summary>'Lễ an táng lúc 15h cùng ngày', 'Buổi tiếp diễn ra chiều cùng ngày': an event the sentence opens on, held the day told before.</summary>
    [GeneratedRegex(@"^(?:Lễ|Buổi|Phiên|Hội\s+nghị|Cuộc)\s+[^,;.0-9]{1,40}?\s+(?:(?:diễn\s+ra|được\s+tổ\s+chức|được\s+cử\s+hành)\s+)?(?<when>(?:(?:vào\s+)?lúc\s+[0-9]{1,2}\s*(?:h|giờ)(?:\s*[0-9]{2})?\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?cùng\s+ngày)(?![\p{L}])")]
    private static partial Regex EventOnTheSameDay();

    /// <summary>A lead that opens on today, with or without its date after it ('Sáng nay (15/3)', 'Sáng nay 7-5'): a written date wins.</summary>
    [GeneratedRegex(@"^(?:[^,]{0,40}[-–]\s*)?(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm)\s+nay(?<date>\s*\(|\s+(?:ngày\s+)?(?<d>[0-9]{1,2})[-/.](?<m>[0-9]{1,2})(?![0-9/]))?")]
    private static partial Regex Today();

    [GeneratedRegex(@"(?<![0-9/.])(?<!(?:thứ|lần|số|khóa|khoá|tháng)\s+)(?<first>[0-9]{1,2})(?:\s*,\s*[0-9]{1,2})*\s*(?:,|và|-|–|(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?|và\s+(?:kết\s+thúc|bế\s+mạc)(?:\s+(?:vào\s+)?ngày)?)\s*$")]
    private static partial Regex DayList();

    /// <summary>
    /// An act cited by its coded number, or a notice, put out on the day: 'ký ban hành Quyết định số
    /// 1420/QĐ-TTg', 'ban hành thông báo ý kiến …'. Issuing it is the day's happening, not only the
    /// document's date; a bare number ('Quyết định 1500') is too loose a citation to tell it.
    /// </summary>
    private const string IssuedAct =
        @"(?:(?:[Qq]uyết\s+định|[Nn]ghị\s+quyết|[Nn]ghị\s+định|[Cc]hỉ\s+thị|[Tt]hông\s+tư|[Kk]ết\s+luận|[Qq]uy\s+định|[Cc]ông\s+điện)\s+(?:số\s+)?[0-9]{1,5}(?:/[0-9]{4})?\s?[-/]\p{Lu}|[Tt]hông\s+báo(?![\p{L}]))";

    /// <summary>
    /// 'đã ký Quyết định số 920/QĐ-TTg ngày 28/8/2024 …': the date written after the number of the act
    /// the sentence signs is the day of signing, a deed of that day.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:ký(?:\s*,?\s*ban\s+hành)?|ban\s+hành)\s+(?:[Qq]uyết\s+định|[Nn]ghị\s+quyết|[Nn]ghị\s+định|[Cc]hỉ\s+thị|[Tt]hông\s+tư|[Kk]ết\s+luận|[Qq]uy\s+định|[Cc]ông\s+điện)\s+(?:số\s+)?[0-9]{1,5}(?:/[0-9]{4})?[-/]\p{Lu}[\p{L}0-9\-/.]*\s*,?\s*(?:ngày\s+)?$")]
    private static partial Regex SignedActNumberBefore();

    /// <summary>
    /// 'Tại Quyết định số 39/QĐ-TTg ngày 6-1-2025, Thủ tướng bổ nhiệm …', '… bị cảnh cáo (Quyết định số
    /// 715-QĐ/UBKTTW ngày 30/9/2022)': the act that decides the sentence's appointment or sanction,
    /// cited with its coded number as the sentence's frame or in brackets after the deed, dates that
    /// deed; cited further in ('được bổ nhiệm … tại Quyết định số …') it is a step of a career.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}\s*,\s*)?(?:[Tt]ại|[Tt]heo)\s+" + CodedAct + @"\s*,?\s*(?:ngày\s+)?$")]
    private static partial Regex ActFrameBefore();

    [GeneratedRegex(@"\(\s*" + CodedAct + @"\s*,?\s*(?:ngày\s+)?$")]
    private static partial Regex ActInBracketsBefore();

    private const string CodedAct = @"(?:các\s+)?(?:[Qq]uyết\s+định|[Nn]ghị\s+quyết)\s+(?:số\s+)?[0-9]{1,5}(?:/[0-9]{4})?\s?[-/]\p{Lu}[\p{L}0-9\-/.]*";

    /// <summary>Deeds an act decides: appointments and transfers, approvals, Party and state sanctions.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:bổ\s+nhiệm|miễn\s+nhiệm|bãi\s+nhiệm|điều\s+động|luân\s+chuyển|chỉ\s+định|chuẩn\s+y|phê\s+chuẩn|cảnh\s+cáo|khiển\s+trách|cách\s+chức|khai\s+trừ|kỷ\s+luật|thăng\s+quân\s+hàm)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex DecidedDeed();

    /// <summary>Words right before a date that make it no event's date.</summary>
    [GeneratedRegex(
        @"(?:(?<![\p{L}])(?:sinh(?:\s+ra)?|vào\s+Đảng|kết\s+nạp(?:\s+Đảng)?|nhập\s+ngũ|hiệu\s+lực(?:\s+thi\s+hành)?|kể\s+từ|cho\s+đến|đến\s+hết|hết|hạn|trước|chậm\s+nhất|(?<=hoãn[\p{L}\s]{0,20}?)đến|(?<=\p{L}\s)(?:đến|tới))\s*(?:(?:vào|từ|trong)\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:ngày\s*)?:?\s*"
        + @"|(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật|[Nn]gày\s+(?:sinh|vào\s+Đảng)\s*:?)\s*,?\s*(?:ngày\s+)?"
        + @"|Quốc\s+khánh\s+(?:ngày\s+)?"
        + @"|(?:trả\s+lời|nói\s+với|chia\s+sẻ\s+với)(?:\s+phỏng\s+vấn)?(?:\s+(?:báo|đài|hãng\s+tin))?\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}\s+(?:vào\s+)?(?:hôm\s+|ngày\s+)?"
        + @"|[0-9]{1,5}(?:/[0-9]{4})?[-/]\p{Lu}[\p{L}0-9\-/.]*\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s+)?"
        + @"|[0-9]\s*[–-]\s*|\(\s*[0-9]{4}\s*[–-]\s*"
        + @"|(?<![\p{L}])(?:cho\s+biết|xác\s+nhận)\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|đêm|hôm|ngày)\s+)?"
        + @"|(?<![\p{L}])(?:thông\s+báo|thông\s+cáo|công\s+bố|tin|báo\s+cáo)(?:\s+(?:của|từ)\s+\p{Lu}[\p{L}\s]{2,40}?)?\s+(?:(?:ra|phát|đưa\s+ra)\s+)?(?:vào\s+)?(?:ngày\s+)?)$")]
    private static partial Regex NotAnEventBefore();

    /// <summary>
    /// 'được điều động giữ chức vụ Giám đốc Công an tỉnh … từ ngày 1/9/2022', 'được Quốc hội phê chuẩn bổ nhiệm
    /// làm Bộ trưởng … từ 26.8.2024': the day a post is held from opens a term, a step of a career the roles
    /// tell, not the day something happened. A decision announced ('công bố quyết định … điều động … từ ngày
    /// 6/11') is still the day's deed.
    /// </summary>
    /// <remarks>Read only for a day of a year before the report's, where the sentence recalls a career.</remarks>
    [GeneratedRegex(@"(?<![\p{L}])[Đđ]ược\s+(?:[^.;]{0,40}?\s)?(?:bổ\s+nhiệm|điều\s+động|luân\s+chuyển|giữ\s+chức(?:\s+vụ)?|đảm\s+nhiệm)(?![\p{L}])[^.;]{0,70}?\s(?:kể\s+)?từ\s+(?:ngày\s+)?$")]
    private static partial Regex PostHeldFrom();

    /// <summary>'được Quốc hội thông qua ', 'được Ủy ban Thường vụ Quốc hội thông qua ngày ': the body that voted, named right before its vote.</summary>
    [GeneratedRegex(@"(?<![\p{L}])được\s+\p{Lu}[^.;,]{0,60}?\s+thông\s+qua\s*(?:vào\s+)?(?:ngày\s*)?$")]
    private static partial Regex AdoptedByBody();

    [GeneratedRegex(@"(?<![\p{L}])(?:ban\s+hành|ký|thông\s+qua)\s*(?:vào\s+)?(?:ngày\s*)?:?\s*$")]
    private static partial Regex DocumentVerbBefore();

    /// <summary>An event noun, a few words, then 'hồi' and maybe the part of the month: 'cuộc bầu cử hồi ', 'phiên tòa sơ thẩm hồi ',
    /// 'cuộc tấn công bằng tên lửa hồi đầu '.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:cuộc\s+(?:bầu\s+cử|tổng\s+tuyển\s+cử|trưng\s+cầu\s+ý\s+dân|bỏ\s+phiếu|tấn\s+công|đảo\s+chính)|[Pp]hiên\s+(?:tòa|toà)|[Kk]ỳ\s+họp|[Hh]ội\s+nghị|[Đđ]ại\s+hội|[Cc]huyến\s+thăm)(?:\s+[\p{L}0-9]+){0,4}?\s+hồi(?:\s+(?:đầu|giữa|cuối))?\s+$")]
    private static partial Regex PastMonthOfNoun();

    [GeneratedRegex(@"^(?:sáng|chiều|trưa|tối|đêm)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfDay();

    /// <summary>Nothing but a frame word before a date that opens its sentence: 'Trong tuần qua', 'Vào tháng trước'.</summary>
    [GeneratedRegex(@"^[\s\-–•]*(?:(?:trong|vào|từ)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningOnly();

    /// <summary>
    /// A byline's time ('10/09/2024 15:10'), a span's start ('30/4/1975 – 30/4/2024', '22-12-1944 - 22-12-2024'), a document's
    /// issue ('ngày 4/3/2023, Ban Bí thư ra Quyết định …', 'ngày 18/9, Bộ Nội vụ có Công văn số …'; a law signed, 'Tổng thống
    /// ngày 24-4 đã ký ban hành luật …', is a signing, as 'ký đạo luật' is), a
    /// report's own day ('Báo X ngày 16-4 dẫn lời …').
    /// </summary>
    [GeneratedRegex(@"^(?:\s+[0-9]{1,2}:[0-9]{2}|\s*\(GMT|\s*[–-]\s*[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4}|\s*,?\s*(?:\p{Lu}[\p{L}]*(?:\s+\p{L}+){0,8}?\s+)?(?:(?:đã\s+)?(?:ký\s+)?ban\s+hành(?!\s+(?:cáo\s+trạng|lệnh\s+bắt|(?:dự\s+|đạo\s+)?luật(?![\p{L}])))(?!\s+" + IssuedAct + @")|(?:đã\s+)?có\s+(?:Công\s+văn|Tờ\s+trình|Quyết\s+định|Thông\s+báo|Báo\s+cáo|Kết\s+luận|Công\s+điện)|(?:ra|phát)\s+(?:thông\s+báo|thông\s+cáo)\s+cho\s+biết)(?![\p{L}])|\s*(?:đã\s+)?(?:dẫn\s+lời|đưa\s+tin)(?![\p{L}]))")]
    private static partial Regex NotAnEventAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?:cách\s+đây\s+(?:một|1)\s+năm|năm\s+ngoái|tròn\s+(?:một|1)\s+năm|(?:một|1)\s+năm\s+(?:trước|về\s+trước))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex YearBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:sẽ|dự\s+kiến|sắp|tới\s+đây)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();
}
