using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class EventPhrases
{
    /// <summary>Fewest words a deed told without a verb of the lists must have to name something done.</summary>
    private const int PlainDeedWords = 3;

    /// <summary>
    /// A sentence that dates a deed to a day and tells who did what, though with a verb none of the
    /// lists knows: the day's deed, named by its clause. The day may open the sentence, after a frame
    /// that only says when ('Ngày 6/6, bà X đến Phòng Quản lý xuất nhập cảnh …', 'Trước đó, vào ngày
    /// 9/10, Triều Tiên tuyên bố …'), or stand between who acted and what they did ('Tòa án … vào 27/7 đã
    /// phán quyết …'). Not a span ('Từ ngày …'), a day to come ('Sáng 4/12, ông sẽ …'), a
    /// saying, a step of a career (the roles tell it) nor a tally ('Mực nước lúc 7h ngày 10/9 …'). The
    /// caller keeps it only for a day no other event was read on, and only when who acted is an
    /// official, or a body, a firm or a country written by its name.
    /// </summary>
    /// <param name="actor">The person the clause opens on (their titles may come first), if any.</param>
    public static Reading? PlainDeed(Sentence sentence, EventDates.Found date, out string? actor)
    {
        actor = null;
        var text = sentence.Text;
        var span = sentence.Span;
        if (date.Day is null || date.Start < span.Start || date.End > span.End)
            return null;
        int clauseStart;
        string clause;
        int? deedEnd = null;
        // 'Trước đó, vào ngày 9/10, …': a frame of when before the day leaves it the sentence's lead.
        if (PlainDayLead().IsMatch(text.AsSpan(span.Start, date.End - span.Start)))
        {
            if (ToComeBefore(text, date.End, span.End))
                return null;
            clauseStart = ClauseStart(text, date.End, span.End);
            if (clauseStart >= span.End || !OpensOnWhoActed(text, clauseStart, span.End))
                return null;
            clause = ObjectText(sentence, clauseStart);
            // 'Ngày 19/8, đồng chí X, Bí thư Tỉnh ủy Y, trò chuyện cùng …': the clause stopped at the titles
            // written after the name; the deed is told after them, and the titles are no part of it.
            if (DeedAfterTitles(sentence, clauseStart) is { } afterTitles)
            {
                var deed = ObjectText(sentence, afterTitles.DeedStart);
                clause = $"{WithPost(sentence, afterTitles.Person)} {deed}";
                deedEnd = afterTitles.DeedStart + deed.Length;
            }
        }
        else if (!date.AtStart && DayInsideClause(sentence, date) is { } inside)
        {
            clauseStart = span.Start;
            clause = inside;
        }
        // 'Liên minh châu Âu ra quyết định ngày 3-2, …': the day closes the deed told before it.
        else if (DeedBeforeItsDay(sentence, date) is { } closed)
        {
            clauseStart = span.Start;
            clause = closed;
        }
        else
            return null;
        // The words the clause stopped at count too: 'Bộ Ngoại giao cho biết …' ends its clause on the saying.
        var clauseEnd = Math.Min(span.End, (deedEnd ?? clauseStart + clause.Length) + WordsAfterClause);
        // Who acted is written with capitals; what they did is in lower case, and needs words of its own.
        var deedWords = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0]) && w is not ("ông" or "bà" or "và"));
        if (deedWords < PlainDeedWords - 1 || NoDeed().IsMatch(text.AsSpan(clauseStart, clauseEnd - clauseStart))
            || StepOfACareer().IsMatch(clause) || Tally().IsMatch(clause))
            return null;
        // 'Phó Thủ tướng Trần Hồng Hà …': the person named first, with only their titles before the name
        // ('Văn phòng Chính phủ chuyển đơn của ông X': X is whom the deed concerns, not who did it).
        var person = sentence.People.Where(p => p.Span.Start >= clauseStart && p.Span.Start - clauseStart <= MaxTitleBeforeActor
                && !DeedBeforeName().IsMatch(text.AsSpan(clauseStart, p.Span.Start - clauseStart)))
            .OrderBy(p => p.Span.Start).FirstOrDefault();
        actor = person.Person;
        return new Reading(Capitalized(Shortened(clause)), clauseStart, clauseStart, actor is null ? null : WithPost(sentence, actor));
    }

    /// <summary>
    /// 'đồng chí X, Tổng Bí thư, Chủ tịch nước, trò chuyện cùng …': the person the clause opens on (their titles may
    /// come first), then a comma and the posts the article reads as theirs, one after another, and then a word in
    /// lower case, where the deed begins. Who acted and where the deed begins; null when the clause does
    /// not go on so (no title after the name, or the titles run to the clause's end).
    /// </summary>
    private static (string Person, int DeedStart)? DeedAfterTitles(Sentence sentence, int clauseStart)
    {
        var text = sentence.Text;
        var end = sentence.Span.End;
        var person = sentence.People.Where(p => p.Span.Start >= clauseStart && p.Span.Start - clauseStart <= MaxTitleBeforeActor)
            .OrderBy(p => p.Span.Start).FirstOrDefault();
        if (person.Person is null || CommaAfter(text, person.Span.End, end) is not { } at)
            return null;
        // The clause opens on the person ('đồng chí X', 'ông X', or their own titles first): one named after a deed
        // ('VnExpress phỏng vấn ông X, Giám đốc …') is whom the deed concerns, and their titles are not the actor's.
        var before = text.AsSpan(clauseStart, person.Span.Start - clauseStart);
        if (!before.IsWhiteSpace() && !AddressBeforeName().IsMatch(before)
            && !sentence.Roles.Exists(r => r.PersonName == person.Person && r.TitleSpan.Start == clauseStart && r.TitleSpan.End <= person.Span.Start))
            return null;
        var titles = sentence.Roles.Where(r => r.PersonName == person.Person && r.TitleSpan.Start >= at && r.TitleSpan.Length > 0)
            .OrderBy(r => r.TitleSpan.Start).ToList();
        var consumed = 0;
        foreach (var title in titles)
        {
            if (title.TitleSpan.Start < at)
                continue;
            if (!text.AsSpan(at, title.TitleSpan.Start - at).IsWhiteSpace())
                break;
            at = title.TitleSpan.End;
            consumed++;
            if (CommaAfter(text, at, end) is { } next)
                at = next;
        }
        while (at < end && char.IsWhiteSpace(text[at]))
            at++;
        return consumed > 0 && at < end && char.IsLower(text[at]) && !PronounSubject().IsMatch(text.AsSpan(at, Math.Min(5, end - at)))
            ? (person.Person, at) : null;
    }

    /// <summary>Just past the comma that follows a name or a title ('X, '), or null when none follows there.</summary>
    private static int? CommaAfter(string text, int at, int end)
    {
        var i = at;
        while (i < end && text[i] == ' ')
            i++;
        return i < end && text[i] == ',' ? i + 1 : null;
    }

    /// <summary>
    /// 'Điện Kremlin ngày 30/8 cho biết …', 'Ngày 14/10, Hàn Quốc cho biết …': a body, a country or an official
    /// that speaks on a day, the saying right after who spoke and the day. What a state or its spokesman says
    /// on a day is that day's event (a statement, a warning, a notice), as the annotations keep it; a saying
    /// of anyone else ('Giới phân tích hôm 3/5 cho biết …', a paper, a news agency) is not.
    /// </summary>
    public static Reading? SayingOnTheDay(Sentence sentence, EventDates.Found date)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        if (date.Day is null || date.Start < span.Start || date.End > span.End)
            return null;
        // '"…", người phát ngôn … nói với báo giới hôm 9/11.': who spoke and the day follow the quotation.
        if (SayingAfterAQuote(sentence, date) is { } quoted)
            return quoted;
        int whoStart, whoEnd, verbEnd;
        // 'Trao đổi với báo chí ngày 21/10, Bộ trưởng X cho biết …': the occasion the official spoke on leads like a day alone.
        var occasion = OccasionOfSpeaking(text, span.Start, date.Start);
        if (occasion is not null || PlainDayLead().IsMatch(text.AsSpan(span.Start, date.End - span.Start)))
        {
            // 'Ngày 14/10, Hàn Quốc cho biết': who spoke, then the saying, right after the lead day.
            whoStart = ClauseStart(text, date.End, span.End);
            var saying = SayingAfterSpeaker().Match(text, whoStart, Math.Min(SpeakerLength, span.End - whoStart));
            if (!saying.Success)
                return null;
            verbEnd = whoStart + saying.Length;
            // 'Chiều 4/9, thông tin từ Công an tỉnh X cho biết …': the body the notice comes from is who spoke.
            whoStart = saying.Groups["who"].Index;
            whoEnd = whoStart + saying.Groups["who"].Length;
        }
        else
        {
            // 'X hôm 4/9 cho biết': who spoke opens the sentence, the day inside the clause, the saying after it.
            var saying = SayingFirst().Match(text, date.End, span.End - date.End);
            if (date.AtStart || !saying.Success || WordsBetween(text, span.Start, date.Start) > MaxWordsBeforeActor + 4
                || text.AsSpan(span.Start, date.Start - span.Start).IndexOfAny([',', ';', ':', '"', '“']) >= 0)
                return null;
            (whoStart, whoEnd, verbEnd) = (span.Start, date.Start, saying.Index + saying.Length);
        }
        // A plan told ('cho biết sẽ …') is still a saying of that day.
        if (whoEnd <= whoStart || !SpeaksForTheState(sentence, whoStart, whoEnd))
            return null;
        var who = Trimmed(DayWordsAtEnd().Replace(text[whoStart..whoEnd], ""));
        var verb = SayingVerb().Match(text, whoEnd, verbEnd - whoEnd).Value;
        var told = verbEnd < span.End ? ObjectText(sentence, verbEnd) : "";
        // The occasion names the event: who spoke, and to whom or where ('… trả lời phỏng vấn Reuters').
        var name = occasion is null ? $"{who} {verb} {told}" : $"{who} {char.ToLowerInvariant(occasion[0])}{occasion[1..]}";
        return who.Length == 0 ? null : new Reading(Capitalized(Shortened(Trimmed(name))), whoStart, verbEnd, who);
    }

    /// <summary>
    /// 'Trao đổi với báo chí bên hành lang Quốc hội ngày 21/10, …', 'Trả lời phỏng vấn Reuters hôm 5/3, …', 'Phát biểu
    /// tại cuộc họp báo chiều 2/4, …': an interview or a speech opening the sentence, its day right before the first
    /// comma. What the speaker then says is said on that occasion, its day the occasion's. The words of the occasion, the
    /// day's words left out; null when the sentence opens otherwise.
    /// </summary>
    private static string? OccasionOfSpeaking(string text, int sentenceStart, int dateStart)
    {
        if (dateStart <= sentenceStart)
            return null;
        var before = DayWordsAtEnd().Replace(text[sentenceStart..dateStart], "");
        return SpeakingOccasion().IsMatch(before) ? Trimmed(before) : null;
    }

    /// <summary>'Trao đổi với …', 'Trả lời phỏng vấn …', 'Chia sẻ với …', 'Phát biểu tại …', 'Nói với …', with no break before the day.</summary>
    [GeneratedRegex(@"^(?:Trao\s+đổi|Trả\s+lời|Chia\s+sẻ|Phát\s+biểu|Nói)\s+(?:với|tại|bên|trước|trên|phỏng\s+vấn|báo)(?![\p{L}])[^,;:.!?""“”()]{2,100}$")]
    private static partial Regex SpeakingOccasion();

    [GeneratedRegex(Saying)]
    private static partial Regex SayingVerb();

    /// <summary>Most characters of who spoke before their saying.</summary>
    private const int SpeakerLength = 120;

    /// <summary>Who spoke is a body of a state or a party, a country, or a person the article gives a post.</summary>
    private static bool SpeaksForTheState(Sentence sentence, int from, int to)
    {
        var text = sentence.Text;
        if (BodyFirst().IsMatch(text.AsSpan(from, Math.Min(20, sentence.Span.End - from)))
            || Countries.WrittenAt(text, from).Any())
            return true;
        return sentence.People.Any(p => p.Span.Start >= from && p.Span.End <= to && WordsBetween(text, from, p.Span.Start) <= MaxWordsBeforeActor
            && sentence.Roles.Exists(r => r.PersonName == p.Person));
    }

    /// <summary>A saying that tells something to the public: 'cho biết', 'tuyên bố', 'thông báo', 'cảnh báo', 'xác nhận'.</summary>
    private const string Saying = @"(?:cho\s+biết|cho\s+hay|tuyên\s+bố|thông\s+báo|cảnh\s+báo|xác\s+nhận|khẳng\s+định|nhấn\s+mạnh|nói)(?![\p{L}])";

    /// <summary>' cho biết', ', đã tuyên bố' right after the day.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:đã\s+|vừa\s+)?" + Saying)]
    private static partial Regex SayingFirst();

    /// <summary>'Hàn Quốc cho biết', 'Bộ Ngoại giao Trung Quốc đã tuyên bố', 'thông tin từ Công an tỉnh X cho biết': who spoke, then the saying.</summary>
    [GeneratedRegex(@"^(?:thông\s+tin\s+từ\s+)?(?<who>\p{Lu}[^,;.:“”""]{1,110}?)\s+(?:đã\s+|vừa\s+)?" + Saying)]
    private static partial Regex SayingAfterSpeaker();

    private static bool OpensOnWhoActed(string text, int at, int end) =>
        char.IsUpper(text[at]) || PronounSubject().IsMatch(text.AsSpan(at, Math.Min(5, end - at)))
        || ComradeFirst().IsMatch(text.AsSpan(at, Math.Min(10, end - at)));

    /// <summary>'đồng chí ', 'ông ', 'bà ' alone before a name.</summary>
    [GeneratedRegex(@"^(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à)\s+$")]
    private static partial Regex AddressBeforeName();

    /// <summary>'đồng chí X': how the Party press writes an official's name, which the titles often follow.</summary>
    [GeneratedRegex(@"^đồng\s+chí\s+\p{Lu}")]
    private static partial Regex ComradeFirst();

    /// <summary>Most words before a day told inside its clause: more, and the day belongs to something said on the way.</summary>
    private const int MaxWordsBeforeInsideDay = 25;

    /// <summary>
    /// 'Ông X tới Lima hôm 4/3 để …', 'Một tòa án ở Paris hôm 12/5 đã tuyên …': a clause that opens the
    /// sentence on who acted, with the day told inside it as when ('hôm', 'ngày', 'sáng' …), not as part of a
    /// noun ('nhiệm vụ trọng tâm tháng 8'). Its words are the deed, the day left out. A day closing the
    /// sentence ('X tại sân bay …, ngày 22-8-2023.') is a caption's, unless the deed is told as done ('đã', 'vừa').
    /// </summary>
    private static string? DayInsideClause(Sentence sentence, EventDates.Found date)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        var start = span.Start;
        var before = text[start..date.Start];
        if (!OpensOnWhoActed(text, start, span.End) || before.IndexOfAny([';', ':', '"', '“']) >= 0 || WordsBetween(text, start, date.Start) > MaxWordsBeforeInsideDay
            || FrameFirst().IsMatch(before) || !DayAsWhen().IsMatch(before) || ToComeBefore(text, start, span.End))
            return null;
        // Who acted opens the sentence: a person it names, a body or a country.
        if (!sentence.People.Any(p => p.Span.Start < date.Start && WordsBetween(text, start, p.Span.Start) <= MaxWordsBeforeActor)
            && !BodyFirst().IsMatch(text.AsSpan(start, Math.Min(20, span.End - start)))
            && !Countries.Names.Any(n => string.CompareOrdinal(text, start, n, 0, n.Length) == 0))
            return null;
        var afterStart = date.End;
        while (afterStart < span.End && (char.IsWhiteSpace(text[afterStart]) || text[afterStart] == ','))
            afterStart++;
        var goesOn = afterStart < span.End && char.IsLower(text[afterStart]) && !PronounSubject().IsMatch(text.AsSpan(afterStart, Math.Min(5, span.End - afterStart)));
        var after = goesOn ? ObjectText(sentence, afterStart) : "";
        if (after.Length == 0 && !DoneMarker().IsMatch(before))
            return null;
        var deed = Trimmed($"{DayWordsAtEnd().Replace(before, "").TrimEnd(' ', ',')} {after}");
        return deed.Length == 0 ? null : deed;
    }

    /// <summary>Most words of titles before the person who acted, at the start of a clause with a day inside.</summary>
    private const int MaxWordsBeforeActor = 6;

    /// <summary>'sẽ', 'dự kiến', 'sắp' before the first break after the day: the deed is still to come. 'X tuyên bố sẽ …' told a plan, which was done.</summary>
    private static bool ToComeBefore(string text, int from, int end) =>
        FutureBeforeBreak().IsMatch(text.AsSpan(from, Math.Min(end - from, 60)).TrimStart(" ,"));

    [GeneratedRegex(@"^[^,;.]{0,40}?(?<![\p{L}])(?<!(?:tuyên\s+bố|cam\s+kết|thông\s+báo|khẳng\s+định|hứa)\s)(?:sẽ|dự\s+kiến|sắp|tới\s+đây)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex FutureBeforeBreak();

    /// <summary>'Theo …', 'Tính đến …', 'Trong …', 'Khi …': the sentence opens on a frame, not on who acted.</summary>
    [GeneratedRegex(@"^(?:Theo|Tính|Từ|Đến|Trong|Sau|Trước|Khi|Nếu|Tại|Với|Ngoài|Kể|Cho)(?![\p{L}])")]
    private static partial Regex FrameFirst();

    /// <summary>'hôm ', 'ngày ', 'vào ', 'sáng ', 'hồi đầu ' right before the day: it says when the deed was done.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:ngày|hôm|hồi|vào|lúc|sáng|chiều|tối|trưa|đêm)(?:\s+(?:đầu|giữa|cuối))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DayAsWhen();

    [GeneratedRegex(@"\s*(?:(?:vào|từ)\s+)?(?:(?:đầu|giữa|cuối)\s+)?(?:(?:ngày|hôm|hồi|sáng|chiều|tối|trưa|đêm|rạng\s+sáng)\s*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex DayWordsAtEnd();

    [GeneratedRegex(@"(?<![\p{L}])(?:đã|vừa|từng)(?![\p{L}])")]
    private static partial Regex DoneMarker();

    /// <summary>'được bổ nhiệm', 'giữ chức', 'làm Phó …', 'thăng hàm': a step of a career, which the roles date.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:bổ\s+nhiệm|miễn\s+nhiệm|điều\s+động|điều\s+chuyển|luân\s+chuyển|phân\s+công|chỉ\s+định|được\s+bầu|bầu\s+làm|giữ\s+chức|đảm\s+nhiệm|nghỉ\s+hưu|chuẩn\s+y|thăng\s+(?:quân\s+)?hàm|cuộc\s+đời\s+binh\s+nghiệp|làm\s+(?:[Pp]hó|[Cc]hủ|[Bb]í|[Gg]iám|[Tt]rưởng|[Tt]hứ|[Bb]ộ|[Cc]ục|[Vv]ụ|[Tt]ổng))(?![\p{L}])")]
    private static partial Regex StepOfACareer();

    /// <summary>'Mực nước …', 'Số bài thi …', 'Tổng tài sản tăng 11,5%': a figure of the day, not a deed.</summary>
    [GeneratedRegex(@"^(?:Mực\s+nước|Số(?:\s+lượng)?|Lượng|Tỷ\s+lệ|Giá|Nhiệt\s+độ|Doanh\s+thu|Lợi\s+nhuận|Kim\s+ngạch|Tổng\s+(?:số|tài\s+sản|vốn|thu|chi|cộng|giá\s+trị))(?![\p{L}])|[0-9]\s*%|(?<![\p{L}])(?:tăng|giảm|đạt|chiếm|ước\s+tính|lũy\s+kế)(?:\s+trưởng)?\s+[0-9]")]
    private static partial Regex Tally();

    /// <summary>How many characters past its clause a deed's words are looked at for a saying ('cho biết').</summary>
    private const int WordsAfterClause = 12;

    /// <summary>Most characters of titles that may stand before the person a clause opens on.</summary>
    private const int MaxTitleBeforeActor = 80;

    /// <summary>
    /// 'Ngày 6/6', 'Chiều 22/4', 'Vào ngày 9-4', 'Cũng trong ngày 15-7', 'Rạng sáng 20/6', 'Đầu giờ chiều ngày 3/5', and after
    /// a frame that only says when or ties the sentence to what was told: 'Trước đó, vào ngày 9/10', 'Mới đây vào ngày 15/4',
    /// 'Lần đầu vào ngày 3/2', 'Tuy nhiên, ngày 2/8', 'Liên quan đến vụ việc trên, ngày 4/6': a day alone opening the sentence.
    /// </summary>
    [GeneratedRegex(@"^[\s\-–•]*(?:(?:trước\s+đó|sau\s+đó|mới\s+đây|gần\s+đây|lần\s+(?:đầu|cuối|thứ\s+\S+|[0-9]+)|tuy\s+nhiên|đáng\s+chú\s+ý|liên\s+quan\s+(?:đến|tới)\s+[^,;.:""“”]{3,80})\s*,?\s*)?(?:(?:vào|cũng|trong|thế\s+rồi|rạng|hồi)\s+)*(?:(?:đầu|cuối)\s+giờ\s+)?(?:(?:sáng|chiều|tối|trưa|đêm|hôm|ngày)\s+)*(?:ngày\s+)?[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainDayLead();

    /// <summary>A comma, or a word that joins a deed to whom it concerns: the name after it is not who acted.</summary>
    [GeneratedRegex(@"[,;]|(?<![\p{L}])(?:của|cho|với|đến|tới|về|từ|ở)(?![\p{L}])")]
    private static partial Regex DeedBeforeName();

    /// <summary>Whether the words open on a body of the state, a party or a legislature ('Bộ Công an', 'Hạ viện').</summary>
    internal static bool OpensOnABody(string words) => BodyFirst().IsMatch(words);

    /// <summary>'UBND', 'Bộ', 'Văn phòng', 'Tòa án', 'Hạ viện' opening who acted: a body of the state, a party or a legislature.</summary>
    [GeneratedRegex(@"^(?:UBND|HĐND|TAND|VKSND|Ủy\s+ban|Uỷ\s+ban|Bộ|Ban|Sở|Cục|Tổng\s+cục|Tòa\s+án|Toà\s+án|Viện|Văn\s+phòng|Công\s+an|Quốc\s+hội|Chính\s+phủ|Thành\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy|Đảng\s+ủy|Hội\s+đồng|Cơ\s+quan|Thanh\s+tra|Quân\s+ủy|Mặt\s+trận|Hạ\s+viện|Thượng\s+viện|Nhà\s+Trắng|Điện\s+Kremlin)(?![\p{L}])")]
    private static partial Regex BodyFirst();

    /// <summary>A clause that tells a state or a saying, not a deed: 'có thể', 'vẫn', 'là', 'cho biết'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:có\s+thể|vẫn|là|cho\s+biết|cho\s+hay|nói|theo|dự\s+báo|nhiệt\s+độ|giá)(?![\p{L}])")]
    private static partial Regex NoDeed();
}

