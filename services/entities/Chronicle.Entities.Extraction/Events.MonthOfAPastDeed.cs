using System.Text.RegularExpressions;
using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class Events
{
    /// <summary>
    /// '… kể từ khi lệnh cấm được áp dụng vào tháng 9/2022', '… sau khi rời đội bóng vào tháng 6-2023', '… kể từ khi
    /// cây cầu được khánh thành vào ngày 2/9/2005': a deed told in a clause of time, with the month (or day) and year
    /// it was done, is an event of that month or day, though the sentence reports something else (its own day is
    /// another's). Its name is the clause.
    /// </summary>
    /// <remarks>
    /// Only a month or day written with its year, not after the report's own month; not a step of a career ('trước khi trở
    /// thành Thứ trưởng vào tháng 8/2019': the roles date it), a birth or a graduation; not words quoted; and not a month
    /// or day the article already gives an event.
    /// </remarks>
    private static void AddMonthsOfPastDeeds(ArticleContext context, AnchorDate? anchor, List<EventMention> events)
    {
        var text = context.Text;
        if (!text.Contains(" khi ", StringComparison.Ordinal))
            return;
        foreach (Match found in DeedOfAMonthInAClause().Matches(text))
        {
            var deed = found.Groups["deed"].Value;
            var (month, year) = (Number(found.Groups["m"].Value), Number(found.Groups["y"].Value));
            int? day = found.Groups["d"].Success ? Number(found.Groups["d"].Value) : null;
            var sentence = context.SentenceOf(found.Index);
            if (month is < 1 or > 12 || day is < 1 or > 31 || deed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2
                || NoDeedOfTheRecord().IsMatch(deed) || InsideQuote(text, sentence.Start, found.Index)
                || anchor is { Year: { } reportYear } && (year > reportYear || year == reportYear && anchor.Month is { } reportMonth && month > reportMonth))
                continue;
            var iso = day is { } written ? $"{year:D4}-{month:D2}-{written:D2}" : $"{year:D4}-{month:D2}";
            if (events.Exists(e => e.Date?.Iso is { } told && (told.StartsWith(iso, StringComparison.Ordinal) || iso.StartsWith(told, StringComparison.Ordinal))))
                continue;
            var name = EventNames.Tidy(deed.Trim());
            name = char.ToUpperInvariant(name[0]) + name[1..];
            events.Add(new EventMention(name, new ExtractedDate(iso, day is null ? "month" : "day"), null, null, null, [], sentence, false));
        }
    }

    /// <summary>'sau khi …', 'trước khi …', 'kể từ khi …', then the deed, then 'vào/hồi (đầu|giữa|cuối) tháng M/YYYY' or 'vào ngày D/M/YYYY'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Ss]au|[Tt]rước|[Kk]ể\s+từ|[Tt]ừ)\s+khi\s+(?<deed>[^,;.:""“”()\n]{6,160}?)\s+(?:vào|hồi)\s+(?:(?:ngày\s+)?(?<d>[0-9]{1,2})\s*[/.\-]\s*|(?:(?:đầu|giữa|cuối)\s+)?tháng\s+)(?<m>[0-9]{1,2})\s*[/.\-]\s*(?<y>(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex DeedOfAMonthInAClause();

    /// <summary>Steps of a career, a birth, schooling: what the roles or a life story tell, not an event of the record.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:trở\s+thành|bổ\s+nhiệm|bầu|nhậm\s+chức|tuyên\s+thệ|giữ\s+chức|đảm\s+nhiệm|đảm\s+nhận|điều\s+động|luân\s+chuyển|nghỉ\s+hưu|thăng\s+(?:quân\s+)?hàm|sinh|tốt\s+nghiệp|nhập\s+học|kết\s+hôn|vào\s+Đảng|nhập\s+ngũ)(?![\p{L}])")]
    private static partial Regex NoDeedOfTheRecord();
}
