using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// The words that make a dated sentence an event, and the short readable name it is given:
/// 'Hội đàm giữa A và B', 'A tiếp B', the event's own noun phrase ('Kỳ họp thứ 8 Quốc hội khóa
/// XV', 'Lễ công bố …'), else who did what ('Chủ tịch nước Tô Lâm dâng hương tại …').
/// </summary>
internal static partial class EventPhrases
{
    private static readonly HashSet<string> FramingWords = new(StringComparer.Ordinal) { "Trong", "Tại", "Sau", "Trước", "Theo", "Qua", "Nhân" };
    private const int MaxSubjectWords = 12;
    private const int MaxWordsFromNounToDate = 10;
    private const int MaxWordsFromNounToHappening = 18;
    private const int MaxWordsFromDeedToMonth = 15;

    /// <summary>What a sentence's reading needs: the text, the sentence, the people it names and their posts.</summary>
    public sealed record Sentence(string Text, TextSpan Span, List<(string Person, TextSpan Span)> People, List<RoleMention> Roles);

    /// <summary>Where the sentence's event is said: its head word and the name it gets.</summary>
    /// <param name="CutShort">Read from a lead the page cut short: a fuller telling of the day may follow.</param>
    public sealed record Reading(string Name, int HeadStart, int HeadEnd, string? Subject, bool CutShort = false);

