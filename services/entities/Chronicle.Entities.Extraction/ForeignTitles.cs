namespace Chronicle.Entities.Extraction;

/// <summary>
/// Posts of other countries and parties, which Vietnamese news names next to ours: ambassadors
/// ('Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam'), heads of state and government ('Chủ
/// tịch nước Lào', 'Thủ tướng Quốc vụ viện Trung Quốc'), ministers ('Bộ trưởng Quốc phòng
/// Campuchia') and party posts ('Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào').
/// Read before Vietnamese titles so that a foreign 'Tổng Bí thư' never becomes ours.
/// </summary>
internal static partial class ForeignTitles
{
    /// <summary>Official long names as the press writes them, and the short name posts are known by.</summary>
    private static readonly (string Written, string Country)[] LongNames =
    [
        ("nước Cộng hòa Nhân dân Trung Hoa", "Trung Quốc"), ("Cộng hòa Nhân dân Trung Hoa", "Trung Quốc"),
        ("nước Cộng hòa Dân chủ Nhân dân Lào", "Lào"), ("Cộng hòa Dân chủ Nhân dân Lào", "Lào"),
        ("nước Cộng hòa Cuba", "Cuba"), ("Cộng hòa Cuba", "Cuba"), ("Vương quốc Campuchia", "Campuchia"),
        ("Hợp chúng quốc Hoa Kỳ", "Hoa Kỳ"), ("Liên bang Nga", "Nga"), ("Liên minh châu Âu", "Liên minh châu Âu"),
        ("Cộng hòa Xã hội chủ nghĩa Việt Nam", "Việt Nam"), ("Chính phủ Hoàng gia Campuchia", "Campuchia"), ("Hoàng gia Campuchia", "Campuchia"),
        ("Nhà nước Israel", "Israel"), ("LB Nga", "Nga"), ("Cộng hòa Italy", "Italy"), ("Cộng hòa Singapore", "Singapore"), ("Trung Hoa", "Trung Quốc"),
        ("Cộng hòa Đông Uruguay", "Uruguay"), ("Đông Uruguay", "Uruguay"),
    ];

    private static readonly PhraseTable<(string Written, string Country)> LongNameTable = new(LongNames, n => n.Written);

    /// <summary>Parties whose posts appear in our news, with the country they rule.</summary>
    private static readonly (string Party, string Country)[] Parties =
    [
        ("Đảng Nhân dân Cách mạng Lào", "Lào"), ("Đảng Cộng sản Trung Quốc", "Trung Quốc"), ("Đảng Cộng sản Cuba", "Cuba"),
        ("Đảng Nhân dân Campuchia", "Campuchia"), ("Đảng Lao động Triều Tiên", "Triều Tiên"), ("Đảng Cộng sản Nhật Bản", "Nhật Bản"),
        ("Đảng Cộng sản Liên bang Nga", "Nga"),
        // Japan's ruling Liberal Democrats, often by the short form alone ('tân chủ tịch LDP'); Russia's party of that name carries its country.
        ("Đảng Dân chủ Tự do Nhật Bản", "Nhật Bản"), ("Đảng Dân chủ Tự do Nga", "Nga"), ("Đảng Dân chủ Tự do", "Nhật Bản"), ("Đảng LDP", "Nhật Bản"), ("LDP", "Nhật Bản"),
    ];

    /// <summary>The name a party's posts are known by, where the text may write it shorter.</summary>
    private static readonly Dictionary<string, string> PartyNames = new(StringComparer.Ordinal)
    {
        ["Đảng Dân chủ Tự do"] = "Đảng Dân chủ Tự do Nhật Bản", ["Đảng LDP"] = "Đảng Dân chủ Tự do Nhật Bản", ["LDP"] = "Đảng Dân chủ Tự do Nhật Bản",
    };

    /// <summary>Titles that, followed by a country, name that country's post; the second form is how the post is called.</summary>
    private static readonly (string Written, string Post)[] StateHeads =
    [
        ("Chủ tịch nước", "Chủ tịch nước"), ("Phó Chủ tịch nước", "Phó Chủ tịch nước"), ("Chủ tịch", "Chủ tịch"), ("Tổng thống", "Tổng thống"), ("Phó Tổng thống", "Phó Tổng thống"),
        ("Thủ tướng", "Thủ tướng"), ("Phó Thủ tướng", "Phó Thủ tướng"), ("Quốc vương", "Quốc vương"), ("Ngoại trưởng", "Bộ trưởng Ngoại giao"),
        ("Bộ trưởng Ngoại giao", "Bộ trưởng Ngoại giao"), ("Bộ trưởng Quốc phòng", "Bộ trưởng Quốc phòng"), ("Bộ trưởng Công an", "Bộ trưởng Công an"),
        ("Chủ tịch Quốc hội", "Chủ tịch Quốc hội"), ("Quốc vụ khanh", "Quốc vụ khanh"), ("Hoàng đế", "Hoàng đế"), ("Vua", "Vua"),
        // Posts other states have and ours has not, named with the country: 'Cố vấn An ninh Quốc gia Mỹ', 'Thượng nghị sĩ Mỹ'.
        ("Cố vấn An ninh Quốc gia", "Cố vấn An ninh Quốc gia"), ("Thượng nghị sĩ", "Thượng nghị sĩ"), ("Hạ nghị sĩ", "Hạ nghị sĩ"),
        // Our deputies are 'đại biểu Quốc hội'; a 'nghị sĩ' sits in another country's parliament.
        ("Nghị sĩ Quốc hội", "Nghị sĩ Quốc hội"), ("Nghị sĩ", "Nghị sĩ Quốc hội"),
    ];

    private static readonly PhraseTable<(string Written, string Post)> StateHeadsLongestFirst = new(StateHeads.OrderByDescending(h => h.Written.Length), h => h.Written);

    /// <summary>
    /// Posts only one country has: named with it whether or not the country is written. The
    /// colonial 'Toàn quyền Đông Dương' was France's, and the post's name stays as it was.
    /// </summary>
    private static readonly (string Written, string Post, string Country)[] SingleCountryPosts =
    [
        ("Thủ tướng Quốc vụ viện", "Thủ tướng Quốc vụ viện Trung Quốc", "Trung Quốc"),
        ("Ủy viên Quốc vụ", "Ủy viên Quốc vụ Trung Quốc", "Trung Quốc"),
        // China's legislature ('Nhân đại') and political consultative conference ('Chính hiệp').
        ("Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc", "Ủy viên trưởng Nhân đại Trung Quốc", "Trung Quốc"),
        ("Ủy viên trưởng Ủy ban Thường vụ Nhân đại", "Ủy viên trưởng Nhân đại Trung Quốc", "Trung Quốc"),
        ("Ủy viên trưởng Nhân đại toàn quốc", "Ủy viên trưởng Nhân đại Trung Quốc", "Trung Quốc"),
        ("Ủy viên trưởng Nhân đại", "Ủy viên trưởng Nhân đại Trung Quốc", "Trung Quốc"),
        ("Phó Ủy viên trưởng Nhân đại", "Phó Ủy viên trưởng Nhân đại Trung Quốc", "Trung Quốc"),
        ("Chủ tịch Chính hiệp toàn quốc", "Chủ tịch Chính hiệp Trung Quốc", "Trung Quốc"),
        ("Chủ tịch Chính hiệp", "Chủ tịch Chính hiệp Trung Quốc", "Trung Quốc"),
        ("Phó Chủ tịch Chính hiệp toàn quốc", "Phó Chủ tịch Chính hiệp Trung Quốc", "Trung Quốc"),
        ("Phó Chủ tịch Chính hiệp", "Phó Chủ tịch Chính hiệp Trung Quốc", "Trung Quốc"),
        ("Toàn quyền Đông Dương", "Toàn quyền Đông Dương", "Pháp"),
        // The Chinese Party's standing committee and its secretaries: our Party has neither, so the
        // bare post in a visiting official's list is the Chinese one ('Thái Kỳ, Ủy viên Thường vụ Bộ Chính trị, Bí thư Ban Bí thư').
        ("Ủy viên Thường vụ Bộ Chính trị", "Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc", "Trung Quốc"),
        ("Bí thư Ban Bí thư", "Bí thư Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc", "Trung Quốc"),
        // The spokespeople and aides of the Kremlin and the White House, whom world news quotes daily.
        ("Người phát ngôn Điện Kremlin", "Người phát ngôn Điện Kremlin", "Nga"), ("Phát ngôn viên Điện Kremlin", "Người phát ngôn Điện Kremlin", "Nga"),
        ("Người phát ngôn Nhà Trắng", "Người phát ngôn Nhà Trắng", "Mỹ"), ("Phát ngôn viên Nhà Trắng", "Người phát ngôn Nhà Trắng", "Mỹ"),
        ("Thư ký Báo chí Nhà Trắng", "Thư ký Báo chí Nhà Trắng", "Mỹ"), ("Chánh văn phòng Nhà Trắng", "Chánh văn phòng Nhà Trắng", "Mỹ"),
        // Agencies the press names by their short form alone ('Giám đốc FBI Christopher Wray'): the post is their country's.
        .. new (string Agency, string Country)[] { ("CIA", "Mỹ"), ("FBI", "Mỹ"), ("NASA", "Mỹ"), ("NSA", "Mỹ"), ("FSB", "Nga"), ("Mossad", "Israel"), ("MI6", "Anh") }
            .SelectMany(a => new[] { "Giám đốc", "Phó Giám đốc" }.Select(head => ($"{head} {a.Agency}", $"{head} {a.Agency} {a.Country}", a.Country))),
    ];

