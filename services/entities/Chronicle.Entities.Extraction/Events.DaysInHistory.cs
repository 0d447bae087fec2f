using System.Text.RegularExpressions;
using Chronicle.Text;

namespace Chronicle.Entities.Extraction;

internal static partial class Events
{
    /// <summary>Fewest years of one day and month that make an article a list of what happened on that day in history.</summary>
    private const int YearsOfADayInHistory = 3;

    /// <summary>Most characters of a line's first sentence kept as the event's name.</summary>
    private const int DayInHistoryNameLength = 160;

    /// <summary>
    /// 'Ngày này năm xưa': an article that lists, line by line, what happened on one day and month in several years
    /// ('Ngày 9/3/1912: Khánh thành cầu …', 'Ngày 9/3/1987: Ngày sinh của …', '9/3/2005: Hội nghị …'). Each line is the
    /// event of its full date, named by its first sentence. A list of one day in three years or more tells the
    /// genre; lines of different days (a team's results, a career, a schedule) are not read here.
    /// </summary>
    private static void AddDaysInHistory(ArticleContext context, List<EventMention> events)
    {
        var text = context.Text;
        // Most articles write no full date before a colon: they are passed over before every line start is tried.
        if (!HasYearBeforeColon(text))
            return;
        var lines = DayInHistoryLine().Matches(text).Cast<Match>()
            .Select(line => (Line: line, Day: Number(line.Groups["d"].Value), Month: Number(line.Groups["m"].Value), Year: Number(line.Groups["y"].Value)))
            .Where(l => l.Month is >= 1 and <= 12 && l.Day >= 1 && l.Day <= DateTime.DaysInMonth(l.Year, l.Month))
            .ToList();
        var day = lines.GroupBy(l => (l.Day, l.Month))
            .FirstOrDefault(g => g.Select(l => l.Year).Distinct().Count() >= YearsOfADayInHistory);
        if (day is null)
            return;
        foreach (var (line, d, m, y) in day)
        {
            var iso = $"{y:D4}-{m:D2}-{d:D2}";
            if (events.Exists(e => e.Date?.Iso == iso))
                continue;
            var what = line.Groups["what"].Value;
            var end = FirstSentenceEnd().Match(what);
            var name = EventNames.Tidy((end.Success ? what[..end.Index] : what).Trim());
            // 'Ngày sinh nhà thơ X, quê ở Huế': after a birth or a death, what follows the first comma tells more of the person.
            if (BirthOrDeath().IsMatch(name) && name.IndexOf(',', StringComparison.Ordinal) is var comma and > 0)
                name = name[..comma];
            if (name.Length > DayInHistoryNameLength)
                name = name[..name.LastIndexOf(' ', DayInHistoryNameLength)];
            if (name.Split(' ').Length < 2)
                continue;
            events.Add(new EventMention(name, new ExtractedDate(iso, "day"), null, null, null, [], context.SentenceOf(line.Index), false));
        }
    }

    /// <summary>Whether a colon follows a year of four digits written after a slash ('/1953:', '/ 1953 :'), as each line of the list does.</summary>
    private static bool HasYearBeforeColon(string text)
    {
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            var at = colon - 1;
            while (at >= 0 && char.IsWhiteSpace(text[at]))
                at--;
            var digits = 0;
            while (at >= 0 && digits < 4 && char.IsAsciiDigit(text[at]))
                (at, digits) = (at - 1, digits + 1);
            while (at >= 0 && char.IsWhiteSpace(text[at]))
                at--;
            if (digits == 4 && at >= 0 && text[at] == '/')
                return true;
        }
        return false;
    }

    /// <summary>
    /// 'Ngày 4/3/1953: Quốc hội …', '- 4/3/1999: Hội An …' on a line of its own, or 'Ngày 4/3/1962: …' run on after the end of
    /// the line before (a photo's credit or a bullet glued to it: '… Ảnh Ngày 4/3/1962: …', '· Ngày …'); what happened opens on a capital.
    /// </summary>
    [GeneratedRegex(@"(?:^[ \t\-–•*+·]*(?:[Nn]gày\s+)?|(?<=[\p{L}.…·]\s?)Ngày\s+)(?<d>[0-9]{1,2})\s*/\s*(?<m>[0-9]{1,2})\s*/\s*(?<y>(?:1[0-9]|20)[0-9]{2})\s*:\s*(?<what>[\p{Lu}'""“‘](?:(?!Ngày\s+[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*/\s*[0-9]{4}\s*:)[^\n]){3,})", RegexOptions.Multiline)]
    private static partial Regex DayInHistoryLine();

    [GeneratedRegex(@"^(?:Ngày\s+)?(?:sinh|mất)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex BirthOrDeath();

    /// <summary>A full stop that ends a sentence: '. ' before a capital, or the line's end.</summary>
    [GeneratedRegex(@"\.(?=\s+\p{Lu}|\s*$)")]
    private static partial Regex FirstSentenceEnd();
}
