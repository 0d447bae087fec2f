using System.Text.RegularExpressions;
using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Events: every sentence that dates something that happened to a day or a month gives one
/// (a session, a ceremony, talks, a visit, a decision, an election), with its organiser, chair,
/// place and participants where the text says them. The event the article reports on, the
/// first dated one of its lead, is the main event. Events named without a date of their own
/// ('Hội nghị Trung ương 8') are kept as mentions; they cannot be placed in time.
/// </summary>
internal static partial class Events
{
    /// <summary>How many opening sentences may hold the report's own event (a headline-like sapo may come first).</summary>
    private const int LeadSentences = 8;

    /// <summary>Share of words two names of one day must have in common to be the same report told twice.</summary>
    private const double SameReport = 0.75;

    private static readonly string[] NameStops =
        [". ", ".\n", ";", "\n", ", ngày", ", để ", " để ", " do ", " tại ", " với sự", " vào ", " nhằm ", " dưới sự", " (", ", đồng chí", " diễn ra", " đã ", " có ", " được ", " và các ", ", với ", " tháng ", " từ ngày "];
    private static readonly string[] ReportVerbs = ["tổ chức", "khai mạc", "diễn ra", "tiến hành", "chủ trì"];
    private static readonly string[] ParticipationCues = ["dự", "tham dự", "phát biểu chỉ đạo", "làm việc", "chủ trì"];

    public static List<EventMention> Find(ArticleContext context, List<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> names,
        List<RoleMention> roles, AnchorDate? anchor = null, IReadOnlyList<DateMention>? dates = null)
    {
        var text = context.Text;
        var lead = context.Sentences.Take(LeadSentences).ToList();
        var datesBySentence = new SentenceDates(dates ?? DateRecognizer.Find(text));
        var events = new List<EventMention>();
        var dated = new List<DatedEvent>();
        var mainFound = false;
        var withoutCue = new List<UncuedSentence>();
        var everyDated = new List<UncuedSentence>();
        var captions = new List<(TextSpan Sentence, List<(string Person, TextSpan Span)> People)>();
        var digestOfActs = IssuedAct().Count(text) >= ActsOfADigest;

        foreach (var (whole, people) in names)
        {
            // A photo's caption ('Toàn cảnh phiên họp sáng 30/11 (Ảnh: …)') retells the day the body
            // reports; read as an event it would hide that report as a back reference.
            if (IsPhotoCaption(text, whole))
            {
                captions.Add((whole, people));
                continue;
            }
            var sentence = AfterPhotoCredit(text, whole);
            var previous = dated.Count > 0 ? dated[^1].Date : null;
            var ownDates = datesBySentence.In(sentence);
            if (EventDates.In(text, sentence, ownDates, anchor, previous) is not { } date)
                continue;
            everyDated.Add(new UncuedSentence(sentence, whole, people, date));
            if (!EventPhrases.HasCue(text, sentence, date))
            {
                withoutCue.Add(new UncuedSentence(sentence, whole, people, date));
                continue;
            }
            var backReference = IsBackReference(dated, date, anchor?.Year) && !OpensOnAnotherEvent(text, sentence, dated, date)
                && !TalksDuringAVisit(text, sentence, dated, date);
            var told = new EventPhrases.Sentence(text, sentence, people, RolesToldIn(text, roles, sentence, whole));
            var reading = EventPhrases.Read(told, date);
            // A day told before, again inside a sentence: the same happening retold, unless another actor did another deed then.
            if (backReference && (reading is null || !AnotherDeedThatDay(told, reading, date, dated, anchor?.Year)))
                continue;
            // A verb of the lists that names nothing here ('đến Chile hôm 9/11 để thăm …'): the clause may still tell a plain deed.
            if (reading is null)
                withoutCue.Add(new UncuedSentence(sentence, whole, people, date));
            if (reading is null || EventPhrases.OnlySignsAnAct(text, reading) || Denied(text, sentence, reading)
                || PartOfTheOccasion(text, sentence, reading) || digestOfActs && IssuesAnAct(text, sentence, reading)
                || date.Year is { } written && DatesTheAnniversary(reading.Name, $"{written:D4}", anchor?.Year))
                continue;
            // 'Thủ tướng Phạm Minh Chính' names who, not what: a lead the page cut before its deed
            // takes the event the next sentences speak of, when they do not tell the lead again;
            // else it keeps its place, for the fuller telling of the day to name it (ToldBefore).
            if (reading.CutShort && lead.Contains(sentence) && !EventPhrases.NamesAnEvent(reading.Name, people.Select(p => p.Person)))
            {
                var next = Following(context, whole).ToList();
                if (!RetoldIn(text, next, date) && EventPhrases.NounFollowing(text, next, reading.Subject) is { } named)
                    reading = named;
            }
            var laterClauses = LaterDatedClauses(text, sentence, date, ownDates, anchor).ToList();
            // 'Ngày 15-6, Ủy ban Kiểm tra Trung ương ra thông báo cho biết, từ ngày 12 đến ngày 14-6, … đã họp kỳ thứ 42':
            // the lead day is the notice's; the meeting it reports is told with its own days below.
            if (laterClauses.FirstOrDefault(c => c.Reported) is { Clause: var reported } && reading.HeadStart >= reported.Start
                && EventPhrases.Notice(told, reported.Start) is { } notice)
                reading = notice;
            var framedVote = EventPhrases.VoteAtTheSession(told, reading, date);
            var vote = EventPhrases.DecidedSameDay(told);
            if (EventPhrases.GivenByTheVote(text, reading, vote))
                reading = vote!;
            var organizer = Organizer(context, sentence, reading);
            reading = WithOrganizer(reading, organizer);
            if (ToldBefore(context, events, dated, sentence, date, reading))
                continue;
            // The report's own event: a day written as its lead, not a past one recalled.
            var isMain = !mainFound && lead.Contains(sentence) && date.AtStart && date.Day is not null
                && (date.Year is null || anchor?.Year is not { } year || date.Year >= year - 1);
            var mention = new EventMention(
                reading.Name,
                EventDates.Dated(EventDates.WithRecalledYear(text, sentence, date, anchor), anchor, EventDates.ToCome(text, sentence)),
                PlaceIn(text, sentence),
                organizer,
                ChairIn(text, sentence, people) ?? (isMain ? Chair(text, names) : null),
                isMain ? [.. people.Select(p => p.Person).Union(Participants(context, names))] : [.. people.Select(p => p.Person).Distinct()],
                sentence,
                isMain);
            events.Add(mention);
            dated.Add(new DatedEvent(mention, date, reading.CutShort));
            // '…, dâng hương tưởng niệm X; thăm Khu di tích Y': each deed after a semicolon is an event of that day.
            foreach (var deed in EventPhrases.FurtherDeeds(text, sentence, reading))
                events.Add(mention with { Name = deed, IsMainEvent = false, Place = null });
            // '…, sau khi Quốc hội thông qua nghị quyết miễn nhiệm … vào cùng ngày': the vote is an event of that day too.
            if (vote is not null && vote.Name != reading.Name)
                events.Add(mention with { Name = vote.Name, IsMainEvent = false, Place = null, Organizer = vote.Subject, Chair = null });
            // 'Tại kỳ họp bất thường thứ 9, Quốc hội đã thông qua …': the vote at the session is an event of that day too.
            if (framedVote is not null && framedVote.Name != reading.Name)
                events.Add(mention with { Name = framedVote.Name, IsMainEvent = false, Place = null, Chair = null });
            // 'Sáng 1/8, sau lễ đón chính thức, Chủ tịch nước … đã hội đàm …': the welcome ceremony is an event of that day too.
            if (EventPhrases.EventBefore(told, reading) is { } before && !SameReportIn(events, before.Name))
                events.Add(mention with { Name = before.Name, IsMainEvent = false, Organizer = null, Chair = null, Place = null });
            foreach (var (clause, clauseDate, _) in laterClauses)
            {
                if (LaterEvent(context, clause, clauseDate, people, roles, anchor) is not { } later || events.Exists(e => e.Name == later.Name))
                    continue;
                events.Add(later);
                dated.Add(new DatedEvent(later, clauseDate, false));
            }
            mainFound |= isMain;
        }
        AddPlainDeeds(context, roles, anchor, withoutCue, events, dated);
        AddMainClauseDeeds(context, roles, anchor, everyDated, events, dated);
        AddCaptionedDays(context, roles, anchor, datesBySentence, captions, events, dated);
        AddAnniversaryOrigins(context, anchor, events);
        AddDaysOfActs(context, anchor, events);
        AddMonthsOfPastDeeds(context, anchor, events);
        AddChronologyLines(context, events);
        AddDaysInHistory(context, events);
        var datedSentences = dated.Select(d => d.Event.Evidence).ToHashSet();

        // Events named in sentences that date none: mentions, and the main event of an undated report.
        foreach (Match match in EventStart().Matches(text))
        {
            var sentence = context.SentenceOf(match.Index);
            if (datedSentences.Contains(sentence))
                continue;
            var name = NameFrom(text, match.Index);
            if (name.Split(' ').Length < 3 || events.Any(e => e.Name == name))
                continue;
            // 'Ông X cam kết "… tổ chức thành công Đại hội 14, …"': a meeting in quoted words is a promise, not the report's event.
            if (InsideQuote(text, sentence.Start, match.Index))
                continue;
            var before = text[sentence.Start..match.Index];
            // 'Cuộc họp lãnh đạo chủ chốt diễn ra ngay sau phiên bế mạc Hội nghị Trung ương 9': the meeting
            // the sentence opens on is the one held; one named after 'sau'/'trước' only says when.
            var heldAsSubject = before.AsSpan().IsWhiteSpace() && HeldAfterName().IsMatch(text.AsSpan(match.Index + name.Length, Math.Min(30, text.Length - match.Index - name.Length)));
            var isMain = !mainFound && lead.Contains(sentence) && !TimeReferenceBefore().IsMatch(before)
                && (heldAsSubject || ReportVerbs.Any(v => before.Contains(v, StringComparison.Ordinal)));
            var date = isMain ? null : OwnDate(text, match.Index + name.Length);
            // 'Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)': the first day is the victory's, not the ceremony's.
            if (date is not null && DatesTheAnniversary(name, date.Iso, anchor?.Year))
                date = null;
            events.Add(new EventMention(
                name, date,
                isMain ? PlaceIn(text, sentence) : null,
                isMain ? OrganizerBefore(context, sentence.Start, match.Index) : null,
                isMain ? Chair(text, names) : null,
                isMain ? Participants(context, names) : [],
                sentence, isMain));
            mainFound |= isMain;
        }
        return WithoutMonthOfADayTold(events);
    }