    private static readonly PhraseTable<(string Written, string Post, string Country)> SingleCountryPostTable = new(SingleCountryPosts, p => p.Written);

    /// <summary>Heads of party posts that a foreign party's name completes.</summary>
    private static readonly string[] PartyHeads =
    [
        "Ủy viên Thường vụ Bộ Chính trị", "Ủy viên Bộ Chính trị", "Ủy viên Trung ương", "Ủy viên Ban Chấp hành Trung ương", "Tổng Bí thư",
        "Bí thư thứ nhất", "Phó Chủ tịch", "Chủ tịch", "Phó Trưởng Ban", "Trưởng Ban", "Bí thư",
    ];

    private static readonly PhraseTable<string> PartyHeadTable = PhraseTable.Of(PartyHeads);

    private const int MaxPartyTitleTokens = 14;

    /// <summary>Lower-case words of party organs' names ('Ban Liên lạc Đối ngoại', 'Ủy ban Thường vụ').</summary>
    private static readonly HashSet<string> OrganWords = new(StringComparer.Ordinal)
    {
        "ban", "ương", "chấp", "hành", "thường", "vụ", "ngoại", "lạc", "hệ", "tế", "thứ", "nhất", "chính", "trị", "giáo", "truyền",
        "chức", "tra", "vận", "nội", "quốc", "ủy", "uỷ",
    };

    /// <summary>Every phrase a foreign post can start with.</summary>
    public static IEnumerable<string> Heads =>
        new[] { "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Phó Tỉnh trưởng", "Tỉnh trưởng", "Đại biện", "Thị trưởng", "Phó Thị trưởng" }.Concat(PartyHeads)
            .Concat(InternationalHeads).Concat(SingleCountryPosts.Select(c => c.Written)).Concat(StateHeads.Select(h => h.Written)).Concat(MinistryHeads).Concat(BodyHeads).Concat(AssistantHeads).Append(CounterpartHead);

    /// <summary>A reader of one kind of foreign post at token i.</summary>
    private delegate TitleMatch? Reader(IReadOnlyList<Token> tokens, int i);

    /// <summary>
    /// The readers that may read a post at a word, in the order they are tried, by the key of the
    /// word: each reads its post from heads of its own, so only those whose heads start with the word
    /// can apply, and most words start none and are let go at once.
    /// </summary>
    /// (Built on first use: the head lists are static fields declared further down.)
    private static Dictionary<string, Reader[]> ReadersByFirstWord => _readersByFirstWord ??= IndexReaders();

    private static Dictionary<string, Reader[]>? _readersByFirstWord;

    private static Dictionary<string, Reader[]> IndexReaders()
    {
        (Reader Read, IEnumerable<string> Heads)[] readers =
        [
            (StateLegislator, CongressHeads), (Ambassador, [AmbassadorHead]), (ChargeDAffaires, ChargeDAffairesHeads), (Consul, ConsulHeads), (PartyPost, PartyHeads),
            (SingleCountryPost, SingleCountryPosts.Select(p => p.Written)), (Governor, GovernorHeads), (Mayor, MayorHeads.Append("Thống đốc")), (ArmyCommander, ArmyHeads),
            (InternationalPost, InternationalHeads), (ElectedHead, ElectedHeads), (StatePost, StateHeads.Select(h => h.Written)), (BareStatePost, StateHeads.Select(h => h.Written)),
            (Ministry, MinistryHeads), (MinistryBeforeForeignName, MinistryHeads), (ForeignBody, BodyHeads), (Chamber, BodyHeads),
            (Assistant, AssistantHeads), (Counterpart, [CounterpartHead]),
        ];
        var firstKeys = readers.Select(r => r.Heads.Select(PhraseTable<string>.FirstKey).ToHashSet(StringComparer.Ordinal)).ToArray();
        return firstKeys.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToDictionary(
            key => key, key => readers.Where((_, r) => firstKeys[r].Contains(key)).Select(r => r.Read).ToArray(), StringComparer.Ordinal);
    }

