using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>A hint in the text at the year of a day written without one, with what it rests on.</summary>
/// <param name="Years">The years the hint allows: one, or two when it cannot choose.</param>
public sealed record YearClue(IReadOnlyList<int> Years, string Reason);

/// <summary>
/// Reads the year of the reported day (written as day and month only) from the rest of the text:
/// a listed sitting ('Kỳ họp thứ 7, Quốc hội khóa XV'), a mid-year review ('sơ kết 6 tháng đầu năm
/// 2024'), a year said to be the present one ('tháng 4/2024 này'), an event named with its year
/// ('Kỳ thi tốt nghiệp THPT năm 2024'), a named Tết ('Tết Giáp Thìn') and, weaker, full dates written
/// close to that day. These are context, weaker than a publication date.
/// </summary>
internal static partial class ContextYears
{
    /// <summary>How close (in days) a sitting must be to the reported day to date it.</summary>
    private const int SittingMarginDays = 31;

    /// <summary>How long before the reported day a full date elsewhere in the text still lends its year.</summary>
    private const int RecentPastDays = 62;

    /// <summary>How long after the reported day a full date elsewhere in the text still lends its year.</summary>
    private const int NearFutureDays = 14;

    /// <summary>
    /// Dates before this year are never lent as context: a text that writes no recent year but
    /// 'ngày 30/4/1975' near the reported day commemorates it, it does not date the report.
    /// </summary>
    private const int EarliestContextYear = 2000;

    /// <summary>How many days after a cited document's date the event can be that hands it over.</summary>
    private const int DocumentHandOverDays = 14;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Ordinal = @"(?<n>[0-9]{1,2}|nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|lăm))?)";

    private const string RomanTerm = @"(?:khóa|khoá)\s+(?<term>[IVXL]{1,7})(?![\p{L}0-9])";

    /// <summary>'Kỳ họp thứ 7, Quốc hội khóa XV', 'kỳ họp bất thường lần thứ 5 Quốc hội khóa XV', 'Kỳ họp thứ bảy'.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])kỳ\s+họp\s+(?<special>bất\s+thường\s+)?(?:lần\s+)?thứ\s+" + Ordinal + @"(?![\p{L}0-9])(?:[\s,(]{1,4}(?:của\s+)?quốc\s+hội\s+" + RomanTerm + ")?", Options)]
    private static partial Regex AssemblySession();

    /// <summary>'Hội nghị Trung ương 9 khóa XIII', 'Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII'.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])hội\s+nghị\s+(?:trung\s+ương\s+(?:lần\s+thứ\s+)?" + Ordinal + @"|lần\s+thứ\s+" + Ordinal + @"\s+ban\s+chấp\s+hành\s+trung\s+ương(?:\s+đảng)?)(?![\p{L}0-9])[\s,(]{1,4}(?:đảng\s+)?" + RomanTerm, Options)]
    private static partial Regex Plenum();

    /// <summary>'sơ kết 6 tháng đầu năm 2024', 'nhiệm vụ sáu tháng cuối năm 2024': talk of the half-year.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm\s+(?<y>20[0-9]{2})(?![0-9])", Options)]
    private static partial Regex HalfYear();

    /// <summary>'sơ kết quý I/2024', 'quý III năm 2024': talk of a quarter.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])quý\s+(?<q>I|II|III|IV|1|2|3|4)(?:\s*/\s*|\s+năm\s+)(?<y>20[0-9]{2})(?![0-9])", Options)]
    private static partial Regex Quarter();

    /// <summary>'tháng 4/2024 này', 'năm 2024 này', 'mùa giải 2025 năm nay', 'năm nay (2024)'.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])(?:(?:tháng\s+[0-9]{1,2}\s*[/-]\s*|năm\s+|mùa\s+giải\s+(?:\p{L}+\s+)?)(?<y>20[0-9]{2})\s+(?:này|năm\s+nay)|năm\s+nay\s*\(\s*(?<y>20[0-9]{2})\s*\))(?![\p{L}0-9])", Options)]
    private static partial Regex PresentYear();

