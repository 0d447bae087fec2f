using System.Text.RegularExpressions;
using Chronicle.Text;

namespace Chronicle.Entities.Extraction;

internal static partial class Events
{
    /// <summary>Most words between a deed's verb and the day that closes it ('thị sát vùng lũ tỉnh Yên Bái vào chiều 12/9').</summary>
    private const int MaxWordsFromDeedToItsDay = 8;

    /// <summary>
    /// 'Bộ trưởng Bộ Quốc phòng X đã thị sát vùng lũ vào chiều 12/9' after 'Sáng 12/9, Thủ tướng Y chủ trì hội nghị …': a
    /// sentence that writes a day already told, inside its clause, retells that day's happening, unless it tells a
    /// second deed of that day plainly: another official or body did it (a person the article gives a post, or a body
    /// of a state, or a country), with its own verb, the day tied to that verb, and no one the sentence names is in
    /// the events already read for that day. A report that retells its day names the same actors again
    /// ('Thủ tướng A tiếp Đại sứ B' retold as 'Đại sứ B cảm ơn Thủ tướng A …'), so it stays one event.
    /// </summary>
    private static bool AnotherDeedThatDay(EventPhrases.Sentence told, EventPhrases.Reading reading, EventDates.Found date,
        List<DatedEvent> dated, int? reportYear)
    {
        var text = told.Text;
        var sentence = told.Span;
        if (date.Day is null || reading.Subject is null || reading.HeadEnd <= reading.HeadStart || reading.HeadStart < sentence.Start
            || !DayClosesTheDeed(text, reading, date) || !OfficialActor(told, reading.Subject))
            return false;
        var sameDay = dated.Where(d => SameDay(d.Date, date, reportYear)).Select(d => VietnameseText.MatchKey(d.Event.Name)).ToList();
        var verb = VietnameseText.MatchKey(text[reading.HeadStart..reading.HeadEnd]);
        var named = told.People.Select(p => VietnameseText.MatchKey(p.Person)).Append(VietnameseText.MatchKey(reading.Subject)).ToList();
        return sameDay.Count > 0 && !sameDay.Exists(name => name.Contains(verb, StringComparison.Ordinal)
            || named.Exists(who => who.Length > 0 && name.Contains(who, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The day is the deed's own: a few words after its verb, in the same clause ('gặp các nghị sĩ vào tối 4/9'), or
    /// between who acted and the verb ('Bộ trưởng X hôm 12/9 thị sát …').
    /// </summary>
    private static bool DayClosesTheDeed(string text, EventPhrases.Reading reading, EventDates.Found date)
    {
        if (date.Start >= reading.HeadEnd)
        {
            return text.AsSpan(reading.HeadEnd, date.Start - reading.HeadEnd).IndexOfAny(ClauseMarks) < 0
                && EventPhrases.WordsBetween(text, reading.HeadEnd, date.Start) <= MaxWordsFromDeedToItsDay;
        }
        if (date.End > reading.HeadStart)
            return false;
        return text.AsSpan(date.End, reading.HeadStart - date.End).IndexOfAny(ClauseMarks) < 0
            && EventPhrases.WordsBetween(text, date.End, reading.HeadStart) <= 2;
    }

    // Kept once: a list written at the call is a new array at every call.
    private static readonly char[] ClauseMarks = [',', ';', ':', '(', '"', '“'];

    /// <summary>
    /// Who acted is an official the article gives a post, or a body of a state written by its name. A country alone is
    /// left out: in the feed it is as often a national team meeting another in a match; an organising
    /// committee ('Ban tổ chức') runs the day's programme, its deeds are that programme's.
    /// </summary>
    private static bool OfficialActor(EventPhrases.Sentence told, string subject) =>
        told.People.Exists(p => subject.EndsWith(p.Person, StringComparison.Ordinal) && told.Roles.Exists(r => r.PersonName == p.Person))
        || EventPhrases.OpensOnABody(subject) && !OrganisingCommittee().IsMatch(subject);

    [GeneratedRegex(@"^Ban\s+[Tt]ổ\s+chức(?![\p{L}])")]
    private static partial Regex OrganisingCommittee();
}
