using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Named events (conferences, congresses, working sessions) with where, who organised, who
/// chaired and who took part, when the text says so. The event the article reports on is the
/// main event; events cited in passing keep their own date when one is written next to them.
/// </summary>
internal static partial class Events
{
    private const int LeadSentences = 3;
    private static readonly string[] NameStops =
        [". ", ".\n", ";", "\n", ", ngày", " do ", " tại ", " với sự", " vào ", " nhằm ", " dưới sự", " (", ", đồng chí", " diễn ra", " đã ", " có ", " được ", " và các ", ", với ", " tháng ", " từ ngày "];
    private static readonly string[] ReportVerbs = ["tổ chức", "khai mạc", "diễn ra", "tiến hành", "chủ trì"];
    private static readonly string[] ParticipationCues = ["dự", "tham dự", "phát biểu chỉ đạo", "làm việc", "chủ trì"];

    public static List<EventMention> Find(ArticleContext context, List<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> names, List<RoleMention> roles)
    {
        var text = context.Text;
        var events = new List<EventMention>();
        var mainFound = false;
        // The report's lead: the first sentence that opens with its date ('Sáng ngày 13/01, …'), else the first few.
        var dated = context.Sentences.FirstOrDefault(s => DateLead().IsMatch(text.AsSpan(s.Start, s.Length)));
        var lead = dated.Length > 0 ? [dated] : context.Sentences.Take(LeadSentences).ToList();

        if (WorkingSession().Match(text) is { Success: true } session && lead.Any(s => s.Start <= session.Index && session.Index < s.End))
        {
            var sentence = context.SentenceOf(session.Index);
            var visitor = roles.Where(r => r.Evidence == sentence).LastOrDefault();
            var host = Organization(context, session.Groups["host"].Index) ?? session.Groups["host"].Value.Trim();
            var name = visitor is null ? $"Buổi làm việc với {host}" : $"Buổi làm việc của {visitor.Role} {visitor.PersonName} với {host}";
            events.Add(new EventMention(name, null, Place(context, sentence), host, null,
                Participants(context, names), sentence, IsMainEvent: true));
            mainFound = true;
        }

        foreach (Match match in EventStart().Matches(text))
        {
            var name = NameFrom(text, match.Index);
            if (name.Split(' ').Length < 3 || events.Any(e => e.Name == name))
            {
                continue;
            }
            var sentence = context.SentenceOf(match.Index);
            var inLead = lead.Contains(sentence);
            var before = text[sentence.Start..match.Index];
            var isMain = !mainFound && inLead && ReportVerbs.Any(v => before.Contains(v, StringComparison.Ordinal));
            var date = isMain ? null : OwnDate(text, match.Index + name.Length);
            events.Add(new EventMention(
                name, date,
                isMain ? Place(context, sentence) : null,
                isMain ? OrganizerBefore(context, sentence.Start, match.Index) : null,
                isMain ? Chair(text, names) : null,
                isMain ? Participants(context, names) : [],
                sentence, isMain));
            mainFound |= isMain;
        }
        return events;
    }

    private static string NameFrom(string text, int start)
    {
        var end = Math.Min(text.Length, start + 400);
        foreach (var stop in NameStops)
        {
            var at = text.IndexOf(stop, start, end - start, StringComparison.Ordinal);
            if (at > start)
            {
                end = at;
            }
        }
        return text[start..end].TrimEnd(' ', ',', '.');
    }

    /// <summary>
    /// A date written right after a cited event: 'Hội nghị Đối ngoại toàn quốc (tháng 12/2021)',
    /// '… vào tháng 12/2021'. Only a day or month with its year: anything looser is not the event's date.
    /// </summary>
    private static ExtractedDate? OwnDate(string text, int nameEnd)
    {
        var window = text.Substring(nameEnd, Math.Min(40, text.Length - nameEnd));
        var lead = OwnDateLead().Match(window);
        if (!lead.Success)
        {
            return null;
        }
        var date = DateRecognizer.Find(window).FirstOrDefault(d => d.Year is not null && d.Start == lead.Length);
        return date?.Granularity switch
        {
            DateGranularity.Day => new ExtractedDate($"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}", "day"),
            DateGranularity.Month => new ExtractedDate($"{date.Year:D4}-{date.Month:D2}", "month"),
            _ => null,
        };
    }

    [GeneratedRegex(@"^\s*(?:\(|,\s*)?\s*(?:(?:diễn ra\s+)?vào\s+)?")]
    private static partial Regex OwnDateLead();

    private static string? Place(ArticleContext context, TextSpan sentence)
    {
        var match = PlaceCue().Match(context.Text, sentence.Start, sentence.Length);
        if (!match.Success)
        {
            return null;
        }
        var at = match.Index + match.Length;
        return Lexicon.Places.OrderByDescending(p => p.Length)
            .FirstOrDefault(p => string.CompareOrdinal(context.Text, at, p, 0, p.Length) == 0);
    }

    private static string? OrganizerBefore(ArticleContext context, int from, int to) =>
        context.Organizations().Where(o => o.Span.Start >= from && o.Span.End <= to).OrderBy(o => o.Span.Start).LastOrDefault()?.CanonicalName;

    private static string? Organization(ArticleContext context, int from) =>
        context.Organizations().Where(o => o.Span.Start >= from).OrderBy(o => o.Span.Start).FirstOrDefault(o => o.Span.Start - from < 3)?.CanonicalName;

    /// <summary>The person named last before 'chủ trì' in the first sentence that says who chaired.</summary>
    private static string? Chair(string text, List<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> names)
    {
        foreach (var (sentence, people) in names)
        {
            var at = text.IndexOf("chủ trì", sentence.Start, sentence.Length, StringComparison.Ordinal);
            if (at >= 0 && people.Where(p => p.Span.End <= at).OrderBy(p => p.Span.End).LastOrDefault() is { Person: not null } chair)
            {
                return chair.Person;
            }
        }
        return null;
    }

    private static List<string> Participants(ArticleContext context, List<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> names) =>
        names.Where(n => ParticipationCues.Any(cue => context.Text.AsSpan(n.Sentence.Start, n.Sentence.Length).Contains(cue, StringComparison.Ordinal)))
            .SelectMany(n => n.Names.Select(p => p.Person))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"(?<![\p{L}])(?:Hội nghị|Đại hội|Hội thảo|Diễn đàn|Lễ kỷ niệm)(?![\p{L}])")]
    private static partial Regex EventStart();

    [GeneratedRegex(@"có buổi làm việc với\s+(?<host>[^,.;]{3,80})")]
    private static partial Regex WorkingSession();

    [GeneratedRegex(@"^(?:(?:Sáng|Chiều|Tối|Trưa|Đêm)\s+)?(?:ngày\s+)?[0-9]{1,2}[/-][0-9]{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLead();

    [GeneratedRegex(@"\btại\s+(?:điểm cầu\s+)?")]
    private static partial Regex PlaceCue();
}