    /// <summary>
    /// An event named with its year: 'Kỳ thi tốt nghiệp THPT năm 2024', 'Festival Huế 2024',
    /// 'Giải Futsal HDBank VĐQG 2025'. The name starts with a capital; the year ends it.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])(?:Kỳ\s+thi|Festival|Lễ\s+hội|Giải|Hội\s+thi|Hội\s+diễn|Hội\s+chợ|Hội\s+báo|Liên\s+hoan|Cuộc\s+thi|Triển\s+lãm|Tuần\s+lễ|Diễn\s+đàn|Năm\s+Du\s+lịch|Mùa\s+giải|SEA\s+Games|Expo)(?:\s+[\p{L}0-9&.'’-]+){0,8}?\s+(?:năm\s+)?(?<y>20[0-9]{2})(?![0-9/\-])", RegexOptions.CultureInvariant)]
    private static partial Regex NamedEvent();

    /// <summary>'Tết Giáp Thìn', 'Tết Nguyên đán Ất Tỵ', 'Xuân Giáp Thìn'.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])(?:tết(?:\s+nguyên\s+đán)?|xuân)\s+(?<stem>giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(?<branch>tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)(?!\p{L})", Options)]
    private static partial Regex NamedTet();

    private static readonly string[] Stems = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];
    private static readonly string[] Branches = ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"];

    /// <summary>
    /// The clues for the year of <paramref name="lead"/>. Strong clues (sittings, reviews, the
    /// present year, named events, Tết) come first; nearby dates are returned only when there is none.
    /// </summary>
    public static IReadOnlyList<YearClue> Find(string text, DateMention lead, IReadOnlyList<DateMention> mentions,
        IReadOnlySet<DateMention> notReported, IReadOnlySet<DateMention> documentDates)
    {
        int month = lead.Month!.Value, day = lead.Day!.Value;
        var openingEnd = ParagraphEnd(text, lead.End);
        var clues = new List<YearClue>();
        AddSittings(text, openingEnd, month, day, clues);
        AddHalfYearReviews(text, month, clues);
        AddQuarterReviews(text, month, clues);
        AddPresentYears(text, clues);
        AddNamedEvents(text, openingEnd, month, clues);
        AddNamedTet(text, month, clues);
        AddAnniversaries(text, openingEnd, month, day, clues);
        if (clues.Count > 0)
            return clues;
        AddNearbyDates(text, mentions, lead, notReported, documentDates, clues);
        return clues;
    }

    /// <summary>
    /// A sitting named in the opening (up to the end of the lead's paragraph) dates a day that falls
    /// during it or within a month of it: preparations and voter meetings come just before and after.
    /// </summary>
    private static void AddSittings(string text, int openingEnd, int month, int day, List<YearClue> into)
    {
        var opening = text[..openingEnd];
        var assemblyTerms = TermRecognizer.Find(text).Where(t => t.Kind == TermKind.NationalAssemblyTerm).Select(t => t.Number).Distinct().ToList();
        foreach (Match match in AssemblySession().Matches(opening))
        {
            if (IsCitedAsDocument(opening, match.Index))
                continue;
            // Without its term written, a session is read in the only assembly term the text names,
            // and only when its sentence speaks of the National Assembly: councils ('Kỳ họp thứ 18,
            // HĐND tỉnh khóa XVII') number their sessions too.
            var term = match.Groups["term"].Success ? TermRecognizer.ParseRoman(match.Groups["term"].Value)
                : assemblyTerms.Count == 1 && IsAssemblySentence(opening, match) ? assemblyTerms[0] : null;
            var kind = match.Groups["special"].Success ? SittingKind.NationalAssemblySpecialSession : SittingKind.NationalAssemblySession;
            if (term is { } known && NumberValue(match.Groups["n"].Value) is { } number && ReferenceCalendar.Find(kind, known, number) is { } sitting)
                AddIfNear(sitting, match.Value, month, day, into);
        }
        foreach (Match match in Plenum().Matches(opening))
        {
            if (IsCitedAsDocument(opening, match.Index))
                continue;
            var numberText = match.Groups["n"].Value;
            if (TermRecognizer.ParseRoman(match.Groups["term"].Value) is { } term && NumberValue(numberText) is { } number
                && ReferenceCalendar.Find(SittingKind.CentralCommitteePlenum, term, number) is { } sitting)
            {
                AddIfNear(sitting, match.Value, month, day, into);
            }
        }
        foreach (var congress in TermRecognizer.Find(opening).Where(t => t.Kind == TermKind.PartyCongress && t.Number is not null))
        {
            if (IsCitedAsDocument(opening, congress.Start))
                continue;
            if (ReferenceCalendar.Find(SittingKind.PartyCongress, congress.Number!.Value, congress.Number!.Value) is { } sitting)
                AddIfNear(sitting, congress.Text, month, day, into);
        }
    }

    [GeneratedRegex(@"(?<!\p{L})quốc\s+hội(?!\p{L})", Options)]
    private static partial Regex AssemblyWords();

    [GeneratedRegex(@"(?<!\p{L})(?:HĐND|hội\s+đồng\s+nhân\s+dân)(?!\p{L})", Options)]
    private static partial Regex CouncilWords();

    private static bool IsAssemblySentence(string text, Match session)
    {
        var boundary = session.Index == 0 ? -1 : text.LastIndexOfAny(['.', '\n'], session.Index - 1);
        var start = Math.Max(boundary + 1, session.Index - 100);
        var afterLength = Math.Min(40, text.Length - session.Index - session.Length);
        return AssemblyWords().IsMatch(text.AsSpan(start, session.Index - start))
            && !CouncilWords().IsMatch(text.AsSpan(session.Index + session.Length, afterLength));
    }

    /// <summary>
    /// 'Nghị quyết Hội nghị Trung ương 8 khóa XIII', 'văn kiện Đại hội XIII': a sitting cited for
    /// what it decided is quoted for years after it met, so it says nothing of the reported day.
    /// </summary>
    private static bool IsCitedAsDocument(string text, int sittingStart)
    {
        var boundary = sittingStart == 0 ? -1 : text.LastIndexOfAny(['.', '\n', ';'], sittingStart - 1);
        var sentenceStart = Math.Max(boundary + 1, sittingStart - 80);
        return DocumentWords().IsMatch(text.AsSpan(sentenceStart, sittingStart - sentenceStart));
    }

    [GeneratedRegex(@"(?<!\p{L})(?:nghị\s+quyết|kết\s+luận|văn\s+kiện|tinh\s+thần|chỉ\s+thị|quy\s+định|nhiệm\s+kỳ|NQ/TW|KL/TW)(?!\p{L})", Options)]
    private static partial Regex DocumentWords();

    private static void AddIfNear(Sitting sitting, string named, int month, int day, List<YearClue> into)
    {
        var years = YearsWithin(month, day, sitting.Opened.Year, (year, date) => sitting.IsNear(date, SittingMarginDays));
        if (years.Count > 0)
            into.Add(new YearClue(years, $"the text names '{named.Trim()}', held {sitting.Opened:yyyy-MM-dd} to {sitting.Closed:yyyy-MM-dd}, and {day}/{month} falls within a month of it"));
    }

    /// <summary>Half-year reviews and plans are held around mid-year, from May to August.</summary>
    private static void AddHalfYearReviews(string text, int month, List<YearClue> into)
    {
        if (month is < 5 or > 8)
            return;
        foreach (Match match in HalfYear().Matches(text))
            into.Add(new YearClue([Year(match)], $"the text speaks of the half-year '{match.Value}' and the day falls mid-year"));
    }

    /// <summary>
    /// A quarter is reviewed in its last weeks or in the month after it, so a day from its first
    /// month to the month after it takes its year (the month after the fourth quarter is next January).
    /// </summary>
    private static void AddQuarterReviews(string text, int month, List<YearClue> into)
    {
        foreach (Match match in Quarter().Matches(text))
        {
            var quarter = match.Groups["q"].Value.ToUpperInvariant() switch { "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4 };
            var first = 3 * quarter - 2;
            var year = Year(match);
            if (month >= first && month <= first + 3)
                into.Add(new YearClue([year], $"the text speaks of the quarter '{match.Value}' and the day falls in it or just after it"));
            else if (quarter == 4 && month == 1)
                into.Add(new YearClue([year + 1], $"the text speaks of the quarter '{match.Value}' and the day falls in the January after it"));
        }
    }

    private static void AddPresentYears(string text, List<YearClue> into)
    {
        foreach (Match match in PresentYear().Matches(text))
        {
            var year = Year(match);
            into.Add(new YearClue([year], $"the text calls {year} the present year ('{match.Value}')"));
        }
    }

    /// <summary>
    /// An event named with its year in the opening. Late in the year the next year's edition is
    /// already being prepared, so November and December leave two candidates.
    /// </summary>
    private static void AddNamedEvents(string text, int openingEnd, int month, List<YearClue> into)
    {
        foreach (Match match in NamedEvent().Matches(text[..openingEnd]))
        {
            var year = Year(match);
            IReadOnlyList<int> years = month >= 11 ? [year - 1, year] : [year];
            into.Add(new YearClue(years, $"the opening names the event '{match.Value}'"));
        }
    }

    /// <summary>Tết falls in January or February: the autumn before it prepares it, the spring after it follows it.</summary>
    private static void AddNamedTet(string text, int month, List<YearClue> into)
    {
        foreach (Match match in NamedTet().Matches(text))
        {
            if (LunarYear(match.Groups["stem"].Value, match.Groups["branch"].Value) is not { } year)
                continue;
            int? reported = month switch { <= 6 => year, >= 10 => year - 1, _ => null };
            if (reported is { } known)
                into.Add(new YearClue([known], $"the text names '{match.Value}' (Tết of {year}) and the day is {(known == year ? "in the first half of that year" : "in the autumn before it")}"));
        }
    }

    /// <summary>'kỷ niệm 70 năm Chiến thắng Điện Biên Phủ', 'Kỷ niệm 79 năm Ngày Cách mạng Tháng Tám': a national day counted in years.</summary>
    [GeneratedRegex(@"(?<!\p{L})kỷ\s+niệm\s+(?<n>[0-9]{1,3})\s+năm\s+(?:ngày\s+)?(?<name>[^.;:\n(]{3,60})", Options)]
    private static partial Regex Anniversary();

    /// <summary>National days whose anniversaries are held every year, with the day they count from.</summary>
    private static readonly (string Name, DateOnly Day)[] NationalDays =
    [
        ("chiến thắng hà nội - điện biên phủ trên không", new DateOnly(1972, 12, 30)),
        ("chiến thắng điện biên phủ trên không", new DateOnly(1972, 12, 30)),
        ("điện biên phủ trên không", new DateOnly(1972, 12, 30)),
        ("chiến thắng điện biên phủ", new DateOnly(1954, 5, 7)),
        ("chiến thắng lịch sử điện biên phủ", new DateOnly(1954, 5, 7)),
        ("giải phóng miền nam", new DateOnly(1975, 4, 30)),
        ("cách mạng tháng tám", new DateOnly(1945, 8, 19)),
        ("quốc khánh", new DateOnly(1945, 9, 2)),
        ("thành lập quân đội nhân dân", new DateOnly(1944, 12, 22)),
        ("thành lập qđnd", new DateOnly(1944, 12, 22)),
        ("thành lập đảng", new DateOnly(1930, 2, 3)),
        ("đảng cộng sản việt nam", new DateOnly(1930, 2, 3)),
        ("thành lập công đoàn việt nam", new DateOnly(1929, 7, 28)),
        ("công đoàn việt nam", new DateOnly(1929, 7, 28)),
        ("sinh chủ tịch hồ chí minh", new DateOnly(1890, 5, 19)),
        ("sinh của chủ tịch hồ chí minh", new DateOnly(1890, 5, 19)),
        ("thương binh - liệt sĩ", new DateOnly(1947, 7, 27)),
        ("thương binh-liệt sĩ", new DateOnly(1947, 7, 27)),
        ("thương binh liệt sĩ", new DateOnly(1947, 7, 27)),
        ("giải phóng thủ đô", new DateOnly(1954, 10, 10)),
        ("truyền thống lực lượng công an nhân dân", new DateOnly(1945, 8, 19)),
        ("truyền thống công an nhân dân", new DateOnly(1945, 8, 19)),
        ("báo chí cách mạng việt nam", new DateOnly(1925, 6, 21)),
        ("nhà giáo việt nam", new DateOnly(1982, 11, 20)),
        ("thành lập mặt trận tổ quốc việt nam", new DateOnly(1930, 11, 18)),
        ("thành lập đoàn tncs hồ chí minh", new DateOnly(1931, 3, 26)),
        ("thành lập đoàn thanh niên cộng sản hồ chí minh", new DateOnly(1931, 3, 26)),
        ("thành lập hội liên hiệp phụ nữ việt nam", new DateOnly(1930, 10, 20)),
        ("biên phòng toàn dân", new DateOnly(1959, 3, 3)),
        ("thầy thuốc việt nam", new DateOnly(1955, 2, 27)),
        ("tổng tuyển cử đầu tiên", new DateOnly(1946, 1, 6)),
        ("ký hiệp định paris", new DateOnly(1973, 1, 27)),
        ("hiệp định paris", new DateOnly(1973, 1, 27)),
    ];

    /// <summary>How long after a national day its anniversary's events still take its year without doubt.</summary>
    private const int AnniversaryFollowUpDays = 60;

    /// <summary>
    /// A national day's N-th anniversary named in the opening falls in the year it was first held
    /// plus N. A day before it in the calendar is in that year (preparations, the ceremony); a day
    /// well after it may follow it up or prepare the next one, so that day leaves the year before too.
    /// </summary>
    private static void AddAnniversaries(string text, int openingEnd, int month, int day, List<YearClue> into)
    {
        foreach (Match match in Anniversary().Matches(text[..openingEnd]))
        {
            var name = match.Groups["name"].Value.ToLowerInvariant();
            var national = NationalDays.FirstOrDefault(d => name.StartsWith(d.Name, StringComparison.Ordinal));
            if (national.Name is null || !int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                continue;
            var year = national.Day.Year + count;
            // 'hướng tới kỷ niệm 100 năm thành lập Đảng' (2030) is a goal, not the present.
            if (year > DateTime.UtcNow.Year + 1 || !DateRecognizer.IsValidDay(year, month, day))
                continue;
            var reported = new DateOnly(year, month, day);
            var anniversary = new DateOnly(year, national.Day.Month, national.Day.Day);
            IReadOnlyList<int> years = reported.DayNumber - anniversary.DayNumber <= AnniversaryFollowUpDays ? [year] : [year - 1, year];
            into.Add(new YearClue(years, $"the opening names the anniversary '{match.Value.Trim()}' of {national.Day:yyyy-MM-dd}, held in {year}"));
        }
    }

    /// <summary>
    /// Full dates written elsewhere in the text close to the reported day, and cited documents dated
    /// up to two weeks before it (the event hands them over or announces them). Only dates from about
    /// the newest year the text writes count: older ones are history ('ngày 19/6/1924').
    /// </summary>
    private static void AddNearbyDates(string text, IReadOnlyList<DateMention> mentions, DateMention lead, IReadOnlySet<DateMention> notReported,
        IReadOnlySet<DateMention> documentDates, List<YearClue> into)
    {
        // Cited documents' dates count here: they are of the text's time as much as its other dates.
        var otherwiseExcluded = notReported.Where(m => !documentDates.Contains(m)).ToHashSet();
        if (NewestDatedYear(text, mentions, otherwiseExcluded) is not { } newest)
            return;
        int month = lead.Month!.Value, day = lead.Day!.Value;
        foreach (var mention in mentions)
        {
            // Months alone ('Tháng 4/2021: Phó Bí thư') are the steps of a career, not the news.
            if (mention.Year is not { } year || year < newest - 1 || year < EarliestContextYear || mention.Granularity != DateGranularity.Day || ReferenceEquals(mention, lead))
                continue;
            var isDocument = documentDates.Contains(mention);
            if (notReported.Contains(mention) && !isDocument)
                continue;
            var near = new DateOnly(year, mention.Month!.Value, mention.Day!.Value);
            // A date shortly before the day is the story's recent past ('Trước đó, ngày 9/7/2024'); dates
            // after it are deadlines and effective dates, often years ahead, so only a close one counts.
            var years = isDocument
                ? YearsWithin(month, day, year, (_, date) => date >= near && date.DayNumber - near.DayNumber <= DocumentHandOverDays)
                : YearsWithin(month, day, year, (_, date) => date.DayNumber - near.DayNumber is >= 0 and <= RecentPastDays
                    || near.DayNumber - date.DayNumber is > 0 and <= NearFutureDays);
            if (years.Count > 0)
            {
                var how = isDocument ? $"a document dated '{mention.Text.Trim()}', days before {day}/{month}" : $"'{mention.Text.Trim()}' close to {day}/{month}";
                into.Add(new YearClue(years, $"the text writes {how}"));
            }
        }
    }

    /// <summary>The newest year the text writes, targets ('đến năm 2030', 'tầm nhìn 2045') aside.</summary>
    internal static int? NewestDatedYear(string text, IReadOnlyList<DateMention> mentions, IReadOnlySet<DateMention> notReported) =>
        mentions.Where(m => m.Year is not null && !notReported.Contains(m) && !IsTarget(text, m)).Max(m => m.Year);

    /// <summary>'đến năm 2030', 'trước năm 2030', 'tầm nhìn đến năm 2045': a year aimed at, not a present one.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:đến|tới|trước|tầm\s+nhìn|mục\s+tiêu|giai\s+đoạn)\s*$", Options)]
    private static partial Regex TargetPrecedes();

    private static bool IsTarget(string text, DateMention mention)
    {
        if (mention.Granularity != DateGranularity.Year)
            return false;
        var start = Math.Max(0, mention.Start - 16);
        return TargetPrecedes().IsMatch(text.AsSpan(start, mention.Start - start));
    }

    /// <summary>The years around <paramref name="around"/> in which the day and month satisfy the test.</summary>
    private static List<int> YearsWithin(int month, int day, int around, Func<int, DateOnly, bool> test)
    {
        var years = new List<int>();
        for (var year = around - 1; year <= around + 1; year++)
        {
            if (DateRecognizer.IsValidDay(year, month, day) && test(year, new DateOnly(year, month, day)))
                years.Add(year);
        }
        return years;
    }

    /// <summary>The year of the sexagenary cycle with that stem and branch, between 2000 and next year.</summary>
    internal static int? LunarYear(string stem, string branch)
    {
        var stemIndex = Array.IndexOf(Stems, stem.ToLowerInvariant());
        var branchName = branch.ToLowerInvariant() switch { "mẹo" => "mão", "tị" => "tỵ", var name => name };
        var branchIndex = Array.IndexOf(Branches, branchName);
        if (stemIndex < 0 || branchIndex < 0)
            return null;
        // 2004 was a Giáp Thân year: stem 0, branch 8.
        for (var year = 2000; year <= DateTime.UtcNow.Year + 1; year++)
        {
            if ((year - 2004 + 600) % 10 == stemIndex && (year - 2004 + 8 + 600) % 12 == branchIndex)
                return year;
        }
        return null;
    }

    /// <summary>A positive number written in digits or in words ('bảy', 'thứ tư', 'mười hai'), or null.</summary>
    internal static int? NumberValue(string word) => word.ToLowerInvariant() switch
    {
        "nhất" or "một" => 1, "hai" => 2, "ba" => 3, "tư" or "bốn" => 4, "năm" => 5, "sáu" => 6, "bảy" => 7, "tám" => 8, "chín" => 9, "mười" => 10,
        var other when other.StartsWith("mười", StringComparison.Ordinal) => other.EndsWith("một", StringComparison.Ordinal) ? 11
            : other.EndsWith("hai", StringComparison.Ordinal) ? 12 : other.EndsWith("ba", StringComparison.Ordinal) ? 13
            : other.EndsWith("bốn", StringComparison.Ordinal) ? 14 : 15,
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null,
    };

    private static int Year(Match match) => int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The end of the paragraph holding the offset.</summary>
    private static int ParagraphEnd(string text, int offset)
    {
        var end = text.IndexOf('\n', Math.Min(offset, text.Length));
        return end < 0 ? text.Length : end;
    }
}
