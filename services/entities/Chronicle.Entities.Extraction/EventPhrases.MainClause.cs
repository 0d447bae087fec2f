using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class EventPhrases
{
    /// <summary>
    /// The last reading of a dated sentence: one that opens on a whole day ('Ngày 3/5, …', 'Chiều 12/9/2024, …') or
    /// on a month with its year ('Tháng 4/2023, …'), whose main clause opens on an official the article gives a post,
    /// or on a body of a state, with a verb in lower case right after who acted. Whatever the verb, the deed is the
    /// day's event, named by who acted and the verb phrase. The verbs of such deeds are many and each is rare, so no
    /// list of them closes the class; who acted is what tells a deed of the record. Not a saying ('cho biết'), a
    /// deed to come ('sẽ', 'dự kiến', 'kế hoạch'), a span or the day a rule takes effect ('có hiệu lực', 'từ ngày …'),
    /// a question, a step of a career (the roles tell it) nor a tally.
    /// </summary>
    public static Reading? MainClauseDeed(Sentence sentence, EventDates.Found date)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        if (date.Start < span.Start || date.End > span.End)
            return null;
        var lead = text.AsSpan(span.Start, date.End - span.Start);
        if (date.Day is null || !PlainDayLead().IsMatch(lead))
            return null;
        var whole = text.AsSpan(span.Start, span.Length);
        if (whole.IndexOf('?') >= 0 || ToComeBefore(text, date.End, span.End) || NotADeedOfTheDay().IsMatch(whole))
            return null;
        var clauseStart = ClauseStart(text, date.End, span.End);
        if (clauseStart >= span.End || !char.IsUpper(text[clauseStart]))
            return null;
        string who;
        int deedStart;
        if (DeedAfterTitles(sentence, clauseStart) is { } afterTitles && HasPost(sentence, afterTitles.Person))
            (who, deedStart) = (WithPost(sentence, afterTitles.Person), afterTitles.DeedStart);
        else if (sentence.People.Where(p => p.Span.Start >= clauseStart && p.Span.Start - clauseStart <= MaxTitleBeforeActor
                     && !DeedBeforeName().IsMatch(text.AsSpan(clauseStart, p.Span.Start - clauseStart)))
                 .OrderBy(p => p.Span.Start).FirstOrDefault() is { Person: not null } person && HasPost(sentence, person.Person))
            (who, deedStart) = (WithPost(sentence, person.Person), SkipSpaces(text, person.Span.End, span.End));
        else if (BodyFirst().IsMatch(text.AsSpan(clauseStart, Math.Min(20, span.End - clauseStart)))
                 && BodyThenVerb().Match(text, clauseStart, Math.Min(BodyLength, span.End - clauseStart)) is { Success: true } body)
            (who, deedStart) = (Trimmed(body.Groups["who"].Value), body.Groups["verb"].Index);
        else
            return null;
        if (deedStart >= span.End || !char.IsLower(text[deedStart]) || PronounSubject().IsMatch(text.AsSpan(deedStart, Math.Min(5, span.End - deedStart))))
            return null;
        var deed = ObjectText(sentence, deedStart);
        var opening = text.AsSpan(deedStart, Math.Min(span.End - deedStart, deed.Length + WordsAfterClause));
        if (deed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < PlainDeedWords - 1 || NotAVerbOfADeed().IsMatch(opening)
            || StepOfACareer().IsMatch(deed) || Tally().IsMatch(deed))
            return null;
        return new Reading(Capitalized(Shortened($"{who} {deed}")), deedStart, deedStart, who);
    }

    private static bool HasPost(Sentence sentence, string person) => sentence.Roles.Exists(r => r.PersonName == person);

    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
            at++;
        return at;
    }

    /// <summary>Most characters of a body's name before its verb.</summary>
    private const int BodyLength = 90;

    /// <summary>'Bộ Công an khởi tố', 'Ủy ban Thường vụ Quốc hội đã cho ý kiến': the body's words in capitals, then the verb in lower case.</summary>
    [GeneratedRegex(@"^(?<who>\p{Lu}\S*(?:\s+(?:\p{Lu}\S*|[0-9]+|và|các|tỉnh|thành\s+phố|huyện|xã|quận|phường|nhân\s+dân|Nhân\s+dân)){0,12}?)\s+(?:đã\s+|vừa\s+)?(?<verb>\p{Ll})")]
    private static partial Regex BodyThenVerb();

    /// <summary>'Tháng 4/2023', 'Đầu tháng 6-2024', 'Vào cuối tháng 12/2022' alone opening the sentence.</summary>
    [GeneratedRegex(@"^[\s\-–•]*(?:(?:vào|hồi|trong)\s+)?(?:(?:đầu|giữa|cuối)\s+)?tháng\s+[0-9]{1,2}\s*[/.\-]\s*[0-9]{4}$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthWithYearLead();

    /// <summary>A saying, a state, a plan, a possibility right where the deed should be: 'cho biết', 'là', 'có thể', 'kế hoạch'.</summary>
    [GeneratedRegex(@"^(?:đã\s+|vừa\s+)?(?:cho\s+biết|cho\s+hay|nói|khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ|nhận\s+định|đánh\s+giá|thông\s+tin|cảnh\s+báo|dự\s+báo|là|có\s+thể|vẫn|đang|chưa|không|cũng|lên\s+kế\s+hoạch|kế\s+hoạch|dự\s+định|dự\s+kiến|có|được|bị)(?![\p{L}])")]
    private static partial Regex NotAVerbOfADeed();

    /// <summary>A rule that takes effect, a span of days, a plan: what the sentence dates is no deed done that day.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:có\s+hiệu\s+lực|hiệu\s+lực\s+thi\s+hành|kế\s+hoạch|dự\s+kiến|từ\s+ngày\s+[0-9][^.;]{0,40}?đến|(?:Ảnh|Nguồn)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex NotADeedOfTheDay();
}