    /// <summary>Whether the sentence names an event or a deed, or is a report's lead the page cut short.</summary>
    /// <remarks>
    /// The verbs are asked first: they are tried only at word starts and cost about a tenth of the event nouns' pattern,
    /// and most dated sentences have one. The three are plain tests, so their order cannot change the answer.
    /// </remarks>
    public static bool HasCue(string text, TextSpan sentence, EventDates.Found date)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length);
        return HasVerb(words) || EventNoun().IsMatch(words) || (date.AtStart && CutShort().IsMatch(words));
    }

    /// <summary>
    /// 'Bộ trưởng ký quyết định bổ nhiệm …': signing a state or Party act is the act's date, read as
    /// a document, not a happening; a treaty or memorandum signed ('ký kết Hiệp định …') stays an event,
    /// and so does an act cited by its coded number ('ký ban hành Quyết định số 1420/QĐ-TTg'): putting out
    /// that act is the news of its day.
    /// </summary>
    public static bool OnlySignsAnAct(string text, Reading reading) =>
        reading.HeadEnd > reading.HeadStart
        && SignVerb().IsMatch(text.AsSpan(reading.HeadStart, reading.HeadEnd - reading.HeadStart))
        && SignedAct().IsMatch(text.AsSpan(reading.HeadEnd, Math.Min(40, text.Length - reading.HeadEnd)));

    [GeneratedRegex(@"^(?:ký|(?:ký\s*,?\s+)?ban\s+hành)$")]
    private static partial Regex SignVerb();

    [GeneratedRegex(@"^\s+(?:ban\s+hành\s+)?(?:các\s+)?(?:[Qq]uyết\s+định|[Nn]ghị\s+quyết|[Nn]ghị\s+định|[Cc]hỉ\s+thị|[Cc]ông\s+điện|[Tt]hông\s+tư|[Cc]ông\s+văn|[Ll]ệnh|[Ss]ắc\s+lệnh)(?![\p{L}])(?!\s+(?:số\s*:?\s*)?[0-9]{1,5}(?:/[0-9]{4})?\s?[-/]\p{Lu})")]
    private static partial Regex SignedAct();

    /// <summary>
    /// A post given to the subject on a day ('X được phân công … từ ngày …') by a vote the sentence
    /// says was held that same day: the post follows from the vote; the vote is the day's happening.
    /// </summary>
    public static bool GivenByTheVote(string text, Reading reading, Reading? vote) =>
        vote is not null && reading.HeadStart < vote.HeadStart && reading.HeadStart >= 5
        && GivenBefore().IsMatch(text.AsSpan(reading.HeadStart - 5, 5));

    [GeneratedRegex(@"(?<![\p{L}])được\s$")]
    private static partial Regex GivenBefore();

    public static Reading? Read(Sentence sentence, EventDates.Found date)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        // After a lead date the clause that follows tells the event; a date at the end follows it.
        var clauseStart = date.AtStart ? ClauseStart(text, date.End, span.End) : span.Start;
        // A month dates an event only when written with its noun ('Kỳ họp thứ bảy (tháng 5/2024)',
        // 'phiên tòa hồi tháng 11/2018'); 'Tháng 3/2021, ông được bổ nhiệm …' is a career, not an event.
        // 'Tháng 1/2023, tại kỳ họp bất thường lần 2, …' opens on the session the month dates.
        if (date.Day is null)
            return NounNear(sentence, date) is { } attached && (attached.HeadEnd <= date.Start || (date.AtStart && AtTheEvent(text, date.End, attached.HeadStart))) ? attached : PastDeed(sentence, clauseStart, date);
        return Talks(sentence, clauseStart) ?? SigningOnTheActsDay(sentence, date) ?? NounNear(sentence, date) ?? Action(sentence, clauseStart, date)
            ?? DecidedSameDay(sentence) ?? DeedBeforeTrailingDate(sentence, date);
    }

    /// <summary>
    /// 'Thủ tướng … ký Công điện số 67/CĐ-TTg ngày 13/7/2024 yêu cầu khắc phục sự cố sạt lở …': the day stands on
    /// the number of the act signed, so the signing is the sentence's event, not a happening the act's subject
    /// names after it (the incident has its own sentences). An act cited after a comma ('ban hành Quyết định số
    /// 98/QĐ-TTg, ngày 17/9/2024 phê duyệt …') is a citation, left to the document reading.
    /// </summary>
    private static Reading? SigningOnTheActsDay(Sentence sentence, EventDates.Found date)
    {
        if (date.Day is null || date.Start <= sentence.Span.Start
            || !SigningOfANumberedAct().IsMatch(sentence.Text.AsSpan(sentence.Span.Start, date.Start - sentence.Span.Start)))
            return null;
        var signing = sentence with { Span = new TextSpan(sentence.Span.Start, date.Start) };
        // The act's number frames the words after it as a lead would; the signing stands before it.
        return Action(signing, sentence.Span.Start, date with { AtStart = false });
    }

    /// <summary>'ký Công điện số 67/CĐ-TTg ngày ', 'ký, ban hành Quyết định 1327/QĐ-BCT ': a coded act signed, its day next.</summary>
    [GeneratedRegex(SigningOfAnAct + @"[0-9]{1,5}(?:/[0-9]{4})?[-/]\p{Lu}[^\s,;]*\s+(?:ngày\s+)?$")]
    private static partial Regex SigningOfANumberedAct();

    /// <summary>'ký Quyết định số ', 'ký, ban hành Công điện ': an act signed or issued, up to its number.</summary>
    internal const string SigningOfAnAct =
        @"(?<![\p{L}])(?:ký|ban\s+hành)(?:\s*,?\s+ban\s+hành)?\s+(?:[Qq]uyết\s+định|[Nn]ghị\s+định|[Cc]ông\s+điện|[Cc]hỉ\s+thị|[Nn]ghị\s+quyết|[Tt]hông\s+tư|[Cc]ông\s+văn)\s+(?:số\s+)?";

    /// <summary>
    /// 'X gặp Y, ngày 8/7 tại Bắc Kinh.': a date after the deed, followed by its place only, looks
    /// like a lead but opens no clause; the deed told before it is the day's.
    /// </summary>
    private static Reading? DeedBeforeTrailingDate(Sentence sentence, EventDates.Found date)
    {
        if (!date.AtStart || date.Start <= sentence.Span.Start || !PlaceOnlyAfter().IsMatch(sentence.Text.AsSpan(date.End, sentence.Span.End - date.End)))
            return null;
        var before = sentence with { Span = new TextSpan(sentence.Span.Start, date.Start) };
        return Talks(before, sentence.Span.Start) ?? Action(before, sentence.Span.Start, date with { AtStart = false });
    }

    /// <summary>What may follow a trailing date: its place and the country, then the sentence's end.</summary>
    [GeneratedRegex(@"^\s*(?:\(giờ\s+[^()]{2,20}\)\s*)?(?:,?\s*(?:tại|ở)\s+[^,;.]{2,60}(?:,\s*[^,;.]{2,30})?)?\s*\.?\s*$")]
    private static partial Regex PlaceOnlyAfter();

    /// <summary>
    /// 'Tại hội nghị sáng 3/8, Ban Chấp hành Trung ương bầu …', 'Ngày 18.2, tại kỳ họp bất thường thứ 9,
    /// Quốc hội đã thông qua …': a meeting known only by its kind frames a vote, which is a happening
    /// of that day too; a meeting with a name of its own ('Hội nghị Trung ương 9') is told for itself.
    /// </summary>
    public static Reading? VoteAtTheSession(Sentence sentence, Reading noun, EventDates.Found date)
    {
        var text = sentence.Text;
        // A month dates the session, not the votes taken there: those are steps of careers.
        if (date.Day is null || noun.Subject is not null || noun.HeadEnd <= noun.HeadStart || !EventNoun().IsMatch(text.AsSpan(noun.HeadStart, noun.HeadEnd - noun.HeadStart)))
            return null;
        var from = Math.Max(sentence.Span.Start, noun.HeadStart - 6);
        if (!FrameBefore().IsMatch(text.AsSpan(from, noun.HeadStart - from)))
            return null;
        var of = noun.Name.IndexOf(" của ", StringComparison.Ordinal);
        if (!GenericHead().IsMatch(of < 0 ? noun.Name : noun.Name[..of]))
            return null;
        // The vote's clause: after the comma that closes the frame (and its date, when the date follows the noun).
        var frameEnd = Math.Max(noun.HeadEnd, date.Start > noun.HeadStart ? date.End : noun.HeadEnd);
        var comma = text.IndexOf(',', frameEnd, sentence.Span.End - frameEnd);
        if (comma < 0)
            return null;
        var verb = VerbIn(text, comma + 1, sentence.Span.End - comma - 1);
        if (!verb.Success || !VoteVerb().IsMatch(verb.Value))
            return null;
        var clauseStart = comma + 1;
        while (clauseStart < sentence.Span.End && char.IsWhiteSpace(text[clauseStart]))
            clauseStart++;
        return Action(sentence, clauseStart, date);
    }

    [GeneratedRegex(@"(?<![\p{L}])[Tt]ại\s+$")]
    private static partial Regex FrameBefore();

    [GeneratedRegex(@"^(?:bầu|phê\s+chuẩn|thông\s+qua|miễn\s+nhiệm|bãi\s+nhiệm)$")]
    private static partial Regex VoteVerb();

    /// <summary>
    /// '… từ ngày 2-5, sau khi Quốc hội thông qua nghị quyết miễn nhiệm … vào cùng ngày': the vote
    /// the sentence dates by the same day is the event, told by what it decided.
    /// </summary>
    public static Reading? DecidedSameDay(Sentence sentence)
    {
        var vote = VoteSameDay().Match(sentence.Text, sentence.Span.Start, sentence.Span.Length);
        if (!vote.Success)
            return null;
        var what = vote.Groups["what"];
        var name = Decided(Trimmed(what.Value));
        return new Reading(Capitalized(Shortened(name)), what.Index, what.Index + what.Length, vote.Groups["body"].Value);
    }

    private static bool AtTheEvent(string text, int dateEnd, int nounStart) =>
        nounStart >= dateEnd && AtBeforeNoun().IsMatch(text.AsSpan(dateEnd, nounStart - dateEnd));

    [GeneratedRegex(@"^\s+(?:lần\s+)?thứ\s+[\p{L}0-9]+\s*,\s*$")]
    private static partial Regex OrdinalOnly();

    [GeneratedRegex(@"^\s*,?\s*tại\s+$")]
    private static partial Regex AtBeforeNoun();

    /// <summary>A semicolon, or a comma that does not join two names ('Đảng, Nhà nước'): the words after it are a clause of their own.</summary>
    [GeneratedRegex(@";|,(?!\s*\p{Lu})|(?<!\p{Lu}\p{L}*),")]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// 'Ngày 15-6, Ủy ban Kiểm tra Trung ương ra thông báo cho biết, …': the notice a body put out on the
    /// day, when what it reports is told with days of its own.
    /// </summary>
    /// <param name="reportStart">Where the reported words begin, after 'cho biết,'.</param>
    public static Reading? Notice(Sentence sentence, int reportStart)
    {
        var text = sentence.Text;
        var notice = NoticeVerb().Match(text, sentence.Span.Start, reportStart - sentence.Span.Start);
        if (!notice.Success)
            return null;
        var from = sentence.Span.Start;
        var comma = text.LastIndexOf(',', notice.Index, notice.Index - from);
        var subject = FirstPerson(sentence, from, notice.Index) ?? SubjectText(text, comma < 0 ? from : comma + 1, notice.Index);
        return subject is null ? null : new Reading(Capitalized(Shortened($"{subject} {Spacing.OneSpace(notice.Value)}")), notice.Index, notice.Index + notice.Length, subject);
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:ra|phát|có|phát\s+đi)\s+)?thông\s+(?:báo|cáo)(?:\s+báo\s+chí)?(?=\s+cho\s+biết)")]
    private static partial Regex NoticeVerb();

    /// <summary>
    /// 'Sáng 1/8, sau lễ đón chính thức, Chủ tịch nước … hội đàm …', 'Sau phiên bế mạc Hội nghị Trung ương 9
    /// (sáng 18/5/2024), …': the ceremony or session the day's deed followed took place that day too.
    /// </summary>
    public static Reading? EventBefore(Sentence sentence, Reading deed)
    {
        var text = sentence.Text;
        var end = Math.Min(deed.HeadStart, sentence.Span.End);
        if (end <= sentence.Span.Start)
            return null;
        var after = AfterEvent().Match(text, sentence.Span.Start, end - sentence.Span.Start);
        if (!after.Success)
            return null;
        var noun = after.Groups["noun"];
        return new Reading(Capitalized(Shortened(Trimmed(noun.Value))), noun.Index, noun.Index + noun.Length, null);
    }

    /// <summary>'sau lễ đón chính thức,', 'Sau phiên bế mạc Hội nghị Trung ương 9 (', 'sau lễ dâng hoa … sáng 10-11': an event the sentence's deed came after.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:ngay\s+)?[Ss]au\s+(?:khi\s+)?(?<noun>(?:[Ll]ễ|[Pp]hiên|[Bb]uổi|[Hh]ội\s+nghị)\s+[^,;.()]{2,80}?)(?=\s*(?:\(|,)|\s+(?:tại|ở)\s|\s+(?:sáng|chiều|tối|trưa|ngày)\s+[0-9])")]
    private static partial Regex AfterEvent();

        /// <summary>'A đã có buổi hội đàm với B', 'A hội kiến B', 'A tiếp B', 'A làm việc với B'.</summary>
    private static Reading? Talks(Sentence sentence, int clauseStart)
    {
        var text = sentence.Text;
        var match = TalkVerb().Match(text, clauseStart, sentence.Span.End - clauseStart);
        if (!match.Success)
            return null;
        var verbStart = match.Groups["verb"].Index;
        var host = FirstPerson(sentence, clauseStart, verbStart) ?? SubjectText(text, clauseStart, match.Index);
        var guestStart = match.Index + match.Length;
        var guest = PersonAt(sentence, guestStart) ?? ObjectText(sentence, guestStart);
        if (host is null || guest.Length == 0)
            return null;
        var name = Lexicon.Key(match.Groups["verb"].Value) switch
        {
            "tiếp" or "tiếp xã giao" => $"{host} tiếp {guest}",
            "làm việc" => $"Buổi làm việc của {host} với {guest}",
            "gặp" or "gặp gỡ" => $"Cuộc gặp giữa {host} và {guest}",
            var verb => $"{Capitalized(verb)} giữa {host} và {guest}",
        };
        return new Reading(Shortened(name), verbStart, match.Index + match.Length, host);
    }

    /// <summary>
    /// Deeds the subject goes on to after a semicolon: '…; thăm Khu di tích …', '…; tiếp Đại sứ …'.
    /// A list of decisions ('miễn nhiệm …; miễn nhiệm …') is one event, so only visits and meetings count.
    /// </summary>
    public static IEnumerable<string> FurtherDeeds(string text, TextSpan sentence, Reading reading)
    {
        if (reading.Subject is null)
            yield break;
        foreach (var deed in MatchesIn(FurtherDeed(), text, Math.Min(sentence.End, reading.HeadEnd), sentence.End))
        {
            var end = text.IndexOfAny([';', '.'], deed.Index + deed.Length, sentence.End - deed.Index - deed.Length);
            var predicate = Trimmed(text[deed.Groups["deed"].Index..(end < 0 ? sentence.End : end)]);
            yield return Shortened($"{reading.Subject} {predicate}");
        }
    }

    /// <summary>
    /// The event's noun phrase: right before the date ('Kỳ họp thứ bảy (tháng 5/2024)', 'phiên tòa
    /// hồi tháng 11/2018', 'cuộc tấn công của Hamas vào ngày 7/10'), else the first after it.
    /// </summary>
    private static Reading? NounNear(Sentence sentence, EventDates.Found date)
    {
        var text = sentence.Text;
        var nouns = MatchesIn(EventNoun(), text, sentence.Span.Start, sentence.Span.End);
        var before = LastDatedBefore(text, nouns, date.Start);
        var noun = before ?? NounAfter(sentence, nouns, date);
        if (noun is null)
            return null;
        var name = NameFrom(text, noun.Index, before is null ? sentence.Span.End : date.Start);
        if (GenericHead().IsMatch(name) && (OrganizerNamedBefore(text, sentence.Span.Start, noun.Index) ?? PresidingBody(sentence, noun.Index)) is { } body)
            name += " của " + body;
        return new Reading(Capitalized(name), noun.Index, noun.Index + noun.Length, null);
    }

    /// <summary>The last noun that ends before the date and that the date dates, or null: a plain loop from the end, with no closure made at each sentence.</summary>
    private static Match? LastDatedBefore(string text, List<Match> nouns, int dateStart)
    {
        for (var k = nouns.Count - 1; k >= 0; k--)
        {
            var noun = nouns[k];
            if (noun.Index + noun.Length <= dateStart && DatesNoun(text, noun.Index + noun.Length, dateStart))
                return noun;
        }
        return null;
    }

    /// <summary>
    /// 'Chủ tịch Quốc hội Nhật Bản Nukaga Fukushiro tuyên bố khai mạc phiên toàn thể bất thường': a session known only by
    /// its kind, opened or chaired by the president of an assembly, is that assembly's.
    /// </summary>
    private static string? PresidingBody(Sentence sentence, int noun)
    {
        foreach (var role in sentence.Roles)
        {
            if (role.PersonSpan.End > noun || role.PersonSpan.Start < sentence.Span.Start || !role.Role.StartsWith("Chủ tịch ", StringComparison.Ordinal)
                || !Assembly().IsMatch(role.Role.AsSpan("Chủ tịch ".Length))
                || !OpensTheSession().IsMatch(sentence.Text.AsSpan(role.PersonSpan.End, noun - role.PersonSpan.End)))
                continue;
            return role.Role["Chủ tịch ".Length..];
        }
        return null;
    }

    [GeneratedRegex(@"^(?:Quốc\s+hội|Thượng\s+viện|Hạ\s+viện|Nghị\s+viện|HĐND|Hội\s+đồng\s+nhân\s+dân)(?![\p{L}])")]
    private static partial Regex Assembly();

    /// <summary>' tuyên bố khai mạc ', ' chủ trì ': the president's own deed, right before the session.</summary>
    [GeneratedRegex(@"^\s+(?:đã\s+)?(?:tuyên\s+bố\s+)?(?:khai\s+mạc|bế\s+mạc|chủ\s+trì)\s+$")]
    private static partial Regex OpensTheSession();

    /// <summary>
    /// Whether the words between a noun and the date let the date be the noun's: a few words
    /// ('Kỳ họp thứ bảy (tháng 5/2024)'), or a longer run ending in a verb of happening ('kỳ họp
    /// thứ 21, HĐND tỉnh … khóa X, diễn ra sáng 8/4', 'Kỳ thi … sẽ được tổ chức vào các ngày …').
    /// </summary>
    private static bool DatesNoun(string text, int nounEnd, int dateStart)
    {
        var between = text[nounEnd..dateStart];
        // 'phiên họp thứ 32, sáng 22.4': only the meeting's number stands between.
        if (OrdinalOnly().IsMatch(between))
            return true;
        var words = WordsBetween(text, nounEnd, dateStart);
        if (HappeningBeforeDate().IsMatch(between))
            return words <= MaxWordsFromNounToHappening && between.IndexOf(';', StringComparison.Ordinal) < 0;
        // 'phiên họp Chính phủ thường kỳ tháng 3, sáng 6/4': a comma right before the date still dates the noun;
        // 'cuộc gặp các cựu lãnh đạo Đảng, Nhà nước vào ngày 15/8': so does one inside a list of names.
        return words <= MaxWordsFromNounToDate && !ClauseBreak().IsMatch(between.TrimEnd().TrimEnd(','));
    }

    /// <summary>
    /// The event noun after the date: the one a verb of holding or attending governs ('tổ chức
    /// Hội nghị …', 'chủ trì phiên họp …', 'tại Hội nghị …'). When another deed comes first ('đến
    /// thắp hương …, kiểm tra công tác chuẩn bị cho Lễ Quốc tang'), the deed is the event.
    /// </summary>
    private static Match? NounAfter(Sentence sentence, List<Match> nouns, EventDates.Found date)
    {
        var text = sentence.Text;
        // One pass over the nouns after the date, with no list of them made: the first a verb of holding governs, else the first.
        Match? governed = null, firstAfter = null;
        foreach (var n in nouns)
        {
            if (n.Index < date.End)
                continue;
            firstAfter ??= n;
            if (Holding().IsMatch(text.AsSpan(date.End, n.Index - date.End)))
            {
                governed = n;
                break;
            }
        }
        var first = governed ?? firstAfter;
        if (first is null)
            return null;
        var deed = VerbIn(text, date.End, first.Index - date.End);
        return deed.Success && !Organising().IsMatch(deed.Value) ? null : first;
    }

    /// <summary>
    /// A deed of a past month that is no step of a career: 'Tháng 1/2023, ông bị Ban Bí thư cảnh cáo', '… bị bắt
    /// và khởi tố hồi tháng 1/2024', 'thiết lập quan hệ ngoại giao vào tháng 7/2005', 'Hồi đầu tháng 8, Trung ương
    /// đồng ý …'. Appointments and elections of a month are career lines, read as roles.
    /// </summary>
    private static Reading? PastDeed(Sentence sentence, int clauseStart, EventDates.Found date)
    {
        var text = sentence.Text;
        // 'từ tháng 10/2017 đến tháng 4/2021' is a term, not the month of a deed. A month without its year
        // dates a deed only after 'vào' or 'hồi' ('được tạm tha vào tháng 2', 'qua đời hồi tháng 4', 'Hồi tháng 4, …'): the year is the report's.
        // 'trong tháng 1', 'trong nửa đầu tháng 11/2024': a month a figure or a task spans, not the month of a deed.
        var before = text.AsSpan(sentence.Span.Start, date.Start - sentence.Span.Start);
        if (date.Year is null && !MonthOfTheDeedBefore().IsMatch(before) || SpanEndBefore().IsMatch(before) || PeriodBefore().IsMatch(before))
            return null;
        var deed = Action(sentence, clauseStart, date);
        if (deed is null || deed.HeadEnd <= deed.HeadStart || IsCareerStep(text, deed.HeadStart, deed.HeadEnd))
            return null;
        // A month without its year, tied to the deed by 'vào'/'hồi', is of the report's own year, and any deed of the lists
        // done then is news. A month with its year is mostly a life story's or an essay's recollection ('Tháng 5/2019, ông …',
        // 'Việt Nam đã đón … vào tháng 9/2023'): it dates only the deeds that are news in any life story.
        if (date.Year is not null
            && !(PastDeedVerb().IsMatch(text.AsSpan(deed.HeadStart, deed.HeadEnd - deed.HeadStart)) || DecidedSanction(text, deed)))
            return null;
        // A month opening the sentence dates its clause; further in, it must be near the deed's
        // verb, not the date of something told on the way.
        if (date.AtStart)
            return deed;
        var apart = deed.HeadStart >= date.End ? WordsBetween(text, date.End, deed.HeadStart) : WordsBetween(text, deed.HeadEnd, date.Start);
        return apart <= MaxWordsFromDeedToMonth ? deed : null;
    }

    /// <summary>'… vào ', '… hồi ', '… vào hồi ', '… vào đầu ', 'Hồi ' right before a month: the month the deed told was done in.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Vv]ào|[Hh]ồi)(?:\s+(?:đầu|giữa|cuối))?\s+$")]
    private static partial Regex MonthOfTheDeedBefore();

    /// <summary>
    /// 'bị sa thải vào ', 'ký hợp đồng mới vào ', 'tấn công vào Kursk hồi đầu ': a deed of the lists, at most three words, then
    /// 'vào' and maybe the part of a month: the month that follows is the deed's. A step of a career is left to the roles.
    /// </summary>
    public static bool DeedBeforeMonth(ReadOnlySpan<char> before)
    {
        var into = IntoMonth().Match(before.ToString());
        if (!into.Success)
            return false;
        var words = before[..into.Index].ToString();
        Match? last = null;
        for (var verb = EventVerb().Match(words); verb.Success; verb = verb.NextMatch())
            last = verb;
        return last is not null && !IsCareerStep(words, last.Index, last.Index + last.Length)
            && WordsBetween(words, last.Index + last.Length, words.Length) <= MaxWordsFromDeedToInto;
    }

    /// <summary>Most words between a deed and the 'vào' of its month ('ký hợp đồng mới vào').</summary>
    private const int MaxWordsFromDeedToInto = 3;

    [GeneratedRegex(@"(?<![\p{L}])vào(?:\s+(?:đầu|giữa|cuối))?\s+$")]
    private static partial Regex IntoMonth();

    /// <summary>'trong ', 'suốt ', 'trong nửa đầu ' right before a month: the month as a span of time.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Tt]rong|[Ss]uốt)(?:\s+(?:cả|cùng|nửa\s+(?:đầu|cuối)))?\s+$")]
    private static partial Regex PeriodBefore();

    /// <summary>
    /// 'bổ nhiệm', 'bầu', 'quyết định chuẩn y …': a step of a career, which a month dates as a role's start or end (the
    /// gold's convention), not as an event.
    /// </summary>
    private static bool IsCareerStep(string text, int verbStart, int verbEnd) =>
        CareerStep().IsMatch(text.AsSpan(verbStart, verbEnd - verbStart))
        || (text.AsSpan(verbStart, verbEnd - verbStart).SequenceEqual("quyết định")
            && CareerStepAfter().IsMatch(text.AsSpan(verbEnd, Math.Min(CareerWordsAfterDecision, text.Length - verbEnd))));

    /// <summary>How far after 'quyết định' the step it decides is looked for.</summary>
    private const int CareerWordsAfterDecision = 24;

    [GeneratedRegex(@"^\s+(?:bổ\s+nhiệm|điều\s+động|luân\s+chuyển|phân\s+công|chỉ\s+định|chuẩn\s+y|cho\s+thôi|miễn\s+nhiệm)(?![\p{L}])")]
    private static partial Regex CareerStepAfter();

    [GeneratedRegex(@"^(?:bổ\s+nhiệm|miễn\s+nhiệm|bãi\s+nhiệm|điều\s+động|luân\s+chuyển|phân\s+công|chỉ\s+định|bầu|trúng\s+cử|(?:tái\s+)?đắc\s+cử|nhậm\s+chức|tuyên\s+thệ|đảm\s+nhận|cho\s+thôi|chuẩn\s+y)$")]
    private static partial Regex CareerStep();

    /// <summary>'Bộ Chính trị quyết định cách chức …': a decision of a month that punishes is a deed of that month, as the punishment alone is.</summary>
    private static bool DecidedSanction(string text, Reading deed) =>
        text.AsSpan(deed.HeadStart, deed.HeadEnd - deed.HeadStart).SequenceEqual("quyết định")
        && SanctionAfter().IsMatch(text.AsSpan(deed.HeadEnd, Math.Min(30, text.Length - deed.HeadEnd)));

    [GeneratedRegex(@"^\s+(?:thi\s+hành\s+)?(?:kỷ\s+luật|cách\s+chức|khai\s+trừ|cảnh\s+cáo|khiển\s+trách|khởi\s+tố)(?![\p{L}])")]
    private static partial Regex SanctionAfter();

    /// <summary>Who did what: 'Chủ tịch nước Tô Lâm dâng hương tại …', 'Quốc hội phê chuẩn miễn nhiệm …'.</summary>
    private static Reading? Action(Sentence sentence, int clauseStart, EventDates.Found date)
    {
        var text = sentence.Text;
        // The main clause: a deed in a clause of purpose or time ('để …', 'khi chuẩn bị sang … dự …') is not the day's.
        var mainClause = Subordinate().Match(text, clauseStart, sentence.Span.End - clauseStart);
        var clauseEnd = mainClause.Success ? mainClause.Index : sentence.Span.End;
        var verb = VerbIn(text, clauseStart, clauseEnd - clauseStart);
        if (!verb.Success && !date.AtStart)
            verb = VerbIn(text, sentence.Span.Start, date.Start - sentence.Span.Start);
        if (!verb.Success)
            return Truncated(sentence, clauseStart, date);
        var from = verb.Index < clauseStart ? sentence.Span.Start : clauseStart;
        // 'Người phát ngôn X cho biết ông Y bị truy cứu …': the deed is the person's named after the telling, not the teller's.
        if (ToldBy().Match(text, from, verb.Index - from) is { Success: true } told && FirstPerson(sentence, told.Index + told.Length, verb.Index) is not null)
            from = told.Index + told.Length;
        var subject = FirstPerson(sentence, from, verb.Index) ?? SubjectText(text, from, verb.Index) ?? SubjectAfterComma(text, from, verb.Index);
        var predicate = WithPostGiven(sentence, verb.Index, ObjectText(sentence, verb.Index));
        // 'X tổ chức chương trình giao lưu …': the event is what was organised; 'X dự và chỉ đạo …' names nothing organised.
        if (Organising().IsMatch(verb.Value) && predicate.Length > verb.Length + 3 && !ConnectiveFirst().IsMatch(predicate.AsSpan(verb.Length)))
        {
            var organised = predicate[verb.Length..].Trim();
            return new Reading(Capitalized(Shortened(organised)), verb.Index, verb.Index + verb.Length, subject);
        }
        // 'ông X … bị Ban Chấp hành Trung ương kỷ luật': the body that acted is the subject, the person its object.
        if (AgentBefore().Match(text, from, verb.Index - from) is { Success: true } agent && subject is not null && agent.Index > from)
        {
            var rest = predicate[verb.Length..].Trim();
            var person = sentence.People.Any(p => subject.EndsWith(p.Person, StringComparison.Ordinal))
                ? sentence.People.First(p => subject.EndsWith(p.Person, StringComparison.Ordinal)).Person : subject;
            return new Reading(Capitalized(Shortened(Decided($"{agent.Groups["agent"].Value} {verb.Value} {PersonWord(text, from, verb.Index)}{person} {rest}".TrimEnd()))), verb.Index, verb.Index + verb.Length, agent.Groups["agent"].Value);
        }
        // 'ông X bị khởi tố': the passive stays in the name, or the deed reads as the person's own.
        // A subject read as plain words may end on the 'bị' itself ('Angela Phương Trinh bị' before 'phạt'): it is said once.
        var passive = PassiveBefore().IsMatch(text.AsSpan(from, verb.Index - from)) && subject?.EndsWith(" bị", StringComparison.Ordinal) != true ? "bị " : "";
        var name = subject is null ? predicate : $"{subject} {passive}{predicate}";
        return new Reading(Capitalized(Shortened(Decided(name))), verb.Index, verb.Index + verb.Length, subject);
    }

    /// <summary>
    /// 'bổ nhiệm đồng chí X, Vụ trưởng Vụ Pháp luật, giữ chức Trợ lý Thủ tướng': the deed's words stop at
    /// the person's titles; the post given, told after them, says what the appointment was.
    /// </summary>
    private static string WithPostGiven(Sentence sentence, int verb, string predicate)
    {
        if (!AppointingVerb().IsMatch(predicate) || predicate.Contains("giữ chức", StringComparison.Ordinal) || predicate.Contains(" làm ", StringComparison.Ordinal))
            return predicate;
        var post = PostGiven().Match(sentence.Text, verb, sentence.Span.End - verb);
        if (!post.Success || predicate.Contains(post.Groups["post"].Value, StringComparison.Ordinal))
            return predicate;
        return $"{predicate} {Spacing.OneSpace(post.Groups["how"].Value)} {Trimmed(post.Groups["post"].Value)}";
    }

    [GeneratedRegex(@"^(?:[\p{L}]+\s+){0,4}?(?:bổ\s+nhiệm|điều\s+động|luân\s+chuyển|chỉ\s+định|phân\s+công|chuẩn\s+y|bầu|phê\s+chuẩn)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex AppointingVerb();

    /// <summary>', giữ chức Trợ lý …', ', giữ chức vụ Phó Bí thư …' after the appointee's titles.</summary>
    [GeneratedRegex(@"(?:,\s*|\s+)(?<how>giữ\s+chức(?:\s+vụ)?|làm)\s+(?<post>\p{Lu}[^,;.()]{2,80})")]
    private static partial Regex PostGiven();

    /// <summary>
    /// A lead cut short by the page ('Sáng 28/8, tại Cần Thơ, Đoàn Kiểm tra … đã ...'): the words
    /// after the date still say who acted, which names the event well enough.
    /// </summary>
    private static Reading? Truncated(Sentence sentence, int clauseStart, EventDates.Found date)
    {
        var text = sentence.Text;
        if (!date.AtStart || !CutShort().IsMatch(text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
            return null;
        var end = text.IndexOf(" do ", clauseStart, sentence.Span.End - clauseStart, StringComparison.Ordinal);
        var actor = FirstPerson(sentence, clauseStart, sentence.Span.End) is { } person && end < 0
            ? person
            : SubjectText(text, clauseStart, end > 0 ? end : WholeWordsBefore(text, clauseStart, EllipsisAt(text, clauseStart, sentence.Span.End)));
        return actor is null ? null : new Reading(Capitalized(Shortened(actor)), clauseStart, clauseStart, actor, CutShort: true);
    }

    /// <summary>'… tại hội đàm với Tổng bí ...': the page cut its teaser inside a word or a name; the last word goes.</summary>
    private static int WholeWordsBefore(string text, int from, int ellipsis)
    {
        // '… Tô Lâm đã ...': the page stopped after a whole word, which the auxiliary shows.
        var mark = ellipsis;
        while (mark < text.Length && char.IsWhiteSpace(text[mark]))
            mark++;
        if (mark >= text.Length || text[mark] is not ('.' or '…'))
            return ellipsis;
        var end = ellipsis;
        while (end > from && char.IsWhiteSpace(text[end - 1]))
            end--;
        var lastSpace = text.LastIndexOf(' ', end - 1, end - from);
        return lastSpace > from ? lastSpace : ellipsis;
    }

    private static int EllipsisAt(string text, int from, int end)
    {
        var ellipsis = TrailingEllipsis().Match(text, from, end - from);
        return ellipsis.Success ? ellipsis.Index : end;
    }

    /// <summary>Past the date, a 'vừa qua', a place ('tại Hà Nội,') and the commas between.</summary>
    private static int ClauseStart(string text, int dateEnd, int sentenceEnd)
    {
        var lead = LeadAfterDate().Match(text, dateEnd, sentenceEnd - dateEnd);
        return lead.Success && lead.Index == dateEnd ? dateEnd + lead.Length : dateEnd;
    }

    /// <summary>
    /// The first person named between the clause's start and the verb, with the post the sentence
    /// gives them: the subject, before the titles and spouses that follow it in apposition.
    /// </summary>
    private static string? FirstPerson(Sentence sentence, int from, int verb)
    {
        var person = sentence.People.Where(p => p.Span.Start >= from && p.Span.End <= verb).OrderBy(p => p.Span.Start).FirstOrDefault();
        return person.Person is null ? null : WithPost(sentence, person.Person);
    }

    /// <summary>The person named right at this point ('với Trung tướng X' counts the rank as a word).</summary>
    private static string? PersonAt(Sentence sentence, int at)
    {
        var person = sentence.People.Where(p => p.Span.Start >= at && WordsBetween(sentence.Text, at, p.Span.Start) <= 6)
            .OrderBy(p => p.Span.Start).FirstOrDefault();
        if (person.Person is null)
            return null;
        // 'tiếp Đoàn đại biểu … do đồng chí X dẫn đầu': the guest is the delegation, not its head.
        var between = sentence.Text[at..person.Span.Start];
        return between.Contains(" do ", StringComparison.Ordinal) || between.StartsWith("Đoàn", StringComparison.OrdinalIgnoreCase) ? null : WithPost(sentence, person.Person);
    }

    /// <summary>
    /// 'Chủ tịch nước Tô Lâm': a post held rather than a Party membership, when the sentence gives
    /// one; else a post left, as readers name a retired official ('Nguyên Phó Chủ tịch nước X').
    /// </summary>
    private static string WithPost(Sentence sentence, string person)
    {
        // One pass over the roles, with no list of the person's posts made: the first post held that is no membership, else the first held.
        string? post = null, firstHeld = null;
        foreach (var r in sentence.Roles)
        {
            if (r.PersonName != person || r.Qualifier == "former")
                continue;
            firstHeld ??= r.Role;
            if (!r.Role.StartsWith("Ủy viên", StringComparison.Ordinal) && !r.Role.StartsWith("Bí thư Trung ương", StringComparison.Ordinal))
            {
                post = r.Role;
                break;
            }
        }
        post ??= firstHeld;
        if (post is null && sentence.Roles.FirstOrDefault(r => r.PersonName == person && r.Qualifier == "former" && !r.Role.StartsWith("Ủy viên", StringComparison.Ordinal)) is { } left)
            return $"Nguyên {left.Role} {person}";
        return post is null ? person : $"{post} {person}";
    }

    /// <summary>The words before the verb when they are few and start with a capital: 'Quốc hội', 'Ủy ban Thường vụ Quốc hội'.</summary>
    private static string? SubjectText(string text, int from, int verb)
    {
        var subject = Trimmed(text[from..verb]);
        // 'Bộ Công an ngày 11/4 khởi tố …': the day told between who and what is no part of who.
        subject = InlineDay().Replace(subject, "");
        subject = TrailingAuxiliary().Replace(subject, "");
        // 'Cùng thời điểm Trần Văn Tâm bị bắt giữ …': the time the deed shares with another is no part of who.
        subject = SameTimeFrame().Replace(subject, "");
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // 'Trong cuộc hội đàm …', 'Tại buổi tiếp …': a frame, not who acted.
        if (words.Length > 0 && FramingWords.Contains(words[0]))
            return null;
        return words.Length is > 0 and <= MaxSubjectWords && (char.IsUpper(subject[0]) || PronounSubject().IsMatch(subject)) ? subject : null;
    }

    /// <summary>
    /// 'Như báo chí đã đưa tin, Ban Chấp hành Trung ương sẽ họp …': when the words before the verb
    /// open on a frame, the subject is the clause after its last comma.
    /// </summary>
    private static string? SubjectAfterComma(string text, int from, int verb)
    {
        if (verb <= from)
            return null;
        var comma = text.LastIndexOf(',', verb - 1, verb - from);
        return comma < 0 || comma + 1 >= verb ? null : SubjectText(text, comma + 1, verb);
    }

    /// <summary>
    /// Whether a name says what happened, not only who ('Thủ tướng Phạm Minh Chính', a person the
    /// sentence names, with a post or without), nor a phrase cut loose from what it joins ('Của Thủ tướng …').
    /// </summary>
    public static bool NamesAnEvent(string name, IEnumerable<string> people)
    {
        if (ConnectiveFirst().IsMatch(name))
            return false;
        if (EventNoun().IsMatch(name))
            return true;
        // The name opens with a capital; the lexicon of deeds is written in lower case.
        var asWritten = char.ToLowerInvariant(name[0]) + name[1..];
        return name.Contains(' ', StringComparison.Ordinal)
            && (HasVerb(asWritten) || !people.Any(p => name.EndsWith(p, StringComparison.Ordinal)));
    }

    /// <summary>
    /// A lead the page cut before its deed ('Chiều 30-12, Thủ tướng X, Trưởng ban …, ...'): the
    /// event noun the next sentences speak of ('kết luận cuộc họp, …') names it.
    /// </summary>
    public static Reading? NounFollowing(string text, IEnumerable<TextSpan> following, string? subject)
    {
        foreach (var next in following)
        {
            var noun = EventNoun().Match(text, next.Start, next.Length);
            if (!noun.Success)
                continue;
            var name = Capitalized(NameFrom(text, noun.Index, next.End));
            return NamesAnEvent(name, []) ? new Reading(name, noun.Index, noun.Index + noun.Length, subject, CutShort: true) : null;
        }
        return null;
    }

    /// <summary>A name that opens on a word joining it to something before: 'Của Thủ tướng …', 'và chỉ đạo'.</summary>
    [GeneratedRegex(@"^\s*(?:[Vv]à|[Cc]ủa|[Vv]ới|[Cc]ho|[Mm]à|[Tt]hì|[Nn]hưng)(?![\p{L}])")]
    private static partial Regex ConnectiveFirst();

    /// <summary>From the verb (or the object's start) to where the clause ends.</summary>
    private static string ObjectText(Sentence sentence, int from)
    {
        var text = sentence.Text;
        var end = sentence.Span.End;
        var stop = ClauseStop().Match(text, from, end - from);
        for (; stop.Success; stop = stop.NextMatch())
        {
            // A comma before a capital goes on with a list of names ('Đảng, Nhà nước Lào'); after a
            // person's name it opens their titles ('Trung tướng X, Thứ trưởng …'), which the name can do without.
            var next = stop.Index + stop.Length;
            if (stop.Value.StartsWith(',') && next < text.Length && char.IsUpper(text[next]) && !sentence.People.Any(p => p.Span.End == stop.Index))
                continue;
            // 'thăm, chúc mừng Giáo hội …': a verb alone before the comma is one of a pair; the deed goes on.
            if (stop.Value.StartsWith(',') && (WordsBetween(text, from, stop.Index) <= 2 || IsOneDeed(text, from, stop.Index)))
                continue;
            end = stop.Index;
            break;
        }
        return Trimmed(text[from..end]);
    }

    /// <summary>'đặt vòng hoa, dâng hương tưởng niệm …': a deed of several words alone before the comma is one of a pair too.</summary>
    /// <remarks>
    /// Only a deed opening at <paramref name="from"/> counts, so the verbs are tried there alone (<see cref="EventVerbHere"/>
    /// over the same stretch): the first verb a search of the whole stretch finds starts there exactly when one matches there.
    /// </remarks>
    private static bool IsOneDeed(string text, int from, int to)
    {
        var words = text.AsSpan(from, to - from);
        var deeds = EventVerbHere().EnumerateMatches(words, 0);
        return deeds.MoveNext() && words[deeds.Current.Length..].IsWhiteSpace();
    }

    /// <summary>The noun phrase from its head to a stop, keeping the term it belongs to (', khóa XIII').</summary>
    private static string NameFrom(string text, int start, int limit)
    {
        var end = limit;
        var quoted = false;
        for (var i = start; i < limit; i++)
        {
            if (text[i] is '“' or '"' && !quoted)
            {
                quoted = true;
                continue;
            }
            if (text[i] is '”' or '"' && quoted)
            {
                quoted = false;
                continue;
            }
            // Every stop opens with a space or a mark.
            if (quoted || text[i] is not (' ' or ',' or ';' or '.' or ':'))
                continue;
            if (text[i] == ',' && TermAfterComma().Match(text, i, Math.Min(60, limit - i)) is { Success: true } term && term.Index == i)
            {
                i += term.Length - 1;
                continue;
            }
            // 'Hội nghị công bố, trao quyết định …', 'Hội nghị toàn quốc quán triệt, triển khai …': two deeds of one meeting.
            if (text[i] == ',' && PairedDeedBefore().IsMatch(text.AsSpan(start, i - start)) && PairedDeedAfter().IsMatch(text.AsSpan(i + 1, Math.Min(20, limit - i - 1))))
                continue;
            if (NameStop().Match(text, i, Math.Min(30, limit - i)) is { Success: true } stop && stop.Index == i)
            {
                // 'phiên họp thường kỳ tháng 3': the month a regular meeting is held for is part of its name.
                if (stop.Value.TrimStart().StartsWith("tháng", StringComparison.Ordinal) && RegularMeetingBefore().IsMatch(text.AsSpan(Math.Max(start, i - 20), i - Math.Max(start, i - 20))))
                    continue;
                // 'chuyến công tác của Chủ tịch nước tại tỉnh Cao Bằng': where a trip went is what the trip was.
                if (EventNames.TripGoesOn(text, start, i, stop.Value))
                    continue;
                end = i;
                break;
            }
        }
        var name = CommaBeforeTerm().Replace(Trimmed(WithoutCutWord(text[start..end])), " ");
        // 'Triển lãm Quốc tế về nông nghiệp, thủy sản, …, bao bì 2024 (Agro Expo)': a long name cut at a comma keeps
        // the short name that closes it, which is how the event is known.
        if (end < limit && text[end] == ',' && EventNames.ShortNameClosing(text, end, limit) is { } shortName)
            name = $"{Trimmed(name)} ({shortName})";
        return Shortened(name);
    }

    /// <summary>'… về công tác nhân sự theo thẩm ...': a teaser the page cut inside a word loses that word.</summary>
    private static string WithoutCutWord(string phrase)
    {
        var trimmed = phrase.TrimEnd();
        // The stop may fall on the ellipsis' last dot: two dots left are still the page's cut.
        if (!trimmed.EndsWith("..", StringComparison.Ordinal) && !trimmed.EndsWith('…'))
            return phrase;
        var words = trimmed.TrimEnd('.', '…').TrimEnd();
        var lastSpace = words.LastIndexOf(' ');
        return lastSpace > 0 ? words[..lastSpace] : words;
    }

    private const string PairedDeeds = @"quán\s+triệt|triển\s+khai|sơ\s+kết|tổng\s+kết|học\s+tập|đánh\s+giá|tuyên\s+dương|biểu\s+dương|khen\s+thưởng|công\s+bố|thông\s+báo|trao|gặp\s+mặt|tri\s+ân|kỷ\s+niệm|thực\s+hiện";

    /// <summary>A deed a meeting is named by, right before a comma: 'Hội nghị công bố'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:" + PairedDeeds + @")$")]
    private static partial Regex PairedDeedBefore();

    /// <summary>Another such deed right after the comma: ', trao quyết định', ', triển khai …'.</summary>
    [GeneratedRegex(@"^\s*(?:" + PairedDeeds + @")(?![\p{L}])")]
    private static partial Regex PairedDeedAfter();

        /// <summary>Every match between two offsets, without copying the text.</summary>
    private static List<Match> MatchesIn(Regex pattern, string text, int start, int end)
    {
        var found = new List<Match>();
        for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            found.Add(match);
        return found;
    }

    /// <summary>
    /// 'Quốc hội đã biểu quyết thông qua nghị quyết miễn nhiệm chức vụ Bộ trưởng …' is told as what
    /// was decided: 'Quốc hội miễn nhiệm Bộ trưởng …'.
    /// </summary>
    private static string Decided(string name) => Spacing.OneSpace(DecisionWording().Replace(name, "")).Trim();

    private static string Shortened(string name) => EventNames.Tidy(name);

    private static string Trimmed(string text) => Spacing.OneSpace(text).Trim(TrimmedMarks);

    // Kept once: a list written at the call is a new array at every call, and this is asked for every reading.
    private static readonly char[] TrimmedMarks = [' ', ',', '.', ';', ':', '-', '–'];

    /// <remarks>
    /// Most names already open with a capital ('Hội nghị …', 'Kỳ họp …'): those are kept as they are, with no copy made
    /// and no case table asked (a letter outside ASCII is cased through the culture's tables at each call).
    /// </remarks>
    private static string Capitalized(string text)
    {
        if (text.Length == 0 || char.IsAsciiLetterUpper(text[0]))
            return text;
        var first = char.ToUpperInvariant(text[0]);
        return first == text[0] ? text : string.Create(text.Length, (text, first), static (copy, state) =>
        {
            copy[0] = state.first;
            state.text.AsSpan(1).CopyTo(copy[1..]);
        });
    }

    /// <summary>How many words stand between two places: the runs of characters between spaces, counted without copying them.</summary>
    internal static int WordsBetween(string text, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var k = from; k < to; k++)
        {
            var space = text[k] == ' ';
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }

    /// <summary>'Quân ủy Trung ương tổ chức Hội nghị lần thứ 10': the body that holds a numbered meeting.</summary>
    private static string? OrganizerNamedBefore(string text, int from, int noun)
    {
        var organiser = OrganiserBeforeHead().Match(text[from..noun]);
        return organiser.Success ? organiser.Groups["body"].Value : null;
    }

    /// <summary>
    /// A contest, a round of one, a festival or a final night ('cuộc thi', 'đợt thi', 'liên hoan', 'lễ hội', 'đêm chung
    /// kết'), named where the sentence says it is held: a verb of holding follows it ('… diễn ra ngày …', '… bắt đầu từ
    /// ngày …') or comes right before it ('đã diễn ra đêm chung kết …'). Named otherwise ('lệ phí cuộc thi', 'các lễ hội
    /// truyền thống'), such a word tells no happening; named after the ceremony held for it ('lễ khai mạc Liên hoan …',
    /// 'trao giải cuộc thi …'), the ceremony is the day's event and keeps the name.
    /// </summary>
    private const string HeldContest =
        @"(?<!(?:[Kk]hai|[Bb]ế)\s+mạc\s+|[Tt]rao\s+giải\s+)(?:(?<=(?<![\p{L}])(?:diễn\s+ra|tổ\s+chức)\s+(?:[\p{L}]+\s+){0,2})" + ContestWord
        + @"|" + ContestWord + @"(?=[^.;!?\n]{0,120}?(?<![\p{L}])(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|bắt\s+đầu|khởi\s+tranh|kết\s+thúc)(?![\p{L}])))";

    private const string ContestWord = @"(?:[Cc]uộc\s+thi|[Hh]ội\s+(?:thi|diễn)|[Đđ]ợt\s+thi|[Ll]iên\s+hoan|[Ll]ễ\s+hội|[Ff]estival|[Đđ]êm\s+chung\s+(?:kết|khảo))";

    /// <summary>Event nouns: meetings, sessions, ceremonies, talks, trials, contests and festivals held (<see cref="HeldContest"/>), attacks, disasters ('vụ sạt lở', 'sự cố vỡ đê'), the named games of sport.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}])(?:[Hh]ội\s+nghị|[Đđ]ại\s+hội|[Hh]ội\s+thảo|[Dd]iễn\s+đàn|[Tt]ọa\s+đàm|[Tt]oạ\s+đàm|(?<![Tt]ang\s)[Ll]ễ(?!\s+(?:phép|nghi|hội|tân))|[Qq]uốc\s+tang"
        + @"|[Kk]ỳ\s+họp|[Pp]hiên\s+họp|[Pp]hiên\s+(?:tòa|toà)|[Kk]ỳ\s+thi|Giải|[Tt]rận\s+(?:đấu|giao\s+hữu|giao\s+lưu)|[Cc]huyến\s+(?:thăm|công\s+tác|công\s+du)|(?:[Bb]uổi\s+|[Cc]uộc\s+)?[Hh]ọp\s+báo"
        + @"|[Cc]uộc\s+(?:mít\s+tinh|biểu\s+tình|trưng\s+cầu\s+ý\s+dân|bỏ\s+phiếu|tấn\s+công|bầu\s+cử|tổng\s+tuyển\s+cử|họp|[Đđ]iện\s+đàm|[Hh]ội\s+(?:đàm|kiến)|gặp|tiếp|thảo\s+luận)|[Pp]hiên\s+(?:thảo\s+luận|chất\s+vấn|bế\s+mạc|khai\s+mạc|toàn\s+thể)|(?<!Nhà\s)[Tt]ang\s+lễ|[Bb]uổi\s+(?:làm\s+việc|lễ|gặp(?:\s+mặt)?|tiếp|[Hh]ội\s+(?:đàm|kiến)|họp)|[Vv]ụ\s+(?:tấn\s+công|va\s+chạm|ám\s+sát|xả\s+súng|nổ\s+súng|đảo\s+chính|tai\s+nạn|cháy|nổ|rơi|đánh\s+bom|thảm\s+sát|bắt\s+giữ|sập|sạt\s+lở|đuối\s+nước|lật\s+(?:xe|thuyền|ghe|tàu)|chìm\s+(?:tàu|thuyền|ghe))|[Ss]ự\s+cố\s+(?:sạt\s+lở|sập|vỡ|cháy|nổ|tràn|lật)|[Tt]rận\s+động\s+đất|(?:[Cc]uộc|[Vv]òng)\s+(?:đàm\s+phán|tranh\s+luận)|[Cc]uộc\s+diễn\s+tập|[Tt]ổng\s+tuyển\s+cử|[Tt]riển\s+lãm|[Hh]ội\s+chợ|" + HeldContest + @"|SEA\s+Games|ASIAD|Asiad|Thế\s+vận\s+hội|Paralympic|World\s+Cup|Asian\s+Cup|AFF\s+Cup)(?![\p{L}])")]
    private static partial Regex EventNoun();

    // Verbs of what officials and bodies do on a day, by kind. Each is a whole word, and the
    // everyday uses of the same syllables are kept out ('dự án', 'trực tiếp', 'các tổ chức', 'trao đổi').
    private const string TalkVerbs =
        @"hội\s+đàm|hội\s+kiến|điện\s+đàm|(?<!(?:trực|gián|kế|liên)\s)tiếp(?:\s+xã\s+giao)?(?=\s+(?:\p{Lu}|đoàn|ông|bà|các\s+đại|lãnh\s+đạo))"
        + @"|gặp(?:\s+gỡ)?(?=\s+(?:\p{Lu}|ông|bà|đoàn|lãnh|người\s+đồng\s+cấp))|gặp\s+mặt|tiếp\s+xúc\s+cử\s+tri|(?<!(?:[Bb]an|[Đđ]iểm|[Tt]rụ\s+sở|[Pp]hòng)\s)tiếp\s+công\s+dân|(?<!ngày\s)làm\s+việc(?=\s+(?:với|tại|vào))|chúc\s+Tết|chúc\s+mừng";

    private const string VisitVerbs =
        @"[Tt]hăm(?!\s+(?:dò|khám))|lên\s+đường|(?<=đã\s)(?:tới|đến)(?=\s+\p{Lu})|bay\s+(?:đến|tới|sang)(?=\s+\p{Lu})|rời|đón(?!\s+(?:nhận|đầu|chào\s+năm))|khảo\s+sát|thị\s+sát"
        + @"|kiểm\s+tra(?!\s+(?:Trung|trung|viên))|dâng\s+hương|dâng\s+hoa|đặt\s+vòng\s+hoa|thắp\s+hương|viếng|tưởng\s+niệm|truy\s+điệu|gửi\s+(?:điện|thư|lẵng|vòng)";

    private const string MeetingVerbs =
        @"(?<!(?:các|những|của|và|là)\s)tổ\s+chức(?!\s+(?:đảng|Đảng|cơ\s+sở|bộ\s+máy|quốc\s+tế|chính\s+trị|xã\s+hội|và|của|thực\s+hiện|cán\s+bộ|cá\s+nhân|tín\s+dụng|phi|kinh\s+tế|y\s+tế|liên\s+quan|này|đó|nào|khác|có|được|trong|ngoài|tôn\s+giáo)(?![\p{L}]))(?=\s+\p{L})"
        + @"|khai\s+mạc|bế\s+mạc|chủ\s+trì|(?<!sự\s)(?<!sự\s+tham\s)(?:tham\s+)?dự(?!\s+(?:án|kiến|thảo|tuyển|báo|toán|trữ|phòng|định|tính|thi|luật|khuyết|bị|đoán|cảm|họp\s+báo))"
        + @"|họp(?!\s+(?:tác|lý|pháp|nhất|thành))|phát\s+biểu\s+chỉ\s+đạo|(?:trả\s+lời\s+)?chất\s+vấn|thảo\s+luận\s+tại\s+tổ|trình\s+bày|quán\s+triệt|phát\s+động";

    private const string DecisionVerbs =
        @"thi\s+hành\s+kỷ\s+luật|đồng\s+ý|phê\s+chuẩn|thông\s+qua(?=\s+(?:\p{Lu}|nghị|luật|dự|việc|các|tờ|báo|đề|kế|gói|sáng|chiều|tối|trưa|hôm|vào|ngày\s+[0-9]))|ký(?=\s+(?:quyết|lệnh|nghị|sắc|thỏa|hiệp|bản|thông|công|tuyên|Quyết|Nghị|Chỉ|Thông|Lệnh|Sắc|Công|(?:một|các|những)\s+(?:thỏa|thoả|hiệp|Thỏa|Thoả|Hiệp)|(?:ban\s+hành\s+)?(?:dự\s+|đạo\s+)?luật(?![\p{L}])(?!\s+sư)))|ký\s+kết"
        + @"|(?:ký\s*,?\s+)?ban\s+hành(?=\s+(?:[Qq]uyết\s+định|[Nn]ghị\s+(?:quyết|định)|[Cc]hỉ\s+thị|[Tt]hông\s+(?:tư|báo)|[Kk]ết\s+luận|[Qq]uy\s+định|[Cc]ông\s+điện))"
        + @"|quyết\s+định(?=\s+(?:thi|kỷ|khởi|bổ|điều|cho|phân|bầu|thành|khen|tặng|công|chuẩn|miễn|cách|khai|đình|tạm|xử))|công\s+bố|trao(?!\s+(?:đổi|quyền|cho\s+nhau))|tặng|truy\s+tặng"
        + @"|bổ\s+nhiệm|miễn\s+nhiệm|bãi\s+nhiệm|điều\s+động|luân\s+chuyển|phân\s+công|chỉ\s+định|(?<=được\s)thành\s+lập|(?<![Nn]gày\s)thành\s+lập(?=\s+\p{Lu})"
        + @"|kỷ\s+luật|cho\s+thôi|thiết\s+lập\s+quan\s+hệ|thi\s+hành|cách\s+chức|khai\s+trừ|cảnh\s+cáo|khiển\s+trách";

    private const string ElectionVerbs = @"đảm\s+nhận(?=\s+(?:cương\s+vị|chức|vai\s+trò|vị\s+trí))|bầu(?!\s+(?:không|trời|bạn|cử\s+tri))|trúng\s+cử|(?:tái\s+)?đắc\s+cử|nhậm\s+chức|tuyên\s+thệ|từ\s+chức";

    private const string JusticeVerbs = @"(?:ra\s+)?kết\s+luận\s+điều\s+tra|(?:ban\s+hành|ra)\s+cáo\s+trạng|(?:ra|phát|ban\s+hành|xin|thực\s+thi)\s+lệnh\s+bắt|giữ\s+nguyên\s+bản\s+án|bác\s+(?:đơn\s+)?kháng\s+cáo|đề\s+nghị\s+truy\s+tố|truy\s+tố(?=\s+(?:ông|bà|\p{Lu}|[0-9]|các|bị))|tuyên(?=\s+(?:phạt|án|cựu|ông|bà|bị\s+cáo|\p{Lu}))|khởi\s+tố|bắt(?=\s+(?:ông|bà|\p{Lu}))|bắt(?<=(?<![\p{L}])bị\s+(?:[^\s,;.]+\s+){0,12}bắt)(?!\s+(?:buộc|phải|gặp|đầu|chước|nạt|ép|tay|kịp|nhịp|mắt|nguồn|trend|lỗi|bài|chuyện|sóng|chẹt)(?![\p{L}]))|bắt\s+giữ|bắt\s+tạm\s+giam|xét\s+xử|tuyên\s+án|(?:ra\s+)?phán\s+quyết(?=\s+(?:về|điều|bác|hủy|rằng|chấp|cho|tuyên|\p{Lu}))|tạm\s+giữ|truy\s+nã|(?:tạm\s+)?đình\s+chỉ|trả\s+tự\s+do"
        + @"|(?:được\s+)?(?:tạm\s+tha|ra\s+tù|phóng\s+thích|đặc\s+xá|ân\s+xá)|được\s+(?:tha|thả)|(?:ra\s+)?đầu\s+thú|truy\s+cứu\s+trách\s+nhiệm\s+hình\s+sự|hoãn(?=\s+(?:phiên\s+(?:tòa|toà)|xét\s+xử))"
        + @"|xử\s+phạt(?<=" + FinedBefore + @"xử\s+phạt)(?=" + FineAfter + @")|phạt(?<=" + FinedBefore + @"phạt)(?=" + FineAfter + @")"
        + @"|nộp\s+(?:đơn|hồ\s+sơ)(?=\s+(?:kháng\s+cáo|khởi\s+kiện|kiện|xin|từ\s+chức|từ\s+nhiệm|ứng\s+cử|tranh\s+cử|phá\s+sản)(?![\p{L}]))";

    /// <summary>What a fine is told with: 'bị phạt 7,5 triệu đồng', 'bị xử phạt hành chính'. Without it ('bị phạt thẻ') no sanction of record; a prison term is the court's ('tuyên phạt tù'), and 'người bị phạt tù' a kind of convict.</summary>
    private const string FineAfter = @"\s+(?:[0-9]|tiền|hành\s+chính|cảnh\s+cáo)";

    /// <summary>'X bị phạt': fined, as done; 'sẽ bị phạt', 'có thể bị phạt', 'thì bị phạt' tell what a rule threatens, no one's fine.</summary>
    private const string FinedBefore = @"(?<!(?:sẽ|thể|thì|phải|bị|đều|cũng|mới)\s+)(?<![\p{L}])bị\s+";

    private const string HappeningVerbs =
        @"ra\s+mắt|khánh\s+thành|khởi\s+công|khai\s+trương|thông\s+xe|xảy\s+ra(?=\s+(?:hỏa\s+hoạn|hoả\s+hoạn|cháy|nổ|động\s+đất|sạt\s+lở|(?:vụ\s+)?tai\s+nạn|(?:vụ\s+)?đuối\s+nước)(?![\p{L}]))|khởi\s+động(?=\s+(?:dự\s+án|chương\s+trình|chiến\s+dịch|\p{Lu}))|tấn\s+công|giao\s+hữu|thi\s+đấu"
        + @"|bỏ\s+phiếu|triệu\s+tập|giải\s+tán|ban\s+bố|nổ\s+súng|phóng\s+(?:tên\s+lửa|vệ\s+tinh|tàu)|tuyên\s+bố\s+(?:ngừng\s+bắn|rút\s+lui|rút\s+khỏi|tình\s+trạng\s+khẩn\s+cấp)|đạt\s+(?:được\s+)?thỏa\s+thuận|rút\s+khỏi\s+cuộc\s+đua|đàm\s+phán(?=\s+(?:với|về|hòa\s+bình|trực\s+tiếp))|(?:tuyên\s+bố|ban\s+hành|áp\s+đặt|dỡ\s+bỏ|bãi\s+bỏ)(?=\s+(?:lệnh\s+)?thiết\s+quân\s+luật)|(?:tuyên\s+bố|ra)\s+tranh\s+cử|phế\s+truất|ám\s+sát|không\s+kích|(?:tràn|xông)\s+vào(?=\s+\p{Lu})|trao\s+đổi\s+(?:công\s+hàm|văn\s+kiện)"
        + @"|hi\s+sinh|hy\s+sinh|qua\s+đời|từ\s+trần|đọc\s+(?:bản\s+)?Tuyên\s+ngôn"
        + @"|dừng\s+chiến\s+dịch(?:\s+tái)?\s+tranh\s+cử|nói\s+chuyện\s+(?:qua|bằng)\s+điện\s+thoại";

    private const string EventVerbs = TalkVerbs + "|" + VisitVerbs + "|" + MeetingVerbs + "|" + DecisionVerbs + "|" + ElectionVerbs + "|" + JusticeVerbs + "|" + HappeningVerbs;

    [GeneratedRegex(@"(?<![\p{L}])(?:" + EventVerbs + @")(?![\p{L}])")]
    internal static partial Regex EventVerb();

    /// <summary>The same verbs, tried only where the search stands (a word of <see cref="EventVerbStarts"/>).</summary>
    [GeneratedRegex(@"\G(?<![\p{L}])(?:" + EventVerbs + @")(?![\p{L}])")]
    private static partial Regex EventVerbHere();

    /// <summary>
    /// The words a deed opens with. A deed's verb starts only at one of them, so the verbs are tried
    /// there alone, in the text's order, and not at every letter: the first found is the one
    /// <see cref="EventVerb"/> finds first. Null where the verbs take a form those words cannot be read from.
    /// </summary>
    internal static readonly FirstWords? EventVerbStarts = FirstWords.Of(EventVerbs);

    /// <summary>A deed's verb in the text, or none (<see cref="Success"/> false).</summary>
    internal readonly record struct Verb(bool Success, int Index, int Length, string Text)
    {
        public string Value => Success ? Text.Substring(Index, Length) : "";
    }

    /// <summary>The first verb of a deed in text[start..start+length], as <see cref="EventVerb"/> finds it there.</summary>
    internal static Verb VerbIn(string text, int start, int length)
    {
        if (EventVerbStarts is not { } starts)
        {
            var match = EventVerb().Match(text, start, length);
            return new Verb(match.Success, match.Index, match.Length, text);
        }
        var words = text.AsSpan(start, length);
        for (var at = starts.NextIn(words, 0); at >= 0; at = starts.NextIn(words, at + 1))
        {
            foreach (var here in EventVerbHere().EnumerateMatches(words, at))
                return new Verb(true, start + here.Index, here.Length, text);
        }
        return new Verb(false, 0, 0, text);
    }

    /// <summary>Whether the words name a deed, as <see cref="EventVerb"/> reads them.</summary>
    private static bool HasVerb(ReadOnlySpan<char> words)
    {
        if (EventVerbStarts is not { } starts)
            return EventVerb().IsMatch(words);
        for (var at = starts.NextIn(words, 0); at >= 0; at = starts.NextIn(words, at + 1))
        {
            if (EventVerbHere().IsMatch(words, at))
                return true;
        }
        return false;
    }

    /// <summary>Verbs of talks and receptions, with what stands before the other party.</summary>
    [GeneratedRegex(
        @"(?:(?:đã\s+)?có\s+(?:buổi|cuộc)\s+)?(?<verb>[Hh]ội\s+đàm|[Hh]ội\s+kiến|[Đđ]iện\s+đàm|gặp\s+gỡ|gặp(?!\s+(?:mặt|nạn|khó|phải|sự\s+cố|vấn\s+đề|trục\s+trặc|rắc\s+rối|tai\s+nạn)(?![\p{L}]))|(?<!ngày\s)làm\s+việc(?=\s+với)|tiếp\s+xã\s+giao|(?<!(?:trực|gián|kế|liên)\s)tiếp(?=\s+(?:\p{Lu}|đoàn|ông|bà|các\s+đại|lãnh\s+đạo)))(?:\s+(?:trực\s+tuyến|quan\s+trọng|thân\s+mật|chính\s+thức|cấp\s+cao))*\s+(?:với\s+)?")]
    private static partial Regex TalkVerb();

    [GeneratedRegex(@"(?:(?<![\p{L}])(?:đã\s+)?(?:biểu\s+quyết\s+)?thông\s+qua\s+(?:các\s+)?[Nn]ghị\s+quyết\s+(?:phê\s+chuẩn\s+đề\s+nghị\s+của\s+Thủ\s+tướng(?:\s+Chính\s+phủ)?\s+)?(?:về\s+)?(?:việc\s+)?(?=(?:bầu|miễn\s+nhiệm|bãi\s+nhiệm|phê\s+chuẩn|bổ\s+nhiệm|cho\s+thôi)\s)|(?<=(?:bầu|miễn\s+nhiệm|bãi\s+nhiệm|bổ\s+nhiệm)\s)chức\s+vụ\s+|\s+nhiệm\s+kỳ\s+[0-9]{4}\s*[-–]\s*[0-9]{4}|\s+và\s+cho\s+thôi\s+làm\s+nhiệm\s+vụ\s+đại\s+biểu\s+Quốc\s+hội(?:\s+khóa\s+[IVXLC]+)?|(?<=\p{L})\s+đối\s+với(?:\s+(?:ông|bà|đồng\s+chí))?(?=\s+\p{Lu}))")]
    private static partial Regex DecisionWording();

    [GeneratedRegex(@"(?<![\p{L}])sau\s+khi\s+(?<what>(?<body>\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,6}?)\s+(?:đã\s+)?(?:biểu\s+quyết\s+)?thông\s+qua\s+[^;.]{5,300}?)\s+(?:vào\s+)?cùng\s+ngày")]
    private static partial Regex VoteSameDay();

    [GeneratedRegex(@"(?<![\p{L}])bị\s+$")]
    private static partial Regex PassiveBefore();

    /// <summary>A verb of telling before the deed it reports: 'cho biết', 'thông báo', 'xác nhận', with or without a comma after it ('X hôm 4/9 thông báo, Ngoại trưởng Y đã nộp đơn từ chức').</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:cho\s+biết|cho\s+hay|thông\s+báo|xác\s+nhận)(?:\s+rằng)?\s*,?\s")]
    private static partial Regex ToldBy();

    /// <summary>'bị Ban Chấp hành Trung ương ' right before the verb: a passive with the body that acted.</summary>
    [GeneratedRegex(@"(?<![\p{L}])bị\s+(?<agent>(?:Ban|Bộ|Ủy|Uỷ|Hội|Tòa|Toà|Quốc|Chính|Thủ|Viện|Cơ|Cục|Tỉnh|Thành|Đảng|Quân)(?:\s+[\p{L}]+){1,10})\s+$")]
    private static partial Regex AgentBefore();

    /// <summary>'ông '/'bà ' as the text writes it before the person, kept before the name when the body is the subject.</summary>
    private static string PersonWord(string text, int from, int to)
    {
        var head = text.AsSpan(from, Math.Min(8, to - from)).TrimStart();
        return head.StartsWith("ông ", StringComparison.Ordinal) ? "ông " : head.StartsWith("bà ", StringComparison.Ordinal) ? "bà " : "";
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:từ|đến|tới)\s+$")]
    private static partial Regex SpanEndBefore();

    /// <summary>Deeds a month dates as events: discipline, fines, justice and warrants, visits and talks (a call too), treaties, openings, attacks, deaths, a campaign ended.</summary>
    [GeneratedRegex(@"^(?:cảnh\s+cáo|khiển\s+trách|cách\s+chức|khai\s+trừ|(?:thi\s+hành\s+)?kỷ\s+luật|bắt(?:\s+giữ|\s+tạm\s+giam)?|(?:được\s+)?(?:tạm\s+tha|ra\s+tù|phóng\s+thích|đặc\s+xá|ân\s+xá)|được\s+(?:tha|thả)|nổ\s+súng|(?:tuyên\s+bố|ban\s+hành|áp\s+đặt|dỡ\s+bỏ|bãi\s+bỏ)|khởi\s+tố|truy\s+tố|xét\s+xử|tuyên(?:\s+án)?|[Tt]hăm|hội\s+đàm|hội\s+kiến|điện\s+đàm|thiết\s+lập\s+quan\s+hệ|ký\s+kết|ký|khánh\s+thành|khởi\s+công|tấn\s+công|không\s+kích|qua\s+đời|từ\s+trần|hi\s+sinh|hy\s+sinh|ban\s+bố|(?:ra\s+)?phán\s+quyết|(?:ra|phát|ban\s+hành|xin|thực\s+thi)\s+lệnh\s+bắt|(?:xử\s+)?phạt|dừng\s+chiến\s+dịch(?:\s+tái)?\s+tranh\s+cử|nói\s+chuyện\s+(?:qua|bằng)\s+điện\s+thoại)$")]
    private static partial Regex PastDeedVerb();

    [GeneratedRegex(@"^(?:tổ\s+chức|khai\s+mạc|chủ\s+trì|tham\s+dự|dự)$")]
    private static partial Regex Organising();

    /// <summary>Words that put an event noun under a verb of holding or attending: 'đã tổ chức ', 'tại '.</summary>
    [GeneratedRegex(@"(?:tổ\s+chức|khai\s+mạc|bế\s+mạc|chủ\s+trì|dự|tại|đến\s+dự|tiến\s+hành)\s+$")]
    private static partial Regex Holding();

    /// <summary>
    /// '… diễn ra ', '… diễn ra tại Geneva vào ', '… sẽ được tổ chức vào các ngày ': a noun's own date follows. So it does
    /// after today or yesterday with the day in brackets ('… được tổ chức hôm nay (', '… diễn ra sáng qua ('): the
    /// recogniser leaves those words out of the date, which starts at the bracketed day.
    /// </summary>
    [GeneratedRegex(@"(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|tổ\s+chức|họp|tiến\s+hành)(?:\s+tại\s+[^,;.]{1,40}?)?\s+(?:(?:vào|trong|từ)\s+)?(?:(?:các|hai|ba)\s+)?(?:ngày\s+|(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay|qua)\s*\(\s*(?:ngày\s+)?)?$")]
    private static partial Regex HappeningBeforeDate();

    [GeneratedRegex(@";\s*(?<deed>(?:thăm|dâng\s+hương|dâng\s+hoa|đặt\s+vòng\s+hoa|tiếp|hội\s+kiến|hội\s+đàm|gặp|làm\s+việc\s+với|dự)\s)")]
    private static partial Regex FurtherDeed();

    [GeneratedRegex(@"\s(?:để|khi|nhằm|sau\s+khi|trước\s+khi|vì|nhưng)\s")]
    private static partial Regex Subordinate();

    /// <summary>A sentence the page cut short: '… đã ...'.</summary>
    [GeneratedRegex(@"(?:\.\.\.|…)\s*\.?$")]
    private static partial Regex CutShort();

    [GeneratedRegex(@"\s*(?:(?:,\s*)?(?:đã|sẽ|đang|vừa|có)\s*)*(?:\.\.\.|…)")]
    private static partial Regex TrailingEllipsis();

    /// <summary>'Hội nghị lần thứ 10', 'phiên họp thứ 32': a meeting named only by its number.</summary>
    [GeneratedRegex(@"^(?:[Hh]ội\s+nghị|[Pp]hiên(?:\s+họp)?|[Kk]ỳ\s+họp|[Đđ]ại\s+hội)(?:\s+(?:lần|thường\s+kỳ|bất\s+thường|toàn\s+thể))*(?:\s+(?:lần\s+)?thứ\s+\S+)?$")]
    private static partial Regex GenericHead();

    [GeneratedRegex(@"(?<body>(?:Quân\s+ủy\s+Trung\s+ương|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Quốc\s+hội|Chính\s+phủ|Bộ\s+Chính\s+trị|Ban\s+Chấp\s+hành\s+Trung\s+ương|(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân|Tỉnh\s+ủy|Thành\s+ủy|Đảng\s+ủy)(?:\s+\p{L}+){1,4}?))(?:\s+đã)?\s+(?:tổ\s+chức|khai\s+mạc|tiến\s+hành|họp)\s+$")]
    private static partial Regex OrganiserBeforeHead();

    /// <summary>', tại Cần Thơ,', ' vừa qua', ', ' between the date and the clause.</summary>
    [GeneratedRegex(@"\G(?:[\s,]+|\s*vừa\s+qua|\s*tại\s+[^,;.]{1,80},)*")]
    private static partial Regex LeadAfterDate();

    [GeneratedRegex(@"\s+(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s+[0-9]{1,2}[/.\-][0-9]{1,2}(?:[/.\-][0-9]{4})?(?:\s*\([^()]{0,30}\))?(?=\s|$)")]
    private static partial Regex InlineDay();

    [GeneratedRegex(@"(?:,\s*|\s+)(?:cũng\s+)?(?:đã|sẽ|đang|vừa|từng)$")]
    private static partial Regex TrailingAuxiliary();

    /// <summary>'Cùng thời điểm ', 'Cùng lúc đó, ', 'Đồng thời, ' opening a subject: when, not who.</summary>
    [GeneratedRegex(@"^(?:Cùng\s+(?:thời\s+điểm|lúc|thời\s+gian)(?:\s+(?:đó|này|ấy))?|Đồng\s+thời)\s*,?\s+(?=\S)")]
    private static partial Regex SameTimeFrame();

    [GeneratedRegex(@"^(?:bà|ông|anh|chị|họ)(?:\s|$)")]
    private static partial Regex PronounSubject();

    /// <summary>Where a clause ends: a comma (see the caller), a semicolon, a purpose, a cause, a frame.</summary>
    [GeneratedRegex(@",(?![0-9]|\s*chống(?![\p{L}]))\s*|;|\.(?:\s|$)|:|(?<!tự)\s+do\s|\s+(?:nhằm|để|với\s+sự|khiến|sau\s+khi|theo|nhân\s+dịp|trong\s+khuôn\s+khổ|trong\s+đó|gồm|cho\s+biết|nhấn\s+mạnh|vào(?=\s+[0-9])|(?:vào\s+)?(?:ngày|hôm|hồi|sáng|chiều|tối|trưa|đêm)(?=\s+[0-9])|(?:vào|hồi)(?:\s+(?:đầu|giữa|cuối))?\s+tháng(?=\s+[0-9])|từ(?=\s+(?:ngày\s+)?[0-9])|trong(?=\s+(?:các|hai|ba)\s+ngày))\s")]
    private static partial Regex ClauseStop();

    [GeneratedRegex(@"(?:(?:thường|định)\s+kỳ|giao\s+ban)$")]
    private static partial Regex RegularMeetingBefore();

    /// <summary>Where an event's noun phrase ends.</summary>
    [GeneratedRegex(@"\G(?:,(?![0-9]|\s*chống(?![\p{L}]))|;|\.\s|\.$|\s+\(|:|(?<!tự)\s+do(?![\p{L}])|\s+(?:tại|với\s+sự|vào|nhằm|dưới\s+sự|diễn\s+ra|đã|có|được|và\s+các|hôm|hồi|sẽ|để|khiến|sau|trước|thì|là|gồm|từ\s+ngày|ngày\s+[0-9]|sáng|chiều|tháng\s+[0-9])(?![\p{L}]))")]
    private static partial Regex NameStop();

    /// <summary>', khóa XIII', ', nhiệm kỳ 2021-2026', ', Quốc hội khóa XV', ', HĐND tỉnh Quảng Nam khóa X': part of a session's name.</summary>
    [GeneratedRegex(@"\G,\s*(?:khóa\s+[IVXLC]+|nhiệm\s+kỳ\s+[0-9]{4}\s*[-–]\s*[0-9]{4}|(?:Quốc\s+hội|(?:HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+\p{L}+){1,4}?)\s+khóa\s+[IVXLC]+)")]
    private static partial Regex TermAfterComma();

    [GeneratedRegex(@",\s*(?=khóa\s|nhiệm\s+kỳ\s|Quốc\s+hội\s+khóa|HĐND|Hội\s+đồng\s+nhân\s+dân)")]
    private static partial Regex CommaBeforeTerm();
}
