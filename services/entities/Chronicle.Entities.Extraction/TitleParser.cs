using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>A title read at a token position: the whole position, its parts, and the tokens it covers.</summary>
/// <param name="NeedsContextOrganization">'Trưởng Ban' alone: the organisation comes from the article.</param>
internal sealed record TitleMatch(string Role, string Title, string Organization, string Qualifier, int First, int End, bool NeedsContextOrganization)
{
    /// <summary>The foreign country whose post this is ('Trung Quốc' for 'Bộ trưởng Ngoại giao Trung Quốc'); null for Vietnamese posts.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// A post that names its own body or city in full ('Tổng Thư ký Liên hợp quốc', 'Thị trưởng Paris'):
    /// no country is added to it, whoever holds it.
    /// </summary>
    public bool NamesItsOwner { get; init; }

    /// <summary>
    /// A post whose body is not written in it ('Cục trưởng', 'Phó Chủ tịch Hội', 'Giám đốc bệnh viện'): the kinds
    /// of body it may head, one of which the sentence or the article names (<see cref="TitleParser.UnwrittenBody"/>);
    /// the role is completed with it after <see cref="Organization"/> ('Đảng ủy' for 'Bí thư Đảng ủy, Cục trưởng').
    /// </summary>
    public IReadOnlyList<string>? BodyKinds { get; init; }
}

