using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Dates one sighting of a post by its own sentence, and says whether the sentence shows the post
/// held, taken up or left. The date is the one the sentence speaks of; failing that, the last date
/// of its paragraph before it; failing that, the day the article reports on.
/// </summary>
internal static partial class RoleDating
{
    public const string Held = "held";
    public const string Started = "started";
    public const string Ended = "ended";

    /// <summary>The date, its basis (sentence, paragraph, article, publication, inferred, unknown) and the aspect.</summary>
    /// <param name="SpanEnd">
    /// A post taken up at the start of a closed span ('từ tháng 8/2010 - 4/2016', '3/2011 - 4/2018: …')
    /// was left at its end: the sentence shows both, and this is the end.
    /// </param>
    public sealed record Dating(ExtractedDate? Date, string Basis, string Aspect, bool Stated, ExtractedDate? SpanEnd = null);

    /// <param name="dates">Every date of the article, in order (<see cref="DateRecognizer.Find"/>).</param>
    public static Dating For(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, TextSpan person, TextSpan title,
        string qualifier, AnchorDate? anchor)
    {
        var chainStart = Math.Min(person.Start, title.Start);
        var chainEnd = Math.Max(person.End, title.End);
        var (aspect, cued) = AspectOf(text, dates, sentence, person, chainStart, chainEnd, title, qualifier);
        // '- 5/2009 - 10/2012: Phó Chủ tịch UBND tỉnh; Ủy viên dự khuyết Trung ương Đảng khóa XI (7/2011)': an entry of a
        // career line closed by a time of its own in brackets was taken up then, not when the line's span opens.
        if (aspect != Ended && qualifier.Length == 0 && EntryOwnTime(text, title, anchor) is { } entryTime && IsCareerLine(text, sentence))
            return new Dating(entryTime, "sentence", Started, true);
        // 'Trước tháng 6-2016, ông X là …; từ tháng 6-2016 đến 6-2018: Phó Tư lệnh …; từ tháng 10-2020: Tư lệnh …':
        // a career told clause by clause in one sentence; each clause's own date dates its posts.
        sentence = CareerClause(text, dates, sentence, title);
        // 'từng đảm nhiệm các chức vụ: A; B; C (từ 01/4/2021)': a time written in a later entry of a list is that entry's
        // own; a post left that an earlier entry names is not dated by it.
        if (qualifier == "former")
            sentence = BeforeLaterEntries(text, sentence, title);
        if (HeldAtTheTimeTold(text, dates, sentence, title, chainEnd, qualifier, anchor) is { } atTheTime)
            return atTheTime;
        var careerLine = CareerLine().Match(text, sentence.Start, sentence.Length);
        if (careerLine.Success)
        {
            // The line opens with the month the post was taken up: '5/2009 - 7/2014: …'.
            var month = int.Parse(careerLine.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            var year = careerLine.Groups["y"].ValueSpan.ToString();
            if (month is >= 1 and <= 12)
                return new Dating(new ExtractedDate($"{year}-{month:D2}", "month"), "sentence", Started, true, CareerLineEnd(careerLine, anchor));
        }

        // 'giữ chức Bộ trưởng Tài chính (tháng 5/2013-tháng 4/2021), Tổng Kiểm toán Nhà nước (2011-2013)': a closed
        // span in brackets right after a post says when it was taken up and when it was left.
        if (qualifier is "" or "former" && BracketedSpan().Match(text, title.End) is { Success: true } span
            && SpanDate(span, "1") is { } spanStart && SpanDate(span, "2") is { } spanEnd
            && IsPast(spanEnd.Year, spanEnd.Month, anchor) && string.CompareOrdinal(spanStart.Date.Iso, spanEnd.Date.Iso) < 0)
            return new Dating(spanStart.Date, "sentence", Started, true, spanEnd.Date);
        if (BeforeTakingUp(text, dates, sentence, person, title, aspect, qualifier, anchor) is { } aroundTheMove)
            return aroundTheMove;
        if (BracketedSince(text, dates, title, aspect, qualifier, anchor) is { } since)
            return since;
        // 'Sau 4 năm, ông trở thành …': a move told at a counted time is the post taken up then, as with a written time.
        if (aspect is Held or Started && qualifier.Length == 0 && CountedFromTheSentenceBefore(text, dates, sentence, anchor) is { } counted)
        {
            var taken = aspect == Started || TakingUpInCareer().IsMatch(text.AsSpan(sentence.Start, Math.Max(0, title.Start - sentence.Start)));
            return new Dating(counted, "sentence", taken ? Started : Held, taken);
        }

        // 'Chuyến đi được tổ chức 3 ngày sau khi ông đến Kiev và gặp Tổng thống X': the holder's part is counted back from the
        // day of the visit, written in the sentence or last before it.
        if (aspect is Held or Started && qualifier.Length == 0 && CountedBackFromTheMainClause(text, dates, sentence, title, anchor) is { } countedBack)
            return new Dating(countedBack, "sentence", aspect, cued);

        var own = new List<DateMention>();
        var before = new List<DateMention>();
        foreach (var date in dates)
        {
            if (date.Start < sentence.Start || date.End > sentence.End || !Counts(text, date))
                continue;
            own.Add(date);
            if (date.End <= title.Start && !ClosesEarlierPhrase(text, date))
                before.Add(date);
        }
        // 'Tổng Bí thư X thăm công nhân tỉnh Hưng Yên, năm 2018. Ảnh: …': a photo caption ends with the day, month
        // or year the photo was taken, or is followed by 'Ảnh chụp ngày …'; the post is held as the photo shows.
        if (aspect == Held && qualifier.Length == 0 && before.Count == 0 && CaptionDate(text, dates, title) is { } shot
            && !CoarserThanAnchor(shot, aspect, anchor) && ContextDates.Resolve(shot, anchor) is { } shotDate && !AfterPublication(shotDate, anchor))
            return new Dating(shotDate, "sentence", aspect, cued);
        // 'Từ tháng 3/2010 tới tháng 8/2013, bà giữ chức …': a span before the title dates it by its start.
        var chosen = before.Count >= 2 && EndsASpan(text, before[^1]) ? before[^2]
            : before.LastOrDefault() ?? FirstFrom(own, title.End);
        // '… từ năm 2019, người phát ngôn X cho biết trong cuộc họp báo ngày 2/8': the day the holder spoke on is the day
        // the post is seen, whatever time the sentence wrote before the name (that one dates what was said).
        if (aspect == Held && qualifier.Length == 0 && (chosen is null || chosen.End <= title.Start)
            && FirstFrom(own, chainEnd) is { } spokenOn && SpokenOn(text, spokenOn, title))
            chosen = spokenOn;
        // 'Ông là Ủy viên Trung ương Đảng, giữ chức Bộ trưởng từ 8.2018': a date after another post taken up
        // in the sentence dates that post.
        // Not a day the holder is said to have spoken on: 'Bộ trưởng X cảnh báo cái giá sẽ là "…", ông nói hôm 9-10' (a 'là'
        // in what was said takes up no post).
        if (chosen is not null && chosen.Start >= title.End
            && AnotherPostTakenBetween().IsMatch(text.AsSpan(title.End, chosen.Start - title.End))
            && !SpokenOn(text, chosen, title))
            chosen = null;
        // 'đã làm việc với Chủ tịch tỉnh A ngày 3/6 và Bí thư tỉnh B vào ngày 5/6': meetings of several days listed one
        // after another; each holder takes the day written right after them, not the day of the item before.
        if (aspect == Held && chosen is not null && chosen.End <= title.Start && NextInList().IsMatch(text.AsSpan(chosen.End, title.Start - chosen.End))
            && FirstFrom(own, chainEnd) is { Granularity: DateGranularity.Day } dayAfter
            && DayRightAfter().IsMatch(text.AsSpan(chainEnd, dayAfter.Start - chainEnd)))
            chosen = dayAfter;
        // 'giữ chức … từ tháng 4/2021': a post held since a date was taken up on it.
        if (aspect == Held && chosen is { EndDay: null } && qualifier is "" or "acting" && OpensOrFollows(text, sentence, chosen, title)
            && !NamesTheHolder(text, title, person, chosen) && Since().IsMatch(text.AsSpan(Math.Max(sentence.Start, chosen.Start - 12), chosen.Start - Math.Max(sentence.Start, chosen.Start - 12)))
            && !TakesEffectFrom().IsMatch(text.AsSpan(Math.Max(sentence.Start, chosen.Start - 30), chosen.Start - Math.Max(sentence.Start, chosen.Start - 30))))
        {
            (aspect, cued) = (Started, true);
        }
        // 'Tháng 8/2010, ông giữ chức …', 'Đến tháng 10/2015, ông trở lại nắm giữ chức …': in a
        // career told year by year, a past month or year opening the sentence dates the taking up.
        if (aspect == Held && qualifier.Length == 0 && chosen is { EndDay: null } && chosen.End <= title.Start && chosen.Year < anchor?.Year
            && OpeningWords().IsMatch(text.AsSpan(sentence.Start, chosen.Start - sentence.Start))
            && TakingUpInCareer().IsMatch(text.AsSpan(chosen.End, title.Start - chosen.End)))
        {
            (aspect, cued) = (Started, true);
        }
        // 'Trước tháng 6-2016, ông X là Chỉ huy trưởng …': held until that month, and left then.
        if (aspect == Held && qualifier.Length == 0 && chosen is { EndDay: null, Year: { } untilYear } && chosen.End <= title.Start
            && IsPast(untilYear, chosen.Month, anchor) && Until().IsMatch(text.AsSpan(sentence.Start, chosen.Start - sentence.Start)))
        {
            (aspect, cued) = (Ended, true);
        }
        // A month or year after a post merely held belongs to another clause ('…, người mới giữ
        // chức từ tháng 5/2024 …' speaks of a start, not of this sighting); a whole day may date it.
        // 'là Bộ trưởng Quốc phòng vào năm 2007', 'vào năm 2002 dưới thời Thủ tướng X': a year joined to the
        // post with no clause between says when it was held.
        if (aspect == Held && qualifier.Length == 0 && FirstFrom(own, title.End) is { } next && AttachedToTitle(text, next, title, chainEnd))
            chosen = next;
        var attached = chosen is not null && aspect == Held && qualifier.Length == 0 && AttachedToTitle(text, chosen, title, chainEnd);
        if (attached && TurnedInto().IsMatch(text.AsSpan(sentence.Start, title.Start - sentence.Start)))
            (aspect, cued) = (Started, true);
        if (aspect == Held && !attached && chosen is { Granularity: not DateGranularity.Day } && chosen.Start >= title.End)
            chosen = null;
        // 'Ông X, Chủ tịch UBND thị xã, cho hay … vụ sạt lở hôm 8-9': a day in what the holder reports dates the
        // thing reported, not the post, which is held when it is said.
        // 'X cho biết sáng 22/4', 'thông tin tại họp báo sáng 19.5': a time right after the verb is when it was said.
        if (aspect == Held && chosen is not null && chosen.Start >= chainEnd
            && ReportingVerb().Match(text, chainEnd, chosen.Start - chainEnd) is { Success: true } said
            && !SpeakingTime().IsMatch(text.AsSpan(said.Index + said.Length, chosen.Start - said.Index - said.Length)))
            chosen = null;
        // 'Chủ tịch Quốc hội X thông báo sẽ triệu tập phiên họp vào sáng 16/8' written on 15/8: a day still to come after
        // the holder dates what is announced, not the post, which is held when it is announced; nor a former post
        // ('cựu Thủ tướng X sẽ tiếp quản từ ngày 1/1'), which was left before.
        if ((aspect == Held || (qualifier is "former" or "late" && !cued)) && chosen is not null && chosen.Start >= chainEnd && ToCome().IsMatch(text.AsSpan(chainEnd, chosen.Start - chainEnd))
            && ContextDates.Resolve(chosen, anchor) is { } announced && AfterPublication(announced, anchor))
            chosen = null;
        if (chosen is not null && ContextDates.Resolve(chosen, anchor) is { } sentenceDate && !CoarserThanAnchor(chosen, aspect, anchor)
            && !FormerInTheArticlesYear(chosen, aspect, cued, anchor)
            && (attached || SpeaksOfTheSighting(text, chosen, aspect, anchor, sentence)))
            return new Dating(sentenceDate, "sentence", aspect, cued, aspect == Started ? SpanEndAfter(text, own, chosen, anchor) : null);

        // 'Tại Quyết định số 35/QĐ-TTg ngày 6-1-2025, Thủ tướng quyết định bổ nhiệm ông X, Tư lệnh …, giữ
        // chức …': an appointment or a release is made on the day of its decision, not on the day it is reported.
        // The one who hands the decision over ('Phó Trưởng Ban X trao Quyết định số … ngày …') is named before it.
        // 'Bà Y được bổ nhiệm làm … theo Quyết định số 77/QĐ-TTg ngày 3/2/2019': a post taken up by a
        // decision cited after it, in the same clause, was taken up on that decision's day too.
        if (chosen is null && DecisionDay(text, dates, sentence) is { } decided
            && (decided.End <= title.Start || (aspect == Started && cued && NoClauseBreak(text, title.End, decided.Start)))
            && ContextDates.Resolve(decided, anchor) is { } decisionDate && !AfterTheAnchor(decisionDate, anchor))
            return new Dating(decisionDate, "sentence", aspect, cued);

        // 'Thủ tướng X vừa ký Quyết định số 12/QĐ-TTg ngày 4/3/2024 …': the signer held the post
        // on the day the act is dated.
        if (chosen is null && aspect == Held && qualifier.Length == 0 && SignedDay(text, dates, sentence, chainEnd) is { } signed
            && ContextDates.Resolve(signed, anchor) is { } signedDate && !AfterTheAnchor(signedDate, anchor))
            return new Dating(signedDate, "sentence", aspect, false);

        // 'Ông X, trong thời gian giữ cương vị Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, đã vi phạm …': posts of a
        // period the sentence looks back on, left by the day of the article.
        if (aspect == Held && qualifier.Length == 0 && InPastPeriod(text, sentence, title))
            aspect = Ended;
        if (aspect == Held && qualifier.Length == 0 && PastTermEnd(text, sentence, title, anchor) is { } termEnd)
            return new Dating(new ExtractedDate(termEnd.ToString(System.Globalization.CultureInfo.InvariantCulture), "year"), "sentence", Ended, false);

        // 'Trước đó, Bộ Chính trị đã điều động ông X … giữ chức …' with no day of its own: taken up on
        // some earlier day; the article's day shows the post held.
        if (aspect == Started && Earlier().IsMatch(text.AsSpan(sentence.Start, title.Start - sentence.Start)))
            aspect = Held;
        // 'Hiện nay, Bộ Công an có 6 thứ trưởng gồm …', 'ông X hiện là Giám đốc …': the post is held as
        // the article is written, whatever day the report or its paragraph tells of.
        if (aspect == Held && qualifier.Length == 0 && anchor?.PublishedOn is { } published && published.Length == 10
            && (Currently().IsMatch(text.AsSpan(sentence.Start, title.Start - sentence.Start)) || CurrentlyNamed(text, title, person)))
            return new Dating(new ExtractedDate(published, "day"), "publication", aspect, false);
        // 'Tháng 8/2019, ông được bổ nhiệm làm Thứ trưởng. Khi đó, Bộ trưởng là ông X.': a sentence that opens by
        // pointing back to the time or the meeting of the one before ('Khi đó', 'Lúc ấy', 'Tại cuộc gặp') is of its
        // date, whatever its year and across a paragraph break.
        if (aspect is Held or Started && qualifier is "" or "acting" && ThenDate(text, dates, sentence, anchor) is { } then)
            return new Dating(then, "sentence", aspect, false);
        var paragraphStart = ParagraphStart(text, sentence.Start);
        // 'Ngày 27/8, Ban Bí thư ký quyết định … ¶ Theo đó, ông X thôi giữ chức …': a paragraph that opens by
        // spelling out what the one before reported goes on with its day.
        if (paragraphStart == sentence.Start && Accordingly().IsMatch(text.AsSpan(sentence.Start, sentence.Length)) && paragraphStart > 0)
            paragraphStart = ParagraphStart(text, text.AsSpan(0, paragraphStart).TrimEnd().Length);
        var earlier = LastDayOfTheParagraphBefore(text, dates, paragraphStart, sentence, anchor);
        // 'Trong hai ngày 21-22/5, Quốc hội sẽ …' written on 20/5: a day still to come dates the plan, not the next sentence.
        if (earlier is not null && InTheSentenceRightBefore(text, earlier, sentence)
            && ContextDates.Resolve(earlier, anchor) is { } paragraphDate && !AfterTheAnchor(paragraphDate, anchor))
            return new Dating(paragraphDate, "paragraph", aspect, false);
        // 'Năm 2019, ông X về làm Giám đốc Sở … Người ký quyết định là Chủ tịch UBND tỉnh Y.': a past time at the head of
        // the paragraph governs the sentences that follow it there and write no time of their own.
        if (aspect == Held && qualifier.Length == 0 && ParagraphHead(text, dates, paragraphStart, sentence) is { } head
            && !CoarserThanAnchor(head, aspect, anchor) && ContextDates.Resolve(head, anchor) is { } headDate
            && IsPast(head.Year ?? anchor?.Year ?? 0, head.Month, anchor) && !AfterTheAnchor(headDate, anchor))
            return new Dating(headDate, "paragraph", aspect, false);
        var publication = NotOfTheReportedDay(text, dates, sentence, anchor);
        // 'Chiều 3/5, Sở … tổ chức lễ trao học bổng … ¶ Phát biểu tại buổi lễ, ông X, Giám đốc Sở …': where the report's day would
        // give way to the publication's, a holder placed at an occasion told earlier with its day was there on that day.
        // 'Điện Kremlin hôm 30/8 cho biết … ¶ Người phát ngôn của tòa án X cũng đưa tuyên bố cùng ngày': where the report's day
        // would give way to the publication's, the same day is the last one the article wrote, perhaps paragraphs before.
        if (aspect is Held or Started && qualifier is "" or "acting" && (publication is not null || AnchorBasis(anchor) == "publication")
            && SameDayAsTold(text, dates, sentence, title, anchor) is { } sameDay)
            return new Dating(sameDay, "paragraph", aspect, false);
        if (aspect == Held && qualifier.Length == 0 && (publication is not null || AnchorBasis(anchor) == "publication")
            && OccasionDay(text, dates, sentence, anchor) is { } occasion)
            return new Dating(occasion, "paragraph", aspect, false);
        if (publication is not null)
            return new Dating(publication, "publication", aspect, false);

        return new Dating(ContextDates.Of(anchor), AnchorBasis(anchor), aspect, false);
    }

    // The two helpers below are loops rather than lambdas: a lambda in For would make it allocate its captured
    // variables at every call, and For is called for every role read.

    /// <summary>The first of <paramref name="own"/> (in text order) that starts at or after <paramref name="start"/>.</summary>
    private static DateMention? FirstFrom(List<DateMention> own, int start)
    {
        foreach (var date in own)
        {
            if (date.Start >= start)
                return date;
        }
        return null;
    }

    /// <summary>The last whole day of this year (or of no year) written in the paragraph before the sentence.</summary>
    private static DateMention? LastDayOfTheParagraphBefore(string text, IReadOnlyList<DateMention> dates, int paragraphStart, TextSpan sentence,
        AnchorDate? anchor)
    {
        for (var k = dates.Count - 1; k >= 0; k--)
        {
            var d = dates[k];
            if (d.Start >= paragraphStart && d.End <= sentence.Start && d.Granularity == DateGranularity.Day
                && Counts(text, d) && (d.Year is null || d.Year == anchor?.Year))
                return d;
        }
        return null;
    }

    /// <summary>
    /// The publication day, for a sentence that writes no time when the day the article reports on was read from
    /// the text but no paragraph of its opening leads with it ('Sáng 12/3, …'): that day then dates what is told
    /// from where it is first written, not the headline and the lines above it; and a day written in passing two
    /// or more days before publication ('số ca mắc tăng từ hôm 8/10' in a piece of 12/10) dates its own paragraph,
    /// not the rest of the article, which is told as of its publication. Null otherwise: a lead's day dates the
    /// whole report.
    /// </summary>
    private static ExtractedDate? NotOfTheReportedDay(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, AnchorDate? anchor)
    {
        if (anchor is not { FromText: true, Granularity: DateGranularity.Day, PublishedOn: { Length: 10 } published }
            || anchor.ToIso() is not { } reported || reported == published)
            return null;
        var writings = dates.Where(d => d.Granularity == DateGranularity.Day && d.EndDay is null && d.Month == anchor.Month
            && d.Day == anchor.Day && (d.Year is null || d.Year == anchor.Year)).ToList();
        if (writings.Count == 0 || writings.Any(w => AnchorDateResolver.OpensTheReport(text, w)))
            return null;
        var daysBefore = ContextDates.DayOf(published).DayNumber - ContextDates.DayOf(reported).DayNumber;
        return sentence.Start < writings[0].Start || daysBefore >= InPassingDays ? new ExtractedDate(published, "day") : null;
    }

    /// <summary>
    /// Whether an earlier day of the paragraph is in the sentence right before this one. A report moves on from its scene
    /// within a paragraph, and an article whose paragraph breaks were lost (the older news of a crawl: one paragraph for the
    /// whole piece) would otherwise give the day of its second sentence to its last.
    /// </summary>
    private static bool InTheSentenceRightBefore(string text, DateMention day, TextSpan sentence) =>
        SentenceBreak().Count(text.AsSpan(day.End, Math.Min(text.Length, sentence.Start + 1) - day.End)) <= 1;

    /// <summary>Days before publication from which a day written in passing stops dating the sentences after its paragraph.</summary>
    private const int InPassingDays = 2;

    /// <summary>
    /// The date of the sentence before, when this one opens by pointing back to its time or its meeting and
    /// tells of no time to come; the first date that sentence writes (its own time, as it opens), not a cited
    /// act's or a birth's. Null otherwise.
    /// </summary>
    private static ExtractedDate? ThenDate(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, AnchorDate? anchor)
    {
        if (!PointsBack().IsMatch(text.AsSpan(sentence.Start, sentence.Length)) || ToCome().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            return null;
        if (SentenceBefore(text, sentence) is not { } previous)
            return null;
        var then = dates.FirstOrDefault(d => d.Start >= previous.Start && d.End <= previous.End && Counts(text, d) && d.EndDay is null);
        return then is not null && ContextDates.Resolve(then, anchor) is { } date && !AfterTheAnchor(date, anchor) && !AfterPublication(date, anchor)
            ? date : null;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    /// <summary>The sentence right before this one, or null at the start of the text.</summary>
    private static TextSpan? SentenceBefore(string text, TextSpan sentence)
    {
        var end = text.AsSpan(0, sentence.Start).TrimEnd().Length;
        if (end == 0)
            return null;
        var start = text.AsSpan(0, end - 1).LastIndexOfAny(SentenceEnds) + 1;
        return new TextSpan(start, end);
    }

    /// <summary>
    /// The date that opens the paragraph ('Năm 2019, …', 'Tháng 8/2010, …', 'Hồi đầu năm 2021, …') when the sentence is a
    /// later one of it that tells of no time to come; null otherwise, or when it opens a span ('Từ năm 2015 đến 2020').
    /// </summary>
    private static DateMention? ParagraphHead(string text, IReadOnlyList<DateMention> dates, int paragraphStart, TextSpan sentence)
    {
        if (paragraphStart >= sentence.Start || ToCome().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            return null;
        var head = dates.FirstOrDefault(d => d.Start >= paragraphStart);
        if (head is null || head.End > sentence.Start || head.EndDay is not null || head.Year is null || !Counts(text, head)
            || !OpeningWords().IsMatch(text.AsSpan(paragraphStart, head.Start - paragraphStart))
            || SinceWord().IsMatch(text.AsSpan(paragraphStart, head.Start - paragraphStart)))
            return null;
        var after = text.AsSpan(head.End, Math.Min(text.Length, head.End + 12) - head.End);
        return SpanOpens().IsMatch(after) ? null : head;
    }

    [GeneratedRegex(@"^\s*(?:[-–]|đến|tới)", Options)]
    private static partial Regex SpanOpens();

    /// <summary>Whether the day right after a verb of saying is when it was said ('…, ông nói hôm 9-10', 'phát biểu với báo chí ngày 25/7').</summary>
    private static bool SpokenOn(string text, DateMention day, TextSpan title) =>
        day.Granularity == DateGranularity.Day && SaidRightBefore().IsMatch(text.AsSpan(title.End, day.Start - title.End));

    [GeneratedRegex(@"(?<![\p{L}])(?:nói|phát\s+biểu|cho\s+biết|tuyên\s+bố|khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ)(?:\s+với\s+[^,.;:""“”]{1,30}?)?\s+(?:" + SayingOccasion + @")?(?:(?:vào|hôm|ngày|sáng|chiều|tối|trưa|đêm)\s+)*$", Options)]
    private static partial Regex SaidRightBefore();

    /// <summary>' và ', ', ' between a day and the next title: the title opens the next item of a list.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:và\s+)?|và\s+)$", Options)]
    private static partial Regex NextInList();

    /// <summary>' vào ngày ', ' ngày ', ' hôm ', ' sáng ': a day joined to the holder just named.</summary>
    [GeneratedRegex(@"^\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|hôm)\s+)?(?:ngày\s+)?$", Options)]
    private static partial Regex DayRightAfter();

    /// <summary>'Từ năm 2015, …': the time a state began, not one time the paragraph tells of.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:kể\s+)?từ(?![\p{L}])", Options)]
    private static partial Regex SinceWord();

    /// <summary>'Khi đó,', 'Lúc ấy,', 'Hồi đó,', 'Thời điểm đó,', 'Tại đây,', 'Tại cuộc gặp,', 'Trong buổi làm việc này,'.</summary>
    [GeneratedRegex(@"^[\s\-–•""“]*(?:(?:khi|lúc|hồi|thời\s+điểm)\s+(?:đó|ấy)|tại\s+đây|(?:tại|trong)\s+(?:cuộc|buổi)\s+(?:gặp(?:\s+mặt|\s+gỡ)?|tiếp(?:\s+kiến)?|hội\s+đàm|hội\s+kiến|làm\s+việc|điện\s+đàm)(?:\s+(?:này|đó|ấy))?)\s*,", Options)]
    private static partial Regex PointsBack();

    /// <summary>A time still to come: 'Khi đó, ông X sẽ …' is a condition, not a time gone by.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:sẽ|dự\s+kiến|nếu)(?![\p{L}])", Options)]
    private static partial Regex ToCome();

    /// <summary>
    /// The clause of the sentence, between semicolons, that holds the title, when it has a date of its own:
    /// in a career written as one sentence ('…; từ tháng 6-2018 đến 11-2018: Tham mưu trưởng …; …') that date,
    /// not another clause's, says when. Otherwise the whole sentence.
    /// </summary>
    private static TextSpan CareerClause(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, TextSpan title)
    {
        var before = text.AsSpan(sentence.Start, title.Start - sentence.Start).LastIndexOf(';');
        var after = text.AsSpan(title.End, sentence.End - title.End).IndexOf(';');
        if (before < 0 && after < 0)
            return sentence;
        var start = before < 0 ? sentence.Start : sentence.Start + before + 1;
        var end = after < 0 ? sentence.End : title.End + after;
        // The dates are in text order: stop at the first past the clause.
        foreach (var date in dates)
        {
            if (date.Start >= end)
                break;
            if (date.Start >= start && date.End <= end && Counts(text, date))
                return new TextSpan(start, end);
        }
        return sentence;
    }

    /// <summary>The part of the sentence up to the semicolon after the title, where the sentence goes on past one.</summary>
    private static TextSpan BeforeLaterEntries(string text, TextSpan sentence, TextSpan title)
    {
        var after = text.AsSpan(title.End, sentence.End - title.End).IndexOf(';');
        return after < 0 ? sentence : new TextSpan(sentence.Start, title.End + after);
    }

    /// <summary>
    /// 'Tổng Bí thư Nguyễn Phú Trọng có … nhiệm kỳ làm Chủ tịch Quốc hội (từ tháng 6/2006 …)': a title
    /// before the name says who the person is; a date past the name speaks of the posts after it.
    /// </summary>
    private static bool NamesTheHolder(string text, TextSpan title, TextSpan person, DateMention date)
    {
        if (title.End > person.Start || date.Start < person.End)
            return false;
        var between = text.AsSpan(person.End, date.Start - person.End);
        // '… là người đã giữ chức tổng bí thư từ năm 2011': the same post, taken up then.
        return OtherPostTaken().IsMatch(between) && !between.Contains(text.AsSpan(title.Start, title.Length), StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:làm|là|giữ\s+chức(?:\s+vụ)?|đảm\s+nhiệm)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex OtherPostTaken();

    /// <summary>
    /// The day of a decision the sentence cites ('Quyết định số 1517-QĐ/TW ngày 27/8/2024', 'Nghị quyết
    /// … ngày …') when the sentence makes a change of posts by it (appoints, elects, moves, releases).
    /// </summary>
    private static DateMention? DecisionDay(string text, IReadOnlyList<DateMention> dates, TextSpan sentence)
    {
        // Most sentences write no whole day: they are passed over before their words are searched for a verb.
        if (!HasWholeDayIn(dates, sentence))
            return null;
        var sentenceText = text.AsSpan(sentence.Start, sentence.Length);
        if (!TakingVerb().IsMatch(sentenceText) && !ReleaseVerb().IsMatch(sentenceText))
            return null;
        foreach (var date in dates)
        {
            if (!IsWholeDayIn(date, sentence))
                continue;
            var from = Math.Max(sentence.Start, date.Start - DecisionReach);
            if (DecisionRightBefore().IsMatch(text.AsSpan(from, date.Start - from)))
                return date;
        }
        return null;
    }

    private const int DecisionReach = 60;

    private static bool HasWholeDayIn(IReadOnlyList<DateMention> dates, TextSpan sentence)
    {
        foreach (var date in dates)
        {
            if (IsWholeDayIn(date, sentence))
                return true;
        }
        return false;
    }

    private static bool IsWholeDayIn(DateMention date, TextSpan sentence) =>
        date.Start >= sentence.Start && date.End <= sentence.End && date.Granularity == DateGranularity.Day && date.Year is not null;

    private static bool NoClauseBreak(string text, int from, int to) =>
        to > from && text.AsSpan(from, to - from).IndexOfAny(';', '.') < 0;

    /// <summary>
    /// The day of the act the person signs right after being named ('… Bộ trưởng X đã ký Quyết định số 12/QĐ-BTC
    /// ngày 4/3/2024'), or null.
    /// </summary>
    private static DateMention? SignedDay(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, int chainEnd)
    {
        if (chainEnd >= sentence.End)
            return null;
        var signs = SignsRightAfter().Match(text, chainEnd, sentence.End - chainEnd);
        if (!signs.Success)
            return null;
        var actEnd = signs.Index + signs.Length;
        foreach (var date in dates)
        {
            if (date.Start >= sentence.End)
                break;
            if (date.Start >= actEnd && date.End <= sentence.End && date.Granularity == DateGranularity.Day && date.Year is not null)
                return date.Start - actEnd <= 12 && DecisionDateJoint().IsMatch(text.AsSpan(actEnd, date.Start - actEnd)) ? date : null;
        }
        return null;
    }

    [GeneratedRegex(@"\G\s*(?:(?:đã|vừa)\s+)?ký(?:\s+ban\s+hành)?\s+(?:quyết\s+định|nghị\s+quyết|nghị\s+định|chỉ\s+thị|công\s+điện|thông\s+tư|kết\s+luận|quy\s+định)\s+(?:số\s+)?[0-9]{1,5}[^\s,;]*", Options)]
    private static partial Regex SignsRightAfter();

    [GeneratedRegex(@"^\s*,?\s*(?:ngày|,)?\s*$", Options)]
    private static partial Regex DecisionDateJoint();

    /// <summary>
    /// Whether a month or year follows the title with only 'vào' or 'hồi' ('vào đầu năm'), or precedes it with only 'dưới
    /// thời'; or closes the holder's own deed, in one clause with no other post or time word between ('được Chủ tịch nước X
    /// trao quân hàm vào tháng 12/2023', 'đón Tổng thống Y tới thăm vào tháng 6/2024').
    /// </summary>
    private static bool AttachedToTitle(string text, DateMention date, TextSpan title, int chainEnd)
    {
        if (date.Granularity == DateGranularity.Day)
            return false;
        // 'Bộ trưởng X hồi tháng 4 cũng đã triệu tập …': a month without its year right after the holder, told as gone
        // by ('hồi'), is of the article's year.
        if (date.Year is null)
            return date.Granularity == DateGranularity.Month && date.Start >= chainEnd
                && PastTimeRightAfter().IsMatch(text.AsSpan(chainEnd, date.Start - chainEnd));
        if (date.Start >= title.End)
            return JoinedAfter().IsMatch(text.AsSpan(title.End, date.Start - title.End))
                || (date.Start >= chainEnd && date.Start - chainEnd <= DeedReach && DeedThenTime().IsMatch(text.AsSpan(chainEnd, date.Start - chainEnd))
                    && !AnotherPostTakenBetween().IsMatch(text.AsSpan(chainEnd, date.Start - chainEnd)));
        return date.End <= title.Start && UnderTheRuleOf().IsMatch(text.AsSpan(date.End, title.Start - date.End));
    }

    private const int DeedReach = 80;

    /// <summary>The holder's deed up to 'vào' or 'hồi' and the time: no clause break, no word of another time or of what is to come.</summary>
    [GeneratedRegex(@"^(?:(?![,;:()""“”]|(?<![\p{L}])(?:người|khi|sau|trước|từ|kể|đến|tới|sẽ|dự\s+kiến|cho\s+tới|nguyên|cựu)(?![\p{L}])).)+(?<![\p{L}])(?:vào|hồi)\s+(?:(?:đầu|cuối|giữa)\s+)?$", Options)]
    private static partial Regex DeedThenTime();

    [GeneratedRegex(@"^\s*(?:(?:vào|hồi)\s+)?(?:(?:đầu|cuối|giữa)\s+)?$", Options)]
    private static partial Regex JoinedAfter();

    [GeneratedRegex(@"^\s*hồi\s+(?:(?:đầu|cuối|giữa)\s+)?$", Options)]
    private static partial Regex PastTimeRightAfter();

    [GeneratedRegex(@"^\s*,?\s*dưới\s+thời\s*$", Options)]
    private static partial Regex UnderTheRuleOf();

    [GeneratedRegex(@"(?<![\p{L}])trở\s+thành\s*$", Options)]
    private static partial Regex TurnedInto();

    [GeneratedRegex(@"(?<![\p{L}])(?:làm(?!\s+việc)|là|giữ\s+chức|đảm\s+nhiệm|đảm\s+nhận|bổ\s+nhiệm|bầu)(?![\p{L}])", Options)]
    private static partial Regex AnotherPostTakenBetween();

    /// <summary>Whether the title is one of the posts listed after 'trong thời gian giữ cương vị' in its sentence.</summary>
    private static bool InPastPeriod(string text, TextSpan sentence, TextSpan title)
    {
        var cue = PastPeriod().Match(text, sentence.Start, title.Start - sentence.Start);
        return cue.Success && !ClauseBreak().IsMatch(text.AsSpan(cue.Index + cue.Length, title.Start - cue.Index - cue.Length));
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:thời\s+gian|quá\s+trình)\s+(?:còn\s+)?(?:giữ|đảm\s+nhiệm|đảm\s+nhận)\s+(?:các\s+)?(?:cương\s+vị|chức\s+vụ|chức\s+danh|chức)(?![\p{L}])", Options)]
    private static partial Regex PastPeriod();

    /// <summary>Between the cue and a post: a verb or a bracket that closes the list of posts.</summary>
    [GeneratedRegex(@"[;:()]|(?<![\p{L}])(?:đã|đang|vi\s+phạm|chịu|được|nay|hiện)(?![\p{L}])", Options)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s*(?:theo\s+đó|cụ\s+thể)\s*,", Options)]
    private static partial Regex Accordingly();

    [GeneratedRegex(@"(?<![\p{L}])(?:quyết\s+định|nghị\s+quyết)(?:\s+số)?\s*[0-9]{1,5}[^\s,;]*\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)(?:\s+vào)?\s*)?(?:ngày\s*)?$", Options)]
    private static partial Regex DecisionRightBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:thôi\s+giữ|cho\s+thôi|thôi\s+tham\s+gia|miễn\s+nhiệm|bãi\s+nhiệm|nghỉ\s+hưu)(?![\p{L}])", Options)]
    private static partial Regex ReleaseVerb();

    /// <summary>
    /// The date a photo caption ends with, right before its credit ('…, tháng 4.2022. Ảnh: …', '(ảnh chụp ngày
    /// 19-10-2015). Ảnh: …', '… ngày 3/4/2024. (Ảnh: …)'), or the date of a short 'Ảnh chụp ngày …' sentence that
    /// follows the caption; null when the title's paragraph is no such caption or another sentence comes between.
    /// </summary>
    private static DateMention? CaptionDate(string text, IReadOnlyList<DateMention> dates, TextSpan title)
    {
        var paragraphEnd = text.IndexOf('\n', title.End);
        if (paragraphEnd < 0)
            paragraphEnd = text.Length;
        // Most paragraphs carry no photo credit: look no further.
        var rest = text.AsSpan(title.End, paragraphEnd - title.End);
        if (!rest.Contains("Ảnh", StringComparison.Ordinal) && !rest.Contains("Nguồn", StringComparison.Ordinal))
            return null;
        // 'X thăm …, năm 2012. (Ảnh: …)Y tiếp …, tháng 3/2014. (Nguồn: …)': captions whose line breaks were lost run
        // on in one paragraph; each ends at the first time followed by its credit, not at the paragraph's last.
        var shot = dates.FirstOrDefault(d => d.Start >= title.End && d.End <= paragraphEnd
            && DirectCredit().IsMatch(text.AsSpan(d.End, paragraphEnd - d.End)));
        if (shot is null)
        {
            shot = dates.LastOrDefault(d => d.Start >= title.End && d.End <= paragraphEnd);
            if (shot is null || paragraphEnd - shot.End > MaxCreditChars
                || (shot.Granularity == DateGranularity.Year || !PhotoCredit().IsMatch(text.AsSpan(shot.End, paragraphEnd - shot.End))))
                return null;
        }
        if (!Counts(text, shot) || EndsASpan(text, shot))
            return null;
        var between = text.AsSpan(title.End, shot.Start - title.End);
        var shotTaken = ShotTakenSentence().Match(text, title.End, shot.Start - title.End);
        var captionEnd = shotTaken.Success ? shotTaken.Index - title.End : between.Length;
        return SentenceBreak().IsMatch(between[..captionEnd]) ? null : shot;
    }

    private const int MaxCreditChars = 140;

    private static (ExtractedDate Date, int Year, int? Month)? SpanDate(Match span, string end)
    {
        var year = int.Parse(span.Groups["y" + end].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (!span.Groups["m" + end].Success)
            return (new ExtractedDate($"{year:D4}", "year"), year, null);
        var month = int.Parse(span.Groups["m" + end].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? (new ExtractedDate($"{year:D4}-{month:D2}", "month"), year, month) : null;
    }

    /// <summary>
    /// Right after a post, possibly past its terms ('hai khóa 11 và 12'): '(2011-2013)', '(tháng 5/2013-tháng 4/2021)',
    /// '(từ năm 2011-năm 2021)', '(5.2013 - 4.2021)'.
    /// </summary>
    [GeneratedRegex(@"\G(?:\s+(?:(?:hai|ba|bốn|các)\s+)?(?:khóa|khoá|nhiệm\s+kỳ)\s+[^()\n.;]{0,24}?)?\s*\(\s*(?:từ\s+)?(?:(?:tháng\s+)?(?<m1>[0-9]{1,2})\s*[/.\-]\s*)?(?:năm\s+)?(?<y1>(?:19|20)[0-9]{2})\s*(?:[-–]|đến|tới)\s*(?:(?:đến|tới)\s+)?(?:(?:tháng\s+)?(?<m2>[0-9]{1,2})\s*[/.\-]\s*)?(?:năm\s+)?(?<y2>(?:19|20)[0-9]{2})\s*\)", Options)]
    private static partial Regex BracketedSpan();

    private static bool AfterPublication(ExtractedDate date, AnchorDate? anchor) =>
        anchor?.PublishedOn is { } published && date.Iso is { } iso && string.CompareOrdinal(iso, published) > 0;

    /// <summary>
    /// What follows the date to the end of the caption: its credit ('. Ảnh: Hải Nguyễn', '. (Ảnh: TTXVN)', '). Ảnh TUẤN HUY'),
    /// maybe after a short phrase of the same sentence ('tháng 7.2019 nhân dịp kỷ niệm …. Ảnh: …').
    /// </summary>
    [GeneratedRegex(@"^[^.!?:()\n]{0,60}?[\s)]*[.:]?\s*\(?\s*Ảnh(?:\s*:|\s+\p{Lu})")]
    private static partial Regex PhotoCredit();

    /// <summary>
    /// The credit right after the date: a year alone dates the caption only there ('… năm 2020. Ảnh: …'). A source in
    /// brackets ('… năm 1973. (Nguồn: TTXVN)') credits the photo too.
    /// </summary>
    [GeneratedRegex(@"^[\s)]*[.:]?\s*(?:\(?\s*Ảnh(?:\s*:|\s+\p{Lu})|\(\s*Nguồn\s*:)")]
    private static partial Regex DirectCredit();

    /// <summary>'…. Ảnh chụp ngày ' right before the date: the short sentence after a caption that tells when it was taken.</summary>
    [GeneratedRegex(@"[.!?]\s*Ảnh\s+chụp\s*(?:vào\s+)?(?:(?:ngày|tháng|năm)\s*)?$")]
    private static partial Regex ShotTakenSentence();

    /// <summary>A full stop followed by a capital: another sentence begins.</summary>
    [GeneratedRegex(@"[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceBreak();

    private static bool AfterTheAnchor(ExtractedDate date, AnchorDate? anchor) =>
        anchor is { Granularity: DateGranularity.Day } && anchor.ToIso() is { } day && date.Iso is { Length: 10 } iso
        && string.CompareOrdinal(iso, day) > 0;

    /// <summary>
    /// A day written earlier in the article, resolved against the article's time: the whole day, or null when it is not
    /// whole or falls after the article was published or after its anchor (a day to come is no day a holder was seen).
    /// </summary>
    private static ExtractedDate? WholeDayNoLaterThanTheArticle(DateMention day, AnchorDate? anchor) =>
        ContextDates.Resolve(day, anchor) is { Iso.Length: 10 } date && !AfterPublication(date, anchor) && !AfterTheAnchor(date, anchor)
            ? date : null;

    /// <summary>The end of a career line's span ('8/1988 - 6/1995: …'), or null when it runs to the present ('- nay').</summary>
    private static ExtractedDate? CareerLineEnd(Match careerLine, AnchorDate? anchor)
    {
        if (!careerLine.Groups["em"].Success)
            return null;
        var month = int.Parse(careerLine.Groups["em"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(careerLine.Groups["ey"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (year < 1900 || month is < 1 or > 12 || !IsPast(year, month, anchor))
            return null;
        // '6/2018 - 19/9/2019:': the day the post was left, when the line gives it.
        var day = careerLine.Groups["ed"].Success ? int.Parse(careerLine.Groups["ed"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new ExtractedDate($"{year:D4}-{month:D2}-{day:D2}", "day");
        return new ExtractedDate($"{year:D4}-{month:D2}", "month");
    }

    /// <summary>
    /// 'Từ tháng 8/2010 - 4/2016, ông làm …', '… (từ tháng 5/2010 - tháng 02/2015)': the date joined to
    /// the start by a dash or 'đến' closes the span, when it lies before the article's day.
    /// </summary>
    private static ExtractedDate? SpanEndAfter(string text, List<DateMention> own, DateMention start, AnchorDate? anchor)
    {
        var end = own.FirstOrDefault(d => d.Start >= start.End);
        if (end is null || end.Year is not { } year || !SpanJoint().IsMatch(text.AsSpan(start.End, end.Start - start.End))
            || !IsPast(year, end.Month, anchor))
            return null;
        return ContextDates.Resolve(end, anchor);
    }

    /// <summary>Whether the month (or the year, without one) has ended by the article's day; without an anchor, a year before now.</summary>
    private static bool IsPast(int year, int? month, AnchorDate? anchor)
    {
        if (anchor?.Year is not { } present)
            return year < DateTime.UtcNow.Year;
        return year < present || (year == present && month is { } m && anchor.Month is { } reported && m < reported);
    }

    [GeneratedRegex(@"^\s*(?:[-–]|đến|tới)\s*(?:tháng\s+|năm\s+)?$", Options)]
    private static partial Regex SpanJoint();

    /// <summary>
    /// The qualifier the clause before a title gives a post written without one: 'nominee' for a post
    /// only proposed ('giới thiệu … để Quốc hội xem xét bầu', 'dự kiến bổ nhiệm làm'); 'former' for a
    /// post someone rose to in a relative clause, without a day ('…, người thăng tiến lên làm Chủ tịch
    /// nước từ vị trí Bộ trưởng': never held on the article's day; 'người sẽ lên làm' is left to the
    /// other rules); else none.
    /// </summary>
    public static string QualifierFromClause(string text, TextSpan sentence, TextSpan title)
    {
        var from = Math.Max(sentence.Start, title.Start - ClauseReach);
        var clause = text.AsSpan(from, title.Start - from);
        return Nomination().IsMatch(clause) ? "nominee" : PastRise().IsMatch(clause) ? "former" : "";
    }

    private const int ClauseReach = 120;

    [GeneratedRegex(@"(?<![\p{L}])người\s+(?:đã\s+)?(?:(?!sẽ\s|có\s+thể\s)\p{L}+\s+){0,6}lên\s+(?:làm|giữ\s+chức(?:\s+vụ)?)\s*$", Options)]
    private static partial Regex PastRise();

    // Also 'được đề cử làm Chủ tịch nước', 'ứng cử viên nặng ký nhất cho ghế …', 'ứng viên … làm …': put forward, not chosen.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:giới\s+thiệu|đề\s+cử|dự\s+kiến|ứng\s+cử)(?![\p{L}])[^.;:]*(?:bầu|bổ\s+nhiệm|phê\s+chuẩn)(?:\s+(?:giữ\s+chức(?:\s+vụ)?|làm|vào\s+chức(?:\s+vụ)?|chức(?:\s+vụ)?))?|(?:giới\s+thiệu|đề\s+cử)\s+(?:làm|vào\s+(?:chức(?:\s+vụ)?|ghế|vị\s+trí))|ứng\s+(?:cử\s+)?viên(?![\p{L}])[^.;:]*\s(?:làm|(?:cho|vào)\s+(?:ghế|chức(?:\s+(?:vụ|danh))?|vị\s+trí)))\s*$", Options)]
    private static partial Regex Nomination();

    /// <summary>Whether the sentence is a line of a career record: '8/1988 - 6/1995: Cán bộ …'.</summary>
    public static bool IsCareerLine(string text, TextSpan sentence) => CareerLine().Match(text, sentence.Start, sentence.Length).Success;

    /// <summary>
    /// 'thôi giữ chức', a funeral: left; 'được bầu làm', 'tân', 'từ tháng …': taken up; 'nguyên',
    /// 'cố': left by the day of the article. Cued: the sentence itself says the post changed hands,
    /// so its date is a stated start or end.
    /// </summary>
    private static (string Aspect, bool Cued) AspectOf(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, TextSpan person, int chainStart, int chainEnd, TextSpan title, string qualifier)
    {
        var beforeChain = text.AsSpan(sentence.Start, chainStart - sentence.Start);
        var beforeTitle = text.AsSpan(sentence.Start, title.Start - sentence.Start);
        if (LeavingRightBefore().IsMatch(beforeTitle) || LeavingRightBefore().IsMatch(beforeChain) || Replaced(text, sentence, beforeChain, title)
            || LeftByTheClause(text, sentence, chainStart, title))
            return (Ended, true);
        if (RetiredFrom().IsMatch(beforeTitle))
            return (Ended, true);
        // 'Trước khi qua đời, ông X là Giám đốc …': the posts held up to a death told at the head of the sentence were left by it;
        // '(nguyên Quyền Tổng giám đốc …)': an acting post once held is left like any former one.
        if (qualifier is "former" or "late" || DeathRightBefore().IsMatch(beforeChain) || PastTermRightBefore().IsMatch(beforeTitle)
            || PastListRightBefore().IsMatch(beforeTitle) || UpToDeath().IsMatch(beforeTitle)
            || (qualifier == "acting" && FormerActingRightBefore().IsMatch(beforeTitle)))
            return (Ended, false);
        // 'đồng chí X, Tỉnh ủy viên, Giám đốc Sở Y được điều động công tác, … giữ chức …': a post named after the
        // person who is transferred is the one left; a membership ('Tỉnh ủy viên', 'Ủy viên …') goes along.
        if (title.Start > chainStart && !Membership().IsMatch(text.AsSpan(title.Start, title.Length))
            && TransferredAfterCue(text.AsSpan(title.End, Math.Min(sentence.End, title.End + TransferReach) - title.End)))
            return (Ended, true);
        if (qualifier.Length == 0 && LeftByTheTransfer(text, sentence, person, title))
            return (Ended, true);
        var afterChain = text.AsSpan(chainEnd, Math.Min(sentence.End, chainEnd + 40) - chainEnd);
        if (DeathAfter().IsMatch(afterChain))
            return (Ended, true);
        if (qualifier.Length > 0)
            return (Held, false);
        // 'Chủ tịch nước X tuyên thệ nhậm chức': the post the person is named by is taken up that day.
        if (chainEnd > title.End && InaugurationAfter().IsMatch(afterChain))
            return (Started, true);
        // 'trở thành tân chủ tịch LDP': the title read with its 'tân' is one just taken up.
        if (AnnouncesThePost(text, dates, sentence, person, title))
            return (Started, true);
        if (NewRightBefore().IsMatch(beforeTitle) || NewOpening().IsMatch(text.AsSpan(title.Start, title.Length)) || SwornInAlongside().IsMatch(beforeTitle))
            return (Started, true);
        // 'bầu thêm Bộ trưởng Tư pháp X vào Bộ Chính trị': the post before the name is the
        // one X holds; the post taken up comes after 'làm'.
        if (TakingOnAfter().IsMatch(afterChain))
            return (Held, false);
        // 'phân công Thứ trưởng X điều hành …': a person is assigned; the title before the name says who.
        if (chainEnd > title.End && AssignmentRightBefore().IsMatch(beforeTitle))
            return (Held, false);
        if (TakingRightBefore().IsMatch(beforeTitle) || (PostWordRightBefore().IsMatch(beforeTitle) && TakingVerb().IsMatch(beforeTitle)))
        {
            // 'sau khi được bầu giữ cương vị Chủ tịch', 'từ khi được bổ nhiệm …': the sentence looks back on a
            // post already taken up, and its date is a day the post is held, not the day it began.
            var from = Math.Max(0, beforeTitle.Length - LookBackChars);
            // '… sau khi Quốc hội bầu ông X giữ chức Chủ tịch nước vào sáng 22/5': the day joined to the post is still the election's.
            return SinceTakingUp().IsMatch(beforeTitle[from..]) && !DayJoinedAfter().IsMatch(text.AsSpan(title.End, sentence.End - title.End))
                ? (Held, false) : (Started, true);
        }
        // 'Nghị quyết bầu Ủy viên Ủy ban Thường vụ Quốc hội, Tổng Thư ký Quốc hội đối với ông X', '…, người vừa được bầu
        // giữ chức Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Kiểm tra Trung ương': every post of a list after the verb is taken up.
        // Not a post after the name the verb governs ('bổ nhiệm Đại tá X, Chính ủy …, giữ chức …'): that one says who X is.
        foreach (var list in TakingThenList().EnumerateMatches(beforeTitle))
        {
            if (title.Start <= chainStart || sentence.Start + list.Index > chainStart)
                return (Started, true);
        }
        if (WrittenInLowerCase(text, title) && LowerCaseTakingThenList().Match(text, sentence.Start, beforeTitle.Length) is { Success: true } lowerList
            && (title.Start <= chainStart || lowerList.Index > chainStart))
            return (Started, true);
        return (Held, false);
    }

    /// <summary>
    /// 'Y nhận chức Thường trực Ban Bí thư, thay đồng chí X, …, Thường trực Ban Bí thư': X,
    /// named after 'thay' (in place of), leaves the post the sentence gives Y before it.
    /// </summary>
    private static bool Replaced(string text, TextSpan sentence, ReadOnlySpan<char> beforeChain, TextSpan title)
    {
        foreach (var match in ReplacedRightBefore().EnumerateMatches(beforeChain))
        {
            var cue = sentence.Start + match.Index;
            var earlier = text.AsSpan(sentence.Start, match.Index);
            // The replaced one's own posts follow the name as an apposition: 'thay đồng chí X, Ủy viên …'.
            var apposition = title.Start > cue && text.AsSpan(cue, title.Start - cue).IndexOfAny(',', '-', '–') >= 0;
            return apposition && earlier.Contains(text.AsSpan(title.Start, title.Length), StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>
    /// The person's own posts, set off after the name, that the clause says are left: 'cho thôi giữ
    /// các chức vụ đối với bà X, Ủy viên Bộ Chính trị' (every post), 'miễn nhiệm chức vụ Bộ trưởng Bộ
    /// Công an đối với ông X, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an' (the one named only), 'cho ông
    /// X, Tư lệnh …, thôi giữ chức Tư lệnh …' (the cue after the posts, naming the one left).
    /// </summary>
    private static bool LeftByTheClause(string text, TextSpan sentence, int chainStart, TextSpan title)
    {
        if (title.Start < chainStart)
            return false; // the title stands before the name: it names who the person is
        var post = text.AsSpan(title.Start, title.Length);
        var towards = LeavingTowards().Match(text, sentence.Start, chainStart - sentence.Start);
        if (towards.Success)
        {
            var named = towards.Groups["object"].ValueSpan;
            return EveryPost().IsMatch(named) || Names(named, post);
        }
        var clauseEnd = text.AsSpan(title.End, sentence.End - title.End).IndexOfAny(';', ':');
        var after = Leaving().Match(text, title.End, clauseEnd < 0 ? sentence.End - title.End : clauseEnd);
        return after.Success && !AnotherSubject().IsMatch(text.AsSpan(title.End, after.Index - title.End))
            && Names(after.Groups["object"].ValueSpan, post);
    }

    /// <summary>
    /// Whether the words after a leaving cue name the post: 'Ban Bí thư' is the body a Bí thư Trung ương sits on;
    /// 'T.Ư' and 'Trung ương' are one word ('Trưởng ban Dân vận T.Ư thôi chức vụ Trưởng ban Dân vận Trung ương').
    /// </summary>
    private static bool Names(ReadOnlySpan<char> named, ReadOnlySpan<char> post)
    {
        var (namedWords, postWords) = (CentralSpelledOut(named), CentralSpelledOut(post));
        return namedWords.Contains(postWords, StringComparison.OrdinalIgnoreCase)
            || (postWords.StartsWith("Bí thư Trung ương", StringComparison.OrdinalIgnoreCase) && namedWords.Contains("Ban Bí thư", StringComparison.OrdinalIgnoreCase));
    }

    private static string CentralSpelledOut(ReadOnlySpan<char> words) => CentralShort().Replace(words.ToString(), "Trung ương");

    [GeneratedRegex(@"(?<![\p{L}])(?:T\.Ư|T\.W|TƯ|TW)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CentralShort();

    [GeneratedRegex(@"(?<![\p{L}])(?:thôi\s+giữ|cho\s+thôi|thôi\s+làm|miễn\s+nhiệm|bãi\s+nhiệm|cách\s+(?:tất\s+cả\s+)?(?:các\s+)?chức)(?<object>[^.;:!?]{0,160}?)(?:đối\s+)?với\s+(?:(?:ông|bà|đồng\s+chí|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá))\s+)?$", Options)]
    private static partial Regex LeavingTowards();

    [GeneratedRegex(@"(?<![\p{L}])(?:tất\s+cả|các)\s+chức\s+(?:vụ|danh)", Options)]
    private static partial Regex EveryPost();

    [GeneratedRegex(@"(?<![\p{L}])(?:thôi\s+giữ(?:\s+(?:các\s+)?chức(?:\s+(?:vụ|danh))?)?|thôi\s+tham\s+gia|thôi\s+làm(?:\s+nhiệm\s+vụ)?|thôi\s+chức(?:\s+(?:vụ|danh))?)(?<object>[^.;]*)", Options)]
    private static partial Regex Leaving();

    /// <summary>Between the posts and a later cue: another person, or a verb that starts another clause.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:ông|bà|đồng\s+chí|cho\s+biết|nói|khẳng\s+định|đề\s+nghị|quyết\s+định|thông\s+báo|công\s+bố)(?![\p{L}])", Options)]
    private static partial Regex AnotherSubject();

    [GeneratedRegex(@"(?<![\p{L}])thay\s+(?:cho\s+)?(?:ông|bà|đồng\s+chí)?\s*$", Options)]
    private static partial Regex ReplacedRightBefore();

    /// <summary>
    /// 'Bà còn là Phó Chủ tịch nước nhiệm kỳ 2011 - 2016, Ủy viên Hội đồng Quốc phòng': a
    /// post written with a term that ended before the article's year was left by the end of it. The
    /// term follows the title, or the title follows the post that carries it.
    /// </summary>
    private static int? PastTermEnd(string text, TextSpan sentence, TextSpan title, AnchorDate? anchor)
    {
        if (anchor?.Year is not { } present)
            return null;
        var after = TermAfter().Match(text, title.End, Math.Min(sentence.End, title.End + 40) - title.End);
        var before = after.Success ? after : TermBeforeTitle().Match(text, sentence.Start, title.Start - sentence.Start);
        if (!before.Success)
            return null;
        var end = int.Parse(before.Groups["to"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        return end < present ? end : null;
    }

    [GeneratedRegex(@"\G\s*,?\s*(?:nhiệm\s+kỳ|khóa|khoá)\s*(?:[IVXLC]+\s*)?\(?\s*(?:19|20)[0-9]{2}\s*[-–]\s*(?<to>(?:19|20)[0-9]{2})(?![0-9])", Options)]
    private static partial Regex TermAfter();

    [GeneratedRegex(@"nhiệm\s+kỳ\s*(?:19|20)[0-9]{2}\s*[-–]\s*(?<to>(?:19|20)[0-9]{2})\s*\)?\s*,\s*$", Options)]
    private static partial Regex TermBeforeTitle();

    /// <summary>
    /// A post merely held is seen in the article's present: a year written years away from it
    /// speaks of something else in the sentence ('mục tiêu đến năm 2030', 'nhân kỷ niệm Quốc khánh
    /// 2/9/1945') unless it opens the sentence and so governs all of it ('Năm 2016, ông là …'), or
    /// is a whole day that no anniversary claims ('… thăm hỏi nhân dân ngày 4/2/2019'). A post
    /// taken up or left is dated by the date next to its cue, whatever the year.
    /// </summary>
    private static bool SpeaksOfTheSighting(string text, DateMention mention, string aspect, AnchorDate? anchor, TextSpan sentence)
    {
        if (aspect != Held || mention.Year is not { } year || anchor?.Year is not { } present)
            return true;
        if (year > present)
            return false;
        var opensSentence = mention.Start - sentence.Start <= 2
            || OpeningWords().IsMatch(text.AsSpan(sentence.Start, mention.Start - sentence.Start));
        // 'những việc đã làm xong trong năm 2021': a bare year inside the sentence dates what was done.
        if (mention.Granularity == DateGranularity.Year)
            return opensSentence;
        if (present - year <= 1 || opensSentence)
            return true;
        var from = Math.Max(sentence.Start, mention.Start - 60);
        // '… kỷ niệm 80 năm Ngày thành lập Công đoàn (28/7/1929 - 28/7/2009), ngày 28/7/2009, khi đang giữ cương vị …':
        // a day that opens a clause of its own after the commemorated span is the day told of.
        if (ClauseOpeningDay().Match(text, from, mention.Start - from) is { Success: true } clause)
            from = clause.Index + 1;
        return mention.Granularity == DateGranularity.Day && !Anniversary().IsMatch(text.AsSpan(from, mention.Start - from))
            && !(mention.End < text.Length && SpanDash().IsMatch(text.AsSpan(mention.End, Math.Min(4, text.Length - mention.End))));
    }

    /// <summary>', ngày ', '), vào sáng ' right before a day: the day opens a clause.</summary>
    [GeneratedRegex(@"[,)]\s*(?:(?:vào|hôm|sáng|chiều|tối|trưa|ngày)\s+)*$", Options)]
    private static partial Regex ClauseOpeningDay();

    [GeneratedRegex(@"(?<![\p{L}])(?:kỷ\s+niệm|thành\s+lập|quốc\s+khánh|giải\s+phóng|chiến\s+thắng|ngày\s+sinh|ra\s+đời|truyền\s+thống)(?![\p{L}])|\($", Options)]
    private static partial Regex Anniversary();

    /// <summary>' - 2/9/2024)': the first end of a commemorated span.</summary>
    [GeneratedRegex(@"^\s*[-–]", Options)]
    private static partial Regex SpanDash();

    /// <summary>
    /// A year alone that is the article's own year says less than the article's day: 'năm 2024' in an
    /// event's name must not blur a sighting dated to the day. A post taken up or left keeps it.
    /// </summary>
    private static bool CoarserThanAnchor(DateMention mention, string aspect, AnchorDate? anchor) =>
        aspect == Held && mention.Granularity == DateGranularity.Year && anchor is { Year: { } year, Granularity: not DateGranularity.Year }
        && year == mention.Year;

    /// <summary>Not the date of the sighting: a cited document's date, a birth date, a term's years, a lunar-calendar day.</summary>
    private static bool Counts(string text, DateMention date)
    {
        var from = Math.Max(0, date.Start - 30);
        var before = text.AsSpan(from, date.Start - from);
        var after = text.AsSpan(date.End, Math.Min(12, text.Length - date.End));
        return !CitedDocumentBefore().IsMatch(before) && !BirthBefore().IsMatch(before) && !TermBefore().IsMatch(before)
            && !LunarAfter().IsMatch(after);
    }

    private const int LookBackChars = 60;

    private static bool EndsASpan(string text, DateMention date)
    {
        var from = Math.Max(0, date.Start - 8);
        return SpanEndBefore().IsMatch(text.AsSpan(from, date.Start - from));
    }

    [GeneratedRegex(@"(?:(?<![\p{L}])(?:đến|tới)|[-–])\s*$", Options)]
    private static partial Regex SpanEndBefore();

    /// <summary>
    /// 'Từ tháng 3/2021, ông giữ chức …' or '… giữ chức … từ tháng 3/2021': a 'từ' date speaks of the
    /// post when it opens the sentence or follows the title; '… ghế Chủ tịch luân phiên EU từ 1/7,
    /// Thủ tướng Hungary …' dates something else.
    /// </summary>
    private static bool OpensOrFollows(string text, TextSpan sentence, DateMention date, TextSpan title) =>
        date.Start >= title.End || OpeningWords().IsMatch(text.AsSpan(sentence.Start, date.Start - sentence.Start));

    /// <summary>'Vào năm', 'Từ tháng', 'Tới năm', 'Cuối năm', 'Thời điểm đầu năm', 'Hồi tháng': a date after such words alone opens the sentence and governs it.</summary>
    [GeneratedRegex(@"^[\s\-–•+*]*(?:(?:vào|trong|từ|kể|đến|tới|cuối|đầu|giữa|năm|tháng|ngày|giai\s+đoạn|thời\s+kỳ|thời\s+điểm|hồi|lúc)\s+){0,3}$", Options)]
    private static partial Regex OpeningWords();

    /// <summary>
    /// '… sau cuộc gặp với Thủ tướng Nhật Bản (12/3/2023), buổi hội đàm với Tổng Bí thư …': a date in
    /// brackets dates the phrase it closes, not a title further on. A bracketed time of day ('Hôm
    /// qua (20/6), …') still opens the sentence.
    /// </summary>
    private static bool ClosesEarlierPhrase(string text, DateMention date)
    {
        var open = date.Start - 1;
        while (open >= 0 && text[open] == ' ')
            open--;
        var close = date.End;
        while (close < text.Length && text[close] == ' ')
            close++;
        if (open < 0 || text[open] != '(' || close >= text.Length || text[close] != ')')
            return false;
        var from = Math.Max(0, open - 12);
        return !TimeWordBefore().IsMatch(text.AsSpan(from, open - from));
    }

    [GeneratedRegex(@"^\s*\(?\s*(?:âm\s+lịch|AL)(?![\p{L}])", Options)]
    private static partial Regex LunarAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?:qua|nay|mai|sáng|trưa|chiều|tối|đêm|ngày|hôm|thứ\s+\p{L}+|chủ\s+nhật)\s*$", Options)]
    private static partial Regex TimeWordBefore();

    /// <summary>
    /// 'sau khi được bầu …', 'từ khi …', and congratulations ('chúc mừng ông X vừa được bầu giữ chức …'): the
    /// sentence looks back on a post already taken up.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:sau|từ|kể\s+từ)\s+khi|chúc\s+mừng)(?![\p{L}])[^.;:!?]*$", EndAnchored)]
    private static partial Regex SinceTakingUp();

    private static int ParagraphStart(string text, int offset) =>
        offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    private static string AnchorBasis(AnchorDate? anchor) => anchor switch
    {
        null or { Year: null } => "unknown",
        { Basis: YearBasis.Inferred } => "inferred",
        { FromText: true } => "article",
        { Basis: YearBasis.Publication } => "publication",
        _ => "article",
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>
    /// For a cue that must end where its span ends (a pattern closing on '\s*$', tried on the words before a title): matched
    /// from the right, it is tried at that end only, instead of at every letter of the sentence that could open it. What it
    /// matches is the same; only <c>IsMatch</c> is asked of these patterns.
    /// </summary>
    private const RegexOptions EndAnchored = Options | RegexOptions.RightToLeft;

    /// <summary>'8/1988 - 6/1995: …', '- Từ tháng 3/2011 đến 4/2018: …', 'từ tháng 10-2020: …': a line (or clause) of a career record.</summary>
    [GeneratedRegex(@"\G\s*[-–•+*]?\s*(?:từ\s+)?(?:tháng\s+)?(?<m>[0-9]{1,2})\s*[/.\-]\s*(?<y>(?:19|20)[0-9]{2})\s*(?:(?:[-–]|đến)\s*(?:(?:tháng\s+)?(?:(?<ed>[0-9]{1,2})\s*[/.\-]\s*)?(?<em>[0-9]{1,2})\s*[/.\-]\s*(?<ey>[0-9]{4})|nay)?)?\s*:", Options)]
    private static partial Regex CareerLine();

    [GeneratedRegex(@"(?:(?:không|chưa)(?:\s+(?:xem\s+xét|thực\s+hiện|đồng\s+ý))?(?:\s+việc)?\s+bổ\s+nhiệm\s+lại(?:\s+(?:giữ\s+)?chức(?:\s+(?:vụ|danh))?)?|thôi\s+giữ\s+(?:(?:tất\s+cả\s+)?các\s+)?chức(?:\s+(?:vụ|danh))?\s*:?|thôi\s+(?:làm\s+)?nhiệm\s+vụ|thôi\s+làm|thôi\s+chức|thôi|miễn\s+nhiệm(?:\s+chức(?:\s+(?:vụ|danh))?)?|cách\s+(?:hết\s+)?(?:các\s+)?chức(?:\s+vụ)?|bãi\s+nhiệm(?:\s+chức(?:\s+(?:vụ|danh))?)?|rời\s+(?:khỏi\s+)?(?:chức(?:\s+vụ)?|cương\s+vị)|từ\s+chức|mất\s+chức(?:\s+vụ)?)(?:\s+(?:ông|bà|đồng\s+chí))?\s*$", EndAnchored)]
    private static partial Regex LeavingRightBefore();

    [GeneratedRegex(@"(?:lễ\s+tang|quốc\s+tang|tang\s+lễ|viếng|phần\s+mộ|mộ\s+phần|tưởng\s+niệm|linh\s+cữu|di\s+ảnh|an\s+táng|truy\s+điệu|tiễn\s+đưa|vĩnh\s+biệt|thi\s+hài|tưởng\s+nhớ)(?:\s+(?:của|cho))?(?:\s+(?:ông|bà|đồng\s+chí|cố))?\s*$", EndAnchored)]
    private static partial Regex DeathRightBefore();

    /// <summary>'ông từng là Bộ trưởng …', 'bà nguyên là Giám đốc …', 'thời còn giữ chức …': a post held in the past, left by the article's day.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:từng|nguyên\s+là|thời\s+(?:còn\s+)?(?:là|làm|giữ\s+chức(?:\s+vụ)?))(?:\s+(?:là|làm|giữ|đảm\s+nhiệm|giữ\s+chức(?:\s+vụ)?|đảm\s+nhận))?(?:\s+chức(?:\s+vụ)?)?\s*$", EndAnchored)]
    private static partial Regex PastTermRightBefore();

    /// <summary>
    /// A later post of the list such a cue opens: 'từng là Giám đốc Sở Y tế; Chủ tịch Hội Y học tỉnh, …' left them all.
    /// The list stops at a word that starts another clause ('nay là', 'hiện giữ', 'trước khi', another person).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:từng|nguyên|thời\s+(?:còn\s+)?)\s*(?:là|làm|giữ(?:\s+(?:các\s+)?chức(?:\s+(?:vụ|danh))?)?|đảm\s+nhiệm|đảm\s+nhận)\s+"
        + @"(?:(?!(?<![\p{L}])(?:hiện|nay|được|đã|đang|sẽ|vừa|mới|là|làm|giữ|trước|sau|khi|từ|đến|tới|rồi|nhưng|còn|thì|cùng|ông|bà)(?![\p{L}]))[^.:()\n]){1,240}?[,;]\s*(?:và\s+)?$", Options)]
    private static partial Regex PastListRightBefore();

    [GeneratedRegex(@"^[\s,]*(?:(?:đã|vừa)\s+)?(?:từ\s+trần|qua\s+đời|mất|tạ\s+thế|từ\s+nhiệm|từ\s+chức|nghỉ\s+hưu)(?![\p{L}])", Options)]
    private static partial Regex DeathAfter();

    [GeneratedRegex(@"^\s*(?:(?:đã|chính\s+thức)\s+)*(?:tuyên\s+thệ|nhậm\s+chức|phát\s+biểu\s+nhậm\s+chức)(?![\p{L}])", Options)]
    private static partial Regex InaugurationAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?:kể\s+)?từ\s*\(?\s*$", Options)]
    private static partial Regex Since();

    [GeneratedRegex(@"^\s*,?\s*(?:làm|giữ\s+chức|vào\s+chức|vào\s+Ban|vào\s+Bộ)(?![\p{L}])", Options)]
    private static partial Regex TakingOnAfter();

    /// <summary>'ông giữ chức', 'ông Hưng trở thành', 'ông trở lại nắm giữ chức', 'đảm nhiệm cương vị' between the opening date and the post.</summary>
    [GeneratedRegex(@"^[^.;:]*?(?<![\p{L}])(?:giữ\s+chức|nắm\s+giữ|trở\s+thành|đảm\s+nhiệm|đảm\s+nhận|điều\s+chuyển|chuyển\s+sang\s+làm|lên\s+làm)(?![\p{L}])[^.;:]*$", Options)]
    private static partial Regex TakingUpInCareer();

    [GeneratedRegex(@"(?<![\p{L}])(?:điều\s+động|phân\s+công|luân\s+chuyển|chỉ\s+định)(?:\s*,\s*(?:điều\s+động|phân\s+công|luân\s+chuyển|chỉ\s+định))*\s*$", EndAnchored)]
    private static partial Regex AssignmentRightBefore();

    [GeneratedRegex(@"(?<![\p{L}])trước\s+đó(?![\p{L}])", Options)]
    private static partial Regex Earlier();

    private const int TransferReach = 160;

    /// <summary>
    /// <see cref="TransferredAfter"/>, tried only where its fixed words are written: 'được', and 'điều' or 'luân' of the
    /// move. The pattern's lazy clauses would otherwise be tried, and given up, over the whole reach after almost every
    /// post; 'được' alone stands after most posts, the move's words after few.
    /// </summary>
    private static bool TransferredAfterCue(ReadOnlySpan<char> after) =>
        (after.Contains("điều", StringComparison.OrdinalIgnoreCase) || after.Contains("luân", StringComparison.OrdinalIgnoreCase))
        && after.Contains("được", StringComparison.OrdinalIgnoreCase) && TransferredAfter().IsMatch(after);

    /// <summary>The posts after the title up to 'được điều động' or 'được luân chuyển', the person's move to other work.</summary>
    [GeneratedRegex(@"^(?:\s*,\s*[^.;:,()]{2,80}?){0,3}\s*,?\s*(?:(?:đã|vừa)\s+)?được\s+(?:điều\s+động|luân\s+chuyển)(?![\p{L}])", Options)]
    private static partial Regex TransferredAfter();

    /// <summary>Seats on a body, which a person keeps when moved to other work.</summary>
    [GeneratedRegex(@"^(?:Ủy\s+viên|Uỷ\s+viên|Tỉnh\s+ủy\s+viên|Thành\s+ủy\s+viên|Huyện\s+ủy\s+viên|Đại\s+biểu)(?![\p{L}])", Options)]
    private static partial Regex Membership();

    /// <summary>'hiện nay', 'hiện tại', 'hiện là', 'hiện đang', 'hiện giữ', 'đương nhiệm', 'đương kim': said of the time of writing.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:hiện\s+(?:nay|tại|là|đang|giữ)|đương\s+(?:nhiệm|kim))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Currently();

    /// <summary>'Trước tháng', 'Trước năm' opening the clause: the post was held until that date.</summary>
    [GeneratedRegex(@"^[\s\-–•+*]*trước(?:\s+(?:tháng|năm))?\s*$", Options)]
    private static partial Regex Until();

    [GeneratedRegex(@"^[^.;:]*?(?<![\p{L}])(?:cho\s+(?:biết|hay|rằng)|nói|thông\s+tin|chia\s+sẻ|khẳng\s+định|nhấn\s+mạnh|thuật\s+lại)(?![\p{L}])", Options)]
    private static partial Regex ReportingVerb();

    /// <summary>
    /// When it was said, between the verb of saying and a day: ' tại họp báo ', ' vào sáng ', or the occasion it was said
    /// on ('cho biết trong cuộc họp báo ngày 2/8', 'nói trong video đăng trên mạng xã hội hôm 22/12', 'trong một tuyên bố hôm 6/12').
    /// </summary>
    [GeneratedRegex(@"^\s*(?:tại\s+[^,.;]{1,30}?\s+|" + SayingOccasion + @")?(?:(?:vào|sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+)*$", Options)]
    private static partial Regex SpeakingTime();

    /// <summary>
    /// The occasion something was said on, after the verb of saying: 'trong cuộc họp báo', 'trong đoạn video đăng trên mạng xã
    /// hội', 'trong một tuyên bố'; not past a 'rằng' or a time word, which open what was said.
    /// </summary>
    private const string SayingOccasion = @"trong\s+(?:(?:một|cuộc|buổi|bài|đoạn)\s+)*(?:họp\s+báo|phỏng\s+vấn|video|thông\s+cáo|tuyên\s+bố|phát\s+biểu|thông\s+điệp|bài\s+viết|bài\s+đăng|điện\s+đàm|cuộc\s+gặp|hội\s+nghị|sự\s+kiện)(?![\p{L}])(?:(?!(?<![\p{L}])(?:rằng|là|khi|từ|sau|trước)(?![\p{L}]))[^,.;:()""“”]){0,50}?\s+";

    /// <summary>'Trước khi qua đời, ông X là …', 'Trước khi mất, bà Y giữ chức …': the sentence opens on a death and tells what the person held up to it.</summary>
    [GeneratedRegex(@"^[\s\-–•]*trước\s+khi\s+(?:qua\s+đời|từ\s+trần|mất|tạ\s+thế)\s*,[^.;:]*$", Options)]
    private static partial Regex UpToDeath();

    /// <summary>'nguyên Quyền …', 'cựu quyền …': an acting post of the past.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:nguyên|cựu)\s+(?:quyền\s+)?$", EndAnchored)]
    private static partial Regex FormerActingRightBefore();

    [GeneratedRegex(@"(?<![\p{L}])tân\s*$", EndAnchored)]
    private static partial Regex NewRightBefore();

    [GeneratedRegex(@"^tân\s+\p{L}", Options)]
    private static partial Regex NewOpening();

    /// <summary>' vào sáng 22/5', ' khóa XV vào ngày 2/3': a day joined to the post just named.</summary>
    [GeneratedRegex(@"^\s*(?:(?:khóa|khoá|nhiệm\s+kỳ)\s+[^\s,.;]+\s+)?vào\s+(?:(?:sáng|chiều|tối|trưa|ngày|tháng)\s+)*[0-9]", Options)]
    private static partial Regex DayJoinedAfter();

    /// <summary>A taking verb and the posts listed after it up to the title: 'bầu Ủy viên Ủy ban Thường vụ Quốc hội, '.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:bầu(?:\s+bổ\s+sung)?|bổ\s+nhiệm(?:\s+lại)?|phê\s+chuẩn|chuẩn\s+y|chỉ\s+định|phân\s+công)(?:\s+(?:làm|giữ\s+chức(?:\s+(?:vụ|danh))?|chức(?:\s+(?:vụ|danh))?|vào))?(?:\s+\p{Lu}(?:(?!\s(?:được|đã|là|của|với|đối|và|để)\s)[^,.;:()]){2,80},){1,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TakingThenList();

    /// <summary>'Chủ nhiệm Tổng cục Chính trị hiện nay là thượng tướng X': the post named before the holder, said to be held now.</summary>
    private static bool CurrentlyNamed(string text, TextSpan title, TextSpan person) =>
        title.End <= person.Start && person.Start - title.End <= 40 && CurrentlyIs().IsMatch(text.AsSpan(title.End, person.Start - title.End));

    [GeneratedRegex(@"^\s*(?:hiện\s+nay|hiện\s+tại|hiện)\s+là\s+(?:(?:ông|bà|đồng\s+chí|\p{Ll}+\s+tướng|đại\s+tá)\s+)?$", Options)]
    private static partial Regex CurrentlyIs();

    /// <summary>
    /// A taking verb right before the post: 'được bầu làm', 'bổ nhiệm giữ chức', and 'được (tín nhiệm, hiệp thương) cử giữ chức'
    /// ('cử' alone sends delegations; with 'được' and the post after it, the post is taken up).
    /// </summary>
    [GeneratedRegex(@"(?:(?:được\s+)?(?:bầu(?:\s+bổ\s+sung)?|bổ\s+nhiệm(?:\s+lại)?|phê\s+chuẩn|chuẩn\s+y|điều\s+động|luân\s+chuyển|chỉ\s+định|phân\s+công|trúng\s+cử|nhậm\s+chức))(?:\s+(?:làm|giữ\s+chức(?:\s+vụ)?|vào\s+chức(?:\s+vụ)?|chức(?:\s+vụ)?|vào|là))?\s*$"
        + @"|(?<![\p{L}])được\s+(?:(?:tín\s+nhiệm|hiệp\s+thương)\s+)?cử\s+(?:làm|giữ\s+chức(?:\s+vụ)?)\s*$", EndAnchored)]
    private static partial Regex TakingRightBefore();

    [GeneratedRegex(@"(?:làm|giữ\s+chức(?:\s+(?:vụ|danh))?|giữ\s+cương\s+vị|giữ|đảm\s+nhiệm(?:\s+chức(?:\s+(?:vụ|danh))?)?|đảm\s+nhận(?:\s+chức(?:\s+(?:vụ|danh))?)?|vào\s+chức(?:\s+vụ)?|chức\s+(?:vụ|danh)|chức|vào|lên)\s*$", EndAnchored)]
    private static partial Regex PostWordRightBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:bầu|bổ\s+nhiệm|phê\s+chuẩn|chuẩn\s+y|điều\s+động|luân\s+chuyển|chỉ\s+định|phân\s+công|trúng\s+cử|nhậm\s+chức|kiện\s+toàn)(?![\p{L}])", Options)]
    private static partial Regex TakingVerb();

    [GeneratedRegex(@"[0-9]{1,5}(?:/[0-9]{4})?[-/]\p{Lu}[\p{L}\-/0-9]*[\s,]*(?:(?:được\s+)?(?:ban\s+hành|ký)(?:\s+vào)?\s*)?(?:ngày\s*)?$", Options)]
    private static partial Regex CitedDocumentBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:sinh|sinh\s+ngày|sinh\s+năm|năm\s+sinh)\s*(?:ngày|năm|tháng)?\s*$", Options)]
    private static partial Regex BirthBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:nhiệm\s+kỳ|giai\s+đoạn|khóa)\s*$", Options)]
    private static partial Regex TermBefore();
}
