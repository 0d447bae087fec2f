using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class EventPhrases
{
    /// <summary>
    /// The last reading of a dated sentence: one that opens on a whole day ('Ngày 3/5, …', 'Chiều 12/9/2024, …'), whose
    /// main clause opens on an official the article gives a post,
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
        else if (BodyAt(text, clauseStart, span.End) is { } body)
            (who, deedStart) = body;
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

    /// <summary>
    /// The state body a clause opens on and where its deed begins: a body the lexicon knows ('Bộ Giáo dục và Đào tạo'),
    /// its name written whole, else a body's head ('UBND', 'Tòa án', 'Công an') with the words of its name that follow
    /// (capitals, numbers, the levels of a locality: 'UBND huyện Gio Linh'). Null when the words after it do not go on
    /// in lower case, or go on as more of a name ('Cơ quan cảnh sát điều tra Công an …', '… và Đào tạo').
    /// </summary>
    private static (string Who, int DeedStart)? BodyAt(string text, int at, int end)
    {
        string? known = null;
        foreach (var form in OrganizationFormsLongestFirst)
        {
            if (form.Length < end - at && string.CompareOrdinal(text, at, form, 0, form.Length) == 0 && !char.IsLetter(text[at + form.Length]))
            {
                known = form;
                break;
            }
        }
        if (known is not null)
        {
            var verb = DoneWords().Match(text, at + known.Length, Math.Min(12, end - at - known.Length));
            return (known, at + known.Length + verb.Length);
        }
        if (!BodyFirst().IsMatch(text.AsSpan(at, Math.Min(20, end - at)))
            || BodyThenVerb().Match(text, at, Math.Min(BodyLength, end - at)) is not { Success: true } body)
            return null;
        var deedStart = body.Groups["verb"].Index;
        return NameGoesOn().IsMatch(text.AsSpan(deedStart, Math.Min(40, end - deedStart))) ? null : (Trimmed(body.Groups["who"].Value), deedStart);
    }

    /// <summary>Every form of the lexicon's bodies, the longest first: the first that stands at a place is the longest there.</summary>
    private static readonly string[] OrganizationFormsLongestFirst =
        [.. Lexicon.Organizations.SelectMany(o => o.Forms).OrderByDescending(f => f.Length)];

    /// <summary>' đã ', ' vừa ' or the spaces alone between who acted and the verb.</summary>
    [GeneratedRegex(@"\G\s*(?:(?:đã|vừa)\s+)?")]
    private static partial Regex DoneWords();

    /// <summary>
    /// 'dục và Đào tạo', 'nguyên và Môi trường', 'cảnh sát điều tra Công an …': the words after a body's head go on with its
    /// name, not with a deed. A deed whose object is a name ('trình UBND tỉnh …') is no such case.
    /// </summary>
    [GeneratedRegex(@"^(?:\p{Ll}+\s+){0,2}và\s+\p{Lu}|^(?:cảnh\s+sát|điều\s+tra|kiểm\s+sát|an\s+ninh|nhân\s+dân|quản\s+lý|thường\s+vụ|thường\s+trực)(?![\p{L}])")]
    private static partial Regex NameGoesOn();

    /// <summary>Most characters of a body's name before its verb.</summary>
    private const int BodyLength = 90;

    /// <summary>'Bộ Công an khởi tố', 'Ủy ban Thường vụ Quốc hội đã cho ý kiến': the body's words in capitals, then the verb in lower case.</summary>
    [GeneratedRegex(@"^(?<who>(?:Ủy\s+ban|Uỷ\s+ban|Tổng\s+cục|Tòa\s+án|Toà\s+án|Văn\s+phòng|Công\s+an|Quốc\s+hội|Chính\s+phủ|Thành\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy|Đảng\s+ủy|Hội\s+đồng|Cơ\s+quan|Thanh\s+tra|Quân\s+ủy|Mặt\s+trận|Hạ\s+viện|Thượng\s+viện|Nhà\s+Trắng|Điện\s+Kremlin|\p{Lu}\S*)(?:\s+(?:\p{Lu}\S*|[0-9]+|\([^()]{1,40}\)|tỉnh|thành\s+phố|huyện|xã|quận|phường|thị\s+xã|nhân\s+dân|cấp\s+cao|tại)){0,12})\s+(?:đã\s+|vừa\s+)?(?<verb>\p{Ll})")]
    private static partial Regex BodyThenVerb();

    /// <summary>A saying, a state, a plan, a possibility right where the deed should be: 'cho biết', 'là', 'có thể', 'kế hoạch'.</summary>
    [GeneratedRegex(@"^(?:đã\s+|vừa\s+)?(?:sẽ|sắp|cho\s+biết|cho\s+hay|nói|khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ|nhận\s+định|đánh\s+giá|thông\s+tin|cảnh\s+báo|dự\s+báo|là|có\s+thể|vẫn|đang|chưa|không|cũng|lên\s+kế\s+hoạch|kế\s+hoạch|dự\s+định|dự\s+kiến|có|được|bị)(?![\p{L}])")]
    private static partial Regex NotAVerbOfADeed();

    /// <summary>A rule that takes effect, a span of days, a plan: what the sentence dates is no deed done that day.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:có\s+hiệu\s+lực|hiệu\s+lực\s+thi\s+hành|kế\s+hoạch|dự\s+kiến|từ\s+ngày\s+[0-9][^.;]{0,40}?đến|(?:Ảnh|Nguồn)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex NotADeedOfTheDay();
}