    /// <summary>
    /// 'Tổng Bí thư dự Đại hội … Công đoàn Việt Nam, tháng 12.2023' beside 'Tại Đại hội … Công đoàn Việt Nam
    /// nhiệm kỳ 2023 - 2028, ngày 2.12.2023, …': a caption or a recollection that gives only the month of an
    /// event the article dates to a day of that month tells the same event less closely. The day stands.
    /// </summary>
    private static List<EventMention> WithoutMonthOfADayTold(List<EventMention> events)
    {
        // Most articles date no event to a bare month: nothing to weigh there, and no list to copy.
        if (!events.Exists(IsOfAMonth))
            return events;
        var days = events.FindAll(e => e.Date is { Granularity: "day", Iso.Length: 10 });
        if (days.Count == 0)
            return events;
        return events.FindAll(e => e.Date is not { Granularity: "month", Iso: { Length: 7 } month } || e.IsMainEvent
            || !days.Exists(d => d.Date!.Iso!.StartsWith(month, StringComparison.Ordinal) && SharedWords(d.Name, e.Name) >= SameReport));
    }

    /// <summary>An event dated to a month alone, not the report's own (the events <see cref="WithoutMonthOfADayTold"/> may drop).</summary>
    private static bool IsOfAMonth(EventMention e) => e.Date is { Granularity: "month", Iso.Length: 7 } && !e.IsMainEvent;

    /// <summary>How many acts, each put out on its own day, make an article a digest of acts.</summary>
    private const int ActsOfADigest = 4;

    /// <summary>
    /// A week's round-up of the Government's acts ('Chính phủ ban hành Nghị định số 89/2024/NĐ-CP ngày 16/7/2024 …',
    /// one item after another) lists documents: each is read as a legal document with its day, and the signing
    /// is no event of its own. One act signed in a report ('Thủ tướng ký Công điện số … ngày …') stays the day's event.
    /// </summary>
    private static bool IssuesAnAct(string text, TextSpan sentence, EventPhrases.Reading reading)
    {
        if (reading.HeadEnd <= reading.HeadStart || reading.HeadStart < sentence.Start)
            return false;
        var act = IssuedAct().Match(text, reading.HeadStart, sentence.End - reading.HeadStart);
        return act.Success && act.Index == reading.HeadStart;
    }

    /// <summary>'ký Quyết định số 10/2024/QĐ-TTg ngày 15/7/2024', 'ban hành Nghị định số 89/2024/NĐ-CP ngày 16/7/2024'.</summary>
    [GeneratedRegex(EventPhrases.SigningOfAnAct + @"[0-9]+[^\s,;]*\s+ngày\s+[0-9]")]
    private static partial Regex IssuedAct();

