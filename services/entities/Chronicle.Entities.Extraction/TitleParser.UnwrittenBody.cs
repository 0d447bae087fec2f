namespace Chronicle.Entities.Extraction;

/// <summary>
/// Posts whose body is not written in them. An article that has named a body writes its staff's posts
/// by the head alone or by the body's kind: 'ông A, Bí thư Đảng ủy, Cục trưởng; ông B, Phó Cục trưởng'
/// after the department is named, 'bà C, Chủ tịch Hội' in the guest list of an association,
/// 'ông D - Giám đốc bệnh viện - cho biết'. Such a post is read where it closes an entry after its
/// holder's name, and is completed with the body of its kind the sentence names before it, else the
/// one body of its kind the article names (<see cref="ArticleContext"/>); with none, or two, it is no post.
/// </summary>
internal static partial class TitleParser
{
    /// <summary>The heads read without their body, and the kinds of body each heads ('Cục trưởng' a 'Cục').</summary>
    private static class Unwritten
    {
        private static readonly string[] DirectorKinds =
        [
            "Sở", "Bệnh viện", "Học viện", "Trung tâm", "Công an", "Đại học", "Ngân hàng", "Công ty", "Ban Quản lý dự án",
            "Bảo tàng", "Nhà xuất bản", "Kho bạc Nhà nước", "Bảo hiểm xã hội", "Đài Phát thanh - Truyền hình", "Chi cục",
        ];

        private static readonly string[] ChiefExecutiveKinds = ["Tổng công ty", "Tập đoàn", "Công ty", "Ngân hàng"];

        /// <summary>Heads that name their body's kind ('Cục trưởng' heads a 'Cục'), with the kinds a bare one may stand for.</summary>
        public static readonly (string Head, string[] Kinds)[] BareHeads =
        [
            ("Phó Cục trưởng", ["Cục"]), ("Cục trưởng", ["Cục"]),
            ("Phó Vụ trưởng", ["Vụ"]), ("Vụ trưởng", ["Vụ"]),
            ("Phó Viện trưởng", ["Viện"]), ("Viện trưởng", ["Viện"]),
            ("Phó Hiệu trưởng", ["Trường", "Đại học"]), ("Hiệu trưởng", ["Trường", "Đại học"]),
            ("Phó Tổng Giám đốc", ChiefExecutiveKinds), ("Tổng Giám đốc", ChiefExecutiveKinds),
            ("Phó Giám đốc", DirectorKinds), ("Giám đốc", DirectorKinds),
        ];

        /// <summary>
        /// Heads written before a body's kind alone ('Phó Chủ tịch Hội', 'Giám đốc bệnh viện'): any of the
        /// bare heads, and the leaders of an association or a company, which a bare head would not tell.
        /// </summary>
        public static readonly string[] KindHeads =
            [.. BareHeads.Select(h => h.Head), "Phó Chủ tịch", "Chủ tịch", "Tổng Thư ký", "Phó Tổng Thư ký"];

        /// <summary>Kinds of body written alone after a head, lower case too ('Giám đốc bệnh viện'); the longest first.</summary>
        public static readonly string[] Kinds =
        [
            .. new[] { "Hiệp hội", "Hội", "Cục", "Vụ", "Viện", "Trường", "Đại học" }
                .Concat(ChiefExecutiveKinds).Concat(DirectorKinds).Distinct().OrderByDescending(k => k.Split(' ').Length),
        ];

        /// <summary>
        /// 'nhà trường', 'the school': how a school's own news, or a story about one school, writes that school
        /// after its head's post. It adds nothing to the kinds the head names.
        /// </summary>
        public const string OwnSchool = "nhà trường";

        public const string OwnSchoolKind = "Trường";

        /// <summary>The heads that 'nhà trường' may follow.</summary>
        public static readonly HashSet<string> OwnSchoolHeads = new(StringComparer.Ordinal) { "Hiệu trưởng", "Phó Hiệu trưởng" };

        /// <summary>
        /// A post in a Party unit of the body the next post names: 'Bí thư Đảng ủy, Cục trưởng', and so its
        /// standing committee, its inspection committee and a department's Party cell ('Chủ nhiệm Ủy ban Kiểm tra
        /// Đảng ủy, Phó Cục trưởng', 'Bí thư Chi bộ, Vụ trưởng'); each with the title and the unit it names.
        /// </summary>
        public static readonly (string Head, string Title, string Unit)[] PartyHeads =
        [
            ("Phó Bí thư Đảng ủy", "Phó Bí thư", "Đảng ủy"), ("Bí thư Đảng ủy", "Bí thư", "Đảng ủy"),
            ("Ủy viên Ban Thường vụ Đảng ủy", "Ủy viên", "Ban Thường vụ Đảng ủy"),
            ("Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", "Phó Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy"),
            ("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy"),
            ("Phó Bí thư Chi bộ", "Phó Bí thư", "Chi bộ"), ("Bí thư Chi bộ", "Bí thư", "Chi bộ"),
        ];

