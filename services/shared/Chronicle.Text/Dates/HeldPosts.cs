using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>One person in one post for one span of time: public facts from the announced elections and appointments.</summary>
/// <param name="Titles">The ways news writes the post just before the name, capitalised as written ('Bộ trưởng Bộ Công an').</param>
/// <param name="Start">ISO date at the precision known ('2024-10' when only the month is certain).</param>
/// <param name="End">ISO date at the precision known; null while in office, or when its end is not certain.</param>
/// <param name="Countries">For a foreign post, the names of the country that may stand between title and name ('Thủ tướng Nhật Bản Kishida Fumio').</param>
public sealed record HeldPost(string[] Titles, string Person, string Start, string? End, string[]? Countries = null)
{
    /// <summary>The first day the post can have been held: the start, or the first day of its month or year.</summary>
    public DateOnly Earliest => Low(Start);

    /// <summary>The last day the post can have been held, or null while it is held.</summary>
    public DateOnly? Latest => End is null ? null : High(End);

    private static DateOnly Low(string iso) => iso.Length switch
    {
        4 => new DateOnly(Year(iso), 1, 1),
        7 => new DateOnly(Year(iso), Month(iso), 1),
        _ => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DateOnly High(string iso) => iso.Length switch
    {
        4 => new DateOnly(Year(iso), 12, 31),
        7 => new DateOnly(Year(iso), Month(iso), DateTime.DaysInMonth(Year(iso), Month(iso))),
        _ => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static int Year(string iso) => int.Parse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Month(string iso) => int.Parse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>A post named with its holder in the text ('Chủ tịch nước Tô Lâm'), and where.</summary>
public sealed record HeldPostMention(HeldPost Post, int Start, string Text);

/// <summary>
/// Who held the top posts when. A title written just before its holder's name is true only while
/// the holder held it, so the pairs an article names bound the days it can report on: 'Tổng Bí thư,
/// Chủ tịch nước Tô Lâm' is only possible from 3 August to 21 October 2024. Only what is certain is
/// listed; an end that is not certain is left open, which only ever leaves more years possible.
/// </summary>
public static partial class HeldPosts
{
    private static readonly string[] Party = ["Tổng Bí thư"];
    private static readonly string[] President = ["Chủ tịch nước"];
    private static readonly string[] ActingPresident = ["Quyền Chủ tịch nước", "quyền Chủ tịch nước"];
    private static readonly string[] PrimeMinister = ["Thủ tướng Chính phủ", "Thủ tướng"];
    private static readonly string[] AssemblyChair = ["Chủ tịch Quốc hội", "Chủ tịch QH"];
    private static readonly string[] Standing = ["Thường trực Ban Bí thư"];
    private static readonly string[] PublicSecurity = ["Bộ trưởng Bộ Công an", "Bộ trưởng Công an"];
    private static readonly string[] Defence = ["Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Quốc phòng"];
    private static readonly string[] ForeignAffairs = ["Bộ trưởng Bộ Ngoại giao", "Bộ trưởng Ngoại giao"];
    private static readonly string[] Justice = ["Bộ trưởng Bộ Tư pháp", "Bộ trưởng Tư pháp"];
    private static readonly string[] VicePresident = ["Phó Chủ tịch nước"];
    private static readonly string[] DeputyPrimeMinister = ["Phó Thủ tướng Chính phủ", "Phó Thủ tướng"];
    private static readonly string[] Organisation = ["Trưởng Ban Tổ chức Trung ương"];
    private static readonly string[] HeadOfState = ["Tổng thống"];
    private static readonly string[] Chancellor = ["Thủ tướng", "Thủ tướng Đức"];
    private static readonly string[] ChinaPresident = ["Chủ tịch nước", "Chủ tịch"];

    public static IReadOnlyList<HeldPost> Table { get; } =
    [
        // Holders who died in office keep their title in the news (funerals, their books): no end.
        new(Party, "Nguyễn Phú Trọng", "2011-01-19", null),
        new(Party, "Tô Lâm", "2024-08-03", null),
        new(President, "Trương Tấn Sang", "2011-07-25", "2016-04-02"),
        new(President, "Trần Đại Quang", "2016-04-02", null),
        new(President, "Nguyễn Phú Trọng", "2018-10-23", "2021-04-05"),
        new(President, "Nguyễn Xuân Phúc", "2021-04-05", "2023-01-18"),
        new(ActingPresident, "Võ Thị Ánh Xuân", "2023-01-18", "2023-03-02"),
        new(ActingPresident, "Võ Thị Ánh Xuân", "2024-03-21", "2024-05-22"),
        new(President, "Võ Văn Thưởng", "2023-03-02", "2024-03-21"),
        new(President, "Tô Lâm", "2024-05-22", "2024-10-21"),
        new(President, "Lương Cường", "2024-10-21", null),
        new(VicePresident, "Đặng Thị Ngọc Thịnh", "2016-04-08", "2021-04-06"),
        new(VicePresident, "Võ Thị Ánh Xuân", "2021-04-06", null),
        new(PrimeMinister, "Nguyễn Tấn Dũng", "2006-06-27", "2016-04-07"),
        new(PrimeMinister, "Nguyễn Xuân Phúc", "2016-04-07", "2021-04-05"),
        new(PrimeMinister, "Phạm Minh Chính", "2021-04-05", null),
        new(DeputyPrimeMinister, "Nguyễn Thiện Nhân", "2007-08", "2013"),
        new(DeputyPrimeMinister, "Hoàng Trung Hải", "2007-08", "2016-04"),
        new(DeputyPrimeMinister, "Nguyễn Xuân Phúc", "2011-08-03", "2016-04-07"),
        new(DeputyPrimeMinister, "Vũ Văn Ninh", "2013-11", "2016-04"),
        new(DeputyPrimeMinister, "Vũ Đức Đam", "2013-11", "2023-01-05"),
        new(DeputyPrimeMinister, "Phạm Bình Minh", "2013-11", "2023-01-05"),
        new(DeputyPrimeMinister, "Trương Hòa Bình", "2016-04", "2021-04"),
        new(DeputyPrimeMinister, "Vương Đình Huệ", "2016-04", "2021-03"),
        new(DeputyPrimeMinister, "Trịnh Đình Dũng", "2016-04", "2021-04"),
        new(DeputyPrimeMinister, "Lê Văn Thành", "2021-04", "2023-06"),
        new(DeputyPrimeMinister, "Trần Lưu Quang", "2023-01-05", null),
        new(DeputyPrimeMinister, "Trần Hồng Hà", "2023-01-05", null),
        new(DeputyPrimeMinister, "Lê Thành Long", "2024-06", null),
        new(DeputyPrimeMinister, "Lê Minh Khái", "2021-04-08", null),
        new(AssemblyChair, "Nguyễn Sinh Hùng", "2011-07-23", "2016-03-31"),
        new(AssemblyChair, "Nguyễn Thị Kim Ngân", "2016-03-31", "2021-03-31"),
        new(AssemblyChair, "Vương Đình Huệ", "2021-03-31", "2024-05-02"),
        new(AssemblyChair, "Trần Thanh Mẫn", "2024-05-20", null),
        new(Standing, "Lê Hồng Anh", "2011-01", "2016-01"),
        new(Standing, "Đinh Thế Huynh", "2016-01", "2018-03"),
        new(Standing, "Trần Quốc Vượng", "2018-03", "2021-03"),
        new(Standing, "Võ Văn Thưởng", "2021-02", "2023-03-02"),
        new(Standing, "Trương Thị Mai", "2023-03", "2024-05-16"),
        new(Standing, "Lương Cường", "2024-05-18", "2024-10-21"),
        new(Standing, "Trần Cẩm Tú", "2024-10", null),
        new(Organisation, "Tô Huy Rứa", "2011-01", "2016-02"),
        new(Organisation, "Phạm Minh Chính", "2016-02", "2021-04"),
        new(Organisation, "Trương Thị Mai", "2021-04", "2024-05-16"),
        new(Organisation, "Lê Minh Hưng", "2024-05", null),
        new(PublicSecurity, "Trần Đại Quang", "2011-08-03", "2016-04-09"),
        new(PublicSecurity, "Tô Lâm", "2016-04-09", "2024-06-06"),
        new(PublicSecurity, "Lương Tam Quang", "2024-06", null),
        new(Defence, "Phùng Quang Thanh", "2006-06", "2016-04-09"),
        new(Defence, "Ngô Xuân Lịch", "2016-04-09", "2021-04-08"),
        new(Defence, "Phan Văn Giang", "2021-04-08", null),
        new(ForeignAffairs, "Phạm Gia Khiêm", "2006-06", "2011-08-03"),
        new(ForeignAffairs, "Phạm Bình Minh", "2011-08-03", "2021-04-08"),
        new(ForeignAffairs, "Bùi Thanh Sơn", "2021-04-08", null),
        new(Justice, "Hà Hùng Cường", "2007-08", "2016-04-09"),
        new(Justice, "Lê Thành Long", "2016-04-09", "2024-06"),
        // Foreign leaders often named in Vietnamese news.
        new(HeadOfState, "Joe Biden", "2021-01-20", "2025-01-20", ["Mỹ", "Hoa Kỳ"]),
        new(HeadOfState, "Biden", "2021-01-20", "2025-01-20", ["Mỹ", "Hoa Kỳ"]),
        new(HeadOfState, "Joko Widodo", "2014-10-20", "2024-10-20", ["Indonesia"]),
        new(HeadOfState, "Prabowo Subianto", "2024-10-20", null, ["Indonesia"]),
        new(HeadOfState, "Yoon Suk Yeol", "2022-05-10", "2025-04-04", ["Hàn Quốc"]),
        new(PrimeMinister, "Kishida Fumio", "2021-10-04", "2024-10-01", ["Nhật Bản"]),
        new(PrimeMinister, "Fumio Kishida", "2021-10-04", "2024-10-01", ["Nhật Bản"]),
        new(PrimeMinister, "Ishiba Shigeru", "2024-10-01", null, ["Nhật Bản"]),
        new(PrimeMinister, "Shigeru Ishiba", "2024-10-01", null, ["Nhật Bản"]),
        new(PrimeMinister, "Srettha Thavisin", "2023-08-22", "2024-08-14", ["Thái Lan"]),
        new(PrimeMinister, "Paetongtarn Shinawatra", "2024-08-16", null, ["Thái Lan"]),
        new(PrimeMinister, "Lý Hiển Long", "2004-08-12", "2024-05-15", ["Singapore"]),
        new(PrimeMinister, "Lawrence Wong", "2024-05-15", null, ["Singapore"]),
        new(PrimeMinister, "Rishi Sunak", "2022-10-25", "2024-07-05", ["Anh"]),
        new(PrimeMinister, "Keir Starmer", "2024-07-05", null, ["Anh"]),
        new(PrimeMinister, "Hun Sen", "1985-01-14", "2023-08-22", ["Campuchia"]),
        new(PrimeMinister, "Hun Manet", "2023-08-22", null, ["Campuchia"]),
        new(PrimeMinister, "Lý Khắc Cường", "2013-03-15", "2023-03-11", ["Trung Quốc"]),
        new(PrimeMinister, "Lý Cường", "2023-03-11", null, ["Trung Quốc"]),
        new(PrimeMinister, "Sonexay Siphandone", "2022-12-30", null, ["Lào"]),
        new(Chancellor, "Olaf Scholz", "2021-12-08", "2025-05-06", ["Đức"]),
        // Leaders of the years before, for older reports (terms from their countries' records).
        new(HeadOfState, "Barack Obama", "2009-01-20", "2017-01-20", ["Mỹ", "Hoa Kỳ"]),
        new(HeadOfState, "Obama", "2009-01-20", "2017-01-20", ["Mỹ", "Hoa Kỳ"]),
        new(HeadOfState, "Donald Trump", "2017-01-20", "2021-01-20", ["Mỹ", "Hoa Kỳ"]),
        new(HeadOfState, "Donald Trump", "2025-01-20", null, ["Mỹ", "Hoa Kỳ"]),
        new(HeadOfState, "Trump", "2017-01-20", "2021-01-20", ["Mỹ", "Hoa Kỳ"]),
        new(HeadOfState, "Trump", "2025-01-20", null, ["Mỹ", "Hoa Kỳ"]),
        new(HeadOfState, "Vladimir Putin", "2000-05-07", "2008-05-07", ["Nga"]),
        new(HeadOfState, "Vladimir Putin", "2012-05-07", null, ["Nga"]),
        new(HeadOfState, "Putin", "2000-05-07", "2008-05-07", ["Nga"]),
        new(HeadOfState, "Putin", "2012-05-07", null, ["Nga"]),
        new(HeadOfState, "Dmitry Medvedev", "2008-05-07", "2012-05-07", ["Nga"]),
        new(HeadOfState, "Lee Myung-bak", "2008-02-25", "2013-02-25", ["Hàn Quốc"]),
        new(HeadOfState, "Park Geun-hye", "2013-02-25", "2017-03-10", ["Hàn Quốc"]),
        new(HeadOfState, "Moon Jae-in", "2017-05-10", "2022-05-10", ["Hàn Quốc"]),
        new(HeadOfState, "Rodrigo Duterte", "2016-06-30", "2022-06-30", ["Philippines"]),
        new(HeadOfState, "François Hollande", "2012-05-15", "2017-05-14", ["Pháp"]),
        new(HeadOfState, "Emmanuel Macron", "2017-05-14", null, ["Pháp"]),
        new(HeadOfState, "Susilo Bambang Yudhoyono", "2004-10-20", "2014-10-20", ["Indonesia"]),
        new(PrimeMinister, "Shinzo Abe", "2012-12-26", "2020-09-16", ["Nhật Bản"]),
        new(PrimeMinister, "Abe Shinzo", "2012-12-26", "2020-09-16", ["Nhật Bản"]),
        new(PrimeMinister, "Yoshihide Suga", "2020-09-16", "2021-10-04", ["Nhật Bản"]),
        new(PrimeMinister, "Suga Yoshihide", "2020-09-16", "2021-10-04", ["Nhật Bản"]),
        new(PrimeMinister, "David Cameron", "2010-05-11", "2016-07-13", ["Anh"]),
        new(PrimeMinister, "Theresa May", "2016-07-13", "2019-07-24", ["Anh"]),
        new(PrimeMinister, "Boris Johnson", "2019-07-24", "2022-09-06", ["Anh"]),
        new(PrimeMinister, "Narendra Modi", "2014-05-26", null, ["Ấn Độ"]),
        new(PrimeMinister, "Yingluck Shinawatra", "2011-08-05", "2014-05-07", ["Thái Lan"]),
        new(PrimeMinister, "Prayut Chan-o-cha", "2014-08-24", "2023-08-22", ["Thái Lan"]),
        new(PrimeMinister, "Prayuth Chan-ocha", "2014-08-24", "2023-08-22", ["Thái Lan"]),
        new(PrimeMinister, "Najib Razak", "2009-04-03", "2018-05-10", ["Malaysia"]),
        new(PrimeMinister, "Mahathir Mohamad", "2018-05-10", "2020-03-01", ["Malaysia"]),
        new(PrimeMinister, "Anwar Ibrahim", "2022-11-24", null, ["Malaysia"]),
        new(PrimeMinister, "Malcolm Turnbull", "2015-09-15", "2018-08-24", ["Australia", "Úc"]),
        new(PrimeMinister, "Scott Morrison", "2018-08-24", "2022-05-23", ["Australia", "Úc"]),
        new(PrimeMinister, "Anthony Albanese", "2022-05-23", null, ["Australia", "Úc"]),
        new(PrimeMinister, "Justin Trudeau", "2015-11-04", "2025-03-14", ["Canada"]),
        new(PrimeMinister, "Ôn Gia Bảo", "2003-03-16", "2013-03-15", ["Trung Quốc"]),
        new(PrimeMinister, "Thongloun Sisoulith", "2016-04-20", "2021-03-22", ["Lào"]),
        new(PrimeMinister, "Phankham Viphavanh", "2021-03-22", "2022-12-30", ["Lào"]),
        new(Chancellor, "Angela Merkel", "2005-11-22", "2021-12-08", ["Đức"]),
        new(ChinaPresident, "Hồ Cẩm Đào", "2003-03-15", "2013-03-14", ["Trung Quốc"]),
        new(ChinaPresident, "Tập Cận Bình", "2013-03-14", null, ["Trung Quốc"]),
    ];

    /// <summary>
    /// Words that, just before a title, make it another post, a past one or a nominee's ('Phó Thủ tướng',
    /// 'nguyên Chủ tịch nước', 'cố Tổng Bí thư', 'dự kiến Thủ tướng'); 'hội kiến Thủ tướng' is a meeting with the holder.
    /// </summary>
    private static readonly string[] NotTheHolder = ["phó", "nguyên", "cố", "cựu", "quyền", "tiền", "ứng", "viên", "cử", "dự kiến", "khi", "thời"];

    /// <summary>Every title of the table: other titles may stand between a title and its name ('Tổng Bí thư, Chủ tịch nước Tô Lâm').</summary>
    private static readonly string[] AnyTitle = Table.SelectMany(p => p.Titles).Append("Bí thư Quân ủy Trung ương").Append("Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực")
        .Distinct().OrderByDescending(t => t.Length).ToArray();

    private static readonly Dictionary<string, HeldPost[]> ByPerson = Table.GroupBy(p => p.Person).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly Regex Names = new(
        @"(?<![\p{L}])(?:" + string.Join("|", ByPerson.Keys.OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>How far before a name its title and the titles between can stand.</summary>
    private const int TitleReach = 120;

    /// <summary>Every post of the table named with its holder in the text, in order.</summary>
    public static IReadOnlyList<HeldPostMention> Find(string text) => Find(text, 0, text?.Length ?? 0);

    /// <summary>The posts named with their holders whose holder's name lies between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static IReadOnlyList<HeldPostMention> Find(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<HeldPostMention>();
        for (var name = Names.Match(text, from, to - from); name.Success; name = name.NextMatch())
        {
            var start = Math.Max(0, name.Index - TitleReach);
            var before = text.AsSpan(start, name.Index - start);
            foreach (var post in ByPerson[name.Value])
            {
                if (TitleBefore(before, post) is { } titleStart)
                    found.Add(new HeldPostMention(post, start + titleStart, text[(start + titleStart)..(name.Index + name.Length)]));
            }
        }
        return found;
    }

    /// <summary>
    /// Where the post's title starts when it ends the text before the name, maybe followed by the
    /// country and by other titles after commas; null when it does not.
    /// </summary>
    private static int? TitleBefore(ReadOnlySpan<char> before, HeldPost post)
    {
        var rest = before.TrimEnd();
        for (var step = 0; step < 3; step++)
        {
            if (EndsWithTitle(rest, post) is { } titleStart)
                return titleStart;
            // Another title between ('Tổng Bí thư, Chủ tịch nước …'): drop it and its comma.
            string? other = null;
            foreach (var title in AnyTitle)
            {
                if (EndsWithWord(rest, title))
                {
                    other = title;
                    break;
                }
            }
            if (other is null)
                return null;
            rest = rest[..^other.Length].TrimEnd();
            if (rest.IsEmpty || rest[^1] != ',')
                return null;
            rest = rest[..^1].TrimEnd();
        }
        return null;
    }

    private static int? EndsWithTitle(ReadOnlySpan<char> rest, HeldPost post)
    {
        foreach (var country in post.Countries ?? [])
        {
            if (EndsWithWord(rest, country))
            {
                var withoutCountry = rest[..^country.Length].TrimEnd();
                if (EndsWithTitle(withoutCountry, post with { Countries = null }) is { } start)
                    return start;
            }
        }
        foreach (var title in post.Titles)
        {
            if (!EndsWithWord(rest, title))
                continue;
            var titleStart = rest.Length - title.Length;
            if (!IsQualified(rest[..titleStart]))
                return titleStart;
        }
        return null;
    }

    /// <summary>Whether the word before the title makes it another post, a past one or a nominee's.</summary>
    private static bool IsQualified(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        foreach (var qualifier in NotTheHolder)
        {
            if (trimmed.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == qualifier.Length || !char.IsLetter(trimmed[^(qualifier.Length + 1)])))
                return true;
        }
        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    /// <summary>
    /// The years in which the day and month fall within every pair named, from 2000 to the present
    /// (an open post is held at most until today). A pair the table lists twice (two acting spells)
    /// holds when either does.
    /// </summary>
    public static IReadOnlyList<int> YearsFor(IReadOnlyList<HeldPostMention> mentions, int month, int day, DateOnly today)
    {
        var pairs = Pairs(mentions);
        var years = new List<int>();
        for (var year = EarliestYear; year <= today.Year; year++)
        {
            if (!DateRecognizer.IsValidDay(year, month, day))
                continue;
            var date = new DateOnly(year, month, day);
            if (date <= today && pairs.All(spells => spells.Any(post => Holds(post, date, today))))
                years.Add(year);
        }
        return years;
    }

    /// <summary>The years of the days on which every pair named was held at once.</summary>
    public static IReadOnlyList<int> YearsFor(IReadOnlyList<HeldPostMention> mentions, DateOnly today)
    {
        var pairs = Pairs(mentions);
        var years = new List<int>();
        for (var year = EarliestYear; year <= today.Year; year++)
        {
            var first = new DateOnly(year, 1, 1);
            var last = year == today.Year ? today : new DateOnly(year, 12, 31);
            // Every pair's spells are spans: some day of the year lies in all of them when the latest start is before the earliest end.
            var spans = pairs.Select(spells => spells
                .Select(post => (From: Max(post.Earliest, first), To: Min(post.Latest ?? today, last)))
                .Where(span => span.From <= span.To)
                .ToList()).ToList();
            if (spans.All(s => s.Count > 0) && Intersect(spans))
                years.Add(year);
        }
        return years;
    }

    /// <summary>How the pairs read as text, for a reason: "'Chủ tịch nước Tô Lâm' (2024-05-22 to 2024-10-21)".</summary>
    public static string Describe(IReadOnlyList<HeldPostMention> mentions) =>
        string.Join(", ", Pairs(mentions).Select(spells =>
            $"'{mentions.First(m => spells.Contains(m.Post)).Text}' ({string.Join(" or ", spells.Select(p => $"{p.Start} to {p.End ?? "now"}"))})"));

    private static List<HeldPost[]> Pairs(IReadOnlyList<HeldPostMention> mentions) =>
        mentions.GroupBy(m => (m.Post.Person, m.Post.Titles)).Select(g => g.Select(m => m.Post).Distinct().ToArray()).ToList();

    private static bool Intersect(List<List<(DateOnly From, DateOnly To)>> spans)
    {
        // Few pairs and spells: try each combination of one spell per pair.
        IEnumerable<(DateOnly From, DateOnly To)> combined = [(DateOnly.MinValue, DateOnly.MaxValue)];
        foreach (var choices in spans)
            combined = combined.SelectMany(c => choices.Select(s => (From: Max(c.From, s.From), To: Min(c.To, s.To)))).Where(c => c.From <= c.To).ToList();
        return combined.Any();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private const int EarliestYear = 2000;

    private static bool Holds(HeldPost post, DateOnly date, DateOnly today) =>
        date >= post.Earliest && date <= (post.Latest ?? today);
}