/// <summary>
/// Parses positions compositionally: a qualifier ('nguyên', 'Quyền'), a title head and the
/// organisation that follows it ('Trưởng Ban' + 'Đối ngoại' + 'Trung ương').
/// </summary>
internal static partial class TitleParser
{
    /// <summary>Complete titles: phrase as written, then the canonical role, title and organisation.</summary>
    private static readonly (string Phrase, string Role, string Title, string Organization)[] Complete = WithShortForms(
    [
        ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương"),
        ("Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương"),
        ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
        ("Ủy viên BCH Trung ương Đảng", "Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
        ("Ủy viên BCH Trung ương", "Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
        ("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
        ("Ủy viên Trung ương", "Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
        ("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị"),
        ("Thường trực Ban Bí thư", "Thường trực Ban Bí thư", "Thường trực", "Ban Bí thư"),
        ("Bí thư Trung ương Đảng", "Bí thư Trung ương Đảng", "Bí thư", "Ban Bí thư"),
        ("Bí thư Trung ương", "Bí thư Trung ương Đảng", "Bí thư", "Ban Bí thư"),
        ("Tổng Bí thư", "Tổng Bí thư", "Tổng Bí thư", "Ban Chấp hành Trung ương"),
        ("Phó Chủ tịch nước", "Phó Chủ tịch nước", "Phó Chủ tịch nước", ""),
        ("Chủ tịch nước", "Chủ tịch nước", "Chủ tịch nước", ""),
        ("Phó Thủ tướng Thường trực Chính phủ", "Phó Thủ tướng Thường trực", "Phó Thủ tướng Thường trực", "Chính phủ"),
        ("Phó Thủ tướng Thường trực", "Phó Thủ tướng Thường trực", "Phó Thủ tướng Thường trực", "Chính phủ"),
        ("Phó Thủ tướng Chính phủ", "Phó Thủ tướng", "Phó Thủ tướng", "Chính phủ"),
        ("Phó Thủ tướng", "Phó Thủ tướng", "Phó Thủ tướng", "Chính phủ"),
        ("Thủ tướng Chính phủ", "Thủ tướng", "Thủ tướng", "Chính phủ"),
        ("Thủ tướng", "Thủ tướng", "Thủ tướng", "Chính phủ"),
        ("Phó Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Phó Chủ tịch", "Quốc hội"),
        ("Chủ tịch Quốc hội", "Chủ tịch Quốc hội", "Chủ tịch", "Quốc hội"),
        ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch", "Mặt trận Tổ quốc Việt Nam"),
        ("Chánh Văn phòng Trung ương Đảng", "Chánh Văn phòng Trung ương Đảng", "Chánh Văn phòng", "Văn phòng Trung ương Đảng"),
        ("Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương"),
        ("Phó Bí thư Quân ủy Trung ương", "Phó Bí thư Quân ủy Trung ương", "Phó Bí thư", "Quân ủy Trung ương"),
        ("Bí thư Quân ủy Trung ương", "Bí thư Quân ủy Trung ương", "Bí thư", "Quân ủy Trung ương"),
        ("Phó Chủ tịch Thường trực Quốc hội", "Phó Chủ tịch Thường trực Quốc hội", "Phó Chủ tịch Thường trực", "Quốc hội"),
        ("Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam"),
        ("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("Phó Tổng Kiểm toán Nhà nước", "Phó Tổng Kiểm toán Nhà nước", "Phó Tổng Kiểm toán", "Kiểm toán Nhà nước"),
        ("Tổng Kiểm toán Nhà nước", "Tổng Kiểm toán Nhà nước", "Tổng Kiểm toán", "Kiểm toán Nhà nước"),
        ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm", "Văn phòng Chính phủ"),
        ("Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm", "Văn phòng Chính phủ"),
    ]);

    /// <summary>The press writes 'Trung ương' also as 'TW', 'T.Ư' or 'TƯ': every phrase is matched in each form.</summary>
    private static (string, string, string, string)[] WithShortForms((string Phrase, string Role, string Title, string Organization)[] titles) =>
        [.. titles.SelectMany(t => new[] { "Trung ương", "TW", "T.Ư", "TƯ" }
            .Where(form => form == "Trung ương" || t.Phrase.Contains("Trung ương", StringComparison.Ordinal))
            .Select(form => (t.Phrase.Replace("Trung ương", form, StringComparison.Ordinal), t.Role, t.Title, t.Organization)))];

    private static readonly string[] BanHeads = ["Phó Trưởng Ban Thường trực", "Phó Trưởng Ban", "Trưởng Ban"];
    private static readonly string[] DepartmentHeads = ["Phó Vụ trưởng", "Vụ trưởng", "Phó Cục trưởng", "Cục trưởng", "Phó Giám đốc", "Giám đốc", "Phó Trưởng phòng", "Trưởng phòng"];

    /// <summary>The word of a section ('phòng') that a section head's title ends with: 'Trưởng phòng' + 'Cảnh sát giao thông'.</summary>
    private const string SectionWord = "phòng";
    private static readonly string[] MinistryHeads = ["Bộ trưởng", "Thứ trưởng Thường trực", "Thứ trưởng"];
    /// <summary>'TUV' is how the press shortens 'Tỉnh ủy viên' in a list of one holder's posts.</summary>
    private static readonly string[] ProvincialMemberHeads = ["Tỉnh ủy viên", "Thành ủy viên", "TUV"];
    private static readonly string[] CommitteeHeads = ["Phó Bí thư Thường trực", "Phó Bí thư", "Bí thư"];
    private static readonly string[] PeoplesCommitteeHeads = ["Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch"];
    /// <summary>Heads of boards with no fixed list (TitleParser.Boards.cs); 'Đồng Trưởng' is a co-chair, a post of its own.</summary>
    private static readonly string[] BoardHeads = ["Đồng Trưởng", "Phó Trưởng", "Trưởng", "Phó Chủ tịch", "Chủ tịch", "Phó Giám đốc", "Giám đốc"];
    private static readonly string[] CentralSuffixes = ["Trung ương Đảng", "Trung ương", "T.Ư", "TƯ", "TW"];

    public static TitleMatch? At(IReadOnlyList<Token> tokens, int i, string? articleProvince)
    {
        var start = i;
        var (qualifier, words) = QualifierAt(tokens, i);
        i += words;
        // Most words start no title: one set lookup spares them every phrase rule below.
        if (i >= tokens.Count || !AllHeadsByFirstWord.ContainsKey(tokens[i].Key))
        {
            return null;
        }
        var match = Parse(tokens, i, articleProvince);
        // A qualifier the post's own words give ('Tổng thống Mỹ khi đó là X') stands where none is written before it.
        return match is null ? null : WithoutTrailingWord(tokens, match) with { Qualifier = qualifier.Length > 0 ? qualifier : match.Qualifier, First = start };
    }

    /// <summary>
    /// '… Tập đoàn Vạn Thịnh Phát và', '… Ngân hàng Vietcombank lên (trao giải)', '… Viện Kinh tế Việt Nam thì': a
    /// body's name may be read up to a lower-case syllable of its own, and so also up to a word that joins the next
    /// person or carries the sentence on. No post ends on such a word: it is left to the sentence.
    /// </summary>
    private static TitleMatch WithoutTrailingWord(IReadOnlyList<Token> tokens, TitleMatch match)
    {
        var last = match.End - 1;
        if (last <= match.First || last >= tokens.Count || !NeverEndsPost.Contains(tokens[last].Text)
            || !match.Role.EndsWith(" " + tokens[last].Text, StringComparison.Ordinal))
        {
            return match;
        }
        var cut = tokens[last].Text.Length + 1;
        var organization = match.Organization.EndsWith(" " + tokens[last].Text, StringComparison.Ordinal) ? match.Organization[..^cut] : match.Organization;
        return match with { Role = match.Role[..^cut], Organization = organization, End = last };
    }

    /// <summary>Lower-case words no post's name ends on: a joining word, and words that go on with the sentence.</summary>
    private static readonly HashSet<string> NeverEndsPost = new(StringComparer.Ordinal) { "và", "lên", "thì", "bị", "với", "của" };

    /// <summary>
    /// Whether the words from k open the head of a title ('Ủy viên', 'Phó Chủ nhiệm'), whether or not a post
    /// could be read there; <paramref name="keys"/> are the words' <see cref="Lexicon.Key"/>.
    /// </summary>
    public static bool OpensHead(IReadOnlyList<string> keys, int k) =>
        AllHeadKeysByFirstWord.TryGetValue(keys[k], out var heads)
        && heads.Any(head => k + head.Length <= keys.Count && head.Select((key, m) => key == keys[k + m]).All(same => same));

    /// <summary>
    /// 'nguyên', 'cựu': former; 'Quyền'/'quyền': acting; 'cố': late; 'ứng viên': nominee; 'tân': new, held now. Only a
    /// title may follow (checked by the caller), so 'quyền lợi' or 'cố gắng' never qualify anything.
    /// </summary>
    private static (string Qualifier, int Words) QualifierAt(IReadOnlyList<Token> tokens, int i) =>
        i >= tokens.Count ? ("", 0) : tokens[i].Key switch
        {
            // 'nguyên: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh': a colon may open the list of posts left.
            "nguyên" or "cựu" => ("former", i + 1 < tokens.Count && tokens[i + 1].Text == ":" ? 2 : 1),
            // 'chính quyền Tổng thống X' is the president's administration, not an acting president.
            "quyền" when i == 0 || tokens[i - 1].Key is not ("chính" or "chủ" or "thẩm" or "nhân" or "đặc") => ("acting", 1),
            // 'Cố vấn An ninh Quốc gia' is an adviser's post, not a late holder's.
            "cố" when i + 1 >= tokens.Count || tokens[i + 1].Key != "vấn" => ("late", 1),
            "ứng" when i + 1 < tokens.Count && tokens[i + 1].Key == "viên" => ("nominee", 2),
            // 'ông X, tân Chủ tịch UBND tỉnh': the new holder, who holds the post now. Only in lower
            // case: 'Tân' opens given names ('Nguyễn Tân Cương').
            "tân" when tokens[i].Text == "tân" => ("", 1),
            _ => ("", 0),
        };

    /// <summary>Every phrase any rule reads a title from, by the key of its first word.</summary>
    private static readonly Dictionary<string, string[]> AllHeadsByFirstWord = Lexicon.ByFirstWord(Complete.Select(c => c.Phrase).Concat(BanHeads).Concat(MinistryHeads)
        .Concat(CommitteeHeads).Concat(PeoplesCommitteeHeads).Concat(DepartmentHeads).Concat(ForeignTitles.Heads).Concat(TitleLexicon.Heads)
        .Concat(ProvincialMemberHeads).Concat(BoardHeads).Concat(CompanyTitles.Heads).Concat(UnwrittenBodyHeads).Distinct());

    /// <summary>The same phrases as the keys of their words, split once for <see cref="OpensHead"/>.</summary>
    private static readonly Dictionary<string, string[][]> AllHeadKeysByFirstWord = AllHeadsByFirstWord.ToDictionary(
        pair => pair.Key, pair => pair.Value.Select(head => head.Split(' ').Select(Lexicon.Key).ToArray()).ToArray());

    /// <summary>
    /// Every rule reads the title it can at i and the longest reading wins: 'Chủ nhiệm Văn phòng
    /// Chủ tịch nước' is one post, not 'Chủ tịch nước' after a stray word. On a tie the earlier rule wins.
    /// </summary>
    private static TitleMatch? Parse(IReadOnlyList<Token> tokens, int i, string? province)
    {
        if (ForeignTitles.At(tokens, i) is { } foreign)
        {
            return foreign;
        }
        // First: on a tie it wins over the readings that leave a post written by its kind alone to the article.
        // Called one after another (no sequence of readings is built: this runs at every word that opens a title).
        var best = UnwrittenBody(tokens, i, province);
        best = Longer(best, HeadOfBodyNamedBefore(tokens, i, province));
        best = Longer(best, CompleteTitle(tokens, i));
        best = Longer(best, DepartmentHead(tokens, i, province));
        best = Longer(best, BanHead(tokens, i, province));
        best = Longer(best, MinistryHead(tokens, i));
        best = Longer(best, CommitteeHead(tokens, i, province));
        best = Longer(best, PeoplesCommitteeHead(tokens, i, province));
        best = Longer(best, ComposedTitle(tokens, i, province));
        best = Longer(best, AssemblyDeputy(tokens, i));
        best = Longer(best, ProvincialMember(tokens, i, province));
        best = Longer(best, CompanyTitles.At(tokens, i));
        best = Longer(best, BoardHead(tokens, i, province));
        best = Longer(best, ContextCouncil(tokens, i));
        best = Longer(best, VillageHead(tokens, i));
        best = Longer(best, ShortNationalPost(tokens, i));
        // 'Thứ trưởng Bộ Công an Lào', 'Chánh Văn phòng Trung ương Đảng Cộng sản Trung Quốc': another
        // country's post, which only the foreign titles may read.
        return best is not null && ForeignOwnerAt(tokens, best.End) ? null : best;
    }

    /// <summary>The longer of two readings; on a tie the earlier one.</summary>
    private static TitleMatch? Longer(TitleMatch? best, TitleMatch? reading) =>
        reading is not null && (best is null || reading.End > best.End) ? reading : best;

    /// <summary>
    /// 'Tỉnh ủy viên' ('nguyên Tỉnh ủy viên, Giám đốc Sở …'): a member of the province's Party
    /// executive committee, of the province written after it or the article's. 'Thành ủy viên' is a
    /// member of a city's, read only where the city is written or the article is on one: a town's
    /// committee goes by the same word.
    /// </summary>
    private static TitleMatch? ProvincialMember(IReadOnlyList<Token> tokens, int i, string? province)
    {
        if (Phrase.Longest(tokens, i, ProvincialMemberHeads) is not ({ } head, var n))
        {
            return null;
        }
        var level = head is "Tỉnh ủy viên" or "TUV" ? "tỉnh" : "thành phố";
        var (place, p) = Phrase.Length(tokens, i + n, level) is { } t && Phrase.Longest(tokens, i + n + t, Lexicon.ProvinceNames) is ({ } named, var l)
            ? (named, t + l)
            : (FitsLevel(province, level) ? province : null, 0);
        if (place is null && level == "thành phố")
        {
            return null;
        }
        place = place is null ? null : BarePlaceName(place);
        var body = place is null ? $"Ban Chấp hành Đảng bộ {level}" : $"Ban Chấp hành Đảng bộ {level} {place}";
        return new TitleMatch($"Ủy viên {body}", "Ủy viên", body, "", i, i + n + p, false);
    }

    /// <summary>The complete titles by the key of their first word, in the order they are listed.</summary>
    private static readonly Dictionary<string, (string Phrase, string Role, string Title, string Organization)[]> CompleteByFirstWord = Complete
        .GroupBy(c => Lexicon.Key(c.Phrase.Split(' ')[0]), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static TitleMatch? CompleteTitle(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !CompleteByFirstWord.TryGetValue(tokens[i].Key, out var complete))
        {
            return null;
        }
        foreach (var (phrase, role, title, organization) in complete)
        {
            if (Phrase.Length(tokens, i, phrase) is { } n)
            {
                return new TitleMatch(role, title, organization, "", i, i + n, false);
            }
        }
        return null;
    }

    private static TitleMatch? BanHead(IReadOnlyList<Token> tokens, int i, string? province)
    {
        foreach (var head in BanHeads)
        {
            if (Phrase.Length(tokens, i, head) is not { } n)
            {
                continue;
            }
            var j = i + n;
            if (j < tokens.Count && tokens[j].Key == "ban")
            {
                j++;
            }
            if (Phrase.Longest(tokens, j, Lexicon.Commissions) is not ({ } commission, var m))
            {
                // 'Trưởng Ban Chỉ đạo': a steering committee the article names in full elsewhere, none of
                // the Party's standing commissions the article's context would lend it.
                return Phrase.Length(tokens, j, "Chỉ đạo") is null ? new TitleMatch(head, head, "", "", i, i + n, NeedsContextOrganization: true) : null;
            }
            j += m;
            var organization = $"Ban {commission} Trung ương";
            if (Phrase.Longest(tokens, j, CentralSuffixes) is (not null, var s))
            {
                j += s;
            }
            else if (Committee(tokens, j, province) is ({ } committee, var c))
            {
                organization = $"Ban {commission} {committee}";
                j += c;
            }
            else if (j < tokens.Count && tokens[j].IsWord && (!tokens[j].IsCapitalized || EventWords.Contains(tokens[j].Text)))
            {
                // 'Trưởng Ban Tổ chức hội nghị', 'Trưởng Ban Tổ chức Lễ tang': some other body's committee.
                return null;
            }
            return new TitleMatch(Compose(head, organization), head, organization, "", i, j, false);
        }
        return null;
    }

    /// <summary>Words that open the name of an event or another body a 'Ban Tổ chức' may organise ('Giỗ Tổ Hùng Vương').</summary>
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal) { "Hội", "Lễ", "Giỗ", "Giải", "Cuộc", "Kỳ", "Chương", "Đại", "Liên", "Tuần", "Ngày", "Festival" };

    private static TitleMatch? MinistryHead(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var head in MinistryHeads)
        {
            if (Phrase.Length(tokens, i, head) is not { } n)
            {
                continue;
            }
            var j = i + n;
            if (j < tokens.Count && tokens[j].Text == "Bộ")
            {
                j++;
            }
            if (Lexicon.MinistryAt(tokens, j) is not ({ } ministry, var m))
            {
                // 'Bộ trưởng Thắng': the ministry comes from what the article says of that person.
                return new TitleMatch(head, head, "", "", i, i + n, NeedsContextOrganization: true);
            }
            return new TitleMatch($"{head} Bộ {ministry}", head, $"Bộ {ministry}", "", i, j + m, false);
        }
        return null;
    }

    private static TitleMatch? CommitteeHead(IReadOnlyList<Token> tokens, int i, string? province)
    {
        foreach (var head in CommitteeHeads)
        {
            // The head is looked for once: most words it is tried at do not open it.
            if (Phrase.Length(tokens, i, head) is not { } n)
            {
                continue;
            }
            if (Committee(tokens, i + n, province) is ({ } committee, var c))
            {
                return new TitleMatch($"{head} {committee}", head, committee, "", i, i + n + c, false);
            }
            if (ProvinceCommitteeShortened(tokens, i + n) is ({ } shortened, var p))
            {
                return new TitleMatch($"{head} {shortened}", head, shortened, "", i, i + n + p, false);
            }
        }
        return null;
    }

    /// <summary>
    /// 'Bí thư Quảng Ninh Nguyễn Văn A', 'tân Bí thư Thanh Hóa B': the press, in headlines most of all, drops
    /// 'Tỉnh ủy' or 'Thành ủy' between a Party secretary and the province, as it drops 'UBND' after a chair.
    /// Read only where the holder's name follows the province right away: 'Bí thư Hà Nội' alone may be a
    /// district's or a youth union's, which the sentence says otherwise.
    /// </summary>
    private static (string? Committee, int Length) ProvinceCommitteeShortened(IReadOnlyList<Token> tokens, int k)
    {
        if (NamedProvince(tokens, k, level: null) is not ({ } named, var p) || PersonNames.At(tokens, k + p, afterTitle: true) is null)
        {
            return (null, 0);
        }
        var place = BarePlaceName(named);
        return ($"{(CentralCities.Contains(place) ? "Thành ủy" : "Tỉnh ủy")} {place}", p);
    }

    private static (string? Name, int Length) PlaceWithoutCommittee(IReadOnlyList<Token> tokens, int k)
    {
        if (Place(tokens, k, province: null) is not ({ } place, var length))
        {
            return (null, 0);
        }
        var levelWritten = Phrase.LongestOf(tokens, k, ["tỉnh", "thành phố", "TP.", "TP", "huyện", "quận", "thị xã", "xã", "phường"]).Phrase is not null;
        return levelWritten || place != "thành phố Hồ Chí Minh" ? (place, length) : (null, 0);
    }

    private static TitleMatch? PeoplesCommitteeHead(IReadOnlyList<Token> tokens, int i, string? province)
    {
        foreach (var head in PeoplesCommitteeHeads)
        {
            if (Phrase.Length(tokens, i, head) is not { } n)
            {
                continue;
            }
            if (PeoplesCommittee(tokens, i + n, province) is ({ } committee, var c))
            {
                return new TitleMatch($"{head} {committee}", head, committee, "", i, i + n + c, false);
            }
            // 'Chủ tịch tỉnh Nghệ An', 'Phó Chủ tịch TP Đà Nẵng', 'Chủ tịch Hà Nội': the press drops
            // 'UBND' before a named place. The place must be written: a bare 'Chủ tịch tỉnh' stays
            // unread, and 'Chủ tịch Hồ Chí Minh' without 'thành phố' is the late President.
            if (PlaceWithoutCommittee(tokens, i + n) is ({ } place, var p))
            {
                var placeCommittee = $"UBND {place}";
                return new TitleMatch($"{head} {placeCommittee}", head, placeCommittee, "", i, i + n + p, false);
            }
        }
        return null;
    }

    /// <summary>
    /// 'Vụ trưởng Vụ Châu Mỹ, Ban Đối ngoại Trung ương', 'Giám đốc Sở Nội vụ tỉnh Kon Tum': the head
    /// of a department, its name, and the body or province it belongs to.
    /// </summary>
    private static TitleMatch? DepartmentHead(IReadOnlyList<Token> tokens, int i, string? province)
    {
        if (Phrase.Longest(tokens, i, DepartmentHeads) is not ({ } head, var n))
        {
            return null;
        }
        if (head.EndsWith(SectionWord, StringComparison.Ordinal))
        {
            return SectionHead(tokens, i, head, n, province);
        }
        var unit = head.EndsWith("Vụ trưởng", StringComparison.Ordinal) ? "Vụ" : head.EndsWith("Cục trưởng", StringComparison.Ordinal) ? "Cục" : "Sở";
        var j = i + n;
        // 'là Vụ trưởng, Bí thư Chi bộ Vụ Y': the bare head leads the department whose Party cell the next post names.
        if (j + 1 < tokens.Count && tokens[j].Text == "," && Parse(tokens, j + 1, province) is { Organization.Length: > 0, Country: null } next
            && BodyOfNextPartyPost(next, [unit]) is { } led)
        {
            return new TitleMatch($"{head} {led}", head, led, "", i, j, false);
        }
        // 'ông X – Phó Vụ trưởng, Phó Trưởng Cơ quan thường trực …': a bare head before a comma is a
        // post whose department the article does not give; read, it keeps the chain of posts whole.
        if (unit != "Sở" && j + 1 < tokens.Count && tokens[j].Text == "," && i > 0 && tokens[i - 1].Text is "," or "–" or "-")
        {
            return new TitleMatch(head, head, "", "", i, j, NeedsContextOrganization: true);
        }
        return Department(tokens, j, unit, province) is ({ } department, var end)
            ? new TitleMatch($"{head} {department}", head, department, "", i, end, false)
            : null;
    }

    /// <summary>
    /// 'Trưởng phòng Cảnh sát giao thông Công an tỉnh Bình Dương', 'Phó Trưởng phòng Giáo dục và Đào
    /// tạo huyện Thanh Chương': the head of a section of a provincial or district body, the wider
    /// news's commonest office below a department. The head's own 'phòng' opens the section's name,
    /// which is read as a department's; a section whose body or place is not written with it
    /// ('Trưởng phòng Đào tạo') is one of many bodies' and is left unread.
    /// </summary>
    private static TitleMatch? SectionHead(IReadOnlyList<Token> tokens, int i, string head, int n, string? province)
    {
        var sectionWord = i + n - 1;
        if (Department(tokens, sectionWord, tokens[sectionWord].Text, province) is not ({ } section, var end) || !SectionOwner().IsMatch(section)
            || (end < tokens.Count && tokens[end].IsWord && !tokens[end].IsCapitalized && !CarriesSentenceOn(tokens, end) && !EndsWithProvince(tokens, i, end)))
        {
            // A name cut short by a word of the sentence ('… dự án') is not the section's whole name; one its owner's
            // province closes ('…, Sở GD-ĐT Hải Phòng | băn khoăn') is whole, the word after it the sentence's.
            return null;
        }
        var named = section[SectionWord.Length..];
        var post = head[..^SectionWord.Length] + SectionWord + named;
        return new TitleMatch(post, head, "Phòng" + named, "", i, end, false);
    }

    /// <summary>
    /// 'Sở du lịch TP HCM', 'Cục thuế tỉnh Thanh Hóa', 'Sở giáo dục và đào tạo tỉnh Quảng Ngãi': a provincial
    /// department whose name the copy wrote in lower case is read where a province closes it, within the
    /// longest names; lower-case words that nothing closes so are the sentence's ('Cục | thuế sẽ …').
    /// </summary>
    private static bool LowerNameClosedByPlace(IReadOnlyList<Token> tokens, int k)
    {
        for (var end = k; end < tokens.Count && end - k <= MaxDepartmentWords; end++)
        {
            if (end > k)
            {
                // 'TP HCM' is a province's name of its own; 'tỉnh X', 'thành phố Y', 'TP Z' name one after the level.
                var namesProvince = Phrase.Longest(tokens, end, Lexicon.ProvinceNames).Phrase is not null;
                if (ProvinceLevelWords(tokens, end) is > 0 and var levelWords)
                    return namesProvince || (end + levelWords < tokens.Count && Phrase.Longest(tokens, end + levelWords, Lexicon.ProvinceNames).Phrase is not null);
                if (tokens[end].IsCapitalized && namesProvince)
                    return true;
            }
            if (!tokens[end].IsWord || tokens[end].IsCapitalized || IsSentenceWord(tokens, end) || StartsNameOrTitle(tokens, end))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Words that open the sentence's predicate after a title, never a name's next word: a tense or
    /// a reporting verb ('… Học viện Y đã đọc quyết định', '… Học viện Y công bố').
    /// </summary>
    private static bool CarriesSentenceOn(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text is "đã" or "sẽ" or "đang" or "vừa" or "cũng" or "cho" or "nói"
        || OpensReportingVerb(tokens, k);

    /// <summary>
    /// A place closing a section's name: a province or city ('tỉnh', 'thành phố', 'TP') or a
    /// district ('huyện Bình Chánh': its second word may be a title's, 'Chánh', and must not end the name).
    /// </summary>
    private static bool SectionPlaceStarts(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Key is "tỉnh" or "thành" or "tp." or "tp" or "huyện" or "quận" or "xã" or "phường"
        || (tokens[k].Key == "thị" && k + 1 < tokens.Count && tokens[k + 1].Key == "xã");

    /// <summary>The words of a province's level written at k ('tỉnh', 'TP', 'thành phố'), which its name follows; or 0.</summary>
    private static int ProvinceLevelWords(IReadOnlyList<Token> tokens, int k) => tokens[k].Key switch
    {
        "tỉnh" or "tp." or "tp" => 1,
        "thành" when k + 1 < tokens.Count && tokens[k + 1].Key == "phố" => 2,
        _ => 0,
    };

    /// <summary>The number of words of a province at k that a lower-case word of the sentence follows, or 0.</summary>
    private static int ProvinceClosingName(IReadOnlyList<Token> tokens, int k) =>
        Phrase.Longest(tokens, k, Lexicon.ProvinceNames) is ({ }, var length) && k + length < tokens.Count
            && tokens[k + length].IsWord && !tokens[k + length].IsCapitalized && char.IsLetter(tokens[k + length].Text[0])
            ? length
            : 0;

    /// <summary>The body or place a section belongs to, written after the section's own words.</summary>
    [GeneratedRegex(@"^\S+ .*\b(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|Công an|UBND|Sở|Cục|Tổng cục|Bộ|Ban|Trường|Bệnh viện|Công ty|Tập đoàn|Ngân hàng|Trung tâm|Viện|Học viện|Đại học) \S")]
    private static partial Regex SectionOwner();

    /// <summary>
    /// 'Vụ Châu Mỹ, Ban Đối ngoại Trung ương', 'Sở Nội vụ tỉnh Kon Tum', 'Cục Thuế tỉnh Nghệ An': a
    /// department written at j, its unit word ('Vụ', 'Cục', 'Sở') first, with the body or province it
    /// belongs to; and the token after it.
    /// </summary>
    private static (string? Name, int End) Department(IReadOnlyList<Token> tokens, int j, string unit, string? province)
    {
        // 'Giám đốc sở GD-ĐT Thái Nguyên': a provincial department named after its ministry may have its own word in lower case.
        var unitWritten = j < tokens.Count && (tokens[j].Text == unit
            || (unit == "Sở" && tokens[j].Text == "sở" && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && Lexicon.MinistryAt(tokens, j + 1).Ministry is not null));
        if (!unitWritten || j + 1 >= tokens.Count
            || (!tokens[j + 1].IsCapitalized && !(unit is "Sở" or "Cục" && LowerNameClosedByPlace(tokens, j + 1))
                && !(unit is "Cục" or "Vụ" && LowerNameClosedByOwner(tokens, j + 1, province))
                && !(unit.Equals(SectionWord, StringComparison.OrdinalIgnoreCase) && SentenceCaseSectionClosed(tokens, j + 1, province))))
        {
            return (null, 0);
        }
        // The name runs to what closes it: punctuation, a province, a person's name, another title or a
        // verb of the sentence ('Vụ Thực hành quyền công tố và kiểm sát điều tra án kinh tế,'). A run
        // that nothing closes within the longest names is no name this rule can tell.
        var end = j + 1;
        // A section's place may be written 'TP Hà Nội': for it the short 'TP' closes the name too.
        var section = unit.Equals(SectionWord, StringComparison.OrdinalIgnoreCase);
        // The commas between a department's listed concerns are not words of its name.
        var listCommas = 0;
        // 'Phòng Cảnh sát giao thông (CSGT) Công an tỉnh X': a section's short form in brackets before its owner is no word of the name.
        var acronymAt = -1;
        int NameWords() => end - j - listCommas - (acronymAt < 0 ? 0 : Phrase.BracketedAcronymWords);
        while (end < tokens.Count && NameWords() <= MaxDepartmentWords)
        {
            // After the listed concerns, 'của' opens the owner, which is no word of the name.
            if (listCommas > 0 && tokens[end].Key == "của")
            {
                break;
            }
            // 'Cục Quản lý thị trường thuộc Bộ Công Thương': 'thuộc' opens the owner, which is no word of the name.
            if (end > j + 1 && BelongsToKnownBody(tokens, end))
            {
                break;
            }
            // 'Sở GD-ĐT Đắk Lắk phản ánh …': a province written without 'tỉnh' after the concern closes a
            // department's name; the lower-case words after it are the sentence's, not the name's.
            if (unit == "Sở" && end > j + 1 && ProvinceClosingName(tokens, end) is > 0 and var provinceWords)
            {
                end += provinceWords;
                break;
            }
            if (tokens[end].IsWord && tokens[end].Key is not ("tỉnh" or "thành" or "tp.") && !(section && SectionPlaceStarts(tokens, end)) && !StartsNameOrTitle(tokens, end)
                && !(unit == "Sở" && tokens[end].Key == "tp" && (CityShortName(tokens, end) > 0 || NamedProvince(tokens, end + 1, null).Name is not null))
                && (!IsSentenceWord(tokens, end) || InnerCac(tokens, end)))
            {
                end++;
            }
            else if (InnerDash(tokens, j, end, province) || (section && LowerFieldAfterDash(tokens, j, end)))
            {
                end += 2;
            }
            else if (section && acronymAt < 0 && end > j + 1 && Phrase.BracketedAcronymAt(tokens, end, numbered: true) && end + Phrase.BracketedAcronymWords < tokens.Count
                && tokens[end + Phrase.BracketedAcronymWords].IsCapitalized && tokens[end + Phrase.BracketedAcronymWords].IsWord && !StartsNameOrTitle(tokens, end + Phrase.BracketedAcronymWords))
            {
                acronymAt = end;
                end += Phrase.BracketedAcronymWords;
            }
            else if (unit is "Vụ" or "Cục" && InnerComma(tokens, j, end, listCommas > 0))
            {
                end++;
                listCommas++;
            }
            else
            {
                break;
            }
        }
        if (NameWords() > MaxDepartmentWords)
        {
            return (null, 0);
        }
        // 'Cục An ninh chính trị nội bộ và Thiếu tướng …': a joining word left at the end is not the name's.
        var nameEnd = end;
        while (nameEnd > j + 1 && tokens[nameEnd - 1].Text is "và" or "về" or "-" or "–")
        {
            nameEnd--;
        }
        // Nor is it the post's: the rank and name after it are the next person's ('… nội bộ và Thiếu tướng X').
        if (nameEnd < end && StartsNameOrTitle(tokens, end))
        {
            end = nameEnd;
        }
        // 'Sở Y tế Hà Giang': the province written without 'tỉnh' is the owner, not part of the name.
        string? ownProvince = null;
        for (var start = j + 2; start < nameEnd && unit == "Sở"; start++)
        {
            if (Phrase.Longest(tokens, start, Lexicon.ProvinceNames) is ({ } inName, var q) && start + q == nameEnd)
            {
                (ownProvince, nameEnd) = (inName, start);
                break;
            }
        }
        // 'Cục thuế tỉnh …', 'sở GD-ĐT' are written as the body names itself, its words capitalised.
        var name = string.Join(' ', tokens.Skip(j).Take(nameEnd - j).Select((t, at) => at == 0 ? unit : at == 1 && !t.IsCapitalized ? char.ToUpperInvariant(t.Text[0]) + t.Text[1..] : t.Text)
            .Where((_, at) => acronymAt < 0 || at < acronymAt - j || at >= acronymAt - j + Phrase.BracketedAcronymWords));
        if (listCommas > 0)
        {
            name = name.Replace(" ,", ",", StringComparison.Ordinal);
        }
        // 'Sở TN-MT', 'Sở KH-ĐT': a provincial department named after its ministry, shortened as the
        // ministry is, is the department of that ministry's full name.
        if (unit == "Sở" && Lexicon.MinistryAt(tokens, j + 1) is ({ } ministry, var ministryLength) && j + 1 + ministryLength >= nameEnd)
        {
            name = $"Sở {ministry}";
            end = Math.Max(end, j + 1 + ministryLength);
        }
        if (unit == "Sở")
        {
            var owner = ownProvince ?? province;
            if (end < tokens.Count && ProvinceLevelWords(tokens, end) is > 0 and var levelWords
                && NamedProvince(tokens, end + levelWords, tokens[end].Key == "tỉnh" ? "tỉnh" : null) is ({ } named, var p))
            {
                owner = named;
                end += levelWords + p;
            }
            else if (end < tokens.Count && CityShortName(tokens, end) is > 0 and var cityWords)
            {
                owner = "Hồ Chí Minh";
                end += cityWords;
            }
            var level = owner is not null && CentralCities.Contains(BarePlaceName(owner)) ? "thành phố" : "tỉnh";
            var located = owner is null ? name : $"{name} {level} {BarePlaceName(owner)}";
            return (located, end);
        }
        // 'Cục Thi hành án dân sự thành phố Hải Phòng', 'Cục Thuế tỉnh Nghệ An': a department of a
        // province or city names it after its own name.
        if (end < tokens.Count && (unit == "Cục" && tokens[end].Key is "tỉnh" or "thành" or "tp." || section && SectionPlaceStarts(tokens, end))
            && Place(tokens, end, province: null) is ({ } place, var placeLength))
        {
            name = $"{name} {place}";
            end += placeLength;
        }
        // 'Cục X thuộc Bộ Y' is the 'Cục X, Bộ Y': the owner after 'thuộc' is part of the post as after a comma.
        if (end > j + 1 && OwnerAfterBelongsTo(tokens, end, province) is ({ } belongsTo, var belongsToLength))
        {
            return ($"{name}, {belongsTo}", end + belongsToLength);
        }
        // 'Vụ X, vụ việc của Ban Y': the owner after the listed concerns.
        if (listCommas > 0 && end + 1 < tokens.Count && tokens[end].Key == "của" && OwnerBody(tokens, end + 1, province) is ({ } ownerAfterList, var ownerLength))
        {
            return ($"{name} của {ownerAfterList}", end + 1 + ownerLength);
        }
        // 'Vụ X, Ban Y', 'Vụ X, VKSND tối cao', 'Cục X - Bộ Công an': the body after the comma or dash is part of the post.
        if (end + 1 < tokens.Count && tokens[end].Text is "," or "-" or "–" && OwnerBody(tokens, end + 1, province) is ({ } body, var length)
            && (tokens[end].Text == "," || body.StartsWith("Bộ ", StringComparison.Ordinal)))
        {
            return ($"{name}, {body}", end + 1 + length);
        }
        // 'Phòng Khoáng sản, Sở Tài nguyên và Môi trường tỉnh Yên Bái', 'Phòng Bảo vệ trẻ em (Sở Lao động - Thương binh và
        // Xã hội TPHCM)': a section's owner after a comma or in brackets may be a provincial department, which no body of
        // the lexicon names; it is read as a 'Sở' is anywhere, its province closing it.
        if (section && end + 1 < tokens.Count && tokens[end].Text is "," or "(" && Department(tokens, end + 1, "Sở", province) is ({ } department, var departmentEnd)
            && (tokens[end].Text == "," || (departmentEnd < tokens.Count && tokens[departmentEnd].Text == ")")))
        {
            return tokens[end].Text == "," ? ($"{name}, {department}", departmentEnd) : ($"{name} ({department})", departmentEnd + 1);
        }
        // 'Cục Nhà trường (Bộ Tổng Tham mưu QĐND Việt Nam)': the body it belongs to, in brackets, is written with it.
        if (end + 2 < tokens.Count && tokens[end].Text == "(" && OwnerBody(tokens, end + 1, province) is ({ } bracketed, var bracketedLength)
            && end + 1 + bracketedLength < tokens.Count && tokens[end + 1 + bracketedLength].Text == ")")
        {
            return ($"{name} ({bracketed})", end + 2 + bracketedLength);
        }
        return (name, end);
    }

    /// <summary>
    /// 'Vụ Tài chính các ngân hàng và tổ chức tài chính', 'Vụ Quản lý các khu kinh tế': 'các' inside a
    /// department's name, before the lower-case words of what it deals with; not 'các nhiệm kỳ', which
    /// goes on with the sentence.
    /// </summary>
    private static bool InnerCac(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Key == "các" && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
        && tokens[k + 1].Key != "nhiệm" && !IsSentenceWord(tokens, k + 1);

    /// <summary>
    /// 'Cục Kế hoạch - Tài chính', 'Cục Tài vụ - Quản trị': a dash between two capitalised words of a
    /// department's name. A body after the dash is the department's owner ('Cục X - Bộ Công an').
    /// </summary>
    private static bool InnerDash(IReadOnlyList<Token> tokens, int j, int k, string? province) =>
        k > j + 1 && k + 1 < tokens.Count && tokens[k].Text is "-" or "–" && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized
        && !StartsNameOrTitle(tokens, k + 1) && OwnerBody(tokens, k + 1, province).Name is null
        && Phrase.Longest(tokens, k + 1, Lexicon.ProvinceNames).Phrase is null;

    /// <summary>
    /// 'TP.HCM', 'TP. Hồ Chí Minh', 'thành phố HCM' after a department's name: the city's short names are no province
    /// names of the list. The words they take, or 0.
    /// </summary>
    private static int CityShortName(IReadOnlyList<Token> tokens, int k) =>
        ProvinceLevelWords(tokens, k) is > 0 and var level && tokens[k].Key != "tỉnh"
            && Phrase.LongestOf(tokens, k + level, ["Hồ Chí Minh", "HCM"]) is (not null, var city)
            ? level + city
            : 0;

    /// <summary>
    /// 'Phòng Văn hóa - thông tin thị xã X': the copy may write a section's second field in lower case after the
    /// dash; it is the name's where a few lower-case words of it, none of the sentence's, run up to the place
    /// the section belongs to.
    /// </summary>
    private static bool LowerFieldAfterDash(IReadOnlyList<Token> tokens, int j, int k)
    {
        if (k <= j + 1 || tokens[k].Text is not ("-" or "–") || !tokens[k - 1].IsWord)
        {
            return false;
        }
        for (var m = k + 1; m < tokens.Count && m <= k + MaxLowerFieldWords + 1; m++)
        {
            if (m > k + 1 && SectionPlaceStarts(tokens, m))
            {
                return true;
            }
            if (!tokens[m].IsWord || tokens[m].IsCapitalized || !char.IsLetter(tokens[m].Text[0]) || IsSentenceWord(tokens, m))
            {
                return false;
            }
        }
        return false;
    }

    private const int MaxLowerFieldWords = 3;

    /// <summary>
    /// 'Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu': a comma between lower-case words of what a department deals with. The words after it
    /// (one to three, none of the sentence's) must be followed by another such item, or be the last of
    /// two or more and close at punctuation, or be followed by 'của' and the owner; 'Cục X, nguyên Bí thư …' or 'Vụ X, người đã …' go on with the sentence. Only an item after an earlier
    /// one may end the sentence: 'Vụ trưởng Vụ Kế hoạch, trình bày.' closes the name at the comma.
    /// </summary>
    private static bool InnerComma(IReadOnlyList<Token> tokens, int j, int k, bool afterAnother)
    {
        if (k <= j + 1 || tokens[k].Text != "," || !tokens[k - 1].IsWord || tokens[k - 1].IsCapitalized)
        {
            return false;
        }
        var m = k + 1;
        while (m < tokens.Count && m - k <= MaxListedWords && tokens[m].IsWord && char.IsLetter(tokens[m].Text[0]) && !tokens[m].IsCapitalized
            && !IsSentenceWord(tokens, m) && tokens[m].Key is not ("nguyên" or "cựu" or "nay" or "kiêm" or "người" or "ông" or "bà" or "của" or "năm" or "ngày" or "tháng"))
        {
            m++;
        }
        return m > k + 1 && m - k - 1 <= MaxListedWords
            && (m == tokens.Count ? afterAnother
                : (tokens[m].Text == "," && m + 1 < tokens.Count && tokens[m + 1].IsWord && !tokens[m + 1].IsCapitalized)
                    || (afterAnother && tokens[m].Text is "," or "." or "(" or ";")
                    // 'Vụ Theo dõi xử lý các vụ án, vụ việc của Ban Nội chính Trung ương': the last item, then the owner.
                    || (tokens[m].Key == "của" && m + 1 < tokens.Count && tokens[m + 1].IsCapitalized && tokens[m + 1].IsWord));
    }

    /// <summary>The most words one item of a department's listed concerns holds ('buôn lậu', 'vụ việc').</summary>
    private const int MaxListedWords = 3;

    /// <summary>The body a department belongs to, written after it: a body the lexicon knows, or a listed organisation.</summary>
    private static (string? Name, int Length) OwnerBody(IReadOnlyList<Token> tokens, int k, string? province)
    {
        var (body, length) = Body(tokens, k, province, nested: true, nameMayFollow: false);
        if (Lexicon.Organizations.SelectMany(o => o.Forms.Select(f => (o.Canonical, Form: f)))
            .Select(o => (o.Canonical, Length: Phrase.Length(tokens, k, o.Form))).Where(o => o.Length is not null).OrderByDescending(o => o.Length).FirstOrDefault() is ({ } known, { } knownLength)
            && knownLength > length)
        {
            (body, length) = (known, knownLength);
        }
        return body is null ? (null, 0) : (body, length);
    }

    private const int MaxDepartmentWords = 14;

    /// <summary>A verb or function word of the sentence, 'giữ chức' ('tạm giữ' may be part of a name), or a rank.</summary>
    private static bool IsSentenceWord(IReadOnlyList<Token> tokens, int k) =>
        (SentenceWords.Contains(tokens[k].Text) && !InForecast(tokens, k)) || (tokens[k].Text == "giữ" && k + 1 < tokens.Count && tokens[k + 1].Key == "chức")
        || OpensReportingVerb(tokens, k)
        || (tokens[k].Text is "Thiếu" or "Trung" or "Thượng" or "Đại" && k + 1 < tokens.Count && tokens[k + 1].Text is "tướng" or "tá" or "úy" or "uý");

    /// <summary>'dự báo' (forecast) names the weather service's sections and centres: neither syllable is the sentence's 'dự' or 'báo'.</summary>
    private static bool InForecast(IReadOnlyList<Token> tokens, int k) =>
        (tokens[k].Text == "báo" && k > 0 && tokens[k - 1].Key == "dự") || (tokens[k].Text == "dự" && k + 1 < tokens.Count && tokens[k + 1].Key == "báo");

    /// <summary>
    /// Whether a verb of two syllables opens at k, carrying the sentence on after a title written behind its holder's
    /// name ('ông X - Trưởng phòng Tổ chức cán bộ Học viện Y công bố quyết định'). Their first
    /// syllables alone ('công', 'thông') stand inside bodies' names, so only the pair closes a name.
    /// </summary>
    private static bool OpensReportingVerb(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && ReportingVerbs.Contains($"{tokens[k].Text} {tokens[k + 1].Text}");

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "công bố", "nhận định", "trả lời", "giải thích", "tiết lộ", "thừa nhận", "thông báo", "trình bày", "giới thiệu",
        "kiến nghị", "tâm sự", "lưu ý", "bật mí", "chỉ ra", "đánh giá", "ghi nhận", "tuyên bố",
    };

    /// <summary>Lower-case words of a sentence around a title that no department's name holds.</summary>
    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "cho", "đã", "sẽ", "đang", "là", "được", "làm", "có", "tại", "trao", "nhận", "phát", "cùng", "đến", "dự", "thăm",
        "một", "các", "những", "nhằm", "vừa", "khi", "nêu", "chủ", "báo", "kiêm", "thay", "chúc", "đề", "yêu", "cũng",
        "nhấn", "bày", "khẳng", "chia", "ký", "nói", "xin",
    };

    /// <summary>
    /// The role as a reader says it: 'Trưởng Ban' + 'Ban Đối ngoại Trung ương' is 'Trưởng Ban Đối
    /// ngoại Trung ương', while 'Phó Trưởng Ban Thường trực' keeps the organisation whole.
    /// </summary>
    public static string Compose(string head, string organization) =>
        head.EndsWith(" Ban", StringComparison.Ordinal) && organization.StartsWith("Ban ", StringComparison.Ordinal)
            ? $"{head} {organization[4..]}"
            : $"{head} {organization}";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:TP\.?|Thành phố)\s+")]
    private static partial System.Text.RegularExpressions.Regex CityPrefix();

    /// <summary>A place's canonical name without the 'TP.'/'Thành phố' a city may be written with: 'Hồ Chí Minh'.</summary>
    private static string BarePlaceName(string place) => CityPrefix().Replace(Lexicon.CanonicalPlace(place), "");

    /// <summary>'Tỉnh ủy Đắk Lắk', 'Thành ủy Hà Nội'; a bare 'Tỉnh ủy' takes the article's province.</summary>
    private static (string? Name, int Length) Committee(IReadOnlyList<Token> tokens, int j, string? province)
    {
        if (Phrase.LongestOf(tokens, j, ["Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"]) is not ({ } kind, var k))
        {
            return (null, 0);
        }
        if (Phrase.Longest(tokens, j + k, Lexicon.ProvinceNames) is ({ } place, var p))
        {
            // 'Huyện ủy Điện Biên Đông': a district named after its province and a point of the compass.
            if (kind != "Tỉnh ủy" && CompassWordAt(tokens, j + k + p))
                return ($"{kind} {Words(tokens, j + k, j + k + p + 1)}", k + p + 1);
            return ($"{kind} {Lexicon.CanonicalPlace(place)}", k + p);
        }
        // 'Quận ủy Quận 3', 'Quận ủy quận 10': districts that go by number are Hồ Chí Minh City's, and a
        // district's post names its city in brackets, as a town's names its province ('(tỉnh Hà Nam)').
        if (kind == "Quận ủy" && j + k + 1 < tokens.Count && tokens[j + k].Key == "quận" && tokens[j + k + 1].Text.All(char.IsDigit))
        {
            return ($"{kind} Quận {tokens[j + k + 1].Text} (Thành phố Hồ Chí Minh)", k + 2);
        }
        // 'Thành ủy Phủ Lý, tỉnh Hà Nam', 'Huyện ủy Đức Cơ': a town or district, and the province it lies in.
        if (kind != "Tỉnh ủy" && LocalName(tokens, j + (k + DistrictWordAfter(tokens, j + k)), closedPairIsPlace: kind != "Thành ủy") is ({ } local, var l))
        {
            var name = $"{kind} {local}";
            var end = j + k + DistrictWordAfter(tokens, j + k) + l;
            if (ProvinceAfter(tokens, end) is ({ } inProvince, var q))
            {
                return ($"{name} (tỉnh {inProvince})", end + q - j);
            }
            // A district's committee in an article on a province is that province's.
            return kind is "Huyện ủy" or "Thị ủy" && FitsLevel(province, "tỉnh") ? ($"{name} (tỉnh {province})", end - j) : (name, end - j);
        }
        // A bare 'Huyện ủy' is some district's: named so, it at least is not taken for the Central
        // Committee's body. A bare 'Tỉnh ủy' is the article's province's, a bare 'Thành ủy' its
        // city's: not where the article is on a city, or on a province, which that kind cannot be.
        return kind is "Tỉnh ủy" or "Thành ủy" && FitsLevel(province, kind == "Tỉnh ủy" ? "tỉnh" : "thành phố") ? ($"{kind} {province}", k) : (kind, k);
    }

    /// <summary>
    /// The name of a town or district: two or three capitalised words that start no person's name,
    /// no title and no province ('Phủ Lý', 'Đức Cơ', 'Châu Đốc').
    /// </summary>
    /// <param name="closedPairIsPlace">
    /// After a district's committee ('Huyện ủy Ninh Hải,', 'Quận ủy Tân Bình và'): two capitalised
    /// words closed by punctuation, 'và' or a bracket name the district, though they could make a
    /// person's name; a person named after a bare committee is written in full.
    /// </param>
    private static (string? Name, int Length) LocalName(IReadOnlyList<Token> tokens, int k, bool closedPairIsPlace = false)
    {
        var end = k;
        while (end < tokens.Count && end - k < MaxLocalNameWords && tokens[end].IsCapitalized && tokens[end].IsWord
            && !StartsNameOrTitle(tokens, end))
        {
            end++;
        }
        // 'Huyện ủy Lương Tài, tỉnh Bắc Ninh': words that could make a person's name are a district's
        // when its province follows.
        if (end == k)
        {
            var run = k;
            while (run < tokens.Count && run - k < MaxLocalNameWords && tokens[run].IsCapitalized && tokens[run].IsWord)
            {
                run++;
            }
            if (run - k >= 2 && run + 1 < tokens.Count && tokens[run].Text == "," && tokens[run + 1].Key == "tỉnh")
            {
                end = run;
            }
            else if (closedPairIsPlace && run - k == 2 && (run >= tokens.Count || !tokens[run].IsWord || tokens[run].Key == "và"))
            {
                end = run;
            }
        }
        // One capitalised word after 'Thành ủy' is most often a person called by the given name ('Bí thư
        // Thành ủy Nên'); town and district names have two words or more.
        return end - k >= 2 ? (string.Join(' ', tokens.Skip(k).Take(end - k).Select(t => t.Text)), end - k) : (null, 0);
    }

    private const int MaxLocalNameWords = 3;

    /// <summary>'Đông', 'Tây', 'Nam' or 'Bắc' closing a place's name at k, no capitalised word after it to open a person's name.</summary>
    private static bool CompassWordAt(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].Text is "Đông" or "Tây" or "Nam" or "Bắc"
        && (k + 1 == tokens.Count || !(tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord));

    /// <summary>'Huyện ủy huyện Nông Cống': the level written again after the committee's kind.</summary>
    private static int DistrictWordAfter(IReadOnlyList<Token> tokens, int k) =>
        Phrase.LongestOf(tokens, k, ["huyện", "thị xã"]).Length;

    /// <summary>', tỉnh Hà Nam' or '(tỉnh Hà Nam)' after a town's or district's name: the province it lies in.</summary>
    private static (string? Province, int Length) ProvinceAfter(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 2 >= tokens.Count || tokens[k].Text is not ("," or "(") || tokens[k + 1].Key != "tỉnh"
            || Phrase.Longest(tokens, k + 2, Lexicon.ProvinceNames) is not ({ } province, var p))
        {
            return (null, 0);
        }
        var closed = tokens[k].Text == "(" ? k + 2 + p < tokens.Count && tokens[k + 2 + p].Text == ")" : true;
        return closed ? (Lexicon.CanonicalPlace(province), 2 + p + (tokens[k].Text == "(" ? 1 : 0)) : (null, 0);
    }

    /// <summary>'UBND tỉnh Đắk Lắk', 'Ủy ban nhân dân thành phố Hà Nội', 'HĐND tỉnh'; a bare one takes the article's province.</summary>
    private static (string? Name, int Length) PeoplesCommittee(IReadOnlyList<Token> tokens, int begin, string? province)
    {
        var j = begin;
        string body;
        if (Phrase.LongestOf(tokens, j, ["UBND", "Ủy ban nhân dân"]) is (not null, var u))
        {
            body = "UBND";
            j += u;
        }
        else if (Phrase.LongestOf(tokens, j, ["HĐND", "Hội đồng nhân dân"]) is (not null, var h))
        {
            body = "HĐND";
            j += h;
        }
        else
        {
            return (null, 0);
        }
        if (Phrase.LongestOf(tokens, j, ["huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]) is ({ } district, var d) && LocalName(tokens, j + d) is ({ } local, var n))
        {
            // 'UBND huyện Đức Cơ': a district's committee, named by the district, and the province it
            // lies in: the one written after it ('…, tỉnh Gia Lai', '(tỉnh Gia Lai)'), else the article's.
            var districtBody = $"{body} {district} {local}";
            if (ProvinceAfter(tokens, j + d + n) is ({ } districtProvince, var w))
            {
                return ($"{districtBody} (tỉnh {districtProvince})", j + d + n + w - begin);
            }
            return (district is "huyện" or "thị xã" && FitsLevel(province, "tỉnh") ? $"{districtBody} (tỉnh {province})" : districtBody, j + d + n - begin);
        }
        if (NumberedUnit(tokens, j) is ({ } numbered, var q))
        {
            return ($"{body} {numbered}", j + q - begin);
        }
        // 'Phó Chủ tịch UBND Quận;': the level alone closes the entry; the article names the unit elsewhere.
        if (UnnamedUnit(tokens, j) is ({ } unnamed, var e))
        {
            return ($"{body} {unnamed}", j + e - begin);
        }
        // 'Chủ tịch UBND huyện trân trọng …': some district's committee, which this sentence does not name.
        if (Phrase.Longest(tokens, j, LocalUnits.Levels).Phrase is not null)
        {
            return (null, 0);
        }
        if (CityOfProvince(tokens, j) is ({ } townCity, var c))
        {
            return ($"{body} {townCity}", j + c - begin);
        }
        string? level = null;
        if (Phrase.LongestOf(tokens, j, ["tỉnh", "thành phố", "TP.", "TP"]) is ({ } written, var l))
        {
            level = written == "tỉnh" ? "tỉnh" : "thành phố";
            j += l;
        }
        var place = FitsLevel(province, level) ? province : null;
        if (NamedProvince(tokens, j, level) is ({ } named, var p))
        {
            place = named;
            j += p;
        }
        else if (Phrase.LongestOf(tokens, j, level is null ? ["TPHCM"] : ["Hồ Chí Minh", "HCM"]) is (not null, var city))
        {
            // 'UBND thành phố Hồ Chí Minh' in lower case, 'TP.HCM', 'TPHCM': the city's short names are no province names of the list.
            place = "Hồ Chí Minh";
            j += city;
        }
        // 'UBND Thành phố' in an article on 'TP. Hồ Chí Minh' is 'UBND thành phố Hồ Chí Minh', and
        // 'UBND Hà Nội' is 'UBND thành phố Hà Nội'.
        place = place is null ? null : BarePlaceName(place);
        level ??= place is not null && CentralCities.Contains(place) ? "thành phố" : "tỉnh";
        return (place is null ? $"{body} {level}" : $"{body} {level} {place}", j - begin);
    }

    /// <summary>
    /// The province named at k: one of today's, or after a written 'tỉnh' one since split ('Bộ CHQS tỉnh Sông Bé'),
    /// which is the body's own and not to be completed with the article's province.
    /// </summary>
    private static (string? Name, int Length) NamedProvince(IReadOnlyList<Token> tokens, int k, string? level) =>
        Phrase.Longest(tokens, k, Lexicon.ProvinceNames) is ({ } named, var p) ? (named, p)
        : level == "tỉnh" ? Phrase.Longest(tokens, k, Lexicon.FormerProvinces)
        : (null, 0);

    /// <summary>The ways a city's level is written before its name.</summary>
    private static readonly string[] CityLevels = ["thành phố", "TP.", "TP"];

    /// <summary>
    /// 'thành phố Hạ Long', 'TP Bảo Lộc': after a city's level, a name of two words or more that names no
    /// province, no person and no title is a city of a province, a unit below the province as a district
    /// is. Read as the article's own city instead, 'UBND TP Thủ Đức' became the post of the city around it.
    /// A person's name there is the holder's, the city the article's own ('Chủ tịch UBND thành phố Trần Văn A').
    /// </summary>
    private static (string? Name, int Length) CityOfProvince(IReadOnlyList<Token> tokens, int k)
    {
        if (Phrase.Longest(tokens, k, CityLevels) is not (not null, var l)
            || NamedProvince(tokens, k + l, "thành phố").Name is not null
            || Phrase.LongestOf(tokens, k + l, ["Hồ Chí Minh", "HCM"]).Phrase is not null
            || PersonNames.At(tokens, k + l, afterTitle: true) is not null
            || LocalName(tokens, k + l) is not ({ } city, var n))
        {
            return (null, 0);
        }
        return ProvinceAfter(tokens, k + l + n) is ({ } province, var q)
            ? ($"thành phố {city} (tỉnh {province})", l + n + q)
            : ($"thành phố {city}", l + n);
    }

    /// <summary>'Quận 11', 'phường 8': city districts and wards go by number.</summary>
    private static (string? Name, int Length) NumberedUnit(IReadOnlyList<Token> tokens, int k) =>
        Phrase.LongestOf(tokens, k, ["quận", "phường"]) is ({ } level, var q) && k + q < tokens.Count && tokens[k + q].Text.All(char.IsDigit)
            ? ($"{level} {tokens[k + q].Text}", q + 1)
            : (null, 0);

    /// <summary>
    /// 'Phó Chủ tịch UBND Quận;', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện,': a district's, town's, ward's or
    /// commune's level written without its name, closing the post's list entry. The level is kept, in
    /// lower case, at the end of the body: which unit it is, the article says
    /// (<see cref="LocalUnits"/>), and a post of no unit the article names is not read.
    /// </summary>
    private static (string? Level, int Length) UnnamedUnit(IReadOnlyList<Token> tokens, int k)
    {
        if (Phrase.Longest(tokens, k, LocalUnits.Levels) is not ({ } level, var d))
        {
            return (null, 0);
        }
        var next = k + d;
        return next >= tokens.Count || tokens[next].Text is ";" or "," or "." or ")" or ":" || tokens[next].Key == "và" ? (level, d) : (null, 0);
    }
}

/// <summary>Matching multi-word phrases at a token position, ignoring case and tone-mark placement.</summary>
internal static class Phrase
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> KeysCache = new(StringComparer.Ordinal);

    public static int? Length(IReadOnlyList<Token> tokens, int i, string phrase)
    {
        // Asked some twenty times at every word of every sentence, nearly always of a list of tokens: read in place, the
        // list costs no call through the interface and no copy of a token for each word compared.
        if (tokens is List<Token> list)
        {
            var written = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
            // Nearly every phrase tried at a word does not start there, and most open on a consonant: its key opens on the
            // same letter in lower case, so a word whose key opens otherwise is let go before the phrase's keys are looked up.
            if (OpeningConsonant(phrase) is var consonant and not '\0'
                && ((uint)i >= (uint)written.Length || written[i].Key is { Length: > 0 } key && key[0] != consonant))
                return null;
            return LengthIn(written, tokens, i, KeysOf(phrase));
        }
        var known = KeysOf(phrase);
        var keys = known.Keys;
        if (i + keys.Length > tokens.Count)
        {
            return null;
        }
        // Most phrases tried at a position do not even start there: their first word is compared before the walk.
        if (keys.Length > 0 && tokens[i].Key != keys[0])
        {
            return null;
        }
        var at = i;
        for (var k = 0; k < keys.Length; k++, at++)
        {
            // 'Quân đội nhân dân (QĐND) Việt Nam': a body's abbreviation in brackets inside its name is no part of it.
            if (k > 0 && at < tokens.Count && tokens[at].Key != keys[k] && BracketedAcronymAt(tokens, at))
            {
                at += 3;
            }
            if (at >= tokens.Count || tokens[at].Key != keys[k])
            {
                return null;
            }
        }
        return at - i;
    }

    /// <summary>
    /// The phrase's first letter in lower case when it is a consonant of ASCII, else '\0'. Such a letter is its key's first
    /// too (<see cref="Lexicon.Key"/> lowers the case and moves tone marks among vowels only), and so, where the phrase is
    /// written, the word's key's first.
    /// </summary>
    private static char OpeningConsonant(string phrase)
    {
        if (phrase.Length == 0)
            return '\0';
        var c = (char)(phrase[0] | 0x20);
        return c is >= 'b' and <= 'z' and not ('e' or 'i' or 'o' or 'u' or 'y') && char.IsAsciiLetter(phrase[0]) ? c : '\0';
    }

    /// <summary><see cref="Length"/> over the tokens of a list, <paramref name="written"/>, read as a span.</summary>
    private static int? LengthIn(ReadOnlySpan<Token> written, IReadOnlyList<Token> tokens, int i, PhraseKeys known)
    {
        var keys = known.Keys;
        if (i + keys.Length > written.Length)
            return null;
        // Nearly every call ends here: the first key, kept beside the phrase, is compared without reading the array of keys.
        if (known.First is { } first && written[i].Key != first)
            return null;
        var at = i;
        for (var k = 0; k < keys.Length; k++, at++)
        {
            if (k > 0 && at < written.Length && written[at].Key != keys[k] && BracketedAcronymAt(tokens, at))
            {
                at += 3;
            }
            if (at >= written.Length || written[at].Key != keys[k])
            {
                return null;
            }
        }
        return at - i;
    }

    /// <summary>The tokens of an abbreviation in brackets: '(', the abbreviation, ')'.</summary>
    public const int BracketedAcronymWords = 3;

    /// <summary>
    /// '(QĐND)', '(ACV)': an abbreviation of two capitals or more alone in brackets; with <paramref name="numbered"/>,
    /// also a police section's code ('(PC08)'), digits after its capitals.
    /// </summary>
    public static bool BracketedAcronymAt(IReadOnlyList<Token> tokens, int at, bool numbered = false) =>
        tokens[at].Text == "(" && at + 2 < tokens.Count && tokens[at + 2].Text == ")"
        && tokens[at + 1].Text.Length >= 2 && char.IsUpper(tokens[at + 1].Text[0])
        && AllCapitals(tokens[at + 1].Text, numbered);

    // A loop, not a lambda over 'numbered': that would cost an object at every word a phrase is compared at.
    private static bool AllCapitals(string word, bool orDigits)
    {
        foreach (var c in word)
        {
            if (!(char.IsUpper(c) || (orDigits && char.IsDigit(c))))
                return false;
        }
        return true;
    }

    /// <summary>The longest of <paramref name="phrases"/> written at position i.</summary>
    public static (string? Phrase, int Length) Longest(IReadOnlyList<Token> tokens, int i, IEnumerable<string> phrases)
    {
        (string? Phrase, int Length) best = (null, 0);
        if (i >= tokens.Count)
            return best;
        // A long fixed list (provinces, ministries, heads) is read through its index by first word: the first word must
        // match exactly, so only the phrases starting with the token's key can. Short lists written at the call are scanned.
        // Nearly every list is an array, known by an exact test of its type: asking an array first whether it is a collection
        // goes through the runtime's cast of an array to a generic interface, at each of the many positions tried.
        if (phrases is string[] array)
            return LongestOf(tokens, i, array.Length < IndexedListSize ? array : StartingWith(array, tokens[i].Key));
        if (phrases is IReadOnlyCollection<string> { Count: >= IndexedListSize } list)
            phrases = StartingWith(list, tokens[i].Key);
        // The index's lists are arrays: read by index, they cost no enumerator at each of the many positions tried.
        if (phrases is string[] indexed)
            return LongestOf(tokens, i, indexed);
        foreach (var phrase in phrases)
        {
            if (Length(tokens, i, phrase) is { } n && n > best.Length)
            {
                best = (phrase, n);
            }
        }
        return best;
    }

    /// <summary>
    /// The longest of a few phrases written at the call ('["tỉnh", "thành phố", "TP."]') found at position i, as
    /// <see cref="Longest"/> finds it. A list written at the call and passed as a sequence is a new array and a
    /// wrapper at every position tried, and is read through an enumerator; passed as a span it lives on the stack.
    /// </summary>
    public static (string? Phrase, int Length) LongestOf(IReadOnlyList<Token> tokens, int i, ReadOnlySpan<string> phrases)
    {
        (string? Phrase, int Length) best = (null, 0);
        if (i >= tokens.Count)
            return best;
        foreach (var phrase in phrases)
        {
            if (Length(tokens, i, phrase) is { } n && n > best.Length)
                best = (phrase, n);
        }
        return best;
    }

    private const int IndexedListSize = 16;

    /// <summary>The phrases of a long list whose first word's key is <paramref name="key"/>, in the list's order.</summary>
    private static string[] StartingWith(IEnumerable<string> list, string key) =>
        ByFirstWord.GetValue(list, IndexByFirstKey).GetValueOrDefault(key) ?? [];

    /// <summary>Each long phrase list's index by the key of its first word, kept while the list lives.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Dictionary<string, string[]>> ByFirstWord = new();

    /// <remarks>Keyed as <see cref="Length"/> reads the phrase, so the index never hides a phrase the scan would find.</remarks>
    private static Dictionary<string, string[]> IndexByFirstKey(object list) => ((IEnumerable<string>)list)
        .Where(p => Keys(p).Length > 0)
        .GroupBy(p => Keys(p)[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static string[] Keys(string phrase) => KeysOf(phrase).Keys;

    private static PhraseKeys KeysOf(string phrase)
    {
        // Nearly every phrase is a literal of a rule, one string object asked for again and again: a slot found by the
        // object's identity answers before the dictionary hashes the phrase's characters. A slot holds one phrase and
        // its keys together, so a reader never sees the keys of another phrase. (The table's size is a power of two:
        // the slot is the hash's low bits, with no division at each of the many calls.)
        var slot = RuntimeHelpers.GetHashCode(phrase) & (KeysByIdentity.Length - 1);
        if (Volatile.Read(ref KeysByIdentity[slot]) is { } known && ReferenceEquals(known.Phrase, phrase))
            return known;
        var keys = KeysCache.GetOrAdd(phrase, p => Tokens.Of(p, new TextSpan(0, p.Length)).Select(t => t.Key).ToArray());
        var made = new PhraseKeys(phrase, keys);
        Volatile.Write(ref KeysByIdentity[slot], made);
        return made;
    }

    /// <summary>A phrase, the keys of its words, and the first of them (null for a phrase of no word).</summary>
    private sealed class PhraseKeys(string phrase, string[] keys)
    {
        public string Phrase { get; } = phrase;

        public string[] Keys { get; } = keys;

        public string? First { get; } = keys.Length > 0 ? keys[0] : null;
    }

    private static readonly PhraseKeys?[] KeysByIdentity = new PhraseKeys?[8192];
}