        /// <summary>The heads of <see cref="PartyHeads"/> alone, listed once rather than at every entry read.</summary>
        public static readonly string[] PartyHeadWords = [.. PartyHeads.Select(p => p.Head)];

        // Loops, not lambdas over the head: those cost an object at every word a post without its body is tried at.
        public static (string Title, string Unit) TitleOfPartyHead(string head)
        {
            foreach (var party in PartyHeads)
            {
                if (party.Head == head)
                    return (party.Title, party.Unit);
            }
            throw new InvalidOperationException($"Not a Party head: {head}");
        }

        public static string[]? KindsOfBareHead(string head)
        {
            foreach (var bare in BareHeads)
            {
                if (bare.Head == head)
                    return bare.Kinds;
            }
            return null;
        }
    }

    private static IEnumerable<string> UnwrittenBodyHeads =>
        Unwritten.KindHeads.Concat(Unwritten.PartyHeads.Select(p => p.Head));

    /// <summary>
    /// 'Cục trưởng;', 'Phó Chủ tịch Hội,', 'Giám đốc bệnh viện -', 'Bí thư Đảng ủy, Cục trưởng': a post written
    /// without its body's name, after a comma or dash that follows its holder's name and closing its entry.
    /// </summary>
    internal static TitleMatch? UnwrittenBody(IReadOnlyList<Token> tokens, int i, string? province)
    {
        if (!OpensEntry(tokens, i))
        {
            return null;
        }
        if (Phrase.Longest(tokens, i, Unwritten.PartyHeadWords) is ({ } party, var p))
        {
            // The Party unit is that of the body the next post of the entry stands for, which may itself be a
            // Party post: 'Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Phó Cục trưởng'.
            var next = i + p + 1;
            if (i + p >= tokens.Count || tokens[i + p].Text != "," || next >= tokens.Count || UnwrittenBody(tokens, next, province) is not { BodyKinds: { } nextKinds })
            {
                return null;
            }
            var (title, unit) = Unwritten.TitleOfPartyHead(party);
            return new TitleMatch(party, title, unit, "", i, i + p, NeedsContextOrganization: true) { BodyKinds = nextKinds };
        }
        if (Phrase.Longest(tokens, i, Unwritten.KindHeads) is not ({ } head, var n))
        {
            return null;
        }
        var end = i + n;
        IReadOnlyList<string>? kinds = Unwritten.KindsOfBareHead(head);
        if (Phrase.Longest(tokens, end, Unwritten.Kinds) is ({ } kind, var k))
        {
            kinds = [kind];
            end += k;
        }
        else if (Unwritten.OwnSchoolHeads.Contains(head) && Phrase.Length(tokens, end, Unwritten.OwnSchool) is { } own)
        {
            // 'thầy X, hiệu trưởng nhà trường, cho biết': 'nhà trường' is the school the sentence or the article
            // names, a 'Trường' (a university of its own is written 'Đại học', never 'nhà trường').
            kinds = [Unwritten.OwnSchoolKind];
            end += own;
        }
        // 'Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh X', 'Giám đốc - Tổng Biên tập Nhà xuất
        // bản Y': the next post names the body, which the chain's own reading gives both posts.
        if (kinds is null || !ClosesEntry(tokens, end)
            || (end + 1 < tokens.Count && tokens[end].Text is "," or "-" or "–" && Parse(tokens, end + 1, province) is { Organization.Length: > 0, BodyKinds: null }))
        {
            return null;
        }
        return new TitleMatch(head, head, "", "", i, end, NeedsContextOrganization: true) { BodyKinds = kinds };
    }

    /// <summary>A comma, dash, bracket or semicolon before the post, or 'nguyên'/'cựu' after one; or a later entry of a career.</summary>
    private static bool OpensEntry(IReadOnlyList<Token> tokens, int i)
    {
        var before = i > 0 && tokens[i - 1].Key is "nguyên" or "cựu" ? i - 2 : i - 1;
        return before >= 0 && (tokens[before].Text is "," or "-" or "–" or "(" or ";" or ":" || OpensLaterCareerEntry(tokens, i));
    }

