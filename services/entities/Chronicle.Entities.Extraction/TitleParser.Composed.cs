namespace Chronicle.Entities.Extraction;

/// <summary>
/// Titles read from their parts: a head from the title lexicon ('Phó Chủ nhiệm Thường trực'), the
/// body it heads ('Ủy ban Kiểm tra' + 'Trung ương'), and for a province's body its province ('Công
/// an' + 'tỉnh Nghệ An'). Abbreviations are spelled out in the role ('VKSND tối cao' is 'Viện Kiểm
/// sát nhân dân tối cao'), so one post has one name whichever way the article writes it.
/// </summary>
internal static partial class TitleParser
{
    /// <summary>Cities under the central government: 'UBND Hà Nội' is 'UBND thành phố Hà Nội'.</summary>
    private static readonly HashSet<string> CentralCities = new(StringComparer.Ordinal) { "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế" };

    /// <summary>Posts the parts compose that Vietnam does not have: the Chinese Party's ('Bí thư Ban Bí thư').</summary>
    private static readonly HashSet<string> NotOurs = new(StringComparer.Ordinal) { "Bí thư Ban Bí thư", "Ủy viên Thường vụ Bộ Chính trị" };

    /// <summary>
    /// Whether the article's province may stand for a bare 'tỉnh' or 'thành phố' (null: either):
    /// a central city is no 'tỉnh', and a province no 'thành phố'.
    /// </summary>
    private static bool FitsLevel(string? province, string? level)
    {
        if (province is null)
        {
            return false;
        }
        var isCity = CentralCities.Contains(BarePlaceName(province));
        return level switch
        {
            "tỉnh" => !isCity,
            "thành phố" => isCity,
            _ => true,
        };
    }

    private static TitleMatch? ComposedTitle(IReadOnlyList<Token> tokens, int i, string? province)
    {
        if (!TitleLexicon.HeadsByFirstWord.TryGetValue(tokens[i].Key, out var heads))
        {
            return null;
        }
        foreach (var head in heads)
        {
            if (Phrase.Length(tokens, i, head) is not { } n)
            {
                continue;
            }
            if (Body(tokens, i + n, province, nested: false, NameMayFollow(tokens, i)) is not ({ } body, var b))
            {
                // 'Chủ tịch kiêm Tổng Giám đốc Tập đoàn X': both posts are of the body the second names.
                if (i + n + 1 < tokens.Count && tokens[i + n].Key == "kiêm" && Parse(tokens, i + n + 1, province) is { Organization.Length: > 0, Country: null } shared)
                {
                    return new TitleMatch($"{head} {shared.Organization}", head, shared.Organization, "", i, i + n, false);
                }
                // 'Phó Tư lệnh, Tham mưu trưởng Quân khu 5', 'Phó Chủ tịch, Tổng Thư ký Ủy ban X': two posts of one
                // body's leadership held together name the body once, after the second; so do a deputy's post and
                // the leader's taken after it ('Phó Chủ nhiệm rồi Chủ nhiệm Tổng cục Chính trị').
                if (BodyNamedByNextPost(tokens, i + n, province, head) is { } sharedBody)
                {
                    return new TitleMatch($"{head} {sharedBody}", head, sharedBody, "", i, i + n, false);
                }
                continue;
            }
            var end = i + n + b;
            // 'Đoàn đại biểu Quốc hội' is a delegation, not one deputy's post.
            var delegation = head == "Đại biểu" && i > 0 && tokens[i - 1].Key == "đoàn";
            if (delegation || !HeadsAssemblyCommittee(head, body, tokens, i + n, end) || NotOurs.Contains($"{head} {body}"))
            {
                continue;
            }
            // 'Trợ lý Tổng Bí thư Tô Lâm': the name is the principal's, not the aide's.
            if (head == "Trợ lý" && PersonNames.At(tokens, end, afterTitle: true) is { } principal)
            {
                end = principal.End;
            }
            if (ForeignOwnerAt(tokens, end))
            {
                // 'Phó Chủ tịch Quân ủy Trung ương Trung Quốc' is China's post, not ours.
                return null;
            }
            // 'Đại biểu Quốc hội khóa XV': the term is a date of the post, not another post.
            if (end + 1 < tokens.Count && tokens[end].Key is "khóa" && IsRomanNumeral(tokens[end + 1].Text))
            {
                end += 2;
            }
            (body, end) = WithFacultyOwner(tokens, head, body, end, province);
            var spelled = StandingMemberOfLocalCommittee(CompanyTitles.SpelledOut(head), body);
            return new TitleMatch($"{spelled} {body}", spelled, body, "", i, end, false);
        }
        return null;
    }