    /// <summary>
    /// 'Nhân dịp này, Chủ tịch nước … đã tặng quà các đại biểu …', 'Dịp này, … trao kinh phí hỗ trợ …', 'Nhân dịp
    /// này, ông X chuyển lời mời …', '… đề nghị tỉnh quán triệt …', '… có kế hoạch hội kiến …': what someone does,
    /// asks or plans on the occasion told before is part of that visit or meeting, not an event of its own. A
    /// formal act done on the occasion stays one: notes exchanged, an agreement signed, a decision or an order
    /// handed over ('Nhân dịp này, hai Thứ trưởng trao đổi công hàm …', '… trao Huân chương Lao động …').
    /// </summary>
    private static bool PartOfTheOccasion(string text, TextSpan sentence, EventPhrases.Reading reading)
    {
        if (reading.HeadEnd <= reading.HeadStart || reading.HeadStart < sentence.Start
            || !OnTheOccasion().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            return false;
        var head = text.AsSpan(reading.HeadStart, reading.HeadEnd - reading.HeadStart);
        // 'Nhân dịp này, Lễ ký kết … đã diễn ra': an event named by its own noun is told for itself.
        if (OwnNoun().IsMatch(head))
            return false;
        var after = text.AsSpan(reading.HeadEnd, Math.Min(40, sentence.End - reading.HeadEnd));
        return !FormalAct().IsMatch(head) && !(Handing().IsMatch(head) && Award().IsMatch(after));
    }

    /// <summary>'Nhân dịp này,', 'Cũng nhân dịp này,', 'Dịp này,': the sentence points back to the occasion just told.</summary>
    [GeneratedRegex(@"^(?:[Cc]ũng\s+)?(?:[Nn]hân\s+)?[Dd]ịp\s+này\s*,")]
    private static partial Regex OnTheOccasion();

    /// <summary>Acts of record: signing, exchanging notes, announcing, opening a work.</summary>
    [GeneratedRegex(@"^(?:ký|trao\s+đổi|công\s+bố|khánh\s+thành|khởi\s+công|ra\s+mắt)(?![\p{L}])")]
    private static partial Regex FormalAct();

    [GeneratedRegex(@"^(?:[Ll]ễ|[Bb]uổi|[Cc]uộc|[Pp]hiên|[Kk]ỳ\s+họp|[Hh]ội\s+(?:nghị|thảo|chợ)|[Đđ]ại\s+hội|[Tt]riển\s+lãm|[Cc]huyến|[Dd]iễn\s+đàn|[Tt]ọa\s+đàm)(?![\p{L}])")]
    private static partial Regex OwnNoun();

    [GeneratedRegex(@"^(?:trao|tặng|truy\s+tặng)(?:\s+tặng)?$")]
    private static partial Regex Handing();

    /// <summary>What is handed over as an act of record: a decision, an order, a medal, a title, a certificate.</summary>
    [GeneratedRegex(@"^\s+(?:(?:các|những)\s+)?(?:[Qq]uyết\s+định|[Hh]uân\s+chương|[Hh]uy\s+chương|[Hh]uy\s+hiệu|[Kk]ỷ\s+niệm\s+chương|[Dd]anh\s+hiệu|[Bb]ằng|[Cc]ờ|[Gg]iấy\s+khen|[Ll]ệnh)(?![\p{L}])")]
    private static partial Regex Award();

    /// <summary>
    /// A clause further on in a dated sentence that writes a day of its own: after a semicolon ('…; lễ truy
    /// điệu 13h ngày 26/7'), after a bracketed act and 'và' ('(Quyết định … ngày 30/9/2022) và Thủ tướng … (Quyết
    /// định … ngày 9/11/2022)'), or what a notice reports ('ra thông báo cho biết, từ ngày 12 đến ngày 14-6, …').
    /// Each tells the event of its own day; a clause of the sentence's day adds nothing.
    /// </summary>
    private static IEnumerable<LaterClause> LaterDatedClauses(string text, TextSpan sentence, EventDates.Found first, List<DateMention> dates, AnchorDate? anchor)
    {
        if (dates.Count < 2 || first.End >= sentence.End)
            return [];
        var clauses = new List<LaterClause>();
        for (var opening = LaterClauseOpening().Match(text, first.End, sentence.End - first.End); opening.Success; opening = opening.NextMatch())
        {
            var start = opening.Index + opening.Length;
            var next = LaterClauseOpening().Match(text, start, sentence.End - start);
            var clause = new TextSpan(start, next.Success ? next.Index : sentence.End);
            var own = dates.Where(d => d.Start >= clause.Start && d.End <= clause.End).ToList();
            if (own.Count == 0 || clause.Length == 0)
                continue;
            if (EventDates.In(text, clause, own, anchor, first) is { } date && !SameDay(date, first))
                clauses.Add(new LaterClause(clause, date, opening.Groups["notice"].Success));
        }
        return clauses;
    }

    /// <summary>The event a later clause of a sentence tells on its own day, read as a sentence of its own.</summary>
    private static EventMention? LaterEvent(ArticleContext context, TextSpan clause, EventDates.Found date,
        List<(string Person, TextSpan Span)> people, List<RoleMention> roles, AnchorDate? anchor)
    {
        var text = context.Text;
        if (!EventPhrases.HasCue(text, clause, date))
            return null;
        var inClause = people.Where(p => p.Span.Start >= clause.Start && p.Span.End <= clause.End).ToList();
        var told = new EventPhrases.Sentence(text, clause, inClause, [.. roles.Where(r => r.Evidence.Start <= clause.Start && clause.End <= r.Evidence.End)]);
        if (EventPhrases.Read(told, date) is not { } reading || EventPhrases.OnlySignsAnAct(text, reading)
            || !EventPhrases.NamesAnEvent(reading.Name, inClause.Select(p => p.Person)))
            return null;
        return new EventMention(
            reading.Name,
            EventDates.Dated(EventDates.WithRecalledYear(text, clause, date, anchor), anchor, EventDates.ToCome(text, clause)),
            PlaceIn(text, clause), reading.Subject is null ? null : Organizer(context, clause, reading), ChairIn(text, clause, inClause),
            [.. inClause.Select(p => p.Person).Distinct()], clause, false);
    }

    /// <summary>A later clause of a dated sentence with its own day; <paramref name="Reported"/> when a notice reports it.</summary>
    private sealed record LaterClause(TextSpan Clause, EventDates.Found Date, bool Reported);

    /// <summary>Where a later clause opens: a semicolon, 'và' after a bracket, a notice's 'cho biết,'.</summary>
    [GeneratedRegex(@";\s*|\)\s*,?\s*và\s+|(?<notice>(?<![\p{L}])thông\s+(?:báo|cáo)(?:\s+báo\s+chí)?\s+cho\s+biết\s*,\s*)")]
    private static partial Regex LaterClauseOpening();

    /// <summary>
    /// A day the article dates a deed to, with no event read for it: the first sentence that opens
    /// on that day and tells who did what gives its event, though its verb is in no list. Only days
    /// left empty take one, so a day already told by a known event gains no second reading.
    /// </summary>
    private static void AddPlainDeeds(ArticleContext context, List<RoleMention> roles, AnchorDate? anchor, List<UncuedSentence> withoutCue,
        List<EventMention> events, List<DatedEvent> dated)
    {
        var text = context.Text;
        foreach (var (sentence, whole, people, date) in withoutCue)
        {
            // 'Cũng trong ngày 2-5, Ba Lan đã phản đối …': a sentence that says it tells another deed of a day told before.
            if (dated.Any(d => SameDay(d.Date, date, anchor?.Year)) && !AlsoThatDay().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
                continue;
            var told = new EventPhrases.Sentence(text, sentence, people, RolesToldIn(text, roles, sentence, whole));
            // What a state body, a country or an official says on the day ('Điện Kremlin ngày 30/8 cho biết …',
            // 'Ngày 14/10, Hàn Quốc cho biết …'): the saying's reading checks who spoke itself.
            // An incident told by the day it happened on ('Vụ tai nạn xảy ra tối 3/11 tại …'): no one acted in it.
            if ((EventPhrases.PlainDeed(told, date, out var actor) is not { } deed || !KnownActor(context, roles, deed.HeadStart, actor))
                && (deed = EventPhrases.SayingOnTheDay(told, date)) is null
                && (deed = EventPhrases.IncidentOnItsDay(told, date)) is null)
                continue;
            AddDeedOfTheDay(text, sentence, people, date, anchor, deed.Name, events, dated);
        }
    }

    /// <summary>A deed read from a dated sentence: the event of its day, with the sentence's place and people.</summary>
    private static void AddDeedOfTheDay(string text, TextSpan sentence, List<(string Person, TextSpan Span)> people, EventDates.Found date, AnchorDate? anchor,
        string name, List<EventMention> events, List<DatedEvent> dated)
    {
        var mention = new EventMention(
            name,
            EventDates.Dated(EventDates.WithRecalledYear(text, sentence, date, anchor), anchor, toCome: false),
            PlaceIn(text, sentence), null, null, [.. people.Select(p => p.Person).Distinct()], sentence, false);
        events.Add(mention);
        dated.Add(new DatedEvent(mention, date, false));
    }

    /// <summary>'Cũng trong ngày 15-7,', 'Cũng ngày 3/8,', 'Cùng ngày 15-7,': the sentence opens on a day it says it adds a deed to.</summary>
    [GeneratedRegex(@"^(?:[Cc]ũng\s+(?:trong\s+)?(?:ngày|hôm)|[Cc]ùng\s+ngày)\s+[0-9]")]
    private static partial Regex AlsoThatDay();

    /// <summary>
    /// A photo's caption that dates what it shows to a day the body tells no event of ('Lực lượng cứu hộ tìm kiếm
    /// người mất tích tại Lào Cai chiều 10/9 - Ảnh: …'): the caption is the article's only telling of that day's
    /// happening, and gives its event. A caption of a day the body already reports only retells it.
    /// </summary>
    private static void AddCaptionedDays(ArticleContext context, List<RoleMention> roles, AnchorDate? anchor, SentenceDates datesBySentence,
        List<(TextSpan Sentence, List<(string Person, TextSpan Span)> People)> captions, List<EventMention> events, List<DatedEvent> dated)
    {
        var text = context.Text;
        foreach (var (caption, people) in captions)
        {
            var sentence = AfterPhotoCredit(text, caption);
            if (EventDates.In(text, sentence, datesBySentence.All(sentence), anchor, previous: null) is not { Day: not null } date
                || dated.Exists(d => SameDay(d.Date, date)) || !EventPhrases.HasCue(text, sentence, date))
                continue;
            var told = new EventPhrases.Sentence(text, sentence, people, RolesToldIn(text, roles, sentence, caption));
            if (EventPhrases.Read(told, date) is not { } reading || EventPhrases.OnlySignsAnAct(text, reading) || Denied(text, sentence, reading))
                continue;
            var mention = new EventMention(reading.Name,
                EventDates.Dated(EventDates.WithRecalledYear(text, sentence, date, anchor), anchor, EventDates.ToCome(text, sentence)),
                PlaceIn(text, sentence), null, null, [.. people.Select(p => p.Person).Distinct()], sentence, false);
            events.Add(mention);
            dated.Add(new DatedEvent(mention, date, reading.CutShort));
        }
    }

    /// <summary>
    /// 'chưa thể đón học sinh', 'không tổ chức lễ …', 'chưa bắt được': a deed the sentence says did not happen is
    /// no event of its day.
    /// </summary>
    private static bool Denied(string text, TextSpan sentence, EventPhrases.Reading reading)
    {
        if (reading.HeadEnd <= reading.HeadStart || reading.HeadStart <= sentence.Start)
            return false;
        var from = Math.Max(sentence.Start, reading.HeadStart - 24);
        return NegationBefore().IsMatch(text.AsSpan(from, reading.HeadStart - from));
    }

    /// <summary>'không ', 'chưa ', 'chưa thể ', 'không được ', 'vẫn chưa ' right before a deed's verb.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:không|chưa|chẳng)(?:\s+(?:thể|được|hề|kịp|có))?\s+$")]
    private static partial Regex NegationBefore();

    /// <summary>
    /// Whether the deed's doer is one a chronology follows: a person the article gives a post, or
    /// who the clause opens on by a name written with capitals (a body, a court, a firm, a country:
    /// 'Tòa án Trọng tài …', 'Công ty Thủy điện …'). A private person's errands are no event of the record.
    /// </summary>
    private static bool KnownActor(ArticleContext context, List<RoleMention> roles, int clauseStart, string? person) =>
        person is not null ? roles.Exists(r => r.PersonName == person) : char.IsUpper(context.Text[clauseStart]);

    /// <summary>
    /// Whether a date is the day an anniversary counts from: 'kỷ niệm 70 năm …' dated 1954 in a
    /// report of 2024. The ceremony is of the day the years come to, not of the day they count from.
    /// </summary>
    /// <param name="reportYear">The report's year; without it, any count back of that many years is taken as the origin.</param>
    private static bool DatesTheAnniversary(string name, string? iso, int? reportYear = null)
    {
        if (iso is not { Length: >= 4 } || AnniversaryYears().Match(name) is not { Success: true } anniversary)
            return false;
        var year = int.Parse(iso.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        var years = int.Parse(anniversary.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return reportYear is not { } report || Math.Abs(year + years - report) <= 1;
    }

    /// <summary>
    /// 'kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7-5-1954)', '79 năm Cách mạng tháng Tám (19-8-1945)': the day
    /// written after an anniversary's subject is that subject's, a past event the chronology keeps. The years
    /// counted must bring that day to the report's year, so a bracketed day of anything else is not taken for it.
    /// </summary>
    /// <remarks>
    /// A bracket of both ends ('(7/5/1954 - 7/5/2024)') labels the anniversary itself: its first day is read only
    /// where the anniversary frames a commemorative deed (<see cref="AnniversarySpanFraming"/>). A birthday
    /// ('134 năm Ngày sinh …') is a person's, not an event of the record.
    /// </remarks>
    private static void AddAnniversaryOrigins(ArticleContext context, AnchorDate? anchor, List<EventMention> events)
    {
        if (anchor?.Year is not { } reportYear)
            return;
        var text = context.Text;
        foreach (var origin in AnniversaryOrigins(context))
        {
            var years = Number(origin.Groups["n"].Value);
            var year = Number(origin.Groups["y"].Value);
            var (month, day) = (Number(origin.Groups["m"].Value), Number(origin.Groups["d"].Value));
            if (years < FewestYearsOfAnAnniversary || Math.Abs(year + years - reportYear) > 1 || month is < 1 or > 12 || day is < 1 or > 31)
                continue;
            var name = EventNames.Tidy(origin.Groups["subject"].Value.Trim(' ', ','));
            if (name.Length == 0 || Birthday().IsMatch(name))
                continue;
            name = char.ToUpperInvariant(name[0]) + name[1..];
            var iso = $"{year:D4}-{month:D2}-{day:D2}";
            var sentence = context.SentenceOf(origin.Index);
            var subject = new EventMention(name, new ExtractedDate(iso, "day"), null, null, null, [], sentence, false);
            // 'Tỉnh đoàn tổ chức hành trình về nguồn chào mừng 79 năm Cách mạng tháng Tám (19-8-1945)': the
            // sentence's deed was given the bracket's day, which is the subject's; the deed's own day is not written.
            var misdated = events.FindIndex(e => e.Date?.Iso == iso && e.Evidence == sentence && !e.IsMainEvent);
            if (misdated >= 0)
                events[misdated] = subject;
            else if (!events.Exists(e => e.Date?.Iso == iso && SharedWords(e.Name, name) >= 0.5))
                events.Add(subject);
        }
    }

    /// <summary>'Sau 3 năm thực hiện đề án (1/3/2021)' counts the years of a task, not of an anniversary.</summary>
    private const int FewestYearsOfAnAnniversary = 5;

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// '70 năm Chiến thắng Điện Biên Phủ (7-5-1954)', '49 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975)':
    /// years counted, the subject and its day. The subject holds no other count of years ('35 năm A, 80 năm B (…)' dates B).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<n>[0-9]{1,3})\s+năm\s+(?<subject>\p{L}(?:(?![0-9]{1,3}\s+năm\s)[^()\n;.]){2,110}?)\s*\(\s*(?<d>[0-9]{1,2})\s*[-/.]\s*(?<m>[0-9]{1,2})\s*[-/.]\s*(?<y>1[0-9]{3}|20[0-9]{2})\s*\)")]
    private static partial Regex AnniversaryOrigin();

    [GeneratedRegex(@"^(?:[Nn]gày\s+|[Nn]ăm\s+)?sinh(?![\p{L}])")]
    private static partial Regex Birthday();

    /// <summary>'kỷ niệm 70 năm', 'Kỷ niệm 100 năm': how many years an anniversary counts.</summary>
    [GeneratedRegex(@"(?<![\p{L}])[Kk]ỷ\s+niệm\s+(?<n>[0-9]{1,3})\s+năm(?![\p{L}])")]
    private static partial Regex AnniversaryYears();

    /// <summary>Whether a quotation opened in the sentence is still open at this point.</summary>
    private static bool InsideQuote(string text, int sentenceStart, int at)
    {
        int straight = 0, opened = 0, closed = 0;
        for (var i = sentenceStart; i < at; i++)
        {
            switch (text[i])
            {
                case '"': straight++; break;
                case '“': opened++; break;
                case '”': closed++; break;
            }
        }
        return straight % 2 == 1 || opened > closed;
    }

    /// <summary>How many sentences after a lead cut short may name its event.</summary>
    private const int SentencesNamingACutLead = 3;

    private static IEnumerable<TextSpan> Following(ArticleContext context, TextSpan sentence)
    {
        var at = context.Sentences.IndexOf(sentence);
        return at < 0 ? [] : context.Sentences.Skip(at + 1).Take(SentencesNamingACutLead);
    }

    /// <summary>
    /// Whether one of the next sentences writes the day again: the teaser the page cut short is
    /// told in full there, which names the event itself.
    /// </summary>
    private static bool RetoldIn(string text, List<TextSpan> following, EventDates.Found date)
    {
        if (date.Day is not { } day)
            return false;
        var written = new Regex($@"(?<![0-9]){day}\s*[-/.]\s*0?{date.Month}(?![0-9])", RegexOptions.CultureInvariant);
        return following.Any(s => written.IsMatch(text.AsSpan(s.Start, s.Length)));
    }

    /// <summary>Most words a meeting's name may have and still want its organiser ('Kỳ họp thứ 49', 'Hội nghị giao ban').</summary>
    private const int ShortMeetingName = 4;

    /// <summary>
    /// 'Kỳ họp thứ 49', 'Hội nghị giao ban': a meeting named by its kind alone is told apart by who
    /// holds it ('Kỳ họp thứ 49 của Ủy ban Kiểm tra Trung ương').
    /// </summary>
    private static EventPhrases.Reading WithOrganizer(EventPhrases.Reading reading, string? organizer)
    {
        if (organizer is null || reading.Subject is not null || reading.Name.Contains(organizer, StringComparison.Ordinal)
            || reading.Name.Split(' ').Length > ShortMeetingName || !EventStart().IsMatch(reading.Name) && !MeetingHead().IsMatch(reading.Name))
            return reading;
        return reading with { Name = $"{reading.Name} của {organizer}" };
    }

    private static bool IsPhotoCaption(string text, TextSpan sentence) =>
        PhotoCaption().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>
    /// 'Nguồn hình ảnh, Reuters Chụp lại hình ảnh, …': the page's photo credit before a caption is no part of it;
    /// nor is the credit of the photo above ('(Ảnh: Reuters)', '(Nguồn: TTXVN)') that the page glued to the next sentence's start.
    /// </summary>
    private static TextSpan AfterPhotoCredit(string text, TextSpan sentence)
    {
        if (GluedCredit(text, sentence) is var glued and > 0)
            return new TextSpan(sentence.Start + glued, sentence.End);
        const string credit = "Chụp lại hình ảnh,";
        var at = text.IndexOf(credit, sentence.Start, sentence.Length, StringComparison.Ordinal);
        if (at < 0)
            return sentence;
        var start = at + credit.Length;
        while (start < sentence.End && char.IsWhiteSpace(text[start]))
            start++;
        return new TextSpan(start, sentence.End);
    }

    // The two helpers below are loops rather than lambdas: a lambda in a loop over the sentences captures that
    // sentence's variables, and so allocates them anew for every sentence, read or not.

    /// <summary>The roles told in the sentence (<see cref="ToldIn"/>), in their order.</summary>
    private static List<RoleMention> RolesToldIn(string text, List<RoleMention> roles, TextSpan sentence, TextSpan whole)
    {
        var told = new List<RoleMention>();
        foreach (var role in roles)
        {
            if (ToldIn(text, role, sentence, whole))
                told.Add(role);
        }
        return told;
    }

    /// <summary>Whether an event read already shares most of its words with <paramref name="name"/> (<see cref="SharedWords"/>).</summary>
    private static bool SameReportIn(List<EventMention> events, string name)
    {
        foreach (var e in events)
        {
            if (SharedWords(e.Name, name) >= SameReport)
                return true;
        }
        return false;
    }

    /// <summary>
    /// A role read from the sentence, or from the whole of it when a credit glued to its start was cut off. (A page's
    /// 'Chụp lại hình ảnh,' credit before a caption keeps the caption's people without their posts, as it always has.)
    /// </summary>
    private static bool ToldIn(string text, RoleMention role, TextSpan sentence, TextSpan whole) =>
        role.Evidence == sentence || role.Evidence == whole && GluedCredit(text, whole) > 0;

    /// <summary>The length of a photo's credit glued to the sentence's start ('(Ảnh: Reuters)Ngày …'), or 0.</summary>
    private static int GluedCredit(string text, TextSpan sentence)
    {
        var glued = GluedPhotoCredit().Match(text, sentence.Start, Math.Min(sentence.Length, GluedCreditLength));
        return glued.Success && glued.Index == sentence.Start ? glued.Length : 0;
    }

    /// <summary>An event read from a dated sentence, with its date as written and whether its lead was cut short.</summary>
    private sealed record DatedEvent(EventMention Event, EventDates.Found Date, bool CutShort);

    /// <summary>A sentence that dates a day but names no event a list knows: a plain deed may still be read from it.</summary>
    private sealed record UncuedSentence(TextSpan Sentence, TextSpan Whole, List<(string Person, TextSpan Span)> People, EventDates.Found Date);

    /// <summary>
    /// 'Trong phiên họp ngày 18-2, …' after the report of that day speaks of the same event;
    /// 'phiên họp thường kỳ tháng 4/2024' after the report of 15/4 too. A date opening its clause
    /// tells something new.
    /// </summary>
    /// <remarks>A month written without its year is of the article's year: 'tháng 1' is not the January of 2007 told before.</remarks>
    private static bool IsBackReference(List<DatedEvent> dated, EventDates.Found date, int? anchorYear) =>
        !date.AtStart && dated.Any(d => SameDay(d.Date, date, anchorYear)
            || (date.Day is null && d.Date.Month == date.Month && (date.Year ?? anchorYear) is var year
                && (year is null || d.Date.Year is null || d.Date.Year == year)));

    /// <summary>
    /// 'Lễ viếng được tổ chức từ 7h ngày 25/7 …' after 'Quốc tang trong hai ngày 25 và 26/7': a sentence
    /// whose subject is an event of its own, one the day's events told before do not name, tells a
    /// new event of that day, not the earlier one again.
    /// </summary>
    private static bool OpensOnAnotherEvent(string text, TextSpan sentence, List<DatedEvent> dated, EventDates.Found date)
    {
        var head = OpeningEventNoun().Match(text, sentence.Start, Math.Min(sentence.Length, 40));
        if (!head.Success || head.Index != sentence.Start)
            return false;
        var words = VietnameseText.MatchKey(head.Value);
        return !dated.Any(d => SameDay(d.Date, date) && VietnameseText.MatchKey(d.Event.Name).Contains(words, StringComparison.Ordinal));
    }

    /// <summary>
    /// 'Thượng tướng X cũng có cuộc gặp với Tổng Bí thư Y vào ngày 24/10' after the visit that began that day:
    /// talks held during a visit are an event of their own, not the visit told again (talks told twice are
    /// one by their names, <see cref="ToldBefore"/>).
    /// </summary>
    private static bool TalksDuringAVisit(string text, TextSpan sentence, List<DatedEvent> dated, EventDates.Found date)
    {
        if (date.Day is null || !Talks().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            return false;
        var sameDay = dated.Where(d => SameDay(d.Date, date)).ToList();
        return sameDay.Count > 0 && sameDay.TrueForAll(d => Visit().IsMatch(d.Event.Name) || Talks().IsMatch(d.Event.Name))
            && sameDay.Exists(d => Visit().IsMatch(d.Event.Name) && !Talks().IsMatch(d.Event.Name));
    }

    /// <summary>'hội đàm', 'hội kiến', 'điện đàm', 'cuộc gặp', 'tiếp Thủ tướng …': talks between officials.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Hh]ội\s+đàm|[Hh]ội\s+kiến|[Đđ]iện\s+đàm|[Cc]uộc\s+gặp(?:\s+gỡ)?|(?<!(?:trực|gián|kế|liên)\s)tiếp(?:\s+xã\s+giao)?(?=\s+(?:\p{Lu}|đoàn|ông|bà)))(?![\p{L}])")]
    private static partial Regex Talks();

    /// <summary>'Chuyến thăm chính thức …', 'X thăm, làm việc tại Belarus', 'chuyến công tác': a visit.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Cc]huyến\s+(?:thăm|công\s+tác|công\s+du)|[Tt]hăm(?!\s+(?:dò|khám|hỏi))|làm\s+việc\s+tại)(?![\p{L}])")]
    private static partial Regex Visit();

    /// <summary>A ceremony or meeting named by its kind and what it does: 'Lễ viếng', 'Lễ an táng', 'Phiên bế mạc'.</summary>
    [GeneratedRegex(@"(?:Lễ|Buổi\s+lễ|Phiên|Hội\s+nghị|Cuộc\s+họp)\s+\p{Ll}+(?:\s+\p{Ll}+)?")]
    private static partial Regex OpeningEventNoun();

    /// <summary>
    /// The lead printed twice (a teaser, then the body) or told again in other words: the same
    /// day and mostly the same name. A teaser the page cut short takes the name the full telling gives.
    /// </summary>
    private static bool ToldBefore(ArticleContext context, List<EventMention> events, List<DatedEvent> dated, TextSpan sentence,
        EventDates.Found date, EventPhrases.Reading reading)
    {
        var told = FirstToldAgain(dated, sentence, date, reading);
        if (told < 0)
            return false;
        var earlier = dated[told];
        // A teaser the page cut off ('… giữ chức ...') is named by the full telling that follows it.
        if ((earlier.CutShort || EndsCutOff(context.Text, earlier.Event.Evidence)) && !reading.CutShort)
        {
            var fuller = earlier.Event with
            {
                Name = reading.Name,
                Place = earlier.Event.Place ?? PlaceIn(context.Text, sentence),
                Organizer = earlier.Event.Organizer ?? Organizer(context, sentence, reading),
            };
            events[events.IndexOf(earlier.Event)] = fuller;
            dated[told] = new DatedEvent(fuller, earlier.Date, false);
        }
        return true;
    }

    /// <summary>
    /// Where the first event of the same day with mostly the same name, told in another sentence, stands in
    /// <paramref name="dated"/>, or -1: a plain loop, as this runs at every dated sentence, the cheap tests before the names are compared.
    /// </summary>
    private static int FirstToldAgain(List<DatedEvent> dated, TextSpan sentence, EventDates.Found date, EventPhrases.Reading reading)
    {
        HashSet<string>? readingWords = null;
        for (var k = 0; k < dated.Count; k++)
        {
            var d = dated[k];
            if (SameDay(d.Date, date) && d.Event.Evidence != sentence && SharedWords(d.Event.Name, readingWords ??= WordsOf(reading.Name)) >= SameReport
                && !ActsUponAnIncident(d.Event, reading))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// 'Vụ sạt lở đất đá' told first, then 'Chiều 13/7, Quyền Bí thư Tỉnh ủy … đi kiểm tra … và thăm các nạn nhân vụ
    /// sạt lở đất': an incident has no doer, and what an official or a body does about it is an event of its own,
    /// though its words name the incident again.
    /// </summary>
    private static bool ActsUponAnIncident(EventMention earlier, EventPhrases.Reading reading) =>
        reading.Subject is not null && Incident().IsMatch(earlier.Name) && !Incident().IsMatch(reading.Name);

    /// <summary>'Vụ sạt lở …', 'Sự cố vỡ đê …', 'Trận động đất …': a happening no one did.</summary>
    [GeneratedRegex(@"^(?:Vụ(?=\s+\p{Ll})|Sự\s+cố|Trận\s+động\s+đất)(?![\p{L}])")]
    private static partial Regex Incident();

    private static bool EndsCutOff(string text, TextSpan sentence)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
        return words.EndsWith("...", StringComparison.Ordinal) || words.EndsWith("…", StringComparison.Ordinal);
    }

    /// <summary>The article's dates shared out by sentence; both come in reading order, so one pass serves all.</summary>
    private sealed class SentenceDates(IReadOnlyList<DateMention> dates)
    {
        private int _next;

        /// <summary>The dates of a sentence met out of reading order (a caption read after the body).</summary>
        public List<DateMention> All(TextSpan sentence) =>
            [.. dates.Where(d => d.Start >= sentence.Start && d.End <= sentence.End)];

        public List<DateMention> In(TextSpan sentence)
        {
            while (_next < dates.Count && dates[_next].Start < sentence.Start)
                _next++;
            var own = new List<DateMention>();
            for (var k = _next; k < dates.Count && dates[k].End <= sentence.End; k++)
                own.Add(dates[k]);
            return own;
        }
    }

    /// <summary>Share of the shorter name's words that the other name has too.</summary>
    private static double SharedWords(string a, string b) => SharedWords(a, WordsOf(b));

    /// <param name="second">The other name's words (<see cref="WordsOf"/>), read once where one name is compared with many.</param>
    private static double SharedWords(string a, HashSet<string> second)
    {
        var first = WordsOf(a);
        var shorter = Math.Min(first.Count, second.Count);
        if (shorter == 0)
            return 0;
        var shared = 0;
        foreach (var word in first)
        {
            if (second.Contains(word))
                shared++;
        }
        return (double)shared / shorter;
    }

    /// <summary>A name's distinct words, compared without case or tone-mark placement.</summary>
    private static HashSet<string> WordsOf(string name) =>
        VietnameseText.MatchKey(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <remarks>Two months alone are one only with the same year: a yearless 'tháng 1' is not January 2007.</remarks>
    private static bool SameDay(EventDates.Found a, EventDates.Found b) =>
        a.Month == b.Month && a.Day == b.Day && (a.Year is null || b.Year is null ? a.Day is not null : a.Year == b.Year);

    /// <summary>
    /// Whether a day written now is one told before (<see cref="SameDay(EventDates.Found, EventDates.Found)"/>), knowing
    /// the report's year: 'ngày 19/9/1954' in a report of 19/9/2024 is the day seventy years back, not the 'Ngày 19/9'
    /// the report opened on. Only the later day's written year counts so: a day written bare after a past one of that
    /// date ('ngày 20/10/1930', then 'ngày 20/10') stays told, and a year next to the report's ('ngày 28/12/2023' in a
    /// report of early January) may still be the day told before.
    /// </summary>
    private static bool SameDay(EventDates.Found told, EventDates.Found now, int? reportYear) =>
        SameDay(told, now) && !(reportYear is { } year && told.Year is null && now.Year is { } written && Math.Abs(written - year) > 1);

    private static string NameFrom(string text, int start)
    {
        var end = Math.Min(text.Length, start + 400);
        foreach (var stop in NameStops)
        {
            var at = text.IndexOf(stop, start, end - start, StringComparison.Ordinal);
            if (at > start)
                end = at;
        }
        return EventNames.Tidy(text[start..end]);
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
            return null;
        var date = DateRecognizer.Find(window).FirstOrDefault(d => d.Year is not null && d.Start == lead.Length);
        return date is { Granularity: not DateGranularity.Year } ? ContextDates.Resolve(date, null) : null;
    }

    /// <remarks>'… Hội nghị lần thứ năm, Quân ủy Trung ương. Ảnh chụp ngày 19-12-2022.': a caption's photo date dates the event it names last.</remarks>
    [GeneratedRegex(@"^\s*(?:\.\s*\(?\s*Ảnh\s+chụp\s+|\(|,\s*)?\s*(?:(?:diễn ra\s+)?vào\s+)?")]
    private static partial Regex OwnDateLead();

    /// <summary>'tại Phủ Chủ tịch', 'tại Thủ đô Vientiane', 'tại thành phố Quảng Châu (tỉnh Quảng Đông)'.</summary>
    private static string? PlaceIn(string text, TextSpan sentence)
    {
        var match = Place().Match(text, sentence.Start, sentence.Length);
        return match.Success ? match.Groups["place"].Value.TrimEnd(PlaceEnds) : null;
    }

    // Kept once: a list written at the call is a new array at every call.
    private static readonly char[] PlaceEnds = [' ', ',', '.'];

    /// <summary>
    /// Who held it: the subject of 'X (phối hợp với Y) tổ chức …', the body of 'do X tổ chức', the
    /// host of a working session, else the known body named last before the event's words.
    /// </summary>
    private static string? Organizer(ArticleContext context, TextSpan sentence, EventPhrases.Reading reading)
    {
        var text = context.Text;
        var organised = OrganisedBy().Match(text, sentence.Start, sentence.Length);
        if (organised.Success)
            return organised.Groups["by"].Value.Trim();
        var holding = Holding().Match(text, sentence.Start, sentence.Length);
        // 'Kỳ thi … sẽ được tổ chức': what is held, not who holds it.
        if (holding.Success && !holding.Groups["by"].Value.EndsWith("được", StringComparison.Ordinal))
            return holding.Groups["by"].Value.Trim();
        // 'Phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội': the body the name holds.
        if (Lexicon.Organizations.FirstOrDefault(o => o.Forms.Any(f => reading.Name.Contains(f, StringComparison.Ordinal))).Canonical is { } named)
            return named;
        // 'Tại kỳ họp thứ 49, Ủy ban Kiểm tra Trung ương kết luận …': the body that speaks at its own meeting.
        if (reading.Subject is null && MeetingHead().IsMatch(reading.Name))
        {
            var after = context.Organizations().Where(o => o.Span.Start >= reading.HeadEnd && o.Span.End <= sentence.End).OrderBy(o => o.Span.Start).FirstOrDefault();
            if (after is not null && text.AsSpan(reading.HeadEnd, after.Span.Start - reading.HeadEnd).IndexOfAny(',', ')') >= 0)
                return after.CanonicalName;
        }
        return null;
    }

    private static string? OrganizerBefore(ArticleContext context, int from, int to) =>
        context.Organizations().Where(o => o.Span.Start >= from && o.Span.End <= to).OrderBy(o => o.Span.Start).LastOrDefault()?.CanonicalName;

    /// <summary>
    /// Who chaired, as this sentence says: the person named first after 'dưới sự chủ trì của', else
    /// the person named last before 'chủ trì' ('X chủ trì hội nghị', 'do X chủ trì').
    /// </summary>
    private static string? ChairIn(string text, TextSpan sentence, List<(string Person, TextSpan Span)> people)
    {
        var at = text.IndexOf("chủ trì", sentence.Start, sentence.Length, StringComparison.Ordinal);
        if (at < 0)
            return null;
        if (string.CompareOrdinal(text, at + "chủ trì".Length, " của", 0, " của".Length) == 0)
            return people.Where(p => p.Span.Start > at).OrderBy(p => p.Span.Start).FirstOrDefault().Person;
        return people.Where(p => p.Span.End <= at).OrderBy(p => p.Span.End).LastOrDefault().Person;
    }

    /// <summary>The person named last before 'chủ trì' in the first sentence that says who chaired.</summary>
    private static string? Chair(string text, List<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> names)
    {
        foreach (var (sentence, people) in names)
        {
            if (ChairIn(text, sentence, people) is { } chair)
                return chair;
        }
        return null;
    }

    private static List<string> Participants(ArticleContext context, List<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> names) =>
        names.Where(n => ParticipationCues.Any(cue => context.Text.AsSpan(n.Sentence.Start, n.Sentence.Length).Contains(cue, StringComparison.Ordinal)))
            .SelectMany(n => n.Names.Select(p => p.Person))
            .Distinct()
            .ToList();

    /// <summary>Most characters of a photo's credit glued before a sentence, brackets included.</summary>
    private const int GluedCreditLength = 60;

    /// <summary>'(Ảnh: Reuters)', '(Ảnh minh họa: AP) ', '(Nguồn: TTXVN)' opening a sentence whose first word follows.</summary>
    [GeneratedRegex(@"^\(\s*(?:Ảnh|Nguồn)[^():\n]{0,20}:[^()\n]{1,40}\)\s*(?=\p{Lu})")]
    private static partial Regex GluedPhotoCredit();

    /// <summary>A caption ends on its photographer: '(Ảnh: Minh Anh).', '- Ảnh: TTXVN'.</summary>
    [GeneratedRegex(@"(?:\(\s*Ảnh\s*:[^()]{1,60}\)|[-–]\s*Ảnh\s*:[^.;]{1,60})\s*\.?\s*$")]
    private static partial Regex PhotoCaption();

    [GeneratedRegex(@"(?<![\p{L}])(?:Hội nghị|Đại hội|Hội thảo|Diễn đàn|Lễ kỷ niệm|Cuộc họp)(?![\p{L}])")]
    private static partial Regex EventStart();

    /// <summary>' diễn ra …', ' được tổ chức …' right after a meeting's name: the sentence tells it being held.</summary>
    [GeneratedRegex(@"^\s*(?:đã\s+|sẽ\s+)?(?:diễn\s+ra|được\s+tổ\s+chức|khai\s+mạc)(?![\p{L}])")]
    private static partial Regex HeldAfterName();

    /// <summary>'… ngay sau phiên bế mạc ', '… trước ': the meeting named next only tells when something else happened.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:sau|trước)(?:\s+khi)?(?:\s+(?:phiên|lễ)\s+(?:bế\s+mạc|khai\s+mạc))?\s+$")]
    private static partial Regex TimeReferenceBefore();

    [GeneratedRegex(@"^(?:Kỳ họp|Phiên họp|Hội nghị|Cuộc họp|Buổi họp)(?![\p{L}])")]
    private static partial Regex MeetingHead();

    [GeneratedRegex(@"(?<![\p{L}])tại\s+(?<place>(?!(?:[Hh]ội\s+nghị|[Kk]ỳ\s+họp|[Pp]hiên\s+họp|[Bb]uổi|[Ll]ễ|[Đđ]ại\s+hội|[Hh]ội\s+thảo|Điều|Khoản|Công\s+văn|Quyết\s+định|Nghị\s+quyết|Nghị\s+định|Thông\s+báo|Kết\s+luận)(?![\p{L}]))(?:(?:thành\s+phố|thủ\s+đô|tỉnh|huyện|xã|quận|sân\s+vận\s+động|sân|nhà\s+thi\s+đấu|trụ\s+sở)\s+)?(?:TP\.\s*)?\p{Lu}[^,;.()\n]{0,60}?(?:\s*\([^()]{2,40}\))?)(?=\s*[,;.]|\s*$|\s+(?:do|để|nhằm|với|và\s+các|đã|có|vào|từ|trong|cho|khi|sáng|chiều|ngày)\s)")]
    private static partial Regex Place();

    /// <summary>'do Ban Tuyên giáo Trung ương tổ chức'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])do\s+(?<by>\p{Lu}[^,;.]{2,120}?)\s+(?:phối\s+hợp\s+[^,;.]{2,80}?\s+)?tổ\s+chức(?![\p{L}])")]
    private static partial Regex OrganisedBy();

    /// <summary>'Đại sứ quán Việt Nam tại Italy đã tổ chức', 'Văn phòng Chủ tịch nước phối hợp với … tổ chức'.</summary>
    [GeneratedRegex(@"(?:^|,\s+)(?<by>\p{Lu}[^,;.]{2,160}?)\s+(?:đã\s+)?(?:tổ\s+chức|khai\s+mạc)(?![\p{L}])")]
    private static partial Regex Holding();
}
