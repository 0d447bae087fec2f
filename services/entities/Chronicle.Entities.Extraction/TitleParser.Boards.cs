namespace Chronicle.Entities.Extraction;

/// <summary>
/// Posts on bodies that have no fixed list: boards set up for one task ('Trưởng Ban Chỉ đạo Giải
/// Futsal quốc gia 2025', 'Đồng Trưởng BTC các giải …'), a body's office elsewhere ('Trưởng Văn
/// phòng đại diện Báo X tại Đà Nẵng', 'Giám đốc Chi nhánh …'), and associations of natives or
/// business people ('Chủ tịch Hội đồng hương Nghệ An tại Hà Nội'). The post is the head, the kind of
/// board and its name as written, up to what closes it: punctuation, a person's name, another title,
/// a verb of the sentence. A name nothing closes within a few words is no name this rule can tell.
/// </summary>
internal static partial class TitleParser
{
    /// <summary>The kind of board as written, and as the post names it.</summary>
    private static readonly (string Written, string Canonical)[] BoardKinds =
    [
        ("Ban Chỉ đạo", "Ban Chỉ đạo"),
        ("Ban Tổ chức", "Ban Tổ chức"),
        ("BTC", "Ban Tổ chức"),
        ("Ban Điều hành", "Ban Điều hành"),
        ("Cơ quan thường trực", "Cơ quan thường trực"),
        ("Văn phòng đại diện", "Văn phòng đại diện"),
        ("Chi nhánh", "Chi nhánh"),
        ("Hội đồng hương", "Hội đồng hương"),
        ("HĐH", "Hội đồng hương"),
        ("Hội Doanh nhân", "Hội Doanh nhân"),
        ("Hội Doanh nghiệp", "Hội Doanh nghiệp"),
        // A standing board named by what it studies: 'Ban Nghiên cứu chiến lược'. Boards that manage
        // ('Ban Quản lý …') and religious executive boards ('Ban Trị sự …') were tried here and left
        // out: on unseen news they read the person but not the post's official wording.
        ("Ban Nghiên cứu", "Ban Nghiên cứu"),
    ];

    private const int MaxBoardNameWords = 15;

    /// <summary>Boards that stand beside a body for good rather than for one task.</summary>
    private static readonly HashSet<string> StandingBoards = new(StringComparer.Ordinal) { "Ban Nghiên cứu" };

    private const int MaxLowerCaseBoardWords = 5;

    /// <summary>The keys of the kinds' first words: most heads are followed by none of them.</summary>
    private static readonly HashSet<string> BoardKindFirstWords = new(BoardKinds.Select(k => Lexicon.Key(k.Written.Split(' ')[0])), StringComparer.Ordinal);

