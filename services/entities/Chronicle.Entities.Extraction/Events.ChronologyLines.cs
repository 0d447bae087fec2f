using System.Text.RegularExpressions;
using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class Events
{
    /// <summary>Fewest lines of full days that make a chronology: one or two such lines may be anything else.</summary>
    private const int LinesOfAChronology = 3;

    /// <summary>
    /// A chronology the article lays out line by line, each a full day, a colon, then what was done ('12/3/2020: bảo vệ
    /// luận văn thạc sĩ', '5/6/2021: được cấp giấy phép hoạt động'): every line is the event of its day, named by its
    /// deed. The subject is the one the chronology is about; the line does not write it again.
    /// </summary>
    /// <remarks>
    /// Only lines whose deed is written in lower case: a line opening on a name or a title ('Ngày 4/12/1866: Ngày sinh …',
    /// '3/2011 - 4/2018: Ủy viên …') is a day of history (<see cref="AddDaysInHistory"/>) or a career line, read elsewhere; and not a step of a career,
    /// which the roles date.
    /// </remarks>
    private static void AddChronologyLines(ArticleContext context, List<EventMention> events)
    {
        var text = context.Text;
        var lines = ChronologyLine().Matches(text);
        if (lines.Count < LinesOfAChronology)
            return;
        foreach (Match line in lines)
        {
            var (day, month, year) = (Number(line.Groups["d"].Value), Number(line.Groups["m"].Value), Number(line.Groups["y"].Value));
            var deed = line.Groups["deed"].Value;
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || EventPhrases.StepOfACareerIn(deed))
                continue;
            var iso = $"{year:D4}-{month:D2}-{day:D2}";
            if (events.Exists(e => e.Date?.Iso == iso))
                continue;
            var name = EventNames.Tidy(deed.Trim());
            name = char.ToUpperInvariant(name[0]) + name[1..];
            events.Add(new EventMention(name, new ExtractedDate(iso, "day"), null, null, null, [], context.SentenceOf(line.Index), false));
        }
    }

    /// <summary>'15/1/2019: tốt nghiệp …', '- Ngày 26/11/2019: trúng tuyển …' on a line of its own; the deed up to a bracket, a comma or a semicolon.</summary>
    [GeneratedRegex(@"^[ \t\-–•*+]*(?:[Nn]gày\s+)?(?<d>[0-9]{1,2})\s*/\s*(?<m>[0-9]{1,2})\s*/\s*(?<y>(?:19|20)[0-9]{2})\s*:\s*(?<deed>\p{Ll}[^\n(,;]{4,160})", RegexOptions.Multiline)]
    private static partial Regex ChronologyLine();
}
