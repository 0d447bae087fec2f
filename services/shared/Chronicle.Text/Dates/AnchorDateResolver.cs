using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>Chooses the day an article reports on and how its year is known.</summary>
/// <remarks>
/// The year comes from, in order of strength: the year written with the day; a year-end review
/// ('tổng kết công tác năm 2021' held on 11/1 → 2022); the publication date (given, else read from
/// the address, else from the page's time stamp); the text's context (<see cref="ContextYears"/>);
/// the dates of cited documents (a lower bound only). A year is never guessed: when none of these settles it the
/// year stays null and <see cref="AnchorDate.CandidateYears"/> lists what remains plausible.
/// </remarks>
public static partial class AnchorDateResolver
{
    /// <summary>How many years after the latest cited document are still offered as candidates.</summary>
    private const int CandidateWindowYears = 3;

    /// <summary>How many days after the publication date a day without a year is still taken as announced ahead.</summary>
    private const int AnnouncedAheadDays = 31;

    /// <summary>
    /// How many days after the publication date the first day may still be the day reported: a
    /// publication date filed by a feed is sometimes a day early.
    /// </summary>
    private const int UpcomingAfterDays = 1;

    /// <summary>How many days before publication a day written in passing is taken as recalled background.</summary>
    private const int RecalledAfterDays = 7;

    /// <summary>Days past which even an opening lead is taken for a memory rather than the day reported.</summary>
    private const int RecalledAfterYearDays = 366;