    private static TitleMatch? BoardHead(IReadOnlyList<Token> tokens, int i, string? province)
    {
        var (head, h) = DeputyOfSteeringCommittee(tokens, i);
        if (head is null)
        {
            if (Phrase.Longest(tokens, i, BoardHeads) is not ({ } longest, var l) || (longest == "Đồng Trưởng" && !tokens[i].IsCapitalized))
            {
                return null;
            }
            (head, h) = (longest, l);
        }
        var j = i + h;
        // 'Phó Trưởng ban thường trực Ban Chỉ đạo', 'Phó Trưởng ban Ban Chỉ đạo': the head's own 'ban' and rank.
        if (head.EndsWith("Trưởng", StringComparison.Ordinal) && j + 1 < tokens.Count && tokens[j].Text == "ban" && tokens[j + 1].Key == "ban")
        {
            j++;
        }
        if (head.EndsWith("Trưởng", StringComparison.Ordinal) && Phrase.Length(tokens, j, "ban thường trực") is { } standing
            && j + standing < tokens.Count && tokens[j + standing].Key == "ban")
        {
            head = $"{head} ban thường trực";
            j += standing;
        }
        if (j >= tokens.Count || !BoardKindFirstWords.Contains(tokens[j].Key))
        {
            return null;
        }
        (string Canonical, int Length) kind = ("", 0);
        foreach (var (written, canonical) in BoardKinds)
        {
            if (Phrase.Length(tokens, j, written) is { } n && n > kind.Length)
            {
                kind = (canonical, n);
            }
        }
        if (kind.Length == 0)
        {
            return null;
        }
        j += kind.Length;
        // 'Trưởng Ban Tổ chức Trung ương', 'Trưởng Ban Tổ chức Tỉnh ủy': a standing commission, read by the commission rule.
        // A funeral committee is the mourning rule's: 'Ban Tổ chức Lễ tang' + the deceased.
        if (Phrase.Longest(tokens, j, CentralSuffixes).Phrase is not null || Committee(tokens, j, null).Name is not null || Phrase.Length(tokens, j, "Lễ tang") is not null)
        {
            return null;
        }
        if (kind.Canonical == "Ban Chỉ đạo" && TaskInLowerCaseOfTheProvince(tokens, j, province) is ({ } task, var taskEnd))
        {
            return new TitleMatch($"{head} {kind.Canonical} {task}", head, $"{kind.Canonical} {task}", "", i, taskEnd, false);
        }
        var (words, end) = BoardName(tokens, j);
        // A bare 'Ban Chỉ đạo' closed by punctuation or the sentence's verb: the steering committee the
        // article names in full, which its context supplies.
        if (kind.Canonical == "Ban Chỉ đạo" && words.Count == 0 && tokens[j - kind.Length].IsCapitalized)
        {
            return new TitleMatch(head, head, kind.Canonical, "", i, j, NeedsContextOrganization: true);
        }
        // A standing board's name may run in lower case ('Ban Nghiên cứu chính sách') where it closes on
        // punctuation: written so, it is a board of the body the sentence is about.
        var closedInLowerCase = StandingBoards.Contains(kind.Canonical) && words.Count is > 0 and <= MaxLowerCaseBoardWords
            && (end >= tokens.Count || !tokens[end].IsWord);
        if (words.Count == 0 || words.Count > MaxBoardNameWords || (!closedInLowerCase && !words.Any(w => w.IsCapitalized || char.IsDigit(w.Text[0]))))
        {
            // 'Trưởng Ban Tổ chức hội nghị', a bare 'Trưởng Ban chỉ đạo': the board is not named here.
            return null;
        }
        var post = $"{head} {kind.Canonical} {Joined(words)}";
        return new TitleMatch(post, head, $"{kind.Canonical} {Joined(words)}", "", i, end, false);
    }

