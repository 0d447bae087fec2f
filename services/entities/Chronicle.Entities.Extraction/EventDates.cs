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

    public static Found? In(string text, TextSpan sentence)
    {
        var words = text.Substring(sentence.Start, sentence.Length);
        foreach (var date in Candidates(words))
        {
            if (IsEventDate(words, date))
            {
                var list = date.Day is null ? null : FirstOfList(words, date.Start);
                var start = list?.Start ?? date.Start;
                var atStart = LeadBefore().IsMatch(words.AsSpan(0, start));
                return new Found(sentence.Start + start, sentence.Start + date.End, date.Year, date.Month!.Value, list?.Day ?? date.Day, atStart);
            }
        }
        return null;
    }

    /// <summary>
    /// The date with its year: written, or the anchor's. A day well after the anchor is last
    /// year's unless the sentence speaks of what is to come; a day well before it is next year's
    /// only when it does ('sẽ diễn ra vào ngày 5/1' written in December).
    /// </summary>
    public static ExtractedDate? Dated(Found date, AnchorDate? anchor, bool toCome)
    {
        var year = date.Year;
        if (year is null && anchor?.Year is { } anchorYear)
        {
            year = anchorYear;
            if (anchor.Month is { } anchorMonth)
            {
                var months = date.Month - anchorMonth;
                if (months > 2 && !toCome)
                    year--;
                else if (months < -9 && toCome)
                    year++;
            }
        }
        if (year is null)
            return null;
        return date.Day is { } day
            ? new ExtractedDate(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{date.Month:D2}-{day:D2}"), "day")
            : new ExtractedDate(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{date.Month:D2}"), "month");
    }

    /// <summary>Days and months in the sentence, with the dotted form the recogniser leaves ('sáng 10.9').</summary>
    private static IEnumerable<DateMention> Candidates(string words)
    {
        var found = DateRecognizer.Find(words).Where(d => d.Granularity != DateGranularity.Year).ToList();
        foreach (Match dotted in DottedDay().Matches(words))
        {
            var day = int.Parse(dotted.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(dotted.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month) && !found.Any(f => f.Start < dotted.Index + dotted.Length && dotted.Index < f.End))
                found.Add(new DateMention(dotted.Index, dotted.Length, dotted.Value, null, month, day, DateGranularity.Day));
        }
        return found.OrderBy(d => d.Start);
    }

    private static bool IsEventDate(string words, DateMention date)
    {
        var before = words.AsSpan(0, date.Start);
        var after = words.AsSpan(date.End);
        if (NotAnEventBefore().IsMatch(before) || NotAnEventAfter().IsMatch(after))
            return false;
        // A bare month is too loose to date an event unless its year is written.
        return date.Granularity == DateGranularity.Day || date.Year is not null;
    }

    /// <summary>'25 và 26/7', 'các ngày 26, 27, 28, 29/6/2024': the list's first day.</summary>
    private static (int Start, int Day)? FirstOfList(string words, int dateStart)
    {
        var list = DayList().Match(words[..dateStart]);
        return list.Success ? (list.Index, int.Parse(list.Groups["first"].ValueSpan, CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>Whether the sentence speaks of what is still to come.</summary>
    public static bool ToCome(string text, TextSpan sentence) => FutureCue().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    [GeneratedRegex(@"(?<![\p{L}0-9])(?:sáng|chiều|trưa|tối|đêm|hôm|ngày)\s+(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})(?![0-9]|\.[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex DottedDay();

    /// <summary>Nothing or a dateline, a source credit, a frame ('Trong khuôn khổ …,') before the date.</summary>
    [GeneratedRegex(@"^\s*$|[,\-–)]\s*$")]
    private static partial Regex LeadBefore();

    [GeneratedRegex(@"(?<![0-9/.])(?<first>[0-9]{1,2})(?:\s*,\s*[0-9]{1,2})*\s*(?:,|và|-|–)\s*$")]
    private static partial Regex DayList();

    /// <summary>Words right before a date that make it no event's date.</summary>
    [GeneratedRegex(
        @"(?:(?<![\p{L}])(?:sinh|vào\s+Đảng|kết\s+nạp(?:\s+Đảng)?|nhập\s+ngũ|hiệu\s+lực(?:\s+thi\s+hành)?|kể\s+từ|cho\s+đến|đến\s+hết|hết|hạn|trước|chậm\s+nhất|hoãn[\p{L}\s]{0,20}?đến|\p{L}\s+đến|ban\s+hành|ký|thông\s+qua)\s*(?:vào\s+)?(?:ngày\s*)?:?\s*"
        + @"|(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật|[Nn]gày\s+(?:sinh|vào\s+Đảng)\s*:?)\s*,?\s*(?:ngày\s+)?"
        + @"|[0-9]{1,5}(?:/[0-9]{4})?[-/]\p{Lu}[\p{L}0-9\-/.]*\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s+)?"
        + @"|[0-9]\s*[–-]\s*|\(\s*[0-9]{4}\s*[–-]\s*)$")]
    private static partial Regex NotAnEventBefore();

    /// <summary>
    /// A byline's time ('10/09/2024 15:10'), a span's start ('30/4/1975 – 30/4/2024'), a document's
    /// issue ('ngày 9/7/2024, Bộ Chính trị ban hành Quyết định …').
    /// </summary>
    [GeneratedRegex(@"^(?:\s+[0-9]{1,2}:[0-9]{2}|\s*\(GMT|\s*[–-]\s*[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|\s*,?\s*(?:\p{Lu}[\p{L}]*(?:\s+\p{L}+){0,8}?\s+)?(?:đã\s+)?(?:ký\s+)?ban\s+hành(?![\p{L}]))")]
    private static partial Regex NotAnEventAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?:sẽ|dự\s+kiến|sắp|tới\s+đây|chuẩn\s+bị)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();
}