    /// <summary>'tổng kết công tác năm 2021', 'Tổng kết ... năm 2020': the reviewed year.</summary>
    [GeneratedRegex(@"(?<!\p{L})tổng\s+kết(?!\p{L})[^.\n]{0,80}?(?<!\p{L})năm\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearEndReview();

    /// <summary>'sơ kết hai năm thực hiện Chỉ thị số 12-CT/TW': a review a given number of years into a document.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:sơ|tổng)\s+kết\s+(?<n>[0-9]{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+(?:thực\s+hiện|triển\s+khai|thi\s+hành)[^.\n]{0,40}?(?<number>[0-9]{1,4}(?:/[0-9]{4})?[-/]\p{Lu}{1,6}(?:[-/]\p{L}{1,8})*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnniversaryReview();

    /// <summary>'hôm nay', 'sáng nay', 'chiều nay': the day of publication.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:hôm|sáng|chiều|trưa|tối|đêm)\s+nay(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Today();

    /// <param name="cleanText">The article's main text, normalised.</param>
    /// <param name="publishedAt">The publication date given with the document, when any.</param>
    /// <param name="url">The article's address, when known: many outlets write the publication date in it.</param>
    /// <param name="dateLine">
    /// The day of the date line the page printed above the article (<see cref="Articles.ExtractedArticle.DateLine"/>):
    /// the page's own date, used when no publication date is given.
    /// </param>
    /// <param name="pageDate">
    /// The publication date the page's markup declares (<see cref="Articles.ExtractedArticle.PageDate"/>),
    /// used when no publication date is given.
    /// </param>
    public static AnchorDate Resolve(string cleanText, DateOnly? publishedAt, string? url = null, DateOnly? dateLine = null,
        Articles.PageDate? pageDate = null)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        var mentions = DateRecognizer.Find(cleanText);
        var publication = Publication.Choose(publishedAt, url, cleanText, mentions, dateLine, pageDate);
        var anchor = Resolve(cleanText, mentions, publication);
        return publication is null ? anchor : anchor with { PublishedOn = publication.ToIso(), PublishedFrom = publication.Source };
    }

    private static AnchorDate Resolve(string cleanText, IReadOnlyList<DateMention> mentions, Publication? publication)
    {
        var documents = CitedDocuments.Find(cleanText, mentions);
        var notReported = ReportLead.NotReported(cleanText, mentions, documents.Select(d => d.Date));
        // The text's present: when it was published, or else the newest year it writes.
        var presentYear = publication?.Latest.Year ?? ContextYears.NewestDatedYear(cleanText, mentions, notReported);
        if (presentYear is { } present)
            notReported = WithoutHistoricalMentions(cleanText, mentions, notReported, present);
        if (publication is not null)
            notReported = WithoutDeadlines(mentions, notReported, publication);
        var eventDate = LastDayOf(ReportLead.FindEventDate(cleanText, mentions, notReported), publication);
        if (publication is not null && eventDate is not null && DaysBeforePublication(eventDate, publication) > RecalledAfterDays
            && LeadNearPublication(cleanText, mentions, notReported, publication) is { } nearer)
            eventDate = nearer;
        var posts = HeldPostsInLead(cleanText, eventDate);

        if (eventDate is null)
            return publication is null && FromHeldPostsAlone(posts) is { } byPosts
                ? byPosts
                : FromPublicationAlone(cleanText, publication, "the text writes no day and month for the event");
        if (publication is not null && (IsRecalledDay(cleanText, eventDate, publication) || OvertakenLead(mentions, notReported, eventDate, publication)))
            return FromPublicationAlone(cleanText, publication,
                $"no paragraph opens with the event's day and '{eventDate.Text.Trim()}' is over a week before publication: it is recalled");
        // 'Ngày 5-5-2016, Tổng Bí thư thăm …' opening a photo essay published in 2024 that goes on to 2017, 2019,
        // 2022: a lead over a year before a known publication day, with later years after it, opens a look back
        // over the years, not the day the page reports.
        if (publication is { Granularity: DateGranularity.Day } && DaysBeforePublication(eventDate, publication) > RecalledAfterYearDays
            && mentions.Any(m => m.Start > eventDate.End && m.Year > eventDate.Year && m.Year <= publication.Latest.Year))
            return FromPublicationAlone(cleanText, publication,
                $"'{eventDate.Text.Trim()}' is over a year before publication: the text goes back to it");
        if (eventDate.Year is { } written)
            return Dated(eventDate, written, YearBasis.Written, $"the year {written} is written with the date");

        int month = eventDate.Month!.Value, day = eventDate.Day!.Value;
        var dayDated = documents.Where(d => d.Date.Year is not null && d.Date.Granularity == DateGranularity.Day).ToList();
        var lowerBound = DocumentsLowerBound(month, day, dayDated);
        var weekday = Weekdays.Before(cleanText, eventDate);
        var open = Undated(eventDate, TermCandidates(cleanText, mentions, month, day),
            $"no year is written with {DayMonth(eventDate)} and neither the text nor a publication date gives one");
        return FromYearEndReview(cleanText, eventDate, month)
            ?? FromPublication(cleanText, eventDate, month, day, publication)
            ?? Narrowed(FromContext(cleanText, eventDate, mentions, notReported, documents, lowerBound), posts, weekday)
            ?? FromHeldPosts(eventDate, posts, weekday, lowerBound)
            ?? Narrowed(FromCitedDocuments(cleanText, eventDate, month, day, dayDated, lowerBound), posts, weekday)
            ?? Narrowed(open, posts, weekday)
            ?? open;
    }

    /// <summary>How many paragraphs from the top name the people the report is about.</summary>
    private const int LeadParagraphs = 3;

    /// <summary>
    /// The posts named with their holders in the opening paragraphs or in the event day's own
    /// paragraph: further down, texts recall the past ('năm 2019, Chủ tịch nước …').
    /// </summary>
    private static IReadOnlyList<HeldPostMention> HeldPostsInLead(string text, DateMention? eventDate)
    {
        var leadEnd = ReportLead.EndOfParagraphs(text, LeadParagraphs);
        var (dayParagraphStart, dayParagraphEnd) = eventDate is null ? (0, 0) : ParagraphAround(text, eventDate.Start);
        // Only those parts are searched: the table's names are many, and a long article is mostly body.
        var lead = HeldPosts.Find(text, 0, leadEnd).Where(m => m.Start < leadEnd);
        var dayParagraph = dayParagraphEnd > leadEnd
            ? HeldPosts.Find(text, Math.Max(dayParagraphStart, leadEnd), dayParagraphEnd).Where(m => m.Start >= dayParagraphStart)
            : [];
        return [.. lead.Concat(dayParagraph)];
    }

    private static (int Start, int End) ParagraphAround(string text, int offset)
    {
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', offset);
        return (start, end < 0 ? text.Length : end);
    }

    /// <summary>
    /// The people the text names in their posts leave only the years in which each held the post
    /// on that day ('Tổng Bí thư, Chủ tịch nước Tô Lâm' on 18/8 → 2024); a weekday written with the
    /// day ('thứ Hai, 20/5') leaves only the years in which it falls on that weekday.
    /// </summary>
    private static AnchorDate? FromHeldPosts(DateMention eventDate, IReadOnlyList<HeldPostMention> posts, DayOfWeek? weekday, int? lowerBound)
    {
        if (posts.Count == 0)
            return null;
        int month = eventDate.Month!.Value, day = eventDate.Day!.Value;
        var years = HeldPosts.YearsFor(posts, month, day, CurrentDay()).Where(y => lowerBound is null || y >= lowerBound).ToList();
        var pairs = $"the text names {HeldPosts.Describe(posts)}";
        if (weekday is { } named)
        {
            years = years.Where(y => new DateOnly(y, month, day).DayOfWeek == named).ToList();
            pairs += $" and the day is a {named}";
        }
        if (years.Count == 1)
            return Dated(eventDate, years[0], YearBasis.Inferred, $"{pairs}: only {years[0]} fits {DayMonth(eventDate)}");
        return null;
    }

    /// <summary>
    /// An undated answer's candidates, narrowed by the posts the text names and the weekday written
    /// with the day; when one year is left it is taken, as inferred.
    /// </summary>
    private static AnchorDate? Narrowed(AnchorDate? undated, IReadOnlyList<HeldPostMention> posts, DayOfWeek? weekday)
    {
        if (undated is null || undated.Year is not null || undated.Mention is not { } mention)
            return undated;
        int month = mention.Month!.Value, day = mention.Day!.Value;
        IEnumerable<int> years = undated.CandidateYears;
        var because = new List<string>();
        if (posts.Count > 0)
        {
            var held = HeldPosts.YearsFor(posts, month, day, CurrentDay());
            years = undated.CandidateYears.Count == 0 ? held : years.Intersect(held);
            because.Add($"the text names {HeldPosts.Describe(posts)}");
        }
        var left = years.ToList();
        if (weekday is { } named && left.Count > 0)
        {
            left = left.Where(y => new DateOnly(y, month, day).DayOfWeek == named).ToList();
            because.Add($"the day is a {named}");
        }
        if (because.Count == 0 || left.Count == 0)
            return undated;
        if (left.Count == 1)
            return Dated(mention, left[0], YearBasis.Inferred, $"{undated.Reason}; {string.Join(" and ", because)}: only {left[0]} fits");
        return undated with { CandidateYears = left, Reason = $"{undated.Reason}; {string.Join(" and ", because)}: {string.Join(", ", left)} remain" };
    }

    /// <summary>
    /// Without a day and month for the event nor a publication date, the posts named still date it
    /// to the year when every pair was held together only within one year.
    /// </summary>
    private static AnchorDate? FromHeldPostsAlone(IReadOnlyList<HeldPostMention> posts)
    {
        if (posts.Count == 0 || HeldPosts.YearsFor(posts, CurrentDay()) is not [var year])
            return null;
        return new AnchorDate(year, null, null, DateGranularity.Year, YearBasis.Inferred, [year],
            $"the text writes no day and month for the event; it names {HeldPosts.Describe(posts)}, held together only in {year}", null);
    }

    private static DateOnly CurrentDay() => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The anchor of an extracted article: its clean text with the dates its page gave (date line, markup).</summary>
    /// <param name="publishedAt">The publication date given with the document, when any: it wins over the page's own.</param>
    public static AnchorDate Resolve(Articles.ExtractedArticle article, DateOnly? publishedAt, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Resolve(article.CleanText, publishedAt, url, article.DateLine, article.PageDate);
    }

    /// <summary>
    /// Whether a day opens one of the text's first paragraphs as a report's lead does ('Sáng 12/3, …',
    /// '(TTXVN) - Ngày 12/3, …'): the day the whole report is about, its headline included.
    /// </summary>
    public static bool OpensTheReport(string cleanText, DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        ArgumentNullException.ThrowIfNull(mention);
        return ReportLead.IsOpeningLead(cleanText, mention);
    }

    /// <summary>
    /// A date more than a year older than the text's present, written away from a report's lead, is
    /// a reference to the past ('ngày 2/9/1945', 'ngày 30/4/1975'), not the day reported.
    /// </summary>
    private static IReadOnlySet<DateMention> WithoutHistoricalMentions(string text, IReadOnlyList<DateMention> mentions,
        IReadOnlySet<DateMention> notReported, int presentYear)
    {
        var historical = mentions.Where(m => m.Granularity == DateGranularity.Day && m.Year < presentYear - 1
            && !ReportLead.IsParagraphLead(text, m)).ToList();
        if (historical.Count == 0)
            return notReported;
        var excluded = new HashSet<DateMention>(notReported);
        excluded.UnionWith(historical);
        return excluded;
    }

    /// <summary>
    /// A day written in passing (not a report's lead) more than a week before the publication is
    /// background the article recalls ('sau cuộc tấn công ngày 1/10'), not the day it reports on.
    /// </summary>
    private static bool IsRecalledDay(string text, DateMention mention, Publication publication) =>
        !ReportLead.IsOpeningLead(text, mention) && DaysBeforePublication(mention, publication) > RecalledAfterDays;

    /// <summary>
    /// 'Ngày 1-7, Hungary đảm nhận cương vị chủ tịch luân phiên …' opening a report published on 16/7 that
    /// goes on 'EU ra quyết định ngày 15-7': a lead over a week old, with a later day of the publication
    /// week written after it, sets the scene; the report is of that week, and the publication day stands for it.
    /// </summary>
    private static bool OvertakenLead(IReadOnlyList<DateMention> mentions, IReadOnlySet<DateMention> notReported, DateMention lead,
        Publication publication) =>
        publication.Granularity == DateGranularity.Day && DaysBeforePublication(lead, publication) > RecalledAfterDays
        && mentions.Any(m => m.Start > lead.End && m.Granularity == DateGranularity.Day && !notReported.Contains(m)
            && DaysBeforePublication(m, publication) is >= 0 and <= RecalledAfterDays);

    /// <summary>How many days a day mention falls before publication (its year written, else its latest fitting one); null when it has no such day.</summary>
    private static int? DaysBeforePublication(DateMention mention, Publication publication)
    {
        var published = publication.Latest;
        int month = mention.Month!.Value, day = mention.Day!.Value;
        if (mention.Year is { } year && !DateRecognizer.IsValidDay(year, month, day))
            return null;
        var date = mention.Year is { } written ? new DateOnly(written, month, day) : LatestOccurrence(month, day, published.AddDays(AnnouncedAheadDays));
        return date is { } known ? published.DayNumber - known.DayNumber : null;
    }

    /// <summary>
    /// 'Ngày 18/8/2020, ông … được bầu …' opening a page (a teaser, a career note) and 'Sáng 31/10, …'
    /// opening a later paragraph of an article published on 31/10: the lead near publication is the
    /// day reported, the one years before is background.
    /// </summary>
    private static DateMention? LeadNearPublication(string text, IReadOnlyList<DateMention> mentions, IReadOnlySet<DateMention> notReported,
        Publication publication) =>
        mentions.FirstOrDefault(m => m.Granularity == DateGranularity.Day && !notReported.Contains(m) && ReportLead.IsOpeningLead(text, m)
            && DaysBeforePublication(m, publication) is >= -UpcomingAfterDays and <= RecalledAfterDays);

    /// <summary>The latest day with that day and month on or before the bound (four years back reach any 29 February).</summary>
    private static DateOnly? LatestOccurrence(int month, int day, DateOnly bound)
    {
        for (var year = bound.Year; year >= bound.Year - 4; year--)
        {
            if (DateRecognizer.IsValidDay(year, month, day) && new DateOnly(year, month, day) <= bound)
                return new DateOnly(year, month, day);
        }
        return null;
    }

    /// <summary>
    /// A day written with a year more than a month after publication ('hoàn thành trước ngày
    /// 31/12/2025') is a deadline or a plan, not the day reported.
    /// </summary>
    private static IReadOnlySet<DateMention> WithoutDeadlines(IReadOnlyList<DateMention> mentions, IReadOnlySet<DateMention> notReported, Publication publication)
    {
        var announcedUntil = publication.Latest.AddDays(AnnouncedAheadDays);
        var later = mentions.Where(m => m.Granularity == DateGranularity.Day && m.Year is not null
            && new DateOnly(m.Year.Value, m.Month!.Value, m.Day!.Value) > announcedUntil).ToList();
        if (later.Count == 0)
            return notReported;
        var excluded = new HashSet<DateMention>(notReported);
        excluded.UnionWith(later);
        return excluded;
    }

    /// <summary>
    /// The text's own hints at the year (a sitting, a half-year review, the present year, a named event,
    /// a named Tết, nearby full dates). They date the day only when they agree with each other and with
    /// the cited documents; otherwise the years they allow are listed as candidates.
    /// </summary>
    private static AnchorDate? FromContext(string text, DateMention eventDate, IReadOnlyList<DateMention> mentions,
        IReadOnlySet<DateMention> notReported, IReadOnlyList<CitedDocuments.Dated> documents, int? lowerBound)
    {
        var clues = ContextYears.Find(text, eventDate, mentions, notReported, documents.Select(d => d.Date).ToHashSet());
        if (clues.Count == 0)
            return null;
        var years = clues.SelectMany(c => c.Years).Where(y => lowerBound is null || y >= lowerBound).Distinct().Order().ToList();
        if (years.Count == 0)
            return null;
        if (years.Count == 1)
        {
            var reasons = clues.Select(c => c.Reason).Distinct().Take(2);
            return Dated(eventDate, years[0], YearBasis.Context, $"{string.Join("; ", reasons)}: {years[0]}");
        }
        return Undated(eventDate, years,
            $"no year is written with {DayMonth(eventDate)}; the text's hints disagree ({string.Join("; ", clues.Select(c => c.Reason).Distinct().Take(3))})");
    }

    /// <summary>
    /// The first year the cited documents (those dated to the day) allow for the day, or null without
    /// any. The event follows the document, on its day at the earliest (a decision is often handed
    /// over the day it is signed): the same year only if its day is not before the document's.
    /// </summary>
    private static int? DocumentsLowerBound(int month, int day, IReadOnlyList<CitedDocuments.Dated> dated)
    {
        if (dated.Count == 0)
            return null;
        var latest = dated.Max(d => AsDate(d.Date));
        return IsOnOrAfter(latest.Year, month, day, latest) ? latest.Year : latest.Year + 1;
    }

    /// <summary>
    /// The latest term the text names by its years or as the assembly's ('nhiệm kỳ 2021-2026', 'Quốc
    /// hội khóa XV') bounds the year loosely, when the newest date the text writes falls inside it
    /// (texts also recall past terms). Only listed as candidates, never taken as the year.
    /// </summary>
    private static IReadOnlyList<int> TermCandidates(string text, IReadOnlyList<DateMention> mentions, int month, int day)
    {
        var latest = TermRecognizer.Find(text)
            .Where(t => t.Kind is TermKind.TermOfOffice or TermKind.NationalAssemblyTerm)
            .MaxBy(t => t.StartYear);
        if (latest is null)
            return [];
        var first = latest.StartYear - 1;
        var last = Math.Min(latest.EndYear, DateTime.UtcNow.Year + 1);
        if (ContextYears.NewestDatedYear(text, mentions, new HashSet<DateMention>()) is { } newest && (newest < first || newest > last))
            return [];
        return Enumerable.Range(first, Math.Max(0, last - first + 1))
            .Where(year => DateRecognizer.IsValidDay(year, month, day))
            .ToList();
    }

    /// <summary>A review of year X is held in its last weeks or in the first months of X+1.</summary>
    private static AnchorDate? FromYearEndReview(string text, DateMention eventDate, int month)
    {
        var review = YearEndReview().Match(text);
        if (!review.Success)
            return null;
        var reviewed = int.Parse(review.Groups["y"].ValueSpan, provider: CultureInfo.InvariantCulture);
        var year = month switch
        {
            12 => reviewed,
            <= 3 => reviewed + 1,
            _ => (int?)null,
        };
        if (year is null || !DateRecognizer.IsValidDay(year, month, eventDate.Day!.Value))
            return null;
        var when = month == 12 ? "in December of that year" : "early in the following year";
        return Dated(eventDate, year.Value, YearBasis.Context,
            $"a year-end review of {reviewed} ('{review.Value}') held on {DayMonth(eventDate)} falls {when}: {year}");
    }

    /// <summary>
    /// The latest occurrence of the day on or before the publication date, or shortly after it: a
    /// report may announce a day ahead, and an id in the address is often stamped when the piece was
    /// drafted, some days before the event it was written for.
    /// </summary>
    private static AnchorDate? FromPublication(string text, DateMention eventDate, int month, int day, Publication? publication)
    {
        if (publication is null || LatestOccurrence(month, day, publication.Latest.AddDays(AnnouncedAheadDays)) is not { } date)
            return null;
        var published = publication.Latest;
        // A report cannot tell of a day still to come: an article that opens on a visit or a
        // funeral days ahead reports on its own day, and the posts it names are held then.
        if (publication.Granularity == DateGranularity.Day && date.DayNumber - published.DayNumber > UpcomingAfterDays)
            return FromPublicationAlone(text, publication,
                $"{DayMonth(eventDate)} falls {date.DayNumber - published.DayNumber} days after {publication.Description}: a day announced ahead, not the day reported");
        // The day after publication may be the day reported (a feed filing a day early), but not when
        // the text says it is still to come: 'sẽ triệu tập … sáng 16/8', a trip 'từ 16 đến 21/11', a question.
        // A text that reports on 'sáng nay' without writing the day was filed early: its today is that day.
        if (publication.Granularity == DateGranularity.Day && date > published && StillToCome(text, eventDate) && !UnwrittenToday(text))
            return FromPublicationAlone(text, publication,
                $"{DayMonth(eventDate)} falls after {publication.Description} and the text tells of it as still to come: a day announced ahead, not the day reported");
        var how = date <= published
            ? $"{DayMonth(eventDate)} is the latest such day on or before {publication.Description}"
            : $"{DayMonth(eventDate)} falls {date.DayNumber - published.DayNumber} days after {publication.Description}, a day announced ahead";
        return Dated(eventDate, date.Year, YearBasis.Publication, how);
    }

    /// <summary>
    /// Whether the sentence of a day tells of it as ahead: a word of the future before it ('sẽ', 'dự
    /// kiến', 'sắp'), a span of days it opens ('từ 16 đến 21/11'), or a question.
    /// </summary>
    private static bool StillToCome(string text, DateMention mention)
    {
        if (mention.EndDay is not null)
            return true;
        var start = mention.Start == 0 ? 0 : text.AsSpan(0, mention.Start).LastIndexOfAny(SentenceEnds) + 1;
        var end = text.AsSpan(mention.End).IndexOfAny(SentenceEnds);
        var closing = end < 0 ? text.Length : mention.End + end;
        return FutureWord().IsMatch(text.AsSpan(start, mention.Start - start)) || (closing < text.Length && text[closing] == '?');
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    /// <summary>'sáng nay' with no day written after it ('hôm nay 7/7' writes it).</summary>
    private static bool UnwrittenToday(string text)
    {
        foreach (Match today in Today().Matches(text))
        {
            if (!TodayGloss().Match(text, today.Index + today.Length).Success)
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<!\p{L})(?:sẽ|dự\s+kiến|sắp)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureWord();

    /// <summary>
    /// Cited documents bound the year from below. The year stays open unless the text reviews a
    /// document N years on ('sơ kết hai năm thực hiện Chỉ thị số 12-CT/TW').
    /// </summary>
    /// <param name="dated">The cited documents dated to the day.</param>
    /// <param name="lowerBound">The first year they allow (<see cref="DocumentsLowerBound"/>).</param>
    private static AnchorDate? FromCitedDocuments(string text, DateMention eventDate, int month, int day,
        IReadOnlyList<CitedDocuments.Dated> dated, int? lowerBound)
    {
        if (lowerBound is not { } firstYear)
            return null;
        var latest = dated.Max(d => AsDate(d.Date));
        var candidates = Enumerable.Range(firstYear, CandidateWindowYears + 1)
            .Where(year => DateRecognizer.IsValidDay(year, month, day))
            .ToList();
        var bound = $"cited documents dated {latest.Year} (latest {latest:yyyy-MM-dd}) put the event on {DayMonth(eventDate)} in {firstYear} or later";

        if (AnniversaryReviewYear(text, dated) is { } review && candidates.Contains(review.Year))
            return Dated(eventDate, review.Year, YearBasis.CitedDocument, $"{bound}; the text reviews {review.Phrase}: {review.Year}");
        return Undated(eventDate, candidates, $"{bound}; no other evidence fixes the year");
    }

    /// <summary>'sơ kết hai năm thực hiện Chỉ thị số 12-CT/TW' with the Chỉ thị dated 2022 → 2024.</summary>
    private static (int Year, string Phrase)? AnniversaryReviewYear(string text, IReadOnlyList<CitedDocuments.Dated> dated)
    {
        var review = AnniversaryReview().Match(text);
        if (!review.Success || ContextYears.NumberValue(review.Groups["n"].Value) is not { } years)
            return null;
        var document = dated.FirstOrDefault(d => d.Number == review.Groups["number"].Value);
        return document is null ? null : (document.Date.Year!.Value + years, $"'{review.Value}' of a document dated {document.Date.Year}");
    }

    /// <summary>
    /// 'Từ ngày 6 đến 8/1, Ủy ban đã họp …' published on 8/1: a report on a span of days that is over
    /// by the publication date is written on its last day. A span still running keeps its first.
    /// </summary>
    private static DateMention? LastDayOf(DateMention? mention, Publication? publication)
    {
        if (mention is not { EndDay: { } last, Month: { } month } || publication is not { Granularity: DateGranularity.Day })
            return mention;
        var published = publication.Latest;
        var year = mention.Year ?? published.Year;
        if (!DateRecognizer.IsValidDay(year, month, last))
            return mention;
        var end = new DateOnly(year, month, last);
        return end <= published && published.DayNumber - end.DayNumber <= RecalledAfterDays ? mention with { Day = last, EndDay = null } : mention;
    }

    private static DateOnly AsDate(DateMention mention) => new(mention.Year!.Value, mention.Month!.Value, mention.Day!.Value);

    private static bool IsOnOrAfter(int year, int month, int day, DateOnly bound) =>
        DateRecognizer.IsValidDay(year, month, day) && new DateOnly(year, month, day) >= bound;

    /// <summary>
    /// Without a day for the event, the publication date stands for it: 'hôm nay', 'sáng nay' name it,
    /// 'vừa', 'mới đây' put the event just before it, and otherwise the text shows things as they
    /// stood when it was published. A lead that counts from it ('Hôm qua, …', 'Tuần trước, …') moves
    /// the day, at the granularity it allows.
    /// </summary>
    private static AnchorDate FromPublicationAlone(string text, Publication? publication, string why)
    {
        if (publication is null)
            return AnchorDate.None(why);
        var published = publication.Latest;
        var granularity = publication.Granularity;
        var standing = new AnchorDate(published.Year, published.Month, granularity == DateGranularity.Day ? published.Day : null,
            granularity, YearBasis.Publication, [published.Year], $"{why}; {publication.Description} stands for it", null);
        if (RelativeDates.Lead(text) is { } relative && relative.From(standing) is { Year: { } year } shifted)
        {
            var counted = standing with { Year = year, Month = shifted.Month, Day = shifted.Day, Granularity = shifted.Granularity, CandidateYears = [year] };
            return counted with { Reason = $"the text reports on '{relative.Text.Trim()}', counted from {publication.Description}: {counted.ToIso()}" };
        }
        var today = Today().Match(text);
        if (today.Success && granularity == DateGranularity.Day && GlossedDay(text, today, published) is { } glossed)
            return standing with
            {
                Year = glossed.Year, Month = glossed.Month, Day = glossed.Day, CandidateYears = [glossed.Year],
                Reason = $"the text reports on '{today.Value}' and writes it as {glossed.Day}/{glossed.Month}, near {publication.Description}",
            };
        if (today.Success)
            return standing with { Reason = $"the text reports on '{today.Value}', {publication.Description}" };
        var recent = JustBefore().Match(text, 0, ReportLead.EndOfParagraphs(text, RelativeDates.LeadParagraphs));
        if (recent.Success)
            return standing with { Reason = $"{why}; it tells of what happened just before publication ('{recent.Value}'): {publication.Description} stands for it" };
        return standing;
    }

    /// <summary>
    /// 'phiên họp hôm nay 28/11', 'Sáng nay (5/2), …': the day 'hôm nay' is written as, when it lies within
    /// a week before the publication date (or the day after it, a feed filing early): the day of writing
    /// the publication date only approaches.
    /// </summary>
    private static DateOnly? GlossedDay(string text, Match today, DateOnly published)
    {
        var gloss = TodayGloss().Match(text, today.Index + today.Length);
        if (!gloss.Success)
            return null;
        var day = int.Parse(gloss.Groups["d"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(gloss.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        foreach (var year in (ReadOnlySpan<int>)[published.Year, published.Year - 1])
        {
            if (!DateRecognizer.IsValidDay(year, month, day))
                continue;
            var written = new DateOnly(year, month, day);
            var before = published.DayNumber - written.DayNumber;
            if (before >= -UpcomingAfterDays && before <= RecalledAfterDays)
                return written;
        }
        return null;
    }

    [GeneratedRegex(@"\G\s*[,(]?\s*(?:ngày\s*)?(?<d>[0-9]{1,2})\s*[/.-]\s*(?<m>[0-9]{1,2})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TodayGloss();

    /// <summary>'vừa', 'mới đây', 'vừa qua': the event was shortly before the report.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:vừa|mới\s+đây|gần\s+đây)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex JustBefore();

    private static AnchorDate Dated(DateMention mention, int year, YearBasis basis, string reason) =>
        new(year, mention.Month, mention.Day, DateGranularity.Day, basis, [year], reason, mention) { FromText = true };

    private static AnchorDate Undated(DateMention mention, IReadOnlyList<int> candidates, string reason) =>
        new(null, mention.Month, mention.Day, DateGranularity.Day, YearBasis.Unknown, candidates, reason, mention) { FromText = true };

    private static string DayMonth(DateMention mention) => $"{mention.Day}/{mention.Month}";
}