    /// <summary>
    /// 'Phó Ban Chỉ đạo …': the press's short form of the deputy head of a steering committee, 'Phó Trưởng Ban'. Read only
    /// before 'Ban Chỉ đạo', capitalised: before a standing commission's name ('Phó ban Tuyên giáo') it may be a unit's.
    /// </summary>
    private static (string? Head, int Length) DeputyOfSteeringCommittee(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text == "Phó" && Phrase.Length(tokens, i + 1, "Ban Chỉ đạo") is not null ? ("Phó Trưởng", 1) : (null, 0);

    /// <summary>
    /// 'Ban Chỉ đạo phát triển du lịch tỉnh,': a steering committee named after its task in lower-case words (verbs
    /// among them) and closed by a bare 'tỉnh' and punctuation is the article's province's, where the article's
    /// province is one ('thành phố' may be a province's town: no city is taken for it). The name and the token
    /// after it, or null for any other name.
    /// </summary>
    private static (string? Name, int End) TaskInLowerCaseOfTheProvince(IReadOnlyList<Token> tokens, int j, string? province)
    {
        for (var k = j; k < tokens.Count && k - j <= MaxLowerCaseTaskWords && tokens[k].IsWord && !tokens[k].IsCapitalized; k++)
        {
            if (tokens[k].Key != "tỉnh")
            {
                continue;
            }
            var closed = k + 1 >= tokens.Count || tokens[k + 1].Text is "," or ";" or "." or ")" or "-" or "–";
            return closed && k - j >= 2 && FitsLevel(province, "tỉnh")
                ? ($"{Words(tokens, j, k)} tỉnh {BarePlaceName(province!)}", k + 1)
                : (null, 0);
        }
        return (null, 0);
    }

    /// <summary>A task's words before its province's level: 'phát triển du lịch', 'phòng chống thiên tai và tìm kiếm cứu nạn'.</summary>
    private const int MaxLowerCaseTaskWords = 10;

    /// <summary>Members of a council the paragraph has named: 'Thủ tướng X - phó chủ tịch hội đồng'.</summary>
    private static readonly string[] CouncilMemberHeads = ["Phó Chủ tịch", "Chủ tịch", "Ủy viên", "Thành viên"];

    /// <summary>
    /// 'phó chủ tịch hội đồng', 'ủy viên hội đồng' closing a list entry: a post on the council the
    /// article names in full, which the article's context supplies (organisation 'Hội đồng').
    /// </summary>
    private static TitleMatch? ContextCouncil(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, CouncilMemberHeads) is not ({ } head, var h) || i + h + 1 >= tokens.Count
            || tokens[i + h].Text != "hội" || tokens[i + h + 1].Key != "đồng")
        {
            return null;
        }
        var end = i + h + 2;
        return end == tokens.Count || !tokens[end].IsWord
            ? new TitleMatch(head, $"{head} Hội đồng", "Hội đồng", "", i, end, NeedsContextOrganization: true)
            : null;
    }

    /// <summary>The words of a board's name from k, and the token that closes it (beyond the limit: unclosed).</summary>
    private static (List<Token> Words, int End) BoardName(IReadOnlyList<Token> tokens, int k)
    {
        var words = new List<Token>();
        while (k < tokens.Count && words.Count <= MaxBoardNameWords)
        {
            var token = tokens[k];
            // 'Hội đồng hương (HĐH) Quảng Nam': the board's abbreviation in brackets is no part of its name.
            if (token.Text == "(" && k + 2 < tokens.Count && IsAcronym(tokens[k + 1].Text) && tokens[k + 2].Text == ")")
            {
                k += 3;
                continue;
            }
            // 'Quảng Nam - Đà Nẵng', 'Phát thanh - Truyền hình': a dash between two capitalised words.
            if (token.Text is "-" or "–" && words.Count > 0 && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord
                && !StartsNameOrTitle(tokens, k + 1))
            {
                words.Add(token);
                k++;
                continue;
            }
            if (!token.IsWord || StartsNameOrTitle(tokens, k) || !MayContinueBoardName(tokens, k, words.Count == 0))
            {
                break;
            }
            words.Add(token);
            k++;
            // '… tỉnh Nghệ An đọc diễn văn': a province after its level word closes the name.
            if (token.Key is "tỉnh" or "phố" && Phrase.Longest(tokens, k, Lexicon.ProvinceNames) is (not null, var province))
            {
                words.AddRange(tokens.Skip(k).Take(province));
                k += province;
                break;
            }
        }
        // 'Hội Doanh nhân Quảng Nam phía Nam QNB': the board's own abbreviation closing its name.
        if (words.Count >= 3 && IsAcronym(words[^1].Text) && AbbreviatesName(words[^1].Text, words))
        {
            words.RemoveAt(words.Count - 1);
        }
        // '… Giải thưởng Nhân tài Đất Việt và ông X': the joining word before the next person is not the name's.
        if (words.Count > 1 && words[^1].Key == "và" && k < tokens.Count && StartsNameOrTitle(tokens, k))
        {
            words.RemoveAt(words.Count - 1);
            k--;
        }
        return (words, k);
    }

    /// <summary>Sentence words close the name, save 'các' opening it ('BTC các giải …') and 'tại' before a place ('… tại TP.HCM').</summary>
    private static bool MayContinueBoardName(IReadOnlyList<Token> tokens, int k, bool first) =>
        tokens[k].Text switch
        {
            // 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông': 'các' inside a name before the noun it counts.
            "các" => first || (k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && k >= 2 && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized),
            "tại" => k + 1 < tokens.Count && (tokens[k + 1].IsCapitalized || tokens[k + 1].Key == "khu"),
            _ => !IsSentenceWord(tokens, k),
        };

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    /// <summary>Whether the acronym starts with the initials of the name's first capitalised words.</summary>
    private static bool AbbreviatesName(string acronym, List<Token> words)
    {
        var initials = string.Concat(words.Take(words.Count - 1).Where(w => w.IsCapitalized && w.IsWord).Select(w => w.Text[0]));
        return initials.Length >= 2 && acronym.StartsWith(initials[..Math.Min(initials.Length, 2)], StringComparison.Ordinal);
    }

    /// <summary>The words as written: 'TP.' and 'HCM' written together stay together.</summary>
    private static string Joined(List<Token> words)
    {
        var text = new System.Text.StringBuilder(words[0].Text);
        for (var w = 1; w < words.Count; w++)
        {
            text.Append(words[w].Start == words[w - 1].End ? "" : " ").Append(words[w].Text);
        }
        return text.ToString();
    }
}