    /// <summary>
    /// A verb of taking up a post before i in a later entry of a career, where the post's body is the one the entry
    /// before named: '…; từ tháng 9/2015 là Giám đốc Sở', '…, sau đó trở thành Cục trưởng', '…, rồi làm Viện trưởng'.
    /// After a semicolon the entry may open with its time; a verb with neither before it ('ông là Giám đốc Sở') opens none.
    /// </summary>
    private static bool OpensLaterCareerEntry(IReadOnlyList<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Key is "là" or "làm")
            k--;
        else if (k >= 1 && (tokens[k - 1].Key, tokens[k].Key) is ("trở", "thành") or ("giữ", "chức"))
            k -= 2;
        else if (k >= 2 && (tokens[k - 2].Key, tokens[k - 1].Key, tokens[k].Key) is ("giữ", "chức", "vụ"))
            k -= 3;
        else
            return false;
        if (k >= 0 && tokens[k].Key == "rồi")
            return true;
        if (k >= 1 && tokens[k - 1].Key == "sau" && tokens[k].Key == "đó")
            return true;
        var timeStart = k;
        var digit = false;
        while (k >= 0 && i - k <= MaxCareerEntryLeadTokens && (EntryTimeWords.Contains(tokens[k].Key) || char.IsDigit(tokens[k].Text[0]) || tokens[k].Text is "/" or "-" or "–"))
            digit |= char.IsDigit(tokens[k--].Text[0]);
        // Right after the semicolon, or after a time with a number in it.
        return k >= 0 && tokens[k].Text == ";" && (k == timeStart || digit);
    }

    /// <summary>The words of the time a career entry opens with after its semicolon: 'từ tháng 9/2015', 'năm 2018'.</summary>
    private static readonly HashSet<string> EntryTimeWords = new(StringComparer.Ordinal) { "từ", "tháng", "năm", "đến", "cuối", "đầu", "giữa" };

    private const int MaxCareerEntryLeadTokens = 12;

    /// <summary>Punctuation after the post, the sentence's end, or a verb carrying the sentence on ('… Giám đốc bệnh viện cho biết').</summary>
    private static bool ClosesEntry(IReadOnlyList<Token> tokens, int end) =>
        end >= tokens.Count || tokens[end].Text is "," or ";" or "." or ")" or "-" or "–" or ":" || CarriesSentenceOn(tokens, end);

    /// <summary>
    /// The body of a kind a post may be written by alone, named at j ('Cục Thi hành án dân sự thành phố Hải
    /// Phòng', 'Bệnh viện Bạch Mai'), and the words it takes; null for a kind alone or a name the parser cannot read.
    /// </summary>
    internal static (string Name, string Kind, int Length)? NamedBodyAt(IReadOnlyList<Token> tokens, int j, string? province)
    {
        // 'Công ty' in 'Tổng Công ty …', 'Cục' in 'Tổng Cục …': the last words of another kind.
        if (!tokens[j].IsCapitalized || (j > 0 && tokens[j - 1].Key is "tổng" or "chi"))
        {
            return null;
        }
        foreach (var kind in Unwritten.Kinds)
        {
            if (!tokens[j].Text.Equals(kind.Split(' ')[0], StringComparison.Ordinal) || Phrase.Length(tokens, j, kind) is not { } words)
            {
                continue;
            }
            var (name, length) = kind is "Cục" or "Vụ" or "Sở"
                ? Department(tokens, j, kind, province) is ({ } department, var end) ? (department, end - j) : (null, 0)
                : Body(tokens, j, province, nested: true);
            if (name is not null && length > words && name.StartsWith(kind, StringComparison.OrdinalIgnoreCase))
            {
                return (name, kind, length);
            }
        }
        return null;
    }

    /// <summary>A kind written capitalised at j before a capitalised word, where no body was read: a name the parser cannot read.</summary>
    internal static string? UnreadKindAt(IReadOnlyList<Token> tokens, int j)
    {
        if (!tokens[j].IsCapitalized || (j > 0 && tokens[j - 1].Key is "tổng" or "chi"))
        {
            return null;
        }
        var (kind, words) = Phrase.Longest(tokens, j, Unwritten.Kinds);
        return kind is not null && tokens[j].Text.Equals(kind.Split(' ')[0], StringComparison.Ordinal)
            && j + words < tokens.Count && tokens[j + words].IsCapitalized && tokens[j + words].IsWord ? kind : null;
    }
}