    public static TitleMatch? At(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !ReadersByFirstWord.ContainsKey(tokens[i].Key))
            return null;
        // 'Bộ trưởng Ngoại giao của Anh David Lammy': read through 'của' first, as a reader may take the post without its country.
        var post = ThroughOfCountry(tokens, i) ?? ReadPost(tokens, i);
        // 'Tổng thống đương nhiệm Nicolas Maduro': the incumbent's post is the post.
        if (post is not null && Phrase.LongestOf(tokens, post.End, ["đương nhiệm", "đương kim"]) is (not null, var incumbent))
        {
            post = post with { End = post.End + incumbent };
        }
        // 'Tổng thống Mỹ khi đó là Donald Trump': the holder at the time the sentence tells of, named after the
        // words, which also say the post is no longer theirs.
        if (post is not null && Phrase.Longest(tokens, post.End, HolderAtTheTimeWords) is (not null, var then) && HolderNamedAt(tokens, post.End + then))
        {
            post = post with { End = post.End + then, Qualifier = "former" };
        }
        // 'Tổng thống Mỹ thứ 16 Abraham Lincoln', '… thứ chín …': the holder's place in the line of holders stands
        // between the post and the name, and is no part of the post.
        if (post is not null && OrdinalLength(tokens, post.End) is > 0 and var ordinal && HolderNamedAt(tokens, post.End + ordinal))
        {
            post = post with { End = post.End + ordinal };
        }
        if (post is not null && BracketedAcronymEnd(tokens, post.End) is { } afterAcronym)
        {
            // 'Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen': the body's short form is read with the post.
            post = post with { End = afterAcronym };
        }
        if (post is not null)
            post = WithScope(tokens, post);
        if (post is { Country: not null } && ChairInTurnBefore(tokens, post.End) is > 0 and var chair)
            post = post with { End = post.End + chair };
        return post is not null && (NameSetOffByCommas(tokens, post.End) || NameSetOffByDashes(tokens, post.End)) ? post with { End = post.End + 1 } : post;
    }

    /// <summary>The post the first reader whose head starts at token i reads there, or null.</summary>
    private static TitleMatch? ReadPost(IReadOnlyList<Token> tokens, int i)
    {
        if (!ReadersByFirstWord.TryGetValue(tokens[i].Key, out var readers))
            return null;
        foreach (var read in readers)
        {
            if (read(tokens, i) is { } post)
                return post;
        }
        return null;
    }

    /// <summary>Number words of an ordinal written out: 'thứ chín', 'thứ mười sáu', 'thứ bốn mươi lăm'.</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "nhất", "hai", "ba", "tư", "bốn", "năm", "lăm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "mốt",
    };

    private const int MaxOrdinalWords = 3;

    /// <summary>The tokens of 'thứ' and a number, in figures or in words, at token j; 0 where none stands.</summary>
    private static int OrdinalLength(IReadOnlyList<Token> tokens, int j)
    {
        if (j + 1 >= tokens.Count || tokens[j].Text != "thứ")
        {
            return 0;
        }
        if (tokens[j + 1].Text.All(char.IsAsciiDigit))
        {
            return 2;
        }
        var end = j + 1;
        while (end < tokens.Count && end - j <= MaxOrdinalWords && NumberWords.Contains(tokens[end].Text))
        {
            end++;
        }
        return end > j + 1 ? end - j : 0;
    }

    /// <summary>Words between a post and the one who held it at the time told: 'khi đó là', 'lúc bấy giờ là'.</summary>
    private static readonly string[] HolderAtTheTimeWords = ["khi đó là", "lúc đó là", "khi ấy là", "lúc ấy là", "khi bấy giờ là", "lúc bấy giờ là"];

    /// <summary>Words that make a post the aide of the one named after them.</summary>
    private static readonly string[] AssistantHeads = ["Trợ lý", "Phụ tá"];

    /// <summary>
    /// 'Trợ lý Ngoại trưởng Mỹ Daniel Kritenbrink': the aide of a foreign office holder holds a post
    /// of their own, not the minister's; the post is the aide's title with the whole post it serves.
    /// So with 'của' between ('Trợ lý của Bộ trưởng Quốc phòng Anh là ông X'), but there a name right after the
    /// post is the principal's ('một trợ lý của Tổng thống Biden'), and no aide's post is read.
    /// </summary>
    private static TitleMatch? Assistant(IReadOnlyList<Token> tokens, int i) =>
        Phrase.Longest(tokens, i, AssistantHeads) is ({ } head, var n) && At(tokens, i + n + OfWord(tokens, i + n)) is { Country: { } country } served
        && (OfWord(tokens, i + n) == 0 || served.End >= tokens.Count || !(tokens[served.End].IsCapitalized && tokens[served.End].IsWord))
            ? served with { Role = $"{head} {served.Role}", Title = $"{head} {served.Title}", First = i }
            : null;

    private static int OfWord(IReadOnlyList<Token> tokens, int k) => k < tokens.Count && tokens[k].Text == "của" ? 1 : 0;

    private const string CounterpartHead = "người đồng cấp";

    /// <summary>
    /// 'Tổng thống Zelensky gặp người đồng cấp Mỹ Joe Biden': the counterpart holds the post of the
    /// other country's officer the sentence names, in the country written after the words. Only a holder
    /// named right after is read ('người đồng cấp Nga' alone speaks of a post, not a person), and
    /// only another country's: a counterpart of ours would need our own post, which the words do not give.
    /// </summary>
    private static TitleMatch? Counterpart(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Length(tokens, i, CounterpartHead) is not { } n || Country(tokens, i + n) is not ({ } country, var c) || country == "Việt Nam"
            || !HolderNamedAt(tokens, i + n + c))
        {
            return null;
        }
        var end = i + n + c;
        // The officer is named before ('… gặp người đồng cấp …') or, when the sentence opens with the
        // counterpart, after ('Họp báo với người đồng cấp Hàn Quốc X, Bộ trưởng Quốc phòng Mỹ Y …').
        var officer = Enumerable.Range(0, i).Reverse().Select(k => At(tokens, k)).FirstOrDefault(p => p is { Country: not null } && p.End <= i && p.Country != country)
            ?? Enumerable.Range(end, Math.Max(0, tokens.Count - end)).Select(k => At(tokens, k)).FirstOrDefault(p => p is { Country: not null } && p.Country != country);
        if (officer is null)
        {
            return null;
        }
        var suffix = " " + officer.Country;
        var head = officer.Role.EndsWith(suffix, StringComparison.Ordinal) ? officer.Role[..^suffix.Length] : officer.Title;
        return new TitleMatch(PostFor(head, country), head, country, "", i, end, false) { Country = country };
    }

    private const int MaxShortFormLength = 6;

    /// <summary>The token after '(EC)', '(WHO)', '(Fed)' written at k before a capitalised word, or null.</summary>
    private static int? BracketedAcronymEnd(IReadOnlyList<Token> tokens, int k) =>
        k + 3 < tokens.Count && tokens[k].Text == "(" && tokens[k + 2].Text == ")" && tokens[k + 1].Text.Length is >= 2 and <= MaxShortFormLength
        && tokens[k + 1].IsCapitalized && tokens[k + 1].Text.All(char.IsLetterOrDigit) && tokens[k + 3].IsCapitalized && tokens[k + 3].IsWord
            ? k + 3
            : null;

    /// <summary>
    /// 'Tổng thống Iran, Mohammad Khatami, tuyên bố …': a foreign name set off by commas right after a
    /// post is its holder; the first comma is read with the title so that the name follows it.
    /// </summary>
    private static bool NameSetOffByCommas(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Text == "," && PersonNames.Cued(tokens, k + 1, afterTitle: true) is { } name && name.First == k + 1
        && PersonNameCheck.LooksForeign(name.Name) && (name.End == tokens.Count || tokens[name.End].Text is "," or ")" or "–" or "-");

    private static readonly string[] GovernorHeads = ["Phó Tỉnh trưởng", "Tỉnh trưởng"];

    /// <summary>'Phó Tỉnh trưởng tỉnh Vân Nam' (a province of another country); a bare 'Phó Tỉnh trưởng' needs the article.</summary>
    private static TitleMatch? Governor(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, GovernorHeads) is not ({ } head, var n))
        {
            return null;
        }
        var j = i + n + (i + n < tokens.Count && tokens[i + n].Key == "tỉnh" ? 1 : 0);
        var end = j;
        while (end < tokens.Count && end - j < 3 && tokens[end].IsCapitalized && tokens[end].IsWord && PersonNames.At(tokens, end) is null)
        {
            end++;
        }
        return end == j
            ? new TitleMatch(head, head, "", "", i, i + n, NeedsContextOrganization: true)
            : new TitleMatch($"{head} tỉnh {Tokens.Joined(tokens, j, end)}", head, "", "", i, end, false);
    }

    private const string AmbassadorHead = "Đại sứ";

    /// <summary>'Đại sứ Hoa Kỳ', 'Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam', 'Đại sứ Việt Nam tại Lào'; a bare 'Đại sứ' needs the article.</summary>
    private static TitleMatch? Ambassador(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Length(tokens, i, AmbassadorHead) is not { } n)
        {
            return null;
        }
        var j = i + n;
        if (j < tokens.Count && tokens[j].Key == "quán")
        {
            return null; // 'Đại sứ quán': the embassy
        }
        j += Phrase.Length(tokens, j, "đặc mệnh toàn quyền") ?? 0;
        if (Country(tokens, j) is not ({ } from, var f))
        {
            return new TitleMatch("Đại sứ", "Đại sứ", "", "", i, i + n, NeedsContextOrganization: true);
        }
        j += f;
        string? to = null;
        if (Phrase.Length(tokens, j, "tại") is { } t && Country(tokens, j + t) is ({ } place, var p))
        {
            to = place;
            j += t + p;
        }
        to ??= from == "Việt Nam" ? null : "Việt Nam";
        var role = to is null ? $"Đại sứ {from}" : $"Đại sứ {from} tại {to}";
        return new TitleMatch(role, "Đại sứ", "", "", i, j, false) { Country = from == "Việt Nam" ? null : from };
    }

    /// <summary>
    /// 'Đại biện lâm thời Đại sứ quán Mỹ tại Việt Nam', 'Đại biện lâm thời Việt Nam tại Lào': who heads an
    /// embassy in its ambassador's absence. The post is named as written, the embassy's country its owner.
    /// </summary>
    private static readonly string[] ChargeDAffairesHeads = ["Đại biện lâm thời", "Đại biện"];

    private static TitleMatch? ChargeDAffaires(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, ChargeDAffairesHeads) is not ({ } head, var n))
        {
            return null;
        }
        var j = i + n;
        var embassy = Phrase.Length(tokens, j, "Đại sứ quán") ?? 0;
        if (Country(tokens, j + embassy) is not ({ } from, var f))
        {
            return null;
        }
        var written = Tokens.Joined(tokens, j + embassy, j + embassy + f);
        j += embassy + f;
        var role = embassy > 0 ? $"{head} Đại sứ quán {written}" : $"{head} {from}";
        if (Phrase.Length(tokens, j, "tại") is { } t && Country(tokens, j + t) is ({ } place, var p))
        {
            role += $" tại {place}";
            j += t + p;
        }
        return new TitleMatch(role, head, "", "", i, j, false) { Country = from == "Việt Nam" ? null : from };
    }

    /// <summary>Two-word cities a mayor's post may name: most are one word ('Paris', 'Seoul').</summary>
    private static readonly string[] TwoWordCities =
    [
        "New York", "Los Angeles", "San Francisco", "Phnom Penh", "Buenos Aires", "Kuala Lumpur", "Tel Aviv", "New Delhi",
        "Hong Kong", "Thượng Hải", "Bắc Kinh", "Quảng Châu", "Thâm Quyến", "Côn Minh", "Nam Ninh", "Trùng Khánh", "Thiên Tân",
        "Kiryat Shmona", "Rio de", "São Paulo", "Mexico City", "Washington DC",
        "New Jersey", "New Mexico", "New Hampshire", "North Carolina", "South Carolina", "North Dakota", "South Dakota", "West Virginia", "Rhode Island",
    ];

    /// <summary>
    /// 'Thị trưởng thành phố Lima Rafael López', 'Thị trưởng Seoul Oh Se-hoon', 'Phó Thị trưởng Paris':
    /// a mayor of a foreign city. Vietnam has no mayors; the city is named by its capitalised words,
    /// and where a name follows them at once, the city takes one word (two for the known ones).
    /// </summary>
    /// <remarks>'Thống đốc bang Florida Ron DeSantis': the governor of a federal state is read the same way, the state named after 'bang'.</remarks>
    private static readonly string[] MayorHeads = ["Phó Thị trưởng", "Thị trưởng", "Phó Thống đốc bang", "Thống đốc bang"];

    private static TitleMatch? Mayor(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, MayorHeads) is not ({ } head, var n))
        {
            return StateGovernor(tokens, i);
        }
        var level = i + n;
        var j = level + Phrase.LongestOf(tokens, level, ["thành phố", "TP.", "TP", "thủ đô"]).Length;
        var run = j;
        while (run < tokens.Count && run - j < MaxCityWords + 3 && tokens[run].IsCapitalized && tokens[run].IsWord && Countries.At(tokens, run).Country is null)
        {
            run++;
        }
        if (run == j)
        {
            return null;
        }
        var cityWords = Math.Min(run - j, Phrase.Longest(tokens, j, TwoWordCities).Length is > 0 and var known ? known : 1);
        var end = j + cityWords;
        // The city as written, with 'thành phố' where the text writes it.
        var city = Tokens.Joined(tokens, level, end);
        // 'Thị trưởng Seoul Hàn Quốc …', 'Phó Thị trưởng thành phố Porto, Bồ Đào Nha.': the city's country.
        var comma = end < tokens.Count && tokens[end].Text == "," ? 1 : 0;
        if (Country(tokens, end + comma) is ({ } country, var c) && country != "Việt Nam"
            && (comma == 0 || end + 1 + c >= tokens.Count || !tokens[end + 1 + c].IsWord))
        {
            return new TitleMatch($"{head} {city} ({country})", head, $"{city} ({country})", "", i, end + comma + c, false) { Country = country, NamesItsOwner = true };
        }
        return new TitleMatch($"{head} {city}", head, city, "", i, end, false) { NamesItsOwner = true };
    }

    /// <summary>
    /// 'Thống đốc Minnesota Tim Walz', 'Phó Thống đốc California': a governor of one of the United States
    /// written without 'bang' is the state's governor, named as the one written with it. Only the
    /// states are read so: 'Thống đốc Ngân hàng Nhà nước' is a central bank's governor.
    /// </summary>
    private static TitleMatch? StateGovernor(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.LongestOf(tokens, i, ["Phó Thống đốc", "Thống đốc"]) is not ({ } head, var n) || Phrase.Longest(tokens, i + n, UnitedStates) is not ({ } state, var s))
        {
            return null;
        }
        return new TitleMatch($"{head} bang {state}", $"{head} bang", state, "", i, i + n + s, false) { NamesItsOwner = true };
    }

    private static readonly string[] CongressHeads = ["Thượng nghị sĩ", "Hạ nghị sĩ"];

    private static readonly string[] UnitedStatesNames = ["Mỹ", "Hoa Kỳ"];

    /// <summary>
    /// 'Thượng nghị sĩ bang Ohio JD Vance', 'Hạ nghị sĩ Mỹ bang Texas': a member of the US Congress named by the state
    /// that elects them, the state being part of the post (two senators of one state at a time, a hundred in all). The
    /// press writes 'bang' so for the Congress; a state's own legislators are called by their chamber.
    /// </summary>
    private static TitleMatch? StateLegislator(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, CongressHeads) is not ({ } head, var n))
        {
            return null;
        }
        var j = i + n + Phrase.Longest(tokens, i + n, UnitedStatesNames).Length;
        j += UnitedStatesPartyLength(tokens, j);
        if (Phrase.Length(tokens, j, "bang") is not { } b || Phrase.Longest(tokens, j + b, UnitedStates) is not ({ } state, var s))
        {
            return null;
        }
        return new TitleMatch($"{head} Mỹ bang {state}", head, $"bang {state}", "", i, j + b + s, false) { Country = "Mỹ", NamesItsOwner = true };
    }

    /// <summary>The fifty states, as the press writes them.</summary>
    private static readonly string[] UnitedStates =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "Bắc Carolina", "North Dakota", "Bắc Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "Nam Carolina", "South Dakota", "Nam Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "West Virginia", "Wisconsin", "Wyoming",
    ];

    /// <summary>
    /// 'Tư lệnh quân đội Colombia', 'Tư lệnh Quân đội Bangladesh', 'Tư lệnh quân đội Waker-Uz-Zaman':
    /// the head of another country's army, often written in lower case. Ours is 'Quân đội nhân dân
    /// Việt Nam' and is left to our titles. Without a country the holder must be foreign, and the
    /// article tells whose army it is.
    /// </summary>
    private static readonly string[] ArmyHeads = ["Tổng Tư lệnh", "Phó Tư lệnh", "Tư lệnh"];

    private static TitleMatch? ArmyCommander(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, ArmyHeads) is not ({ } head, var n) || Phrase.Length(tokens, i + n, "quân đội") is not { } army
            || Phrase.Length(tokens, i + n + army, "nhân dân") is not null)
        {
            return null;
        }
        var end = i + n + army;
        if (Country(tokens, end) is ({ } country, var c))
        {
            return country == "Việt Nam" ? null : new TitleMatch($"{head} Quân đội {country}", head, $"Quân đội {country}", "", i, end + c, false) { Country = country };
        }
        return end < tokens.Count && tokens[end].IsCapitalized && tokens[end].IsWord
            && PersonNames.Cued(tokens, end, afterTitle: true) is { } holder && holder.First == end && PersonNameCheck.LooksForeign(holder.Name)
            ? new TitleMatch($"{head} {BareArmy}", head, BareArmy, "", i, end, false)
            : null;
    }

    /// <summary>International bodies as the press writes them, and the name their posts take.</summary>
    private static readonly (string Written, string Body)[] InternationalBodies =
    [
        ("Liên hợp quốc", "Liên hợp quốc"), ("Liên Hiệp Quốc", "Liên hợp quốc"), ("Liên hiệp quốc", "Liên hợp quốc"), ("LHQ", "Liên hợp quốc"), ("ASEAN", "ASEAN"),
        ("Hiệp hội các quốc gia Đông Nam Á", "ASEAN"), ("NATO", "NATO"), ("EU", "EU"), ("Liên minh châu Âu", "Liên minh châu Âu"),
        ("Ủy ban châu Âu", "Ủy ban châu Âu"), ("Hội đồng châu Âu", "Hội đồng châu Âu"), ("Nghị viện châu Âu", "Nghị viện châu Âu"),
        ("WTO", "WTO"), ("Tổ chức Thương mại Thế giới", "Tổ chức Thương mại Thế giới"), ("WHO", "WHO"), ("Tổ chức Y tế Thế giới", "Tổ chức Y tế Thế giới"),
        ("IMF", "IMF"), ("Quỹ Tiền tệ Quốc tế", "Quỹ Tiền tệ Quốc tế"), ("Ngân hàng Thế giới", "Ngân hàng Thế giới"), ("WB", "Ngân hàng Thế giới"),
        ("ADB", "ADB"), ("Ngân hàng Phát triển châu Á", "Ngân hàng Phát triển châu Á"), ("UNESCO", "UNESCO"), ("UNICEF", "UNICEF"),
        ("UNDP", "UNDP"), ("FAO", "FAO"), ("ILO", "ILO"), ("IAEA", "IAEA"), ("APEC", "APEC"), ("OPEC", "OPEC"), ("OECD", "OECD"),
        ("IPU", "IPU"), ("Liên minh Nghị viện Thế giới", "Liên minh Nghị viện Thế giới"), ("AIPA", "AIPA"),
        ("Đại hội đồng Liên hợp quốc", "Đại hội đồng Liên hợp quốc"), ("Hội đồng Bảo an Liên hợp quốc", "Hội đồng Bảo an Liên hợp quốc"),
        ("Interpol", "Interpol"), ("WEF", "WEF"), ("Diễn đàn Kinh tế Thế giới", "Diễn đàn Kinh tế Thế giới"), ("Liên minh châu Phi", "Liên minh châu Phi"),
        ("Liên đoàn Ả Rập", "Liên đoàn Ả Rập"), ("UNHCR", "UNHCR"), ("ICC", "ICC"), ("Tòa án Hình sự Quốc tế", "Tòa án Hình sự Quốc tế"),
        ("Ủy ban Olympic Quốc tế", "Ủy ban Olympic Quốc tế"), ("IOC", "IOC"), ("FIFA", "FIFA"), ("PLO", "PLO"), ("OSCE", "OSCE"),
        ("ICJ", "Tòa án Công lý Quốc tế"), ("Tòa án Công lý Quốc tế", "Tòa án Công lý Quốc tế"), ("Ngân hàng Trung ương châu Âu", "Ngân hàng Trung ương châu Âu"),
        ("ECB", "Ngân hàng Trung ương châu Âu"), ("EC", "Ủy ban châu Âu"), ("Ủy ban EU", "Ủy ban châu Âu"),
        // Africa's disease agency, which the news of outbreaks names by its short form and continent.
        ("CDC châu Phi", "CDC châu Phi"),
        // The United States' central bank, which the economic news names by its short form alone ('Chủ tịch Fed').
        (FedShortForm, Fed), ("Cục Dự trữ Liên bang", Fed), (Fed, Fed),
    ];

    private const string FedShortForm = "Fed";
    private const string Fed = "Cục Dự trữ Liên bang Mỹ";

    /// <summary>
    /// The twelve reserve banks of the Fed's districts: 'Chủ tịch Fed Chicago' heads one of them, not
    /// the Fed itself.
    /// </summary>
    private static readonly string[] FedDistricts =
    [
        "Boston", "New York", "Philadelphia", "Cleveland", "Richmond", "Atlanta", "Chicago", "St. Louis", "St Louis", "Minneapolis",
        "Kansas City", "Dallas", "San Francisco", "chi nhánh", "tại", "khu vực",
    ];

    /// <summary>Bodies whose chair is a member state in turn.</summary>
    private static readonly HashSet<string> RotatingChairs = new(StringComparer.Ordinal) { "ASEAN", "EU", "Liên minh châu Âu", "APEC", "AIPA" };

    private static readonly string[] InternationalHeads =
    [
        "Tổng Thư ký", "Phó Tổng Thư ký", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Giám đốc quốc gia",
        "Cao ủy", "Trưởng đại diện", "Điều phối viên thường trú", "Người phát ngôn", "Đặc phái viên", "Đặc phái viên của Tổng Thư ký", "Chánh án",
        "Công tố viên trưởng", "Trưởng Đại diện", "Đại diện thường trú", "Chủ tịch Ủy ban", "Phó Chủ tịch Ủy ban", "Phát ngôn viên",
    ];

    /// <summary>
    /// 'Tổng Thư ký Liên hợp quốc', 'Tổng thư ký NATO', 'Trưởng đại diện UNDP tại Việt Nam': a post in an
    /// international body. It is no country's, and no country is added to it.
    /// </summary>
    private static TitleMatch? InternationalPost(IReadOnlyList<Token> tokens, int i)
    {
        // 'Chủ tịch Ủy ban châu Âu': the longest head ('Chủ tịch Ủy ban') may leave no body; a shorter one is tried next.
        if (!InternationalHeadsByFirstWord.TryGetValue(tokens[i].Key, out var candidates))
        {
            return null;
        }
        foreach (var candidate in candidates)
        {
            if (Phrase.Length(tokens, i, candidate) is { } n && InternationalPost(tokens, i, candidate, n) is { } post)
            {
                return post;
            }
        }
        return null;
    }

    /// <summary>The heads by the key of their first word, longest first: most tokens start none.</summary>
    private static readonly Dictionary<string, string[]> InternationalHeadsByFirstWord = InternationalHeads
        .OrderByDescending(h => h.Length)
        .GroupBy(h => Tokens.Of(h, new TextSpan(0, h.Length))[0].Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <remarks>One list for every call, so that <see cref="Phrase.Longest"/> reads it through its index by first word.</remarks>
    private static readonly string[] InternationalBodyNames = [.. InternationalBodies.Select(b => b.Written)];

    /// <remarks>Read by first word, as the body names are.</remarks>
    private static readonly PhraseTable<string> PartiesAsWritten = PhraseTable.Of(Parties.Select(p => p.Party));

    private static TitleMatch? InternationalPost(IReadOnlyList<Token> tokens, int i, string head, int n)
    {
        var j = i + n + (Phrase.Length(tokens, i + n, "của") ?? 0);
        var (written, length) = Phrase.Longest(tokens, j, InternationalBodyNames);
        if (written is null)
        {
            return null;
        }
        var end = j + length;
        if (InternationalBodies.First(b => b.Written == written).Body == Fed && Phrase.Longest(tokens, end, FedDistricts).Phrase is not null)
        {
            return FedDistrictPost(tokens, i, head, end);
        }
        // A body written as its own name keeps the text's spelling ('Liên Hợp Quốc'); a short form is spelled out.
        var asWritten = Tokens.Joined(tokens, j, end);
        var body = InternationalBodies.First(b => b.Written == written).Body;
        // 'đảm nhận Chủ tịch EU': a chair that rotates among member states is a country's, not a person's.
        if (head is "Chủ tịch" or "Phó Chủ tịch" && RotatingChairs.Contains(body))
        {
            return null;
        }
        body = Lexicon.Key(body) == Lexicon.Key(asWritten) ? asWritten : body;
        var role = $"{head} {body}";
        if (Phrase.Length(tokens, end, "tại") is { } t && Country(tokens, end + t) is ({ } place, var p))
        {
            role += $" tại {place}";
            end += t + p;
        }
        return new TitleMatch(role, head, body, "", i, end, false) { NamesItsOwner = true };
    }

    private const int MaxCityWords = 4;

    /// <summary>'Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh', 'Tổng Lãnh sự Việt Nam tại Côn Minh': a country's consul in a city.</summary>
    private static readonly string[] ConsulHeads = ["Tổng Lãnh sự", "Lãnh sự"];

    private static TitleMatch? Consul(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, ConsulHeads) is not ({ } head, var n) || Country(tokens, i + n) is not ({ } from, var f))
        {
            return null;
        }
        var j = i + n + f;
        if (Phrase.Length(tokens, j, "tại") is not { } t)
        {
            return null;
        }
        var first = j + t;
        var end = first;
        if (end < tokens.Count && tokens[end].Key is "tp." or "tp")
        {
            end++;
        }
        while (end < tokens.Count && end - first < MaxCityWords && tokens[end].IsCapitalized && tokens[end].IsWord && PersonNames.At(tokens, end) is null)
        {
            end++;
        }
        if (end == first || (end == first + 1 && tokens[first].Key is "tp." or "tp"))
        {
            return null;
        }
        var city = Tokens.Joined(tokens, first, end);
        return new TitleMatch($"{head} {from} tại {city}", head, "", "", i, end, false) { Country = from == "Việt Nam" ? null : from };
    }

    /// <summary>'Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào', 'Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc'.</summary>
    private static TitleMatch? PartyPost(IReadOnlyList<Token> tokens, int i)
    {
        if (PartyHeadTable.Longest(tokens, i) is not ({ } head, var h))
        {
            return null;
        }
        for (var j = i + h; j < tokens.Count && j - i < MaxPartyTitleTokens && tokens[j].IsWord; j++)
        {
            // Only the words of an organ's name may stand between the title and the party.
            if (!(tokens[j].IsCapitalized ? PersonNames.At(tokens, j) is null : OrganWords.Contains(tokens[j].Key)))
            {
                return null;
            }
            if (OurParty(tokens, j, head) is { } ours)
            {
                return ours with { First = i };
            }
            if (PartiesAsWritten.Longest(tokens, j) is ({ } party, var length))
            {
                var written = Tokens.Joined(tokens, i + h, j);
                // 'Tổng Bí thư Ban Chấp hành Trung ương Đảng X' is 'Tổng Bí thư Đảng X'.
                var body = written is "Ban Chấp hành Trung ương" && head is "Tổng Bí thư" or "Bí thư thứ nhất" or "Chủ tịch" ? "" : written;
                var named = PartyNames.GetValueOrDefault(party, party);
                var role = string.Join(' ', new[] { head is "Ủy viên Ban Chấp hành Trung ương" ? "Ủy viên Trung ương" : head, body, named }.Where(p => p.Length > 0));
                var country = Parties.First(p => p.Party == party).Country;
                return new TitleMatch(role, head, $"{body} {named}".Trim(), "", i, j + length, false) { Country = country };
            }
        }
        return null;
    }

    /// <summary>
    /// 'Tổng Bí thư Đảng Cộng sản Việt Nam Tô Lâm', 'cố Tổng Bí thư Ban Chấp hành Trung ương Đảng
    /// Cộng sản Việt Nam Đỗ Mười': our own party written in full is the post as it is usually named.
    /// </summary>
    private static TitleMatch? OurParty(IReadOnlyList<Token> tokens, int j, string head)
    {
        if (Phrase.Length(tokens, j, "Đảng Cộng sản Việt Nam") is not { } n)
        {
            return null;
        }
        (string Role, string Title, string Organization)? post = head switch
        {
            "Tổng Bí thư" => ("Tổng Bí thư", "Tổng Bí thư", "Ban Chấp hành Trung ương"),
            "Ủy viên Bộ Chính trị" => ("Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị"),
            "Ủy viên Trung ương" or "Ủy viên Ban Chấp hành Trung ương" => ("Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
            _ => null,
        };
        return post is { } p ? new TitleMatch(p.Role, p.Title, p.Organization, "", j, j + n, false) : null;
    }

    private static TitleMatch? SingleCountryPost(IReadOnlyList<Token> tokens, int i)
    {
        if (SingleCountryPostTable.First(tokens, i) is not ((var written, var post, var country), > 0 and var n))
        {
            return null;
        }
        var end = i + n + (Country(tokens, i + n) is ({ } named, var c) && named == country ? c : 0);
        return new TitleMatch(post, written, "", "", i, end, false) { Country = country };
    }

    /// <summary>A state title followed by another country: 'Chủ tịch nước Lào', 'Tổng thống Hoa Kỳ', 'Bộ trưởng Quốc phòng Campuchia'.</summary>
    private static TitleMatch? StatePost(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var (written, post) in StateHeadsLongestFirst.StartingAt(tokens, i))
        {
            if (Phrase.Length(tokens, i, written) is { } n && Country(tokens, i + n) is ({ } country, var c) && country != "Việt Nam"
                && (!post.StartsWith("Nghị sĩ", StringComparison.Ordinal) || HolderNamedAt(tokens, i + n + c)))
            {
                return new TitleMatch($"{post} {country}", post, country, "", i, i + n + c, false) { Country = country };
            }
        }
        return null;
    }

    /// <summary>Titles no post of ours bears: written bare, they are another country's all the same.</summary>
    private static readonly HashSet<string> ForeignOnlyHeads = new(StringComparer.Ordinal) { "Tổng thống", "Phó Tổng thống", "Quốc vương", "Ngoại trưởng" };

    /// <summary>
    /// 'Chủ tịch Hun Sen': a kingdom has no chairman of state, so a bare 'Chủ tịch' of a kingdom's
    /// leader heads a body the sentence does not name (his party, the senate), never the country.
    /// </summary>
    public static bool ChairsNoKingdom(string post, string country) =>
        post is "Chủ tịch" or "Phó Chủ tịch" && Monarchies.Contains(country);

    /// <summary>Kingdoms and emirates the news names: their heads of state are kings, never chairmen.</summary>
    private static readonly HashSet<string> Monarchies = new(StringComparer.Ordinal)
    {
        "Campuchia", "Thái Lan", "Nhật Bản", "Anh", "Tây Ban Nha", "Hà Lan", "Bỉ", "Đan Mạch", "Na Uy", "Thụy Điển", "Malaysia",
        "Brunei", "Saudi Arabia", "Ả Rập Xê Út", "Jordan", "Morocco", "Ma-rốc", "Bhutan", "Oman", "Qatar", "Kuwait", "Bahrain", "UAE",
        "Luxembourg", "Monaco", "Liechtenstein", "Tonga", "Lesotho", "Eswatini",
    };

    /// <summary>
    /// A state title written without its country before a holder's name: 'Tổng thống Biden', 'Thủ
    /// tướng Netanyahu', 'Phó Tổng thống Kamala Harris'. A holder the press names often tells the
    /// country; otherwise a title only other states have is still theirs, and the country is
    /// left to the sentence and the article. 'Tổng thống đắc cử' (elect) and 'Tổng thống Dương Văn
    /// Minh' of another age are not read: the first is followed by no name, the second is ours.
    /// </summary>
    private static TitleMatch? BareStatePost(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var (written, post) in StateHeadsLongestFirst.StartingAt(tokens, i))
        {
            if (Phrase.Length(tokens, i, written) is not { } n)
            {
                continue;
            }
            var j = i + n + Phrase.LongestOf(tokens, i + n, ["đương nhiệm", "đương kim"]).Length;
            if (ForeignLeaders.At(tokens, j) is { } leader && !ChairsNoKingdom(post, leader.Country))
            {
                return new TitleMatch(PostFor(post, leader.Country), post, leader.Country, "", i, j, false) { Country = leader.Country };
            }
            // 'Tổng thống nước chủ nhà Volodymyr Zelensky': the host is the country of the leader named.
            if (Phrase.Longest(tokens, j, HostCountryWords) is (not null, var host) && ForeignLeaders.At(tokens, j + host) is { } hostLeader)
            {
                return new TitleMatch(PostFor(post, hostLeader.Country), post, hostLeader.Country, "", i, j + host, false) { Country = hostLeader.Country };
            }
            return (ForeignOnlyHeads.Contains(written) && j < tokens.Count && ((tokens[j].IsCapitalized && tokens[j].IsWord) || JoinedToCountryPost(tokens, j)))
                || (Legislators.Contains(written) && ForeignNameAt(tokens, j))
                ? new TitleMatch(post, post, "", "", i, j, false)
                : null;
        }
        return null;
    }

    /// <summary>Words standing for the country a visitor is in: 'nước chủ nhà', 'nước sở tại'.</summary>
    private static readonly string[] HostCountryWords = ["nước chủ nhà", "nước sở tại", "nước bạn"];

    /// <summary>Members of a parliament: ours are called otherwise, so the post is foreign, but a name of ours after it is no holder.</summary>
    private static readonly HashSet<string> Legislators = new(StringComparer.Ordinal) { "Nghị sĩ", "Nghị sĩ Quốc hội", "Thượng nghị sĩ", "Hạ nghị sĩ" };

    /// <summary>
    /// 'các nghị sĩ Mỹ cho rằng …' speaks of members in general: a member's post is read only where
    /// the member is named after it.
    /// </summary>
    private static bool HolderNamedAt(IReadOnlyList<Token> tokens, int j) => NameStartingAt(tokens, j) is not null;

    /// <summary>'nghị sĩ David Arakhamia': a name that is plainly not Vietnamese starts at token j.</summary>
    private static bool ForeignNameAt(IReadOnlyList<Token> tokens, int j) =>
        NameStartingAt(tokens, j) is { Country: null } holder && PersonNameCheck.LooksForeign(holder.Name);

    /// <summary>The name read after a title that opens right at token j, if one does.</summary>
    private static NameMatch? NameStartingAt(IReadOnlyList<Token> tokens, int j) =>
        j < tokens.Count && tokens[j].IsCapitalized && tokens[j].IsWord && PersonNames.Cued(tokens, j, afterTitle: true) is { } holder && holder.First == j
            ? holder
            : null;

    /// <summary>
    /// 'Phó tổng thống kiêm Thủ tướng UAE Mohammed bin Rashid Al Maktoum': a head of state joined by
    /// 'kiêm' to a post that names its country holds that country's office too; the chain gives it the country.
    /// </summary>
    private static bool JoinedToCountryPost(IReadOnlyList<Token> tokens, int j) =>
        j + 1 < tokens.Count && tokens[j].Key == "kiêm" && At(tokens, j + 1) is { Country: not null };

    /// <summary>A country at token j: 'Lào', 'nước Lào', 'Cộng hòa Dân chủ Nhân dân Lào'.</summary>
    private static (string? Country, int Length) Country(IReadOnlyList<Token> tokens, int j)
    {
        var article = j < tokens.Count && tokens[j].Key == "nước" ? 1 : 0;
        if (LongNameTable.First(tokens, j + article) is ((_, var country), > 0 and var n))
        {
            return (country, article + n);
        }
        if (Countries.At(tokens, j + article) is ({ } name, var length))
        {
            return (name, article + length);
        }
        if (FormalName(tokens, j + article) is ({ } formal, var f))
        {
            return (formal, article + f);
        }
        return ShortCountryBeforeForeignName(tokens, j + article) is { } shortForm ? (shortForm, article + 1) : (null, 0);
    }

    /// <summary>
    /// The words a state's formal name puts before its common one: 'Cộng hòa Pháp', 'Vương quốc Thái
    /// Lan', 'Cộng hòa Liên bang Đức', 'Cộng hòa Dân chủ Nhân dân Triều Tiên', 'CHDCND Lào', 'Cộng hòa
    /// Hồi giáo Iran', 'Nhà nước Palestine'. The post is known by the common name.
    /// </summary>
    private static readonly HashSet<string> FormalWords = new(StringComparer.Ordinal)
    {
        "cộng", "hòa", "hoà", "vương", "quốc", "liên", "bang", "nhà", "nước", "hợp", "chúng", "dân", "chủ", "nhân", "hồi", "giáo",
        "xã", "hội", "nghĩa", "đại", "công", "dcnd", "chdcnd", "xhcn", "chxhcn", "ả", "rập", "thống", "nhất", "đa", "tộc",
        "hiệp", "tự", "trị", "do", "bolivar", "hashemite", "độc", "lập", "quần", "đảo",
    };

    /// <summary>The first words a formal name opens with.</summary>
    private static readonly PhraseTable<string> FormalOpeners = PhraseTable.Of(["Cộng hòa", "Vương quốc", "Liên bang", "Nhà nước", "Hợp chúng quốc", "Đại Công quốc", "Công quốc", "CHDCND", "CHXHCN", "Quốc gia"]);

    private const int MaxFormalWords = 7;

    private static (string? Country, int Length) FormalName(IReadOnlyList<Token> tokens, int j)
    {
        if (j >= tokens.Count || !tokens[j].IsCapitalized || FormalOpeners.Longest(tokens, j).Entry is null)
        {
            return (null, 0);
        }
        for (var k = j + 1; k < tokens.Count && k - j <= MaxFormalWords; k++)
        {
            if (Countries.At(tokens, k) is ({ } country, var c))
            {
                return (country, k - j + c);
            }
            if (!FormalWords.Contains(tokens[k].Key))
            {
                return (null, 0);
            }
        }
        return (null, 0);
    }

    private static readonly string[] MinistryHeads = ["Thứ trưởng Thường trực", "Thứ trưởng", "Phó Bộ trưởng", "Bộ trưởng"];

    private static readonly PhraseTable<string> MinistryHeadTable = PhraseTable.Of(MinistryHeads);

    private const int MaxMinistryWords = 6;

    /// <summary>A ministry its country closes may be named at greater length: 'Ngoại giao và Hợp tác quốc tế Campuchia'.</summary>
    private const int MaxMinistryWordsBeforeCountry = 8;

    /// <summary>
    /// A ministry of another country, whatever its name: 'Bộ trưởng Ngoại thương Costa Rica', 'Thứ
    /// trưởng Bộ Công an Lào', 'Bộ trưởng Bộ Thương mại và Công nghiệp Singapore'. The ministry's
    /// words run up to the country; a name or a punctuation mark on the way means it is not one.
    /// </summary>
    private static TitleMatch? Ministry(IReadOnlyList<Token> tokens, int i)
    {
        if (MinistryHeadTable.Longest(tokens, i) is not ({ } head, var n))
        {
            return null;
        }
        var first = i + n;
        var ministryWord = first < tokens.Count && tokens[first].Text == "Bộ";
        if (ministryWord)
        {
            first++;
        }
        if (first >= tokens.Count || !tokens[first].IsCapitalized)
        {
            return null;
        }
        // A ministry we know is followed by its country at once: 'Bộ Quốc phòng Bành Đức Hoài' is ours and a name.
        if (Phrase.Longest(tokens, first, Lexicon.Ministries) is (not null, var known) && Country(tokens, first + known).Country is null
            && first + known < tokens.Count && tokens[first + known].IsCapitalized)
        {
            return null;
        }
        for (var j = first + 1; j < tokens.Count && j - first <= MaxMinistryWordsBeforeCountry && (tokens[j].IsWord || CommaInMinistryList(tokens, j)); j++)
        {
            if (!tokens[j].IsWord)
            {
                continue;
            }
            if (Country(tokens, j) is ({ } country, var c))
            {
                if (country == "Việt Nam")
                {
                    return null;
                }
                var ministry = Tokens.JoinedWithCommas(tokens, first, j);
                var role = ministryWord ? $"{head} Bộ {ministry} {country}" : $"{head} {ministry} {country}";
                return new TitleMatch(role, head, $"Bộ {ministry} {country}", "", i, j + c, false) { Country = country };
            }
            // A ministry's name is capitalised words, each with at most one lower-case syllable, joined
            // by 'và': 'Thương mại và Công nghiệp'. 'Quốc phòng phát biểu' is a sentence going on.
            var lower = !tokens[j].IsCapitalized;
            if ((tokens[j].IsCapitalized && PersonNames.At(tokens, j) is not null)
                || (lower && tokens[j].Key != "và" && !(tokens[j - 1].IsCapitalized || tokens[j - 1].Key == "và") && !InLowerCaseCompound(tokens, j)))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Words of two lower-case syllables that ministries and bodies of other countries are named with: 'Ngoại giao
    /// và Hợp tác quốc tế', 'Bộ máy nhà nước và Cải cách hành chính', 'Kinh tế kỹ thuật số', 'Cơ quan Tình báo
    /// trung ương', 'Hội đồng An ninh quốc gia', and the third syllable of 'Tham mưu trưởng'.
    /// </summary>
    private static readonly HashSet<(string, string)> LowerCaseCompounds =
    [
        ("quốc", "tế"), ("nhà", "nước"), ("hành", "chính"), ("kỹ", "thuật"), ("thuật", "số"), ("xã", "hội"), ("môi", "trường"),
        ("đô", "thị"), ("nông", "thôn"), ("du", "lịch"), ("thể", "thao"), ("đào", "tạo"), ("công", "nghệ"), ("năng", "lượng"),
        ("trung", "ương"), ("quốc", "gia"), ("mưu", "trưởng"),
    ];

    /// <summary>Whether the lower-case word at j opens or goes on one of <see cref="LowerCaseCompounds"/>.</summary>
    private static bool InLowerCaseCompound(IReadOnlyList<Token> tokens, int j) =>
        LowerCaseCompounds.Contains((tokens[j - 1].Key, tokens[j].Key))
        || (j + 1 < tokens.Count && !tokens[j + 1].IsCapitalized && LowerCaseCompounds.Contains((tokens[j].Key, tokens[j + 1].Key)));

    private const int MaxLowerMinistryWords = 3;

    /// <summary>Countries the press names by their first word alone: 'Nhật' for 'Nhật Bản', 'Hàn' for 'Hàn Quốc'.</summary>
    private static readonly HashSet<string> ShortCountryForms = new(StringComparer.Ordinal) { "Nhật", "Hàn", "Triều", "Trung" };

    /// <summary>
    /// 'Bộ trưởng An ninh kinh tế Sanae Takaichi': a ministry we do not have, right before a foreign
    /// name and without its country, is another country's; which one is left to the sentence and the
    /// article. The ministry's words are a capitalised one and the lower-case ones after it.
    /// </summary>
    private static TitleMatch? MinistryBeforeForeignName(IReadOnlyList<Token> tokens, int i)
    {
        if (MinistryHeadTable.Longest(tokens, i) is not ({ } head, var n) || i + n >= tokens.Count || !tokens[i + n].IsCapitalized || tokens[i + n].Text == "Bộ"
            || PersonNames.At(tokens, i + n, afterTitle: true) is not null)
        {
            return null;
        }
        var first = i + n;
        var lowerInRow = 0;
        for (var j = first + 1; j < tokens.Count && j - first <= MaxMinistryWords && tokens[j].IsWord; j++)
        {
            if (!tokens[j].IsCapitalized)
            {
                // 'Bộ trưởng Lương Tam Quang và đồng chí …': a list goes on, no ministry's name.
                if (++lowerInRow > MaxLowerMinistryWords || tokens[j].Key is "và" or "đồng" or "ông" or "bà" or "ngài")
                {
                    return null;
                }
                continue;
            }
            lowerInRow = 0;
            // 'Bộ trưởng Tài chính Nhật Suzuki Syunichi': a country's short form is no ministry word.
            if (PersonNames.At(tokens, j, afterTitle: true) is not null || Countries.At(tokens, j).Country is not null || ShortCountryForms.Contains(tokens[j].Text))
            {
                return null;
            }
            if (PersonNames.Cued(tokens, j, afterTitle: true) is { } holder && holder.First == j && PersonNameCheck.LooksForeign(holder.Name))
            {
                var ministry = Tokens.Joined(tokens, first, j);
                return new TitleMatch($"{head} {ministry}", head, $"Bộ {ministry}", "", i, j, false);
            }
        }
        return null;
    }

    /// <summary>Heads of bodies every country has: a body named after them that a country closes is that country's.</summary>
    private static readonly string[] BodyHeads =
    [
        "Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch", "Phó Chủ nhiệm", "Chủ nhiệm", "Phó Tổng Thư ký", "Tổng Thư ký",
        "Phó Tổng Giám đốc", "Tổng Giám đốc", "Phó Giám đốc", "Giám đốc", "Phó Vụ trưởng", "Vụ trưởng", "Phó Cục trưởng", "Cục trưởng",
        "Tổng cục trưởng", "Viện trưởng", "Chánh án", "Tổng Chưởng lý", "Phó Tổng Tư lệnh", "Tổng Tư lệnh", "Phó Tư lệnh", "Tư lệnh", "Tổng Tham mưu trưởng", "Phó Trưởng Ban", "Trưởng Ban",
        "Thống đốc", "Phó Người phát ngôn", "Người phát ngôn", "Phó Phát ngôn viên", "Phát ngôn viên", "Tổng Kiểm toán", "Chánh Văn phòng", "Trưởng Văn phòng", "Quốc vụ khanh", "Thư ký",
    ];

    private static readonly PhraseTable<string> BodyHeadTable = PhraseTable.Of(BodyHeads);

    private const int MaxBodyWords = 10;

    private const int MaxCarriedLowerWords = 3;

    /// <summary>Bodies that may follow a comma inside one post: 'Vụ trưởng Vụ Đông Nam Á, Bộ Ngoại giao Ấn Độ'.</summary>
    private static readonly HashSet<string> ParentBodyStarts = new(StringComparer.Ordinal) { "Bộ", "Ban", "Ủy", "Uỷ", "Hội", "Văn", "Quốc", "Tổng", "Viện" };

    /// <summary>
    /// Words of ours that no foreign body's name holds: local government ('UBND tỉnh', 'xã Phú Mỹ'),
    /// and the bodies that study or befriend a country ('Viện Nghiên cứu Trung Quốc', 'Hội Hữu nghị Việt - Nga').
    /// </summary>
    private static readonly HashSet<string> OurBodyWords = new(StringComparer.Ordinal)
    {
        "ubnd", "hđnd", "tỉnh", "huyện", "quận", "xã", "phường", "việt", "cứu", "nghị", "tác", "với", "về", "tại",
    };

    /// <summary>Pairs of words naming a state formally before its name: 'Vương quốc', 'Cộng hòa', 'Nhà nước'.</summary>
    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal) { "vương", "quốc", "cộng", "hòa", "hoà", "nhà", "nước" };

    /// <summary>
    /// A post in a body of another country, whatever the body: 'Chủ tịch Thượng viện Nga', 'Chủ
    /// nhiệm Ủy ban Đối ngoại Duma Quốc gia Nga', 'Vụ trưởng Vụ Đông Nam Á, Bộ Ngoại giao Ấn Độ'. The
    /// body's name is capitalised words with at most one lower-case syllable each, and the country
    /// closes it after a lower-case syllable: 'Công ty Minh Anh' and 'Vụ Trung Quốc' name no country's body.
    /// </summary>
    private static TitleMatch? ForeignBody(IReadOnlyList<Token> tokens, int i)
    {
        if (BodyHeadTable.Longest(tokens, i) is not ({ } head, var n))
        {
            return null;
        }
        // 'người phát ngôn của Bộ Thống nhất Hàn Quốc': the post is named without 'của'.
        var first = i + n < tokens.Count && tokens[i + n].Text == "của" ? i + n + 1 : i + n;
        if (first >= tokens.Count || !tokens[first].IsCapitalized || !tokens[first].IsWord || OurBodyWords.Contains(tokens[first].Key))
        {
            return null;
        }
        var comma = false;
        for (var j = first + 1; j < tokens.Count && j - first <= MaxBodyWords; j++)
        {
            var token = tokens[j];
            if (token.Text == "," && !comma && j + 1 < tokens.Count && ParentBodyStarts.Contains(tokens[j + 1].Text))
            {
                comma = true;
                j++;
                continue;
            }
            if (!token.IsWord || OurBodyWords.Contains(token.Key))
            {
                return null;
            }
            var previous = tokens[j - 1];
            // The country as it is commonly written: 'Hội đồng Liên bang Nga' is Russia's Federation Council, not a 'Hội đồng' of 'Liên bang Nga'.
            if (previous.IsWord && !previous.IsCapitalized && Countries.At(tokens, j) is ({ } country, var c)
                && Phrase.Longest(tokens, j, Lexicon.ProvinceNames).Length <= c && !Countries.OpensWord(tokens, j, c))
            {
                if (country == "Việt Nam")
                {
                    return null;
                }
                // 'Thượng viện Vương quốc Campuchia': the state's formal words belong to the country, not the body.
                var bodyEnd = j;
                while (bodyEnd > first + 1 && StateWords.Contains(tokens[bodyEnd - 1].Key) && StateWords.Contains(tokens[bodyEnd - 2].Key))
                {
                    bodyEnd -= 2;
                }
                if (bodyEnd > first + 1 && tokens[bodyEnd - 1].Key == "nước")
                {
                    bodyEnd--;
                }
                if (PrincipalNamedAfter(tokens, i + n, first, j + c))
                {
                    return null;
                }
                var body = Tokens.JoinedWithCommas(tokens, first, bodyEnd);
                return new TitleMatch($"{head} {body} {country}", head, $"{body} {country}", "", i, j + c, false) { Country = country };
            }
            if (token.IsCapitalized ? PersonNames.At(tokens, j) is not null : token.Key != "và" && !LowerWordCarried(tokens, first, j))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the lower-case word at j goes on a foreign body's name: after a capitalised word or 'và', or,
    /// as 'Liên đoàn bóng đá Indonesia', 'Ủy ban chứng khoán Mỹ', among up to three lower-case syllables
    /// right after the body's first word, none of them a word that carries a sentence on ('ở', 'này'), or
    /// in a compound bodies are named with ('Cơ quan Tình báo trung ương Mỹ'): a list of words, not a looser
    /// count, so that a verb of the sentence never runs into the name before a country ('… thăm Hàn Quốc').
    /// </summary>
    private static bool LowerWordCarried(IReadOnlyList<Token> tokens, int first, int j) =>
        tokens[j - 1].IsCapitalized || tokens[j - 1].Key == "và" || InLowerCaseCompound(tokens, j)
        || (j - first <= MaxCarriedLowerWords && PersonNames.At(tokens, first) is null
            && Enumerable.Range(first + 1, j - first).All(k => !tokens[k].IsCapitalized && tokens[k].IsWord && !CompanyTitles.SentenceWords.Contains(tokens[k].Key)));

    /// <summary>An army named without its country ('Tư lệnh quân đội Waker-Uz-Zaman'): ours is always named in full.</summary>
    private const string BareArmy = "Quân đội";

    /// <summary>A post in a chamber only other states have, read without its country: it needs a foreign holder.</summary>
    /// (Or a head of state only other countries have, read bare: 'Tổng thống'.)
    public static bool NeedsForeignHolder(TitleMatch title) =>
        title.Country is null && (Chambers.Contains(title.Organization) || title.Organization == BareArmy || (title.Organization.Length == 0 && title.Role is "Tổng thống" or "Phó Tổng thống" or "Quốc vương"));

    /// <summary>Chambers only other states have: a post in one is foreign even where no country is written.</summary>
    private static readonly string[] Chambers = ["Thượng viện", "Hạ viện", "Nghị viện", "Duma Quốc gia", "Hội đồng Liên bang", "Quốc vụ viện"];

    private static readonly PhraseTable<string> ChamberTable = PhraseTable.Of(Chambers);

    /// <summary>
    /// 'Chủ tịch Hạ viện Marco Bellini' in an article about a visit to Italy: the chamber's country is
    /// the one the article gives its holder (added where the post is resolved).
    /// </summary>
    private static TitleMatch? Chamber(IReadOnlyList<Token> tokens, int i)
    {
        if (BodyHeadTable.Longest(tokens, i) is not ({ } head, var n) || ChamberTable.Longest(tokens, i + n) is not ({ } chamber, var c))
        {
            return null;
        }
        return new TitleMatch($"{head} {chamber}", head, chamber, "", i, i + n + c, false);
    }

    /// <summary>
    /// The post a Vietnamese-looking title stands for when its holder serves another country: 'Tổng
    /// Bí thư' of a Chinese leader is 'Tổng Bí thư Đảng Cộng sản Trung Quốc', 'Phó Thủ tướng' in
    /// 'Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia' is 'Phó Thủ tướng Campuchia'. Whatever the
    /// title, the post carries the country: it never shares a name with one of ours.
    /// </summary>
    public static string PostFor(string role, string country)
    {
        var party = Parties.FirstOrDefault(p => p.Country == country).Party;
        return role switch
        {
            "Tổng Bí thư" when party is not null => $"Tổng Bí thư {party}",
            "Thủ tướng" when country == "Trung Quốc" => "Thủ tướng Quốc vụ viện Trung Quốc",
            "Bộ trưởng Bộ Ngoại giao" => $"Bộ trưởng Ngoại giao {country}",
            "Bộ trưởng Bộ Quốc phòng" => $"Bộ trưởng Quốc phòng {country}",
            "Bộ trưởng Bộ Công an" => $"Bộ trưởng Công an {country}",
            "Ủy viên Bộ Chính trị" or "Ủy viên Trung ương Đảng" or "Bí thư Trung ương Đảng" or "Thường trực Ban Bí thư" when party is not null
                => $"{role.Replace(" Đảng", "", StringComparison.Ordinal)} {party}",
            // 'Chánh Văn phòng Trung ương' in a Chinese official's list: the organ of his party's Central Committee.
            _ when party is not null && (role.EndsWith(" Trung ương Đảng", StringComparison.Ordinal) || role.EndsWith(" Trung ương", StringComparison.Ordinal))
                => $"{(role.EndsWith(" Đảng", StringComparison.Ordinal) ? role[..^" Đảng".Length] : role)} {party}",
            _ => $"{role} {country}",
        };
    }
}