    /// <summary>
    /// 'Quốc hội hiện có ba Phó Chủ tịch gồm …', 'Bộ Công an có 6 thứ trưởng gồm …', 'Tổng cục Chính
    /// trị … còn có các phó chủ nhiệm: …': a post in the plural whose body is the subject of 'có'
    /// just before it, and whose holders the list after it names.
    /// </summary>
    private static TitleMatch? HeadOfBodyNamedBefore(IReadOnlyList<Token> tokens, int i, string? province)
    {
        if (i >= 2 && tokens[i - 1].Key == "các" && tokens[i - 2].Key is ";" or ",")
        {
            return DeputiesOfLeaderNamedBefore(tokens, i, province);
        }
        if (i < 3 || !(tokens[i - 1].Key is "các" or "hai" or "ba" or "bốn" or "năm" or "sáu" or "bảy" || tokens[i - 1].Text.All(char.IsDigit)) || tokens[i - 2].Key != "có")
        {
            return null;
        }
        var subjectEnd = i - 2;
        while (subjectEnd > 0 && tokens[subjectEnd - 1].Key is "hiện" or "còn")
        {
            subjectEnd--;
        }
        foreach (var head in PluralHeads)
        {
            if (Phrase.Length(tokens, i, head) is not { } n || !ListWordAfter(tokens, i + n))
            {
                continue;
            }
            for (var start = Math.Max(0, subjectEnd - MaxSubjectBodyWords); start < subjectEnd; start++)
            {
                if (Body(tokens, start, province, nested: false) is ({ } body, var length) && start + length == subjectEnd)
                {
                    return new TitleMatch($"{head} {body}", head, body, "", i, i + n, false);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// '… Chủ nhiệm Tổng cục Chính trị là thượng tướng X; các Phó Chủ nhiệm gồm: A, B': after the
    /// leader of a body is named, 'các' and the deputies' post listing their holders are deputies of
    /// the same body, named with the leader's post earlier in the sentence.
    /// </summary>
    private static TitleMatch? DeputiesOfLeaderNamedBefore(IReadOnlyList<Token> tokens, int i, string? province)
    {
        foreach (var (deputy, leader) in DeputyOfLeader)
        {
            if (Phrase.Length(tokens, i, deputy) is not { } n || !ListWordAfter(tokens, i + n))
            {
                continue;
            }
            for (var start = i - 2; start >= 0 && tokens[start].Key is not "." and not "\n"; start--)
            {
                if (Phrase.Length(tokens, start, leader) is { } m && (start == 0 || tokens[start - 1].Key != "phó")
                    && Body(tokens, start + m, province, nested: false) is ({ } body, _))
                {
                    return new TitleMatch($"{deputy} {body}", deputy, body, "", i, i + n, false);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>Deputies' posts and the post of the leader they deputise for.</summary>
    private static readonly (string Deputy, string Leader)[] DeputyOfLeader =
    [
        ("Phó Chủ nhiệm", "Chủ nhiệm"), ("Phó Chủ tịch", "Chủ tịch"), ("Phó Giám đốc", "Giám đốc"), ("Phó Tổng Giám đốc", "Tổng Giám đốc"),
        ("Phó Viện trưởng", "Viện trưởng"), ("Phó Chánh án", "Chánh án"), ("Phó Trưởng ban", "Trưởng ban"), ("Thứ trưởng", "Bộ trưởng"),
    ];

    /// <summary>
    /// Whether a list word follows a plural post: 'gồm', 'là' or a colon right after it, or
    /// after 'khác' and a comma ('có 8 Phó Chủ nhiệm khác, gồm: …').
    /// </summary>
    private static bool ListWordAfter(IReadOnlyList<Token> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].Key == "khác")
            at++;
        if (at < tokens.Count && tokens[at].Key == ",")
            at++;
        return at < tokens.Count && tokens[at].Key is "gồm" or "là" or ":";
    }

    /// <summary>Posts several people hold side by side in one body, longest first.</summary>
    private static readonly string[] PluralHeads = ["Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Phó Chủ nhiệm", "Phó Thủ tướng", "Thứ trưởng", "Phó Trưởng ban", "Ủy viên", "Phó Tổng Giám đốc", "Phó Giám đốc", "Phó Viện trưởng", "Phó Chánh án"];

    private const int MaxSubjectBodyWords = 10;

    /// <summary>The posts that command a military unit, written one after another before the unit they share.</summary>
    private static readonly HashSet<string> CommandHeads = new(StringComparer.Ordinal)
    {
        "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Phó Chính ủy", "Tham mưu trưởng", "Phó Tham mưu trưởng",
    };

    /// <summary>
    /// 'Ủy viên Thường vụ Tỉnh ủy X' is the short form of 'Ủy viên Ban Thường vụ Tỉnh ủy X': a local Party
    /// committee's standing members form its 'Ban Thường vụ', and one post keeps one name. The Central
    /// Military Commission's 'Ủy viên Thường vụ Quân ủy Trung ương' is that post's own name.
    /// </summary>
    private static string StandingMemberOfLocalCommittee(string head, string body) =>
        head == "Ủy viên Thường vụ" && LocalPartyCommittees.Any(c => body.StartsWith(c, StringComparison.Ordinal)) ? "Ủy viên Ban Thường vụ" : head;

    private static readonly string[] LocalPartyCommittees = ["Tỉnh ủy ", "Thành ủy ", "Huyện ủy ", "Quận ủy ", "Thị ủy ", "Đảng ủy "];

    /// <summary>
    /// Posts of one civil body's leadership, which a person may hold two of at once ('Phó Chủ tịch, Tổng
    /// Thư ký', 'Chủ tịch, Tổng Giám đốc'). A Party post is left out: 'Phó Bí thư, Chủ tịch UBND tỉnh' is
    /// the deputy of the province's Party committee, not of its People's Committee.
    /// </summary>
    private static readonly HashSet<string> LeadershipHeads = new(StringComparer.Ordinal)
    {
        "Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Giám đốc", "Phó Giám đốc",
        "Tổng Thư ký", "Phó Tổng Thư ký", "Chủ nhiệm", "Phó Chủ nhiệm", "Viện trưởng", "Phó Viện trưởng",
        // A publisher or a paper is led by a director who is its editor-in-chief: 'Giám đốc - Tổng Biên tập'.
        "Tổng Biên tập", "Phó Tổng Biên tập",
        // A company's board chair is of its leadership too: 'Tổng Giám đốc, Chủ tịch HĐQT Công ty X'.
        "Chủ tịch Hội đồng quản trị", "Phó Chủ tịch Hội đồng quản trị", "Chủ tịch Hội đồng thành viên", "Phó Chủ tịch Hội đồng thành viên",
    };

    /// <summary>
    /// The body of the post after a comma, a dash or 'rồi' when the bare head before it and that post's
    /// head lead the same kind of unit (both command posts, both of a civil body's leadership, or the
    /// deputy's, acting or standing form of the same office), else null. The dash joins two posts held
    /// as one ('Giám đốc - Tổng Biên tập Nhà xuất bản X').
    /// </summary>
    private static string? BodyNamedByNextPost(IReadOnlyList<Token> tokens, int joint, string? province, string head)
    {
        if (joint + 1 >= tokens.Count || !(tokens[joint].Text is "," or "-" or "–" || tokens[joint].Key == "rồi")
            || Parse(tokens, joint + 1, province) is not { Organization.Length: > 0, Country: null } next)
        {
            return null;
        }
        var sameKind = (CommandHeads.Contains(head) && CommandHeads.Contains(next.Title))
            || (LeadershipHeads.Contains(head) && LeadershipHeads.Contains(next.Title))
            || Office(head) == Office(next.Title);
        return sameKind ? next.Organization : BodyOfNextPartyPost(next, Unwritten.KindsOfBareHead(head));
    }

    /// <summary>The Party units of a body a post may be of: 'Chi bộ Vụ X', 'Đảng ủy Sở Y', 'Ban Cán sự Đảng Bộ Z'.</summary>
    private static readonly string[] PartyUnitsOfABody = ["Chi bộ ", "Đảng ủy ", "Ban Cán sự Đảng ", "Ban cán sự đảng "];

    /// <summary>
    /// 'Vụ trưởng, Bí thư Chi bộ Vụ Y', 'Giám đốc, Bí thư Đảng ủy Bệnh viện X': a bare head before a post of a
    /// body's Party committee or cell leads that body, where the body is of a kind the head leads; else null.
    /// </summary>
    private static string? BodyOfNextPartyPost(TitleMatch next, IReadOnlyList<string>? kindsLed)
    {
        if (kindsLed is null)
            return null;
        foreach (var unit in PartyUnitsOfABody)
        {
            if (!next.Organization.StartsWith(unit, StringComparison.Ordinal))
                continue;
            var body = next.Organization[unit.Length..];
            foreach (var kind in kindsLed)
            {
                if (body.StartsWith(kind + " ", StringComparison.Ordinal))
                    return body;
            }
        }
        return null;
    }

    /// <summary>The office a head names, its deputy, acting or standing form aside: 'Phó Bí thư Thường trực' → 'Bí thư'.</summary>
    private static string Office(string head)
    {
        foreach (var prefix in new[] { "Phó ", "Quyền " })
        {
            if (head.StartsWith(prefix, StringComparison.Ordinal))
                head = head[prefix.Length..];
        }
        foreach (var suffix in new[] { " Thường trực", " phụ trách" })
        {
            if (head.EndsWith(suffix, StringComparison.Ordinal))
                head = head[..^suffix.Length];
        }
        return head;
    }

    /// <summary>
    /// 'Đại biểu Trần Văn A (Quảng Bình) hỏi …': in a National Assembly sitting a deputy is named with
    /// the province that elected them; the title is the two words before the name.
    /// </summary>
    private static TitleMatch? AssemblyDeputy(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Length(tokens, i, "Đại biểu") is not { } n || PersonNames.At(tokens, i + n, afterTitle: true) is not { } deputy)
        {
            return null;
        }
        var k = deputy.End;
        if (k + 1 >= tokens.Count || tokens[k].Text != "(")
        {
            return null;
        }
        k++;
        if (Phrase.LongestOf(tokens, k, ["Đoàn ĐBQH", "Đoàn đại biểu Quốc hội"]) is (not null, var d))
        {
            return new TitleMatch("Đại biểu Quốc hội", "Đại biểu", "Quốc hội", "", i, i + n, false);
        }
        if (Phrase.LongestOf(tokens, k, ["tỉnh", "thành phố", "TP."]) is (not null, var l))
        {
            k += l;
        }
        return Phrase.Longest(tokens, k, Lexicon.ProvinceNames) is (not null, var p) && k + p < tokens.Count && tokens[k + p].Text == ")"
            ? new TitleMatch("Đại biểu Quốc hội", "Đại biểu", "Quốc hội", "", i, i + n, false)
            : null;
    }

    /// <summary>
    /// Whether a name may follow the title at i: not where the title stands in apposition after a
    /// name and a comma or dash ('ông X, Giám đốc …'), with or without 'nguyên' before it.
    /// </summary>
    private static bool NameMayFollow(IReadOnlyList<Token> tokens, int i)
    {
        var before = i - 1;
        if (before >= 0 && tokens[before].Key is "nguyên" or "quyền" or "tân")
        {
            before--;
        }
        return before < 0 || tokens[before].Text is not ("," or "-" or "–" or ":");
    }

    /// <summary>
    /// A committee of the National Assembly is chaired by a 'Chủ nhiệm': 'Chủ tịch Ủy ban Đối ngoại'
    /// with no 'Quốc hội' written is another country's or another body's committee.
    /// </summary>
    private static bool HeadsAssemblyCommittee(string head, string body, IReadOnlyList<Token> tokens, int first, int end) =>
        !body.StartsWith("Ủy ban", StringComparison.Ordinal) || !body.EndsWith("của Quốc hội", StringComparison.Ordinal)
        || head.Contains("Chủ nhiệm", StringComparison.Ordinal) || head.StartsWith("Ủy viên", StringComparison.Ordinal) || head.StartsWith("Thành viên", StringComparison.Ordinal)
        || tokens.Skip(first).Take(end - first).Any(t => t.Key == "hội" && t.IsCapitalized);

    private static readonly string[] ForeignCountries = Lexicon.Places[Lexicon.ProvinceNames.Length..].Where(p => p != "Việt Nam").ToArray();

    /// <summary>A country other than ours, or a party other than ours, written right after a title.</summary>
    private static bool ForeignOwnerAt(IReadOnlyList<Token> tokens, int k)
    {
        var party = k < tokens.Count && tokens[k].Text == "Đảng";
        if (party)
        {
            k++;
        }
        if (k + 1 < tokens.Count && tokens[k].Text == "Cộng" && tokens[k + 1].Key == "sản")
        {
            k += 2;
        }
        else if (party && k < tokens.Count && tokens[k].IsCapitalized && PersonNames.At(tokens, k) is null)
        {
            // 'Đảng Nhân dân Cách mạng Lào', 'Đảng Lao động Triều Tiên'.
            return true;
        }
        return k < tokens.Count && Phrase.Longest(tokens, k, ForeignCountries) is (not null, _);
    }

    /// <summary>'Tỉnh ủy Lâm Đồng' in 'Ban Dân vận Tỉnh ủy Lâm Đồng': the Party committee a body belongs to, or null.</summary>
    private static string? CommitteeIn(string organization)
    {
        foreach (var kind in (string[])["Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"])
        {
            var at = organization.IndexOf(kind, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || organization[at - 1] == ' '))
                return organization[at..];
        }
        return null;
    }

    /// <summary>The longest body written at j, canonical, and the tokens it covers.</summary>
    /// <param name="nameMayFollow">A person's name may come right after the body: a body named by its own words leaves it room.</param>
    private static (string? Name, int Length) Body(IReadOnlyList<Token> tokens, int j, string? province, bool nested, bool nameMayFollow = false)
    {
        (string? Name, int Length) best = (null, 0);
        if (j < tokens.Count && TitleLexicon.BodiesByFirstWord.TryGetValue(tokens[j].Key, out var forms))
        {
            best = LexiconBody(tokens, j, province, nested, nameMayFollow, forms);
        }
        // Bodies the lexicon does not list by name; its own spelling wins a tie.
        if (Committee(tokens, j, province) is ({ } committee, var c) && c > best.Length)
        {
            best = (committee, c);
        }
        if (PeoplesCommittee(tokens, j, province) is ({ } council, var p) && p > best.Length)
        {
            best = (council, p);
        }
        if (j + 1 < tokens.Count && tokens[j].Text == "Bộ" && Lexicon.MinistryAt(tokens, j + 1) is ({ } ministry, var m) && 1 + m > best.Length)
        {
            best = ($"Bộ {ministry}", 1 + m);
        }
        if (NationalAssociation(tokens, j, province) is ({ } association, var a) && a > best.Length)
        {
            best = (association, a);
        }
        if (NationalCommission(tokens, j) is ({ } commission, var nc) && nc > best.Length)
        {
            best = (commission, nc);
        }
        if (ProjectBoard(tokens, j, province) is ({ } board, var pb) && pb > best.Length)
        {
            best = (board, pb);
        }
        if (SchoolCouncil(tokens, j, province) is ({ } schoolCouncil, var sc) && sc > best.Length)
        {
            best = (schoolCouncil, sc);
        }
        return best;
    }

    /// <summary>
    /// 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông, nông nghiệp tỉnh Bắc Giang',
    /// 'Ban Quản lý các khu công nghiệp Đắk Lắk': a province's board for its projects or its
    /// industrial parks, named in lower-case words ('các công trình') up to the province it belongs to. A bare 'tỉnh'
    /// closing the name is the article's province; a name no province closes is not read.
    /// </summary>
    private static (string? Name, int Length) ProjectBoard(IReadOnlyList<Token> tokens, int j, string? province)
    {
        if (Phrase.Longest(tokens, j, ProjectBoardStarts) is not (not null, var s))
        {
            return (null, 0);
        }
        for (var k = j + s; k < tokens.Count && k - j <= MaxProjectBoardWords; k++)
        {
            var levelWritten = Phrase.LongestOf(tokens, k, ["tỉnh", "thành phố", "TP.", "TP"]).Phrase is not null;
            var provinceNamed = !tokens[k - 1].IsCapitalized && Phrase.Longest(tokens, k, Lexicon.ProvinceNames).Phrase is not null;
            if (levelWritten || provinceNamed)
            {
                return Place(tokens, k, province) is ({ } place, var p) ? ($"{Tokens.JoinedWithCommas(tokens, j, k)} {place}", k + p - j) : (null, 0);
            }
            // Lower-case words name the board, with 'và', '&' or a comma between two of them.
            var joins = tokens[k].Text is "," or "&" && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized;
            if (!joins && !(tokens[k].IsWord && (tokens[k].Key == "các" || !IsSentenceWord(tokens, k))))
            {
                break;
            }
        }
        return (null, 0);
    }

    private const int MaxProjectBoardWords = 18;

    /// <summary>How a project or industrial-park board's name opens; the press shortens the first to 'Ban QLDA'.</summary>
    private static readonly string[] ProjectBoardStarts = ["Ban Quản lý dự án", "Ban QLDA", "Ban Quản lý các khu"];

    private static (string? Name, int Length) LexiconBody(IReadOnlyList<Token> tokens, int j, string? province, bool nested, bool nameMayFollow, BodyForm[] forms)
    {
        (string? Name, int Length) best = (null, 0);
        foreach (var form in forms)
        {
            if (Phrase.Length(tokens, j, form.Written) is not { } n)
            {
                continue;
            }
            var (name, length) = form.Kind switch
            {
                // 'Ủy ban MTTQ Việt Nam huyện …', 'Ủy ban MTTQ Việt Nam Quận 12': a national body's spelling
                // followed by a district's or commune's level is that unit's chapter, a local body.
                BodyKind.Body => LocalUnits.LevelAt(tokens, j + n) ? (null, 0) : (form.Canonical, n),
                BodyKind.Mourning => Mourning(tokens, j + n, form.Canonical, n),
                BodyKind.Numbered => Numbered(tokens, j + n, form.Canonical, n),
                BodyKind.Unit => j + n < tokens.Count && (char.IsDigit(tokens[j + n].Text[0]) || IsRomanNumeral(tokens[j + n].Text))
                    ? ($"{form.Canonical} {tokens[j + n].Text}", n + 1) : (null, 0),
                BodyKind.Named => NameAfter(tokens, j + n, nameMayFollow) is ({ } named, var w) ? ($"{Words(tokens, j, j + n)} {named}", n + w)
                    : UnnamedOwnBody(tokens, j, n) ? (Words(tokens, j, j + n), n)
                    // Read in sentence case only right after a head: elsewhere the kind's lower-case words are mostly the sentence's verbs.
                    : !nested ? SentenceCaseName(tokens, j, n, province) : (null, 0),
                BodyKind.Council => PeoplesCommittee(tokens, j + n, province) is ({ } council, var c) && council.StartsWith("HĐND", StringComparison.Ordinal)
                    ? ($"{form.Canonical} {council}", n + c) : (null, 0),
                BodyKind.Party => Owned(tokens, j + n, province, form.Canonical, n),
                BodyKind.Local => Located(tokens, j + n, province, form.Canonical, n) is ({ } located, var l) ? (located, l)
                    : form.Canonical == AssemblyDelegation ? DelegationOfThePostBefore(tokens, j, n, province) : (null, 0),
                BodyKind.Prefix when !nested => Prefixed(tokens, j + n, province, form.Canonical, n),
                BodyKind.Owner when nested => (form.Canonical, n),
                _ => (null, 0),
            };
            if (name is not null && length > best.Length)
            {
                best = (name, length);
            }
        }
        return best;
    }

    /// <summary>
    /// 'Phó Giám đốc Học viện;', 'Chủ tịch Hội đồng Trường,': a school, hospital or company written by its
    /// kind alone, capitalised and closing the entry. The article names it in full elsewhere, and the
    /// role is completed from there (<see cref="ShortenedBodies"/>); a kind the article names no one of
    /// is no post.
    /// </summary>
    private static bool UnnamedOwnBody(IReadOnlyList<Token> tokens, int j, int n) =>
        tokens[j].IsCapitalized && ShortenedBodies.Kinds.Contains(Words(tokens, j, j + n))
        && (j + n >= tokens.Count || tokens[j + n].Text is ";" or "," or "." or ")" || IsSentenceWord(tokens, j + n));

    /// <summary>
    /// 'Hội đồng Học viện Ngân hàng', 'Hội đồng Đại học Kinh tế': the governing council of a school, named
    /// after it; its kind alone may stand for it ('Chủ tịch Hội đồng Học viện').
    /// </summary>
    private static (string? Name, int Length) SchoolCouncil(IReadOnlyList<Token> tokens, int j, string? province)
    {
        if (Phrase.Length(tokens, j, SchoolCouncilWords) is not { } c || j + c >= tokens.Count || !tokens[j + c].IsCapitalized
            || Body(tokens, j + c, province, nested: true) is not ({ } school, var s) || !SchoolKinds.Any(kind => school.StartsWith(kind, StringComparison.Ordinal)))
        {
            return (null, 0);
        }
        return ($"{SchoolCouncilWords} {school}", c + s);
    }

    private const string SchoolCouncilWords = "Hội đồng";

    /// <summary>The body written at j, as a post's body would be read there ('Học viện Ngân hàng'), or null.</summary>
    internal static string? BodyAt(IReadOnlyList<Token> tokens, int j) => BodyWithLengthAt(tokens, j).Name;

    /// <summary>The body written at j and the number of its words, as <see cref="BodyAt"/> reads it.</summary>
    internal static (string? Name, int Length) BodyWithLengthAt(IReadOnlyList<Token> tokens, int j) => Body(tokens, j, null, nested: true);

    private static readonly string[] SchoolKinds = ["Học viện", "Trường", "Đại học"];

    /// <summary>'Ban Lễ tang' + 'Tổng Bí thư Nguyễn Phú Trọng': the deceased belongs to the body's name, not to its head.</summary>
    private static (string? Name, int Length) Mourning(IReadOnlyList<Token> tokens, int k, string body, int n)
    {
        var start = k;
        if (CompleteTitle(tokens, k) is { } title)
        {
            k = title.End;
        }
        else if (Phrase.Longest(tokens, k, Ranks) is (not null, var r))
        {
            k += r;
        }
        if (PersonNames.At(tokens, k, afterTitle: true) is not { } deceased)
        {
            return (body, n);
        }
        var words = string.Join(' ', tokens.Skip(start).Take(deceased.End - start).Select(t => t.Text));
        return ($"{body} {words}", n + deceased.End - start);
    }

    /// <summary>How the press names someone before their name in a funeral committee's name.</summary>
    private static readonly string[] Ranks = ["đồng chí", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Giáo sư", "Nhà giáo", "Anh hùng"];

    /// <summary>'Đoàn Kiểm tra' + 'số 1348' + 'của Bộ Chính trị'; without its number and owner the group is not named.</summary>
    private static (string? Name, int Length) Numbered(IReadOnlyList<Token> tokens, int k, string body, int n)
    {
        if (k + 1 >= tokens.Count || tokens[k].Key is not "số" || !char.IsDigit(tokens[k + 1].Text[0]))
        {
            return (null, 0);
        }
        var name = $"{body} số {tokens[k + 1].Text}";
        k += 2;
        if (k < tokens.Count && tokens[k].Key is "của" && Body(tokens, k + 1, null, nested: true) is ({ } owner, var o))
        {
            return ($"{name} của {owner}", n + 3 + o);
        }
        // Without its owner the group's full name is elsewhere in the article, out of this reading's sight.
        return (null, 0);
    }

    /// <summary>'Ủy ban Kiểm tra' + 'Trung ương' or 'Tỉnh ủy Hà Nam'; 'Văn phòng' + 'UBND tỉnh Nghệ An'; 'Ban Thường vụ' + 'Quân ủy Trung ương'.</summary>
    private static (string? Name, int Length) Owned(IReadOnlyList<Token> tokens, int k, string? province, string body, int n)
    {
        if (Committee(tokens, k, province) is ({ } committee, var c))
        {
            return ($"{body} {committee}", n + c);
        }
        // 'Văn phòng UBND tỉnh', 'Văn phòng HĐND tỉnh'.
        if (PeoplesCommittee(tokens, k, province) is ({ } council, var p))
        {
            return ($"{body} {council}", n + p);
        }
        // 'Văn phòng Bộ Công an', 'Ban Thường vụ Đảng ủy Bộ …' : a ministry's own office.
        if (k + 1 < tokens.Count && tokens[k].Text == "Bộ" && Lexicon.MinistryAt(tokens, k + 1) is ({ } ministry, var m))
        {
            return ($"{body} Bộ {ministry}", n + 1 + m);
        }
        if (Phrase.LongestOf(tokens, k, ["Quân ủy Trung ương", "Quân ủy TW", "Quân ủy T.Ư"]) is (not null, var q))
        {
            return ($"{body} Quân ủy Trung ương", n + q);
        }
        if (Phrase.Longest(tokens, k, CentralSuffixes) is (not null, var s))
        {
            return ($"{body} Trung ương", n + s);
        }
        // 'Ủy ban Kiểm tra Đảng ủy Cơ quan Ban Nội chính Trung ương': a body of a Party committee that is no province's.
        // 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Phó Giám đốc Sở X': the Party committee of the body the next post names.
        if (Phrase.Length(tokens, k, PartyCommitteeWords) is { } d && Prefixed(tokens, k + d, province, PartyCommitteeWords, d) is ({ } partyCommittee, var pc)
            && (pc > d || partyCommittee.Length > PartyCommitteeWords.Length))
        {
            return ($"{body} {partyCommittee}", n + pc);
        }
        // 'Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy': the committee is the one the next post names.
        var nextPost = k + 2 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Key is "nguyên" or "cựu" ? k + 2 : k + 1;
        if (body == "Ban Thường vụ" && k + 1 < tokens.Count && tokens[k].Text == "," && Parse(tokens, nextPost, province) is { Organization.Length: > 0, Country: null } next
            && CommitteeIn(next.Organization) is { } named)
        {
            return ($"{body} {named}", n);
        }
        return (null, 0);
    }

    /// <summary>'Công an' + 'tỉnh Nghệ An', 'thành phố Hà Nội', 'Hà Nội', or a bare 'tỉnh' for the article's province.</summary>
    private static (string? Name, int Length) Located(IReadOnlyList<Token> tokens, int k, string? province, string body, int n) =>
        Place(tokens, k, province) is ({ } place, var p) ? ($"{body} {place}", n + p) : (null, 0);

    /// <summary>'Đảng ủy' + 'Chính phủ', 'Ban Cán sự Đảng' + 'Viện Kiểm sát nhân dân tối cao', 'Đảng ủy' + 'Bộ Ngoại giao'.</summary>
    private static (string? Name, int Length) Prefixed(IReadOnlyList<Token> tokens, int k, string? province, string body, int n)
    {
        // 'Bí thư Đảng ủy xã Tân Phú', 'Phó Bí thư Đảng ủy phường Điện Biên': a commune's or ward's Party
        // committee is named by the commune, as its council is ('UBND xã Tân Phú').
        if (body == PartyCommitteeWords && Phrase.Longest(tokens, k, CommuneLevels) is ({ } level, var d) && LocalName(tokens, k + d) is ({ } communeName, var m))
        {
            return ($"{body} {level} {communeName}", n + d + m);
        }
        if (Body(tokens, k, province, nested: true) is ({ } owner, var o))
        {
            return ($"{body} {owner}", n + o);
        }
        // 'Đảng ủy Cơ quan Ban Nội chính Trung ương': the Party committee of a body's own staff.
        if (AgencyStaff(tokens, k, province) is ({ } staff, var a))
        {
            return ($"{body} {staff}", n + a);
        }
        // 'Chi bộ Vụ Tuyên truyền, Ban Tuyên giáo Trung ương': the Party cell of one department.
        if (k < tokens.Count && tokens[k].Text is "Vụ" or "Cục" && Department(tokens, k, tokens[k].Text, province) is ({ } department, var end))
        {
            return ($"{body} {department}", n + end - k);
        }
        // 'Ủy viên Ban Thường vụ Đảng ủy Cơ quan, Phó Chủ nhiệm Văn phòng Quốc hội': the Party committee of the
        // staff of the body the next post names.
        var staffWords = Phrase.Length(tokens, k, "Cơ quan") is { } c && k + c < tokens.Count && tokens[k + c].Text == "," ? c : 0;
        k += staffWords;
        // 'Bí thư Ban Cán sự Đảng, Viện trưởng VKSND tối cao': the body is the one the next post names.
        // 'nguyên Bí thư Đảng đoàn, nguyên Chủ tịch HĐND tỉnh X': each post of a list of posts left carries its own 'nguyên'.
        var nextPost = k + 2 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Key is "nguyên" or "cựu" ? k + 2 : k + 1;
        if (k + 1 < tokens.Count && tokens[k].Text == "," && Parse(tokens, nextPost, province) is { Organization.Length: > 0, Country: null } next)
        {
            // 'Ủy viên Đảng đoàn, Ủy viên Ủy ban Thường vụ Quốc hội': the Assembly's bodies share its one Party group.
            var assemblyBody = next.Organization == "Ủy ban Thường vụ Quốc hội" || next.Organization.EndsWith(" của Quốc hội", StringComparison.Ordinal);
            // 'Bí thư Đảng ủy, Chủ tịch Hội đồng Học viện': the Party committee is the school's, not its council's.
            var nextBody = next.Organization.StartsWith(SchoolCouncilWords + " ", StringComparison.Ordinal) ? next.Organization[(SchoolCouncilWords.Length + 1)..] : InspectorateOfHead(next);
            var groupOwner = body == "Đảng đoàn" && assemblyBody ? "Quốc hội" : nextBody;
            // 'Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Cơ quan X': the same Party committee.
            var nextCommittee = next.Organization.IndexOf(PartyCommittee, StringComparison.Ordinal);
            if (body.EndsWith(PartyCommitteeWords, StringComparison.Ordinal) && nextCommittee > 0 && next.Organization[nextCommittee - 1] == ' ')
            {
                groupOwner = next.Organization[(nextCommittee + PartyCommittee.Length)..];
            }
            // 'Phó Bí thư Đảng đoàn, Bí thư Đảng ủy cơ quan, Phó Chủ tịch Ủy ban X': the group is the body's own, not
            // its staff's committee's.
            else if (!body.EndsWith(PartyCommitteeWords, StringComparison.Ordinal) && nextCommittee == 0)
            {
                groupOwner = next.Organization[PartyCommittee.Length..];
                groupOwner = groupOwner.StartsWith(StaffWords, StringComparison.Ordinal) ? groupOwner[StaffWords.Length..] : groupOwner;
            }
            // 'Bí thư Đảng ủy, Chủ tịch UBND xã X': a commune's Party committee is the commune's, not its council's.
            if (body == PartyCommitteeWords && CommuneCouncil().Match(groupOwner) is { Success: true } commune)
            {
                groupOwner = groupOwner[commune.Length..];
            }
            return (staffWords > 0 ? $"{body} Cơ quan {groupOwner}" : $"{body} {groupOwner}", n + staffWords);
        }
        return (null, 0);
    }

    /// <summary>
    /// 'Bí thư Ban Cán sự Đảng, Tổng Thanh tra Chính phủ': the Inspector General heads the Government Inspectorate
    /// ('Thanh tra Chính phủ'), not the Government, so a Party unit named by his post is the Inspectorate's.
    /// </summary>
    private static string InspectorateOfHead(TitleMatch next) =>
        next.Title is "Tổng Thanh tra" or "Phó Tổng Thanh tra" && next.Organization == "Chính phủ" ? "Thanh tra Chính phủ" : next.Organization;

    /// <summary>'UBND ' or 'HĐND ' before 'xã', 'phường' or 'thị trấn': the council of a commune, before the commune.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân) (?=(?:xã|phường|thị trấn) )")]
    private static partial System.Text.RegularExpressions.Regex CommuneCouncil();

    private const string PartyCommitteeWords = "Đảng ủy";
    private const string StaffWords = "Cơ quan ";
    private const string PartyCommittee = PartyCommitteeWords + " ";

    /// <summary>
    /// 'Cơ quan Ban Nội chính Trung ương', 'Cơ quan Ủy ban Kiểm tra Trung ương', 'Cơ quan Tổng cục
    /// Hải quan': the staff of a body, which has a Party committee of its own.
    /// </summary>
    private static (string? Name, int Length) AgencyStaff(IReadOnlyList<Token> tokens, int k, string? province)
    {
        if (Phrase.Length(tokens, k, "Cơ quan") is not { } c || k + c >= tokens.Count || !tokens[k + c].IsCapitalized)
        {
            return (null, 0);
        }
        var j = k + c;
        if (tokens[j].Key == "ban" && Phrase.Longest(tokens, j + 1, Lexicon.Commissions) is ({ } commission, var m)
            && Phrase.Longest(tokens, j + 1 + m, CentralSuffixes) is (not null, var s))
        {
            return ($"Cơ quan Ban {commission} Trung ương", c + 1 + m + s);
        }
        return Body(tokens, j, province, nested: true) is ({ } owner, var o) ? ($"Cơ quan {owner}", c + o) : (null, 0);
    }

    /// <summary>'tỉnh Nghệ An', 'thành phố Hà Nội', 'TP. Hồ Chí Minh', 'Hà Nội'; a bare 'tỉnh' takes the article's province.</summary>
    private static (string? Name, int Length) Place(IReadOnlyList<Token> tokens, int k, string? province)
    {
        var start = k;
        if (Phrase.LongestOf(tokens, k, ["huyện", "quận", "thị xã", "xã", "phường"]) is ({ } district, var d) && LocalName(tokens, k + d) is ({ } local, var n))
        {
            return ProvinceAfter(tokens, k + d + n) is ({ } inProvince, var q) ? ($"{district} {local} (tỉnh {inProvince})", d + n + q) : ($"{district} {local}", d + n);
        }
        if (NumberedUnit(tokens, k) is ({ } numbered, var u))
        {
            return (numbered, u);
        }
        if (CityOfProvince(tokens, k) is ({ } townCity, var c))
        {
            return (townCity, c);
        }
        if (UnnamedUnit(tokens, k) is ({ } unnamed, var e))
        {
            return (unnamed, e);
        }
        string? level = null;
        if (Phrase.LongestOf(tokens, k, ["tỉnh", "thành phố", "TP.", "TP"]) is ({ } written, var l))
        {
            level = written == "tỉnh" ? "tỉnh" : "thành phố";
            k += l;
        }
        var place = FitsLevel(province, level) ? province : null;
        if (NamedProvince(tokens, k, level) is ({ } named, var p))
        {
            place = named;
            k += p;
        }
        else if (Phrase.LongestOf(tokens, k, level is null ? ["TPHCM"] : ["Hồ Chí Minh", "HCM"]) is (not null, var city))
        {
            // 'thành phố Hồ Chí Minh' in lower case, 'TP.HCM', 'TPHCM': the city's short names are no province names of the list.
            place = "Hồ Chí Minh";
            k += city;
        }
        else if (level is null)
        {
            return (null, 0);
        }
        if (place is null)
        {
            return (null, 0);
        }
        place = BarePlaceName(place);
        level ??= CentralCities.Contains(place) ? "thành phố" : "tỉnh";
        // 'thành phố Nam Định, tỉnh Hà Nam': a town of a province, once named after the province it now is.
        if (level == "thành phố" && ProvinceAfter(tokens, k) is ({ } townProvince, var t) && townProvince != place)
        {
            return ($"{level} {place} (tỉnh {townProvince})", k + t - start);
        }
        return ($"{level} {place}", k - start);
    }

    private static readonly string[] AssociationStarts = ["Hội", "Tổng hội", "Hiệp hội", "Liên hiệp", "Liên đoàn", "Ủy ban"];

    /// <summary>
    /// A national association the lexicon does not list, named up to 'Việt Nam' and, for a friendship
    /// union, the partner country: 'Hội Khuyến học Việt Nam', 'Liên đoàn Bóng đá Việt Nam', 'Hội
    /// Hữu nghị Việt Nam - Lào'. Its first word after 'Hội' is capitalised, and no punctuation comes before 'Việt Nam'.
    /// </summary>
    private static (string? Name, int Length) NationalAssociation(IReadOnlyList<Token> tokens, int j, string? province)
    {
        // 'Hội Người cao tuổi Việt Nam' is also written 'Hội người cao tuổi Việt Nam'; a meeting
        // ('Hội nghị', 'Hội thảo') is no association.
        if (Phrase.Longest(tokens, j, AssociationStarts) is not (not null, var s) || j + s >= tokens.Count
            || !(tokens[j + s].IsCapitalized || (tokens[j + s].IsWord && !NoAssociationWords.Contains(tokens[j + s].Key))))
        {
            return (null, 0);
        }
        for (var k = j + s; k + 1 < tokens.Count && k - j < MaxAssociationWords && tokens[k].IsWord; k++)
        {
            if (tokens[k].Text != "Việt" || tokens[k + 1].Text != "Nam")
            {
                continue;
            }
            var end = k + 2;
            if (end + 1 < tokens.Count && tokens[end].Text is "-" or "–" && Phrase.Longest(tokens, end + 1, Lexicon.Places) is (not null, var c))
            {
                end += 1 + c;
            }
            return (Words(tokens, j, end), end - j);
        }
        return LocalAssociationInLowerCase(tokens, j, s, province) is ({ } local, var l) ? (local, l) : OtherAssociation(tokens, j, s, province);
    }

    /// <summary>
    /// 'Hội khuyến học huyện Yên Định', 'Hội người mù quận Đống Đa', 'Hội luật gia TP.HCM': a local
    /// association's name written in lower case, read where its place, with the place's level written
    /// ('xã', 'huyện', 'quận', 'tỉnh', 'thành phố', 'TP'), closes it within a few words. Lower-case words
    /// that no such place closes are the sentence's ('Hội | vừa trao …').
    /// </summary>
    private static (string? Name, int Length) LocalAssociationInLowerCase(IReadOnlyList<Token> tokens, int j, int startLength, string? province)
    {
        if (Phrase.LongestOf(tokens, j, ["Hội", "Tổng hội", "Hiệp hội"]) is not (not null, var s) || s != startLength)
        {
            return (null, 0);
        }
        for (var k = j + s; k < tokens.Count && k - j - s <= MaxLowerAssociationWords; k++)
        {
            // The place must be read whole: 'thành phố Hội An' is no province, and a city's level alone
            // would take the article's province in its stead.
            if (k > j + s && SectionPlaceStarts(tokens, k) && Place(tokens, k, province) is ({ } place, var p)
                && (k + p >= tokens.Count || !tokens[k + p].IsCapitalized || !tokens[k + p].IsWord))
            {
                return ($"{Words(tokens, j, k)} {place}", k + p - j);
            }
            // 'Hội khuyến học thành phố Hội An': a province's city, named by its own capitalised words.
            if (k > j + s && ProvinceLevelWords(tokens, k) is var level and > 0 && tokens[k].Key != "tỉnh"
                && LocalName(tokens, k + level) is ({ } city, var c))
            {
                return ($"{Words(tokens, j, k)} thành phố {city}", k + level + c - j);
            }
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || !char.IsLetter(tokens[k].Text[0]) || IsSentenceWord(tokens, k) || StartsNameOrTitle(tokens, k))
            {
                break;
            }
        }
        return (null, 0);
    }

    /// <summary>
    /// Six words, as long as the names of an association's members run ('Hội nạn nhân chất độc da cam huyện X'); the
    /// place that must close them keeps a longer run of the sentence's own words from being read.
    /// </summary>
    private const int MaxLowerAssociationWords = 6;

    /// <summary>
    /// 'Chủ tịch Hội Vật liệu xây dựng - …', 'Tổng thư ký Hội Doanh nghiệp trẻ Hà Nội,': an association
    /// written without 'Việt Nam', named by a capitalised word and the words after it up to what closes
    /// the name: punctuation, the sentence's end, a verb of the sentence, a name or another title.
    /// A run that nothing closes within a few words is not read.
    /// </summary>
    private static (string? Name, int Length) OtherAssociation(IReadOnlyList<Token> tokens, int j, int startLength, string? province)
    {
        if (Phrase.LongestOf(tokens, j, ["Hội", "Tổng hội", "Hiệp hội"]) is not (not null, var s) || s != startLength || !tokens[j + s].IsCapitalized)
        {
            return (null, 0);
        }
        var end = j + s;
        while (end < tokens.Count && end - j - s < MaxOtherAssociationWords && tokens[end].IsWord && !IsSentenceWord(tokens, end)
            && (end == j + s || !StartsNameOrTitle(tokens, end)))
        {
            end++;
        }
        var closed = end >= tokens.Count || !tokens[end].IsWord || IsSentenceWord(tokens, end) || StartsNameOrTitle(tokens, end);
        if (!closed || end <= j + s)
        {
            return (null, 0);
        }
        // 'Chủ tịch Hiệp hội Du lịch tỉnh,': a bare 'tỉnh' closing the name is the article's province, as it is after a department.
        if (end - 1 > j + s && tokens[end - 1].Key == "tỉnh" && Place(tokens, end - 1, province) is ({ } place, 1))
        {
            return ($"{Words(tokens, j, end - 1)} {place}", end - j);
        }
        return (Words(tokens, j, end), end - j);
    }

    private const int MaxOtherAssociationWords = 6;

    private const int MaxAssociationWords = 8;

    /// <summary>Words after 'Hội' that make a meeting or a gathering, not an association.</summary>
    private static readonly HashSet<string> NoAssociationWords = new(StringComparer.Ordinal) { "nghị", "thảo", "diễn", "chợ", "thi", "đàm", "ý", "trại", "sách", "viên", "đồng" };

    /// <summary>Lower-case words that never join two capitalised words of one name: 'Học viện Tài chính có GS.TS …'.</summary>
    private static readonly HashSet<string> NoNameJoiners = new(StringComparer.Ordinal) { "tại", "có", "là", "được" };

    /// <summary>
    /// The name of a body after the word for its kind: capitalised words, and a dash or a lower-case
    /// syllable between two of them ('Phát thanh - Truyền hình', 'Bách khoa Hà Nội'), up to a
    /// person's name or another title.
    /// </summary>
    private static (string? Name, int Length) NameAfter(IReadOnlyList<Token> tokens, int k, bool nameMayFollow)
    {
        var end = k;
        // 'Trường THPT Hoàng Văn Thụ', 'Trường Tiểu học Chu Văn An': a school takes the name of a
        // person right after its level; the holder's name, if any, comes after that.
        if (SchoolLevelBefore(tokens, k) is var schoolLevel and > 0 && PersonNames.At(tokens, k + schoolLevel) is { } patron)
        {
            // 'Trường THPT Chu Văn An Nguyễn Văn Long': a name read on into the holder's own name
            // ends where the holder's begins.
            var patronEnd = patron.End;
            for (var start = patron.First + 2; start < patron.End; start++)
            {
                if (PersonNames.At(tokens, start) is { } holder && holder.End > patron.End)
                {
                    patronEnd = start;
                    break;
                }
            }
            return (Words(tokens, k, patronEnd), patronEnd - k);
        }
        // 'Trường Trung học phổ thông A Lưới': a level spelled out in lower-case syllables is the name's
        // first words, and the place or name after it is read on as a name's capitalised words are. So are
        // levels listed with a comma ('Trường Tiểu học, THCS và THPT Ban Mai').
        var level = SchoolLevelBefore(tokens, k);
        var listedLevels = level > 0 && Enumerable.Range(k, level).Any(w => tokens[w].Text == ",");
        if (level > 0 && k + level < tokens.Count && tokens[k + level].IsCapitalized && tokens[k + level].IsWord
            && (tokens[k + level - 1].Text.All(char.IsLower) || listedLevels))
        {
            end = k + level;
        }
        // A name's last syllable may be lower case ('Học viện Tài chính'); it is the name's when a
        // verb of the sentence ('phát biểu', 'cho biết'), a phrase of time or punctuation follows it. A number
        // is no syllable of the name ('Công ty Đại Nam | 3 năm tù'). After a first capitalised word, the
        // lower-case syllables of a longer word ('Viện Khảo cổ học', 'Khoa Hồi sức tích cực - Chống độc') are
        // the name's where the sentence, punctuation or a place closes them, and the name reads on after them
        // (<see cref="LowerSyllablesClosingName"/>).
        // Listed levels take the words of a name of their own.
        var limit = MaxBodyNameWords + (listedLevels ? level : 0);
        while (true)
        {
            while (end < tokens.Count && end - k < limit && !StartsNameOrTitle(tokens, end)
                && ((tokens[end].IsCapitalized && tokens[end].IsWord)
                    || (end > k && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && (tokens[end].Text is "-" or "–" || (tokens[end].IsWord && !NoNameJoiners.Contains(tokens[end].Key)))
                        && !BelongsToKnownBody(tokens, end))
                    || (end > k && TwoLowerSyllablesInName(tokens, end))
                    || (end > k && tokens[end].IsWord && char.IsLetter(tokens[end].Text[0]) && tokens[end - 1].IsCapitalized && !ClosesName(tokens, end)
                        && (end + 1 == tokens.Count || !tokens[end + 1].IsWord || ClosesName(tokens, end + 1) || BelongsToKnownBody(tokens, end + 1)))))
            {
                end++;
            }
            var lastWord = end == k + 1 ? LowerSyllablesClosingName(tokens, end) : 0;
            if (lastWord == 0)
            {
                break;
            }
            end += lastWord;
            limit += lastWord;
        }
        // 'Trung tâm Dự báo Khí tượng Thủy văn | Quốc gia': a national body's name the limit cuts just before, or
        // inside, the 'Quốc gia' that closes it is whole with it, as it is where the copy writes 'quốc gia' in lower case.
        // A capitalised word after it ('Đại học Quốc gia Hà Nội') goes on with a name the limit still cuts.
        if (end - k == limit && NationClosingAt(tokens, end) is var nationWords and > 0
            && !(end + nationWords < tokens.Count && tokens[end + nationWords].IsCapitalized && tokens[end + nationWords].IsWord))
        {
            end += nationWords;
        }
        // A name the limit cuts inside a run of capitalised words ('Tạp chí Môi trường và Đô thị Việt | Nam') is whole
        // only where it reads on to a plain close within a few more words (<see cref="LongNameEnd"/>); else it is no name.
        if (end - k == limit && end < tokens.Count && tokens[end].IsCapitalized && tokens[end].IsWord && !StartsNameOrTitle(tokens, end))
        {
            if (LongNameEnd(tokens, k, end) is not { } longEnd)
            {
                return (null, 0);
            }
            end = longEnd;
        }
        // 'Công ty Cổ phần Tập đoàn Thuận An và Nguyễn Khắc Mẫn': a joining word before a person's name is not the body's.
        var joinsNextName = false;
        while (end > k + 1 && end < tokens.Count && tokens[end - 1].Text is "và" or "-" or "–" && StartsNameOrTitle(tokens, end))
        {
            end--;
            joinsNextName = true;
        }
        // '… Tập đoàn Thuận An và ông X': the same before an honorific.
        joinsNextName |= end + 1 < tokens.Count && tokens[end].Text == "và" && (tokens[end + 1].Key is "ông" or "bà" || StartsNameOrTitle(tokens, end + 1));
        // 'Trung tâm Dự báo Khí tượng Thủy văn quốc gia': a national body's name closes with 'quốc
        // gia', past the lower-case syllables of its last word.
        var closedByNation = false;
        // 'Trung tâm Dự báo | khí tượng thủy văn Quốc gia': the copy may capitalise 'Quốc gia' alone.
        for (var lower = end; end > k && lower < end + MaxWordsBeforeNation && lower + 1 < tokens.Count && tokens[lower].IsWord
            && (!tokens[lower].IsCapitalized || NationClosingAt(tokens, lower) == 2)
            && (lower == end || !CarriesTheSentence(tokens, lower)); lower++)
        {
            if (tokens[lower].Key == "quốc" && tokens[lower + 1].Key == "gia")
            {
                end = ProperNameAfterNation(tokens, k, lower + 2);
                closedByNation = true;
                break;
            }
        }
        // 'Học viện Chính trị khu vực II', 'Cục Thuế khu vực IV': a numbered region closes the name.
        var closedByRegion = closedByNation;
        for (var region = end; !closedByNation && end > k && region <= end + MaxWordsBeforeRegion && region + 2 < tokens.Count && tokens[region].IsWord; region++)
        {
            if (tokens[region].Key == "khu" && tokens[region + 1].Key == "vực" && (char.IsDigit(tokens[region + 2].Text[0]) || IsRomanNumeral(tokens[region + 2].Text)))
            {
                end = region + 3;
                closedByRegion = true;
                break;
            }
        }
        // A name cut short by a lower-case word ('Trung tâm Nghiên cứu Phát | triển bền vững') is
        // not the body's name: no reading is better than a wrong one. A name ending with its
        // province is whole ('Đài Phát thanh - Truyền hình Quảng Nam phát biểu').
        // A verb of the sentence closes the name ('Tập đoàn Vingroup cho biết'), and so does a phrase of time
        // ('Học viện Ngân hàng từ ngày 1/7').
        if (!closedByRegion && !joinsNextName && end < tokens.Count && tokens[end].IsWord && !tokens[end].IsCapitalized && !EndsWithProvince(tokens, k, end)
            && !ClosesName(tokens, end) && !BelongsToKnownBody(tokens, end))
        {
            return (null, 0);
        }
        // 'Tập đoàn Nikkei Tsuyoshi Haseb': before a name, a long run of capitalised words ends with
        // that name, which takes two words at least.
        // 'Tập đoàn Điện lực Việt Nam (EVN)': a country or province closing the run is the body's.
        // 'Trường Đại học Thương mại, ông X': a name is written in capitals throughout, so a run closing
        // with a lower-case syllable ends with no name.
        if (nameMayFollow && end - k >= 3 && (end == tokens.Count || !tokens[end].IsWord)
            && tokens[end - 1].IsCapitalized && tokens[end - 2].IsCapitalized
            && Phrase.Longest(tokens, end - 2, Lexicon.Places).Length != 2)
        {
            end -= 2;
        }
        return end > k ? (Tokens.JoinedWithCommas(tokens, k, end), end - k) : (null, 0);
    }

    private const int MaxBodyNameWords = 6;

    /// <summary>
    /// 'Tổng cục Địa chất và Khoáng sản Việt Nam', 'Trường Cao đẳng Kinh tế kỹ thuật Hà Nội': a name longer than
    /// <see cref="MaxBodyNameWords"/> reads on from where the limit cut it, by capitalised words and the syllables
    /// that join two of them, to what closes it plainly: punctuation, the sentence's end or a word of the sentence.
    /// 'và' is not read on past the limit: there it joins a second body ('Bệnh viện A và Bệnh viện B Hà Nội').
    /// A run that reaches a person's name or another title, holds a second body, or that nothing closes within
    /// <see cref="MaxLongBodyNameWords"/> words, is no name (null).
    /// </summary>
    private static int? LongNameEnd(IReadOnlyList<Token> tokens, int k, int end)
    {
        var cut = end;
        while (end < tokens.Count && end - k < MaxLongBodyNameWords && !StartsNameOrTitle(tokens, end)
            && ((tokens[end].IsCapitalized && tokens[end].IsWord)
                || (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end].IsWord && tokens[end].Key != "và" && !NoNameJoiners.Contains(tokens[end].Key) && !CarriesTheSentence(tokens, end))
                || (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end].Text is "-" or "–")
                || TwoLowerSyllablesInName(tokens, end)))
        {
            end++;
        }
        var closed = end == tokens.Count || (!tokens[end].IsWord && tokens[end].Text is "," or ";" or "." or ")" or ":" or "-" or "–") || ClosesName(tokens, end);
        // '… Viện Nhi khoa Ohio và Giáo sư | Martin Kessler,': words read on that make a foreign person's name are
        // the holder's, not the body's.
        return closed && end - k < MaxLongBodyNameWords && tokens[end - 1].IsCapitalized && !HoldsAnotherBody(tokens, k, end)
            && !(end - cut >= 2 && PersonNameCheck.LooksForeign(Words(tokens, cut, end)))
            ? end : null;
    }

    /// <summary>
    /// 'Bệnh viện Bạch Mai và Bệnh viện Tim Hà Nội', 'Tập đoàn X khánh thành Bệnh viện Y': a kind of body written
    /// capitalised inside the run opens a second body, so the run is no one body's name.
    /// </summary>
    private static bool HoldsAnotherBody(IReadOnlyList<Token> tokens, int k, int end)
    {
        for (var w = k + 1; w < end; w++)
        {
            if (tokens[w].IsCapitalized && Phrase.Longest(tokens, w, Unwritten.Kinds).Phrase is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest name <see cref="LongNameEnd"/> reads: ten words, as long as a national body's full name runs.</summary>
    private const int MaxLongBodyNameWords = 10;

    /// <summary>The words of 'Quốc gia' still to read at k: 2 where it opens at k, 1 where k is its 'gia', else 0.</summary>
    private static int NationClosingAt(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Text == "Quốc" && tokens[k + 1].Key == "gia" ? 2
        : k > 0 && k < tokens.Count && tokens[k - 1].Text == "Quốc" && tokens[k].Key == "gia" ? 1
        : 0;

    /// <summary>A word of the sentence, or one that opens a phrase of time after a body's name: the name is whole before it.</summary>
    private static bool ClosesName(IReadOnlyList<Token> tokens, int k) =>
        IsSentenceWord(tokens, k) || (!tokens[k].IsCapitalized && TimeAfterName.Contains(tokens[k].Text));

    /// <summary>
    /// Words that open a phrase of time after a post ('Giám đốc Bệnh viện Bạch Mai từ năm 2019', '… Học viện Ngân
    /// hàng kể từ ngày 1/7', '… trong hai nhiệm kỳ'). No body's name holds them in lower case, so they do not
    /// cut a name short as a lower-case syllable of its own would ('Trung tâm Nghiên cứu Phát | triển bền vững').
    /// </summary>
    private static readonly HashSet<string> TimeAfterName = new(StringComparer.Ordinal)
    {
        "từ", "kể", "trong", "sau", "trước", "vào", "hồi", "tới", "suốt", "từng", "nhiệm", "giai", "năm", "ngày", "tháng",
    };

    /// <summary>
    /// 'Nhà xuất bản Chính trị quốc gia Sự thật': after 'quốc gia' a proper name may still follow,
    /// capitalised words and perhaps one last lower-case syllable, where punctuation or the sentence's
    /// verb closes it; else, or where a holder's name follows, the body ends with 'quốc gia' (at end).
    /// </summary>
    private static int ProperNameAfterNation(IReadOnlyList<Token> tokens, int k, int end)
    {
        var name = end;
        while (name < tokens.Count && name - k < MaxBodyNameWords + 2 && tokens[name].IsCapitalized && tokens[name].IsWord && !StartsNameOrTitle(tokens, name))
        {
            name++;
        }
        if (name == end)
        {
            return end;
        }
        if (name < tokens.Count && tokens[name].IsWord && !tokens[name].IsCapitalized && !IsSentenceWord(tokens, name))
        {
            name++;
        }
        return name == tokens.Count || !tokens[name].IsWord || IsSentenceWord(tokens, name) ? name : end;
    }

    /// <summary>A word of the sentence around a title, a department's or a company's: no body's name holds it.</summary>
    private static bool CarriesTheSentence(IReadOnlyList<Token> tokens, int k) =>
        IsSentenceWord(tokens, k) || CompanyTitles.SentenceWords.Contains(tokens[k].Key);

    /// <summary>
    /// Two lower-case syllables at k between capitalised words of one name: 'Bệnh viện Đa khoa tỉnh Bắc
    /// Ninh', 'Tạp chí Môi trường và Đô thị Việt Nam'. Neither may carry the sentence on ('ở', 'của',
    /// 'cho'), and the capitalised word after them must open no name or title. After a brand in
    /// capitals ('Tập đoàn IPPG kỳ vọng …') the name is over.
    /// </summary>
    private static bool TwoLowerSyllablesInName(IReadOnlyList<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k - 1].IsCapitalized && !IsAcronym(tokens[k - 1].Text)
        && Enumerable.Range(k, 2).All(w => tokens[w].IsWord && !tokens[w].IsCapitalized && char.IsLetter(tokens[w].Text[0])
            && !CarriesTheSentence(tokens, w) && !NoNameJoiners.Contains(tokens[w].Key) && tokens[w].Key != "các")
        && tokens[k + 2].IsCapitalized && tokens[k + 2].IsWord && !StartsNameOrTitle(tokens, k + 2);

    /// <summary>
    /// How many lower-case syllables at k, two or three, close a body's name after its one capitalised word
    /// ('Khảo | cổ học', 'Công | nghệ sinh học', 'Giáo | dục chuyên nghiệp'); 0 where none. The run must be
    /// closed: a verb of the sentence, a phrase of time, punctuation, 'thuộc' before the owner, or a place
    /// ('… sinh học TP.HCM'). No syllable may carry the sentence, join two names or name a unit's level
    /// ('Trường Chính | trị tỉnh'), and a brand's trade after it ('Công ty X | sản xuất sữa') is not read on.
    /// </summary>
    private static int LowerSyllablesClosingName(IReadOnlyList<Token> tokens, int k)
    {
        if (k == 0 || k >= tokens.Count || IsAcronym(tokens[k - 1].Text) || BrandActivities.Contains(tokens[k].Key))
            return 0;
        for (var length = 1; length <= MaxLowerSyllablesClosingName && k + length - 1 < tokens.Count; length++)
        {
            var last = tokens[k + length - 1];
            if (!last.IsWord || last.IsCapitalized || !char.IsLetter(last.Text[0]) || CarriesTheSentence(tokens, k + length - 1) || ClosesName(tokens, k + length - 1)
                || NoNameJoiners.Contains(last.Key) || NotInLowerName.Contains(last.Key))
                return 0;
            if (length < 2)
                continue;
            var after = k + length;
            if (after == tokens.Count || !tokens[after].IsWord || ClosesName(tokens, after) || tokens[after].Key == "thuộc"
                || (tokens[after].IsCapitalized && Phrase.Longest(tokens, after, Lexicon.Places).Phrase is not null))
                return length;
        }
        return 0;
    }

    private const int MaxLowerSyllablesClosingName = 3;

    /// <summary>First syllables of what a company does, written after its brand: 'sản xuất', 'kinh doanh', 'chuyên', 'cung cấp'.</summary>
    private static readonly HashSet<string> BrandActivities = new(StringComparer.Ordinal)
    {
        "sản", "kinh", "chuyên", "cung", "phân", "xuất", "nhập", "buôn",
    };

    /// <summary>Lower-case words no body's last word holds: a unit's level, joining words, words pointing to a time ('khi đó', 'hiện nay').</summary>
    private static readonly HashSet<string> NotInLowerName = new(StringComparer.Ordinal)
    {
        "các", "và", "tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn", "khu", "vực", "quốc", "gia", "thuộc", "của", "với", "cùng",
        "đó", "này", "ấy", "kia", "nay", "hiện", "khi", "lúc", "mới", "cũ",
    };

    /// <summary>The level words of a school at k ('THPT', 'THCS', 'Tiểu học', 'Mầm non', 'Phổ thông'): how many, 0 where none.</summary>
    private static int SchoolLevelBefore(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && tokens[k - 1].Text == "Trường" ? Phrase.Longest(tokens, k, SchoolLevels).Length : 0;

    private static readonly string[] SchoolLevels =
        ["THPT", "THCS", "PTTH", "PTCS", "Tiểu học", "Mầm non", "Trung học phổ thông", "Trung học cơ sở", "Phổ thông", "THPT chuyên", "Tiểu học và THCS", "TH&THCS", "TH và THCS", "THCS và THPT",
            // A school of three levels names them all: 'Trường Tiểu học, THCS và THPT Ban Mai'.
            "Tiểu học, THCS và THPT", "TH, THCS và THPT", "Tiểu học, Trung học cơ sở và Trung học phổ thông"];

    /// <summary>
    /// Lower-case syllables a national body's name may carry before 'quốc gia': 'Thủy | văn quốc gia',
    /// 'Trung tâm Dự báo | khí tượng thủy văn quốc gia'. None after the first (the last syllable of a
    /// capitalised word: 'Dự | báo') may carry the sentence on.
    /// </summary>
    private const int MaxWordsBeforeNation = 6;

    /// <summary>Lower-case words a body's name may carry before its region: 'Chính | trị khu vực II'.</summary>
    private const int MaxWordsBeforeRegion = 2;

    /// <summary>Whether the words from first to end close with a province's name.</summary>
    private static bool EndsWithProvince(IReadOnlyList<Token> tokens, int first, int end) =>
        Enumerable.Range(first, end - first).Any(start => Phrase.Longest(tokens, start, Lexicon.ProvinceNames) is (not null, var length) && start + length == end);

    /// <summary>Where a person's name, a rank before one or another title begins, a body's name has ended.
    /// Nothing starts past the sentence's last word (a body's name may end the sentence on 'và').</summary>
    private static bool StartsNameOrTitle(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count
        && (PersonNames.At(tokens, k) is not null || Phrase.Longest(tokens, k, ClergyHonorifics).Phrase is not null || PersonNames.JoinedHonorific(tokens, k)
            || (tokens[k].IsCapitalized && Phrase.Longest(tokens, k, RanksBeforeName).Phrase is not null)
            || (AllHeadsByFirstWord.TryGetValue(tokens[k].Key, out var heads) && heads.Any(head => Phrase.Length(tokens, k, head) is not null)));

    /// <summary>How clergy are addressed before their names ('Hòa thượng Thích …', 'Linh mục …'): no body's name holds them.</summary>
    private static readonly string[] ClergyHonorifics = ["Hòa thượng", "Hoà thượng", "Thượng tọa", "Thượng toạ", "Đại đức", "Ni sư", "Ni trưởng", "Linh mục", "Giám mục", "Tổng Giám mục", "Mục sư", "Chức sắc"];

    /// <summary>
    /// Military ranks, written capitalised between a post and its holder ('Chủ nhiệm Tổng cục Chính trị Đại tướng
    /// Lương Cường'): no body's name holds them, so the body ends before the rank.
    /// </summary>
    private static readonly string[] RanksBeforeName =
        ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Chuẩn Đô đốc", "Phó Đô đốc", "Đô đốc"];

    /// <summary>The words from first to end as written, one space between two.</summary>
    private static string Words(IReadOnlyList<Token> tokens, int first, int end) => Tokens.Joined(tokens, first, end);

    private static bool IsRomanNumeral(string word) => word.Length > 0 && word.All(c => c is 'I' or 'V' or 'X' or 'L');
}
