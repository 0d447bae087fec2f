namespace Chronicle.Entities.Extraction;

internal enum ItemKind { Title, Name, Comma, Separator, Dash, Word }

/// <summary>A title, a name, or another token of a sentence, in reading order.</summary>
internal readonly record struct Item(ItemKind Kind, TextSpan Span, TitleMatch? Title, NameMatch? Name, string Key);

/// <summary>
/// Decides which name each title belongs to. A chain of titles joined by commas or 'kiêm' belongs
/// to the name that follows it ('Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường'), past
/// an honorific, a rank or the term ('Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang'); or,
/// when no name follows, to the name it follows after a comma or dash ('đồng chí Hoàng Bình Quân,
/// Ủy viên Trung ương Đảng, Trưởng Ban chủ trì'), to the name opening its list entry, to the person
/// a decision on the post concerns ('miễn nhiệm … đối với ông X') or to the subject of 'giữ chức'.
/// A chain before a colon belongs to every member of the list after it. A semicolon ends every
/// chain, so lists of officials never lend a title to a neighbour.
/// </summary>
internal static partial class TitleAttachment
{
    /// <remarks>A sentence without a title (most of them) costs no iterator.</remarks>
    public static IEnumerable<(List<Item> Chain, Item Person)> Attach(List<Item> items) =>
        HasTitle(items) ? AttachInSentence(items) : [];

    /// <summary>Whether any item of the sentence is a title.</summary>
    private static bool HasTitle(List<Item> items)
    {
        foreach (var item in items)
        {
            if (item.Kind == ItemKind.Title)
                return true;
        }
        return false;
    }

    private static IEnumerable<(List<Item> Chain, Item Person)> AttachInSentence(List<Item> items)
    {
        for (var j = 0; j < items.Count; j++)
        {
            if (items[j].Kind != ItemKind.Title)
            {
                continue;
            }
            var (found, last) = Chain(items, j);
            // 'được sự ủy quyền của Ban Bí thư và Trưởng Ban Tổ chức Trung ương, ông X, …': a principal
            // left unnamed; the name after the comma is the one acting for them.
            if (OnBehalfOf(items, j) && found.Count == 1 && NameAfter(items, last) is null)
            {
                j = last;
                continue;
            }
            if (OnBehalfOf(items, j) && found.Count > 1)
            {
                // 'thừa ủy quyền của Thủ tướng, Bộ trưởng X Nguyễn Văn A': the first title is the principal's, not A's.
                j = items.IndexOf(found[1], j + 1) - 1;
                continue;
            }
            if (found.Count > 1 && Plural(items, j) && items[j + 1].Kind == ItemKind.Comma && NameAfter(items, last) is not null)
            {
                // 'trước sự chứng kiến của hai Thủ tướng, Thứ trưởng Bộ Ngoại giao X và …': a title in
                // the plural names a group of its own; the next title opens the named person's chain.
                j = items.IndexOf(found[1], j + 1) - 1;
                continue;
            }
            if (found.Count > 1 && GivenPostBeforeAnotherName(items, j, last) is { } appointee)
            {
                // 'chúc mừng đồng chí X được bổ nhiệm giữ chức vụ T, Tổng Bí thư Y khẳng định': T is
                // the post X was given; the titles after it open the next speaker's chain.
                yield return (WithCountry(FormerCarriedForward(Left([items[j]], items, j)), appointee), appointee);
                j = items.IndexOf(found[1], j + 1) - 1;
                continue;
            }
            if (found.Count > 1 && ApposedToNameBefore(items, j, last) is { } earlier)
            {
                // 'đồng chí Nguyễn Văn A - Bí thư Tỉnh ủy X, Chủ tịch UBND tỉnh Trần Văn B': the post right after A
                // describes A; the posts after it open the chain of the name that follows them.
                yield return (WithCountry(FormerCarriedForward(Left([items[j]], items, j)), earlier), earlier);
                j = items.IndexOf(found[1], j + 1) - 1;
                continue;
            }
            var chain = FormerCarriedForward(Left(found, items, j));
            if (HolderOf(items, j, last) is { } person)
            {
                var at = items.IndexOf(person);
                if (at < j && HolderBefore(items, j) == person)
                {
                    // 'bầu các ông A, B và C giữ chức Phó Chủ tịch': every name of the list takes the post;
                    // 'A, B lần lượt giữ chức X, Y': each takes its own.
                    var listed = NamesListedBefore(items, at);
                    if (listed.Count > 0)
                    {
                        foreach (var (posts, name) in ShareOut(items, listed, at, j, chain))
                            yield return (WithCountry(posts, name), name);
                        j = last;
                        continue;
                    }
                }
                yield return (WithCountry(ForMember(items, at, chain), person), person);
                // 'Ông X là Ủy viên Bộ Chính trị khóa 12, 13; Ủy viên Trung ương Đảng khóa 11, 12, 13; Đại
                // biểu Quốc hội khóa 14, 15': after 'là', the posts listed past semicolons are the subject's too; so are
                // they after the words that open a list of the posts held ('từng đảm nhiệm các chức vụ: A; B; C').
                if ((LaBefore(items, j) >= 0 || OpensListOfHeldPosts(items, j)) && at < j)
                {
                    for (var next = NextListedPost(items, last); next >= 0; next = NextListedPost(items, last))
                    {
                        var (more, moreLast) = Chain(items, next);
                        if (HolderOf(items, next, moreLast) is { } other && other != person)
                            break;
                        // The posts of a list its opening words say are left ('từng đảm nhiệm các chức vụ: A; B') are all left.
                        yield return (WithCountry(FormerCarriedForward(Left(more, items, j)), person), person);
                        last = moreLast;
                    }
                }
                // 'các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long', 'hai Phó Chủ tịch là ông A và ông B': a
                // plural title is every listed name's.
                if (j >= 1 && (items[j - 1].Key == "các" || (Plural(items, j) && HeldByManyAtOnce(items[j].Title!))))
                {
                    foreach (var other in NamesListedAfter(items, items.IndexOf(person, last + 1)))
                    {
                        yield return (ForMember(items, items.IndexOf(other), chain), other);
                    }
                }
            }
            else if (SharedListStart(items, j, last) is var members and >= 0)
            {
                // 'các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: A, …; B, …', 'ba Phó Chủ tịch
                // gồm các ông A, B và C': the chain is every member's.
                foreach (var member in ListMembers(items, members))
                {
                    var memberAt = items.IndexOf(member);
                    if (OwnAsideRefines(items, memberAt, chain))
                        continue;
                    yield return (ForMember(items, memberAt, chain), member);
                }
            }
            j = last;
        }
    }

    /// <summary>
    /// 'A, ông B và bà C giữ chức …': the names listed before the last one, at <paramref name="last"/>,
    /// in reading order and with the last; empty when the name stands alone. A list whose first name
    /// follows a title is an apposition ('Chủ tịch nước Tô Lâm, ông X …'), not a list.
    /// </summary>
    private static List<Item> NamesListedBefore(List<Item> items, int last)
    {
        var names = new List<Item> { items[last] };
        var k = SkipHonorificsBack(items, last - 1);
        while (k >= 1 && (items[k].Kind == ItemKind.Comma || items[k].Key == "và") && items[k - 1].Kind == ItemKind.Name)
        {
            names.Insert(0, items[k - 1]);
            k = SkipHonorificsBack(items, k - 2);
        }
        if (names.Count == 1 || (k >= 0 && items[k].Kind == ItemKind.Title))
            return [];
        return names;
    }

    private static int SkipHonorificsBack(List<Item> items, int k)
    {
        while (k >= 0 && items[k].Kind == ItemKind.Word && items[k].Key is "ông" or "bà" or "đồng" or "chí")
            k--;
        return k;
    }

    /// <summary>
    /// The posts each listed name takes: the whole chain each, or, after 'lần lượt' (respectively)
    /// and with as many posts as names, one post each in order.
    /// </summary>
    private static IEnumerable<(List<Item> Posts, Item Name)> ShareOut(List<Item> items, List<Item> names, int lastName, int title, List<Item> chain)
    {
        var respectively = items.Skip(lastName + 1).Take(title - lastName - 1).Any(i => i.Key == "lượt");
        if (!respectively)
            return names.Select(n => (chain, n));
        return names.Count == chain.Count ? names.Select((n, i) => (new List<Item> { chain[i] }, n)) : [];
    }

    /// <summary>Words that announce the list of those who share a plural title: 'ba Phó Chủ tịch gồm …', 'các Phó Thủ tướng là …'.</summary>
    private const int MaxWordsToList = 4;

    /// <summary>
    /// Where the list of the people sharing the chain begins: right after a colon ('các Ủy viên Bộ
    /// Chính trị: A, B'), or after 'gồm' or 'là' when a number or 'các' says the title is plural
    /// ('Bốn Phó Chủ tịch Quốc hội đắc cử gồm: bà A, …'). -1 when no list follows.
    /// </summary>
    private static int SharedListStart(List<Item> items, int j, int last)
    {
        if (last + 1 < items.Count && items[last + 1].Key == ":")
            return last + 2;
        // 'ba Chủ tịch nước tuyên thệ là A, B và C' names successive holders of a post one person holds at a time.
        if (!HeldByManyAtOnce(items[j].Title!))
            return -1;
        for (var k = last + 1; k < items.Count && k - last <= MaxWordsToList + 1; k++)
        {
            // 'và 5 Phó Thủ tướng, gồm các ông A, …': a comma may stand before 'gồm'.
            if (items[k].Kind == ItemKind.Comma && k + 1 < items.Count && items[k + 1].Key == "gồm")
                continue;
            if (items[k].Kind != ItemKind.Word)
                return -1;
            if (items[k].Key is "gồm" or "là")
            {
                var start = k + 1;
                if (start < items.Count && items[start].Key == ":")
                    start++;
                // 'giữ chức Phó Chủ nhiệm … là các ông, bà: A; B; C': the list says itself that many hold the post.
                var pluralList = start < items.Count && items[start].Key is "các" or "những";
                if (!pluralList && !Plural(items, j))
                    return -1;
                if (pluralList)
                    start++;
                return SkipListOpening(items, start);
            }
        }
        return -1;
    }

    /// <summary>
    /// 'năm Phó Thủ tướng gồm: A (Phó Thủ tướng thường trực), B, C': a member whose aside names a
    /// narrower form of the shared post ('thường trực') holds that one, which the aside gives him;
    /// the shared post is the others'.
    /// </summary>
    private static bool OwnAsideRefines(List<Item> items, int at, List<Item> chain)
    {
        if (at < 0 || at + 2 >= items.Count || items[at + 1].Key != "(" || items[at + 2].Title is not { } aside)
            return false;
        return chain.Any(link => link.Title is { } shared && aside.Title.Length > shared.Title.Length
            && aside.Title.StartsWith(shared.Title, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The shared chain as the member at <paramref name="at"/> holds it: the standing deputy's post when the member's aside says so.</summary>
    private static List<Item> ForMember(List<Item> items, int at, List<Item> chain) =>
        StandingAside(items, at, chain) is { } standing ? [standing, .. chain.Skip(1)] : chain;

    /// <summary>
    /// '8 Phó Chủ nhiệm khác, gồm: ông A (Phó Chủ nhiệm thường trực), ông B, …': the member whose
    /// aside adds 'thường trực' to the shared head is the standing deputy of the same body.
    /// </summary>
    private static Item? StandingAside(List<Item> items, int at, List<Item> chain)
    {
        if (at < 0 || at + 1 >= items.Count || items[at + 1].Key != "(" || chain[0].Title is not { } shared)
            return null;
        // The aside's words, a bare post being no title of its own: 'phó chủ nhiệm thường trực'.
        var words = shared.Title.ToLowerInvariant().Split(' ').Append("thường").Append("trực").ToList();
        for (var w = 0; w < words.Count; w++)
        {
            if (at + 2 + w >= items.Count || items[at + 2 + w].Key != words[w])
                return null;
        }
        var head = $"{shared.Title} Thường trực";
        return chain[0] with { Title = shared with { Title = head, Role = shared.Organization.Length == 0 ? head : $"{head} {shared.Organization}" } };
    }

    /// <summary>'ông, bà:', 'đồng chí:' opening a list: the words before its first name.</summary>
    private static int SkipListOpening(List<Item> items, int start)
    {
        var k = start;
        while (k < items.Count && k - start < 5 && (items[k].Key is "ông" or "bà" or "đồng" or "chí" or ":" || (items[k].Kind == ItemKind.Comma && k + 1 < items.Count && items[k + 1].Key is "ông" or "bà")))
            k++;
        return k < items.Count && items[k].Kind == ItemKind.Name ? k : start;
    }

    /// <summary>Deputies, members, vice-ministers, deputies to an assembly: posts several people hold side by side.</summary>
    private static bool HeldByManyAtOnce(TitleMatch title) =>
        title.Role.StartsWith("Phó ", StringComparison.Ordinal) || title.Role.StartsWith("Ủy viên", StringComparison.Ordinal)
        || title.Role.StartsWith("Thứ trưởng", StringComparison.Ordinal) || title.Role.StartsWith("Đại biểu", StringComparison.Ordinal)
        || title.Role.StartsWith("Bí thư Trung ương", StringComparison.Ordinal);

    /// <summary>'các', 'những', 'hai', 'ba', '4' before a title: many people hold it.</summary>
    private static bool Plural(List<Item> items, int j) =>
        j >= 1 && (items[j - 1].Key is "các" or "những" or "hai" or "ba" or "bốn" or "năm" or "sáu" or "bảy" or "tám" or "chín" or "mười"
            || (items[j - 1].Key.Length is > 0 and <= 2 && items[j - 1].Key.All(char.IsDigit)));

    /// <summary>The names listed right after the one at <paramref name="first"/>: ', B, C và D'; a title or any other word ends the list.</summary>
    private static IEnumerable<Item> NamesListedAfter(List<Item> items, int first)
    {
        for (var k = first + 1; first >= 0 && k + 1 < items.Count && (items[k].Kind == ItemKind.Comma || items[k].Key == "và"); )
        {
            // 'ông A và ông B': an honorific before a listed name.
            var name = k + 1;
            if (name + 1 < items.Count && items[name].Kind == ItemKind.Word && items[name].Key is "ông" or "bà")
                name++;
            if (items[name].Kind != ItemKind.Name)
                yield break;
            yield return items[name];
            k = name + 1;
        }
    }

    /// <summary>
    /// 'thừa ủy quyền của Thủ tướng', 'thừa lệnh Bộ trưởng', 'thay mặt Chủ tịch nước', 'được sự ủy
    /// quyền của', 'theo đề nghị của': a title naming on whose behalf, or at whose request, someone
    /// else acts. It is the principal's, never the name's that follows the next title.
    /// </summary>
    private static bool OnBehalfOf(List<Item> items, int j)
    {
        if (j < 2)
            return false;
        if (items[j - 1].Key is "của" or "cho")
            return items[j - 2].Key is "quyền" or "lệnh" or "nghị" or "mặt" && !(items[j - 1].Key == "cho" && items[j - 2].Key == "quyền");
        // 'ủy quyền của Ban Bí thư và Trưởng Ban …': a second principal joined by 'và'.
        if (items[j - 1].Key == "và")
        {
            for (var k = j - 2; k >= Math.Max(2, j - MaxPrincipalItems); k--)
            {
                if (items[k].Kind is ItemKind.Comma or ItemKind.Separator or ItemKind.Name)
                    return false;
                if (items[k].Key == "của")
                    return items[k - 1].Key is "quyền" or "lệnh" or "nghị" or "mặt";
            }
        }
        return (items[j - 1].Key == "mặt" && items[j - 2].Key == "thay")
            || (items[j - 1].Key == "lệnh" && items[j - 2].Key == "thừa")
            || (items[j - 1].Key == "quyền" && items[j - 2].Key is "ủy" or "uỷ" && j >= 3 && items[j - 3].Key is "thừa" or "sự" or "theo");
    }

    private const int MaxPrincipalItems = 6;

    /// <summary>
    /// The person named before 'giữ chức (vụ)' / 'chức danh' at a chain's first title, when another
    /// name follows the chain: the first title is the post given, the rest another person's.
    /// </summary>
    private static Item? GivenPostBeforeAnotherName(List<Item> items, int j, int last)
    {
        var givenByWord = j >= 2 && (items[j - 1].Key == "chức" || (items[j - 1].Key is "vụ" or "danh" && items[j - 2].Key == "chức"));
        if (!givenByWord || NameAfter(items, last) is not { } after || HolderBefore(items, j) is not { } before)
        {
            return null;
        }
        return before == after ? null : before;
    }

    /// <summary>
    /// The name a chain's first title is written in apposition to, when another name follows the chain: the earlier
    /// name stands right before a dash and the title after it, and has no title of its own before it. A comma is
    /// not enough: 'ông A, Phó Bí thư, Chủ tịch UBND tỉnh B' is as often B's whole chain. 'Tổng Bí thư A - Ủy viên
    /// Bộ Chính trị, Chủ tịch nước B' keeps its chain for B: A's own post is written before A.
    /// </summary>
    private static Item? ApposedToNameBefore(List<Item> items, int j, int last)
    {
        if (j < 2 || items[j - 1].Kind != ItemKind.Dash || items[j - 2].Kind != ItemKind.Name
            || NameAfter(items, last) is not { } after || after == items[j - 2])
        {
            return null;
        }
        var before = SkipHonorificsBack(items, j - 3);
        while (before >= 0 && items[before].Kind == ItemKind.Word && RankWords.Contains(items[before].Key))
            before--;
        return before >= 0 && items[before].Kind == ItemKind.Title ? null : items[j - 2];
    }

    /// <summary>The one person a chain of titles belongs to, or null when the sentence names none.</summary>
    private static Item? HolderOf(List<Item> items, int j, int last) =>
        NameAfter(items, last) ?? NameBeforeApposition(items, j) ?? RankedNameAfter(items, j, last) ?? EntryHolder(items, j, last)
        ?? HolderAfterDoiVoi(items, j, last) ?? HolderBefore(items, j) ?? HonouredNameRightBefore(items, j) ?? EntryBeforeSemicolon(items, j, last)
        ?? SubjectOfMoveClause(items, j, last) ?? WorkplaceListHolder(items, j);

    /// <summary>
    /// 'Trước khi được bầu làm Chủ tịch nước vào tháng 5/2024, ông X là …', 'Ông X làm Bộ trưởng hai nhiệm kỳ, trước khi
    /// được bầu làm Chủ tịch nước': a post taken up in a 'trước khi' clause that names no one is the post the sentence's
    /// subject moved to: the one named right after a clause that opens the sentence, or the one name before the clause.
    /// </summary>
    private static Item? SubjectOfMoveClause(List<Item> items, int j, int last)
    {
        if (j < 2 || !(HoldingVerbBefore(items, j) || items[j - 1].Key is "thành" or "lên"))
            return null;
        var cue = -1;
        for (var k = j - 1; k >= 1 && cue < 0; k--)
        {
            if (items[k].Kind == ItemKind.Name || items[k].Key is ";" or ":" or "ông" or "bà")
                return null;
            if (items[k - 1].Key == "trước" && items[k].Key == "khi")
                cue = k - 1;
        }
        if (cue > 0)
        {
            // Mid-sentence, after a comma: the subject is the one name the sentence gave before it.
            var before = items.Take(cue).Where(i => i.Kind == ItemKind.Name).ToList();
            return items[cue - 1].Kind == ItemKind.Comma && before.Count == 1 && !items.Take(cue).Any(i => i.Key is ";" or ":") ? before[0] : null;
        }
        if (cue < 0)
            return null;
        // A time in brackets may close the clause: '… tại kỳ họp thứ bảy (tháng 6-2024), ông X …'.
        var comma = items.FindIndex(last + 1, i => i.Kind is ItemKind.Comma || i.Key is ";" or ":");
        if (comma < 0 || items[comma].Kind != ItemKind.Comma
            || items.Take(comma).Any(i => i.Kind == ItemKind.Name || i.Key is ";" or ":" or "ông" or "bà"))
            return null;
        var at = comma + 1;
        while (at < items.Count && at - comma - 1 < MaxRankWords && items[at].Kind == ItemKind.Word
            && (RankWords.Contains(items[at].Key) || items[at].Key is "ông" or "bà" or "đồng" or "chí"))
        {
            at++;
        }
        return at < items.Count && items[at].Kind == ItemKind.Name ? items[at] : null;
    }

    /// <summary>
    /// 'A - Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh; B - …': a post standing
    /// alone between semicolons, no name of its own, goes on with the entry the name before it opened.
    /// </summary>
    private static Item? EntryBeforeSemicolon(List<Item> items, int j, int last)
    {
        if (j < 3 || items[j - 1].Key != ";" || (last + 1 < items.Count && items[last + 1].Key is not (";" or ".")))
            return null;
        for (var k = j - 2; k >= 0; k--)
        {
            if (items[k].Kind == ItemKind.Name)
                return items[k + 1].Kind is ItemKind.Dash or ItemKind.Comma && items[k + 2].Kind == ItemKind.Title ? items[k] : null;
            var joint = items[k].Kind is ItemKind.Title or ItemKind.Comma or ItemKind.Dash
                || (items[k].Key == ";" && items[k + 1].Kind == ItemKind.Title);
            if (!joint)
                return null;
        }
        return null;
    }

    /// <summary>
    /// 'Ông Lê Minh Hưng Trưởng Ban Tổ chức Trung ương phát biểu': a title written straight after a
    /// name the sentence announced with an honorific, the comma left out.
    /// </summary>
    private static Item? HonouredNameRightBefore(List<Item> items, int j) =>
        j >= 2 && items[j - 1].Kind == ItemKind.Name && items[j - 2].Key is "ông" or "bà" or "chí" ? items[j - 1] : null;

    private const int MaxItemsToDoiVoi = 10;

    /// <summary>
    /// 'miễn nhiệm Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021-2026, đối với ông X', 'bổ nhiệm chức vụ Thứ
    /// trưởng đối với Trung tướng Y': the person a decision on a post concerns, named after the post
    /// and its term. Only after such a decision: 'Thủ tướng kỷ luật … đối với ông Z' gives Z nothing.
    /// </summary>
    private static Item? HolderAfterDoiVoi(List<Item> items, int j, int last)
    {
        if (!AfterDecision(items, j))
        {
            return null;
        }
        var joined = false;
        for (var k = last + 1; k + 1 < items.Count && k - last <= (joined ? 2 * MaxItemsToDoiVoi : MaxItemsToDoiVoi); k++)
        {
            // '… miễn nhiệm chức vụ Phó Chủ tịch nước, đồng thời cho thôi nhiệm vụ đại biểu đối với bà X':
            // a second decision joined by 'và' concerns the same person.
            joined |= items[k].Key == "và";
            // '… miễn nhiệm chức vụ Chủ tịch Quốc hội, phê chuẩn miễn nhiệm chức vụ Ủy viên Hội đồng …, cho thôi làm nhiệm
            // vụ đại biểu … đối với ông X': decisions listed with commas concern the same person too.
            if (items[k].Kind == ItemKind.Title && !joined && AfterDecision(items, k))
            {
                joined = true;
            }
            if (items[k].Kind is ItemKind.Name or ItemKind.Separator || (items[k].Kind == ItemKind.Title && !joined))
            {
                return null;
            }
            // '… đối với ông X', '… cho ông X', '… với Đại tướng X' (the 'đối' left out).
            var named = items[k].Key == "đối" && items[k + 1].Key == "với" ? k + 2
                : items[k].Key == "cho" || (items[k].Key == "với" && items[k - 1].Key != "đối") ? k + 1 : -1;
            if (named > 0)
            {
                var n = named;
                while (n < items.Count && items[n].Kind == ItemKind.Word && (RankWords.Contains(items[n].Key) || items[n].Key is "ông" or "bà" or "đồng" or "chí"))
                {
                    n++;
                }
                if (n < items.Count && items[n].Kind == ItemKind.Name)
                    return items[n];
                // 'và cho thôi làm nhiệm vụ …': a 'cho' that names nobody joins another decision.
                if (items[k].Key != "cho")
                    return null;
            }
        }
        return null;
    }

    private const int MaxItemsToDecision = 30;

    /// <summary>
    /// The title is the object of a decision on posts ('miễn nhiệm', 'bổ nhiệm', 'bầu', 'phê chuẩn',
    /// 'thôi giữ chức'), or follows 'và' in a list of such posts.
    /// </summary>
    private static bool AfterDecision(List<Item> items, int j)
    {
        var k = j - 1;
        while (k >= 0 && items[k].Key is "chức" or "vụ" or "danh" or "giữ" or "thôi" or "cho")
        {
            k--;
        }
        // 'bổ nhiệm lại', 'không bổ nhiệm lại chức vụ Thứ trưởng … cho ông X'.
        if (k >= 2 && items[k].Key == "lại" && items[k - 1].Key == "nhiệm" && items[k - 2].Key == "bổ")
        {
            return true;
        }
        if (k >= 1 && items[k].Key == "nhiệm" && items[k - 1].Key is "miễn" or "bổ")
        {
            return true;
        }
        // 'cho thôi làm nhiệm vụ đại biểu Quốc hội … đối với ông X'.
        if (k >= 1 && items[k].Key == "nhiệm" && (items[k - 1].Key == "thôi" || (k >= 2 && items[k - 1].Key == "làm" && items[k - 2].Key == "thôi")))
        {
            return true;
        }
        // 'thôi giữ chức', 'cho thôi chức vụ': 'thôi' anywhere among the words skipped.
        if (k >= 0 && items[k].Key is "bầu" or "chuẩn" || items.FindIndex(k + 1, j - 1 - k, item => item.Key == "thôi") >= 0)
        {
            return true;
        }
        // 'cách chức Bí thư Thành ủy … đối với ông X', 'bãi nhiệm chức vụ …'.
        if ((k >= 0 && k < j - 1 && items[k].Key == "cách" && items[k + 1].Key == "chức") || (k >= 1 && items[k].Key == "nhiệm" && items[k - 1].Key == "bãi"))
        {
            return true;
        }
        if (k >= 0 && items[k].Key == "và")
        {
            for (var back = k - 1; back >= Math.Max(0, k - MaxItemsToDecision); back--)
            {
                if (items[back].Kind == ItemKind.Separator)
                    return false;
                if (items[back].Kind == ItemKind.Title)
                    return AfterDecision(items, ChainStart(items, back));
            }
        }
        return false;
    }

    /// <summary>The first title of the chain the title at j ends.</summary>
    private static int ChainStart(List<Item> items, int j)
    {
        while (j >= 2 && items[j - 1].Kind == ItemKind.Comma && items[j - 2].Kind == ItemKind.Title)
        {
            j -= 2;
        }
        return j;
    }

    /// <summary>Words before a chain of titles that say the posts are left: 'cựu', 'miễn nhiệm', 'thôi giữ chức vụ', 'cách chức'.</summary>
    private static bool LeftPosts(List<Item> items, int j, bool formerWord = true)
    {
        if (formerWord && WorkedAtBefore(items, j) >= 0)
            return true;
        var k = j - 1;
        // 'từng giữ nhiều chức vụ như A, B': the words before a list opened by 'như' are read from before its word for the posts.
        if (k >= 1 && (items[k].Key is "như" or "gồm" || (items[k].Key == ":" && items[k - 1].Key is "như" or "gồm")))
        {
            var listWord = items[k].Key == ":" ? k - 1 : k;
            if (HeldPostsWordBefore(items, listWord) is var held and >= 0)
            {
                k = held + 1;
                while (k >= 0 && items[k].Key is "chức" or "vụ" or "danh" or "vị" or "trí" or "cương" or "nhiều" or "những" or "số" or "một")
                    k--;
            }
        }
        while (k >= 0 && items[k].Key is "chức" or "vụ" or "danh" or "giữ" or "làm" or "tất" or "cả" or "các" or ":" or "\"")
        {
            k--;
        }
        // 'từ nhiệm vị trí Tổng Giám đốc …': the position resigned.
        if (k >= 3 && items[k].Key == "trí" && items[k - 1].Key == "vị" && Resigns(items, k - 2))
        {
            return true;
        }
        // 'bà Z nguyên là Hiệu trưởng Trường Y': a post left. ('từng là' is left to the dates that
        // follow it: 'từng là Chủ tịch UBND từ 2001 - 2006' is read by its range.)
        if (formerWord && k == j - 1 && k >= 1 && items[k].Key == "là" && items[k - 1].Key == "nguyên")
        {
            return true;
        }
        // 'bị cách tất cả các chức vụ trong Đảng mà ông từng được bầu như: …': the list names the posts the release ends.
        if (k == j - 2 && k >= 1 && items[k].Key is "như" or "gồm" && PostsNamedBefore(items, k) is var posts and >= 1)
        {
            var verb = posts - 1;
            while (verb >= 0 && items[verb].Key is "các" or "tất" or "cả" or "những")
                verb--;
            return verb >= 0 && (items[verb].Key is "cách" or "thôi" || (verb >= 1 && items[verb].Key == "nhiệm" && items[verb - 1].Key is "miễn" or "bãi")
                || (verb >= 1 && items[verb].Key == "giữ" && items[verb - 1].Key == "thôi"));
        }
        // 'ông X từng giữ các chức vụ: …', 'từng đảm nhiệm chức vụ …', 'từng đảm nhận nhiều chức vụ như …': posts of the past.
        if (formerWord && k >= 1 && items[k].Key is "nhiệm" or "nhận" && items[k - 1].Key == "đảm")
        {
            k -= 2;
        }
        // 'ông X đã kinh qua các chức vụ: …', 'từng trải qua nhiều chức vụ như …': the posts one went through are left.
        if (formerWord && ListOfPostsGoneThrough(items, j))
        {
            return true;
        }
        if (k >= 0 && ((formerWord && items[k].Key is "cựu" or "từng") || items[k].Key is "thôi"
            || (k < j - 1 && items[k].Key == "cách" && items[k + 1].Key == "chức")
            || (k >= 1 && items[k].Key == "nhiệm" && items[k - 1].Key == "miễn") || Resigns(items, k)
            || (k >= 3 && items[k].Key == "lại" && items[k - 1].Key == "nhiệm" && items[k - 2].Key == "bổ" && items[k - 3].Key == "không")))
        {
            return true;
        }
        // '… Bộ trưởng Bộ Tư pháp đối với ông X và Bộ trưởng Bộ Y tế đối với bà Y'.
        if (k == j - 1 && k >= 0 && items[k].Key == "và")
        {
            for (var back = k - 1; back >= Math.Max(0, k - MaxItemsToDecision); back--)
            {
                if (items[back].Kind == ItemKind.Separator)
                    return false;
                if (items[back].Kind == ItemKind.Title)
                    return LeftPosts(items, ChainStart(items, back), formerWord: false);
            }
        }
        return false;
    }

    /// <summary>
    /// 'kinh qua' or 'trải qua' before the list of posts the title at j opens ('đã kinh qua các chức vụ: …', 'trải qua nhiều
    /// vị trí như …'): a career gone through, whose posts are left.
    /// </summary>
    private static bool ListOfPostsGoneThrough(List<Item> items, int j)
    {
        if (!OpensListOfHeldPosts(items, j))
            return false;
        for (var k = j - 1; k >= 1 && j - k <= MaxItemsToListWord; k--)
        {
            if (items[k].Kind is not (ItemKind.Word or ItemKind.Comma) && items[k].Key != ":")
                return false;
            if (items[k].Key == "qua" && items[k - 1].Key is "kinh" or "trải")
                return true;
        }
        return false;
    }

    /// <summary>
    /// 'X, nguyên Ủy viên Bộ Chính trị, Bí thư Thành ủy, nguyên Bí thư Ban cán sự đảng, Chủ tịch UBND
    /// thành phố': 'nguyên' opens a group of posts held together, and covers every post after it in
    /// the chain until another qualifier; posts written before it stay as they are.
    /// </summary>
    private static List<Item> FormerCarriedForward(List<Item> chain)
    {
        var former = false;
        var carried = new List<Item>(chain.Count);
        foreach (var link in chain)
        {
            var qualifier = link.Title!.Qualifier;
            if (qualifier.Length > 0)
                former = qualifier == "former";
            carried.Add(former && qualifier.Length == 0 ? link with { Title = link.Title with { Qualifier = "former" } } : link);
        }
        return carried;
    }

    /// <summary>Every title of a chain the words before it say is left takes the 'former' qualifier.</summary>
    private static List<Item> Left(List<Item> chain, List<Item> items, int j) =>
        !LeftPosts(items, j) ? chain
            : [.. chain.Select(link => link.Title is { Qualifier: "" } title ? link with { Title = title with { Qualifier = "former" } } : link)];

    /// <summary>
    /// A country written between the titles and the name ('Thủ tướng Ba Lan Donald Tusk') makes
    /// every title of the chain that country's post.
    /// </summary>
    private static List<Item> WithCountry(List<Item> chain, Item person)
    {
        chain = WithDistrict(chain);
        if (person.Name?.Country is not { } country)
        {
            return chain;
        }
        return [.. chain.Select(link => link.Title is { Country: null, NeedsContextOrganization: false, NamesItsOwner: false } title
            ? link with { Title = title with { Role = ForeignTitles.PostFor(title.Role, country), Organization = country, Country = country } }
            : link)];
    }

    /// <summary>
    /// 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Củ Chi': a district's Party committee left bare in a
    /// chain is the committee of the district another post of the chain names.
    /// </summary>
    private static List<Item> WithDistrict(List<Item> chain)
    {
        if (!chain.Any(link => link.Title is { } t && DistrictCommitteeLevel(t.Role) is not null))
        {
            return chain;
        }
        return [.. chain.Select(link => link.Title is { } title && DistrictCommitteeLevel(title.Role) is { } level
                && chain.Select(other => other.Title is { } o ? DistrictNamed(o.Role, level) : null).FirstOrDefault(d => d is not null) is { } district
            ? link with { Title = title with { Role = $"{title.Role} {district}", Organization = $"{title.Organization} {district}" } }
            : link)];
    }

    /// <summary>'huyện', 'quận' or 'thị xã' for a post of a bare 'Huyện ủy', 'Quận ủy' or 'Thị ủy'; null for any other.</summary>
    private static string? DistrictCommitteeLevel(string role) =>
        role.EndsWith(" Huyện ủy", StringComparison.Ordinal) ? "huyện"
        : role.EndsWith(" Quận ủy", StringComparison.Ordinal) ? "quận"
        : role.EndsWith(" Thị ủy", StringComparison.Ordinal) ? "thị xã"
        : null;

    /// <summary>'Củ Chi' in 'Chủ tịch UBND huyện Củ Chi': the district of that level a post names, or null.</summary>
    private static string? DistrictNamed(string role, string level)
    {
        var at = role.IndexOf($" {level} ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var district = role[(at + level.Length + 2)..];
        return district.Length > 0 && char.IsUpper(district[0]) ? district : null;
    }

    /// <summary>
    /// The name right after a chain, past an honorific, a dash or the term of office: 'Thủ tướng Bồ
    /// Đào Nha ông Luis Montenegro', 'Đại sứ Mỹ - bà MaryKay Carlson', 'Chủ tịch Quốc hội khóa XII Nguyễn Phú Trọng'.
    /// </summary>
    private static Item? NameAfter(List<Item> items, int last)
    {
        var k = last + 1;
        if (k < items.Count && items[k].Kind == ItemKind.Dash && k + 1 < items.Count && items[k + 1].Key is "ông" or "bà")
        {
            k++;
        }
        // 'Bộ trưởng Bộ Quốc phòng Việt Nam Phan Văn Giang': our own country written before the name.
        if (k + 2 < items.Count && items[k].Key == "việt" && items[k + 1].Key == "nam" && items[k + 2].Kind == ItemKind.Name)
        {
            k += 2;
        }
        // 'Thủ tướng Nhật Bản đương nhiệm Kishida Fumio': the post is held now.
        if (k + 2 < items.Count && items[k].Key == "đương" && items[k + 1].Key == "nhiệm")
        {
            k += 2;
        }
        if (k < items.Count && items[k].Key is "ông" or "bà" or "ngài")
        {
            k++;
        }
        else if (MilitaryRankLength(items, k) is var rank and > 0)
        {
            // 'Chủ nhiệm Tổng cục Chính trị Đại tướng Lương Cường': a general's or officer's rank between the post and the name.
            k += rank;
        }
        else if (ClergyHonorificAt(items, k))
        {
            // 'Trưởng Ban Trị sự … Hòa thượng Thích X': the clergy's form of address before the name.
            k += 2;
        }
        else if (k + 1 < items.Count && items[k].Key is "khóa" or "khoá" && items[k + 1].Kind == ItemKind.Word)
        {
            k += 2;
        }
        else if (k + 1 < items.Count && items[k + NowWordsAt(items, k)].Key == "là")
        {
            // 'Tổng cục Chính trị có Chủ nhiệm là Thượng tướng Trịnh Văn Quyết', 'Chủ nhiệm … hiện nay là thượng tướng X'.
            k += NowWordsAt(items, k) + 1;
            while (k < items.Count && k - last <= MaxRankWords + 1 && items[k].Kind == ItemKind.Word && (RankWords.Contains(items[k].Key) || items[k].Key is "ông" or "bà"))
            {
                k++;
            }
        }
        return k < items.Count && items[k].Kind == ItemKind.Name && !PlaceInProvince(items, k) ? items[k] : null;
    }

    /// <summary>
    /// 'Đại tướng', 'Thiếu tá', 'Phó Đô đốc' at k, right before a name: how many words, 0 where none. The rank's
    /// last word ('tướng', 'tá', 'đốc') must be written, so no word of a rank alone ('trung', 'phó') is stepped over.
    /// </summary>
    private static int MilitaryRankLength(List<Item> items, int k)
    {
        for (var n = 2; n <= 3; n++)
        {
            if (k + n < items.Count && items[k + n].Kind == ItemKind.Name && items[k + n - 1].Key is "tướng" or "tá" or "đốc"
                && Enumerable.Range(k, n).All(w => items[w].Kind == ItemKind.Word && RankWords.Contains(items[w].Key)))
            {
                return n;
            }
        }
        return 0;
    }

    /// <summary>'hiện nay', 'hiện tại', 'hiện', 'khi đó', 'khi ấy' between a post and the 'là' naming its holder: how many words.</summary>
    private static int NowWordsAt(List<Item> items, int k)
    {
        if (k + 2 < items.Count && (items[k].Key, items[k + 1].Key) is ("hiện", "nay" or "tại") or ("khi" or "lúc", "đó" or "ấy"))
        {
            return 2;
        }
        return k + 1 < items.Count && items[k].Key == "hiện" ? 1 : 0;
    }

    /// <summary>'Hòa thượng', 'Thượng tọa', 'Đại đức', 'Ni sư', 'Linh mục', 'Giám mục', 'Mục sư' at k.</summary>
    private static bool ClergyHonorificAt(List<Item> items, int k) =>
        k + 2 < items.Count && items[k].Kind == ItemKind.Word && items[k + 1].Kind == ItemKind.Word && items[k + 2].Kind == ItemKind.Name
        && (items[k].Key, items[k + 1].Key) is ("hòa" or "hoà", "thượng") or ("thượng", "tọa" or "toạ") or ("đại", "đức") or ("ni", "sư" or "trưởng")
            or ("linh", "mục") or ("giám", "mục") or ("mục", "sư");

    /// <summary>
    /// 'giới thiệu ông X giữ chức Chủ tịch nước, ông Y giữ chức Chủ tịch Quốc hội': the name after the
    /// comma takes a post of its own, so it begins the next member of a list and holds nothing before it.
    /// </summary>
    private static bool TakesAPostOfItsOwn(List<Item> items, int name)
    {
        for (var k = name + 1; k < items.Count && k <= name + 3; k++)
        {
            if (items[k].Kind == ItemKind.Title)
                return items[k - 1].Key is "chức" or "làm" or "là" or "vụ" or "danh";
            if (items[k].Kind != ItemKind.Word)
                return false;
        }
        return false;
    }

    /// <summary>'Bí thư Huyện ủy Lương Tài, tỉnh Bắc Ninh': a 'name' followed by its province is a district.</summary>
    private static bool PlaceInProvince(List<Item> items, int k) =>
        k + 2 < items.Count && items[k + 1].Kind == ItemKind.Comma && items[k + 2].Key is "tỉnh";

    /// <summary>Words of military ranks and degrees, which stand between a title and its holder's name.</summary>
    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "đại", "thượng", "trung", "thiếu", "tướng", "tá", "chuẩn", "đô", "đốc", "phó", "giáo", "sư", "tiến", "sĩ", "thạc", "gs", "ts", "pgs",
        "gs.ts", "pgs.ts", "ths",
    };

    private const int MaxRankWords = 4;

    /// <summary>
    /// 'Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang', 'Bộ trưởng Bộ Công an - Thượng tướng X',
    /// 'Chủ tịch UBND tỉnh, ông X', 'Phó Bí thư Tỉnh ủy - Nguyễn Văn Y': the holder named after a
    /// comma or dash and a rank or honorific, or after a dash alone.
    /// </summary>
    private static Item? RankedNameAfter(List<Item> items, int j, int last)
    {
        // 'Thay mặt Chủ tịch nước, Đại tướng X trao …': X acts for the principal and holds none of its posts.
        if (last + 2 >= items.Count || items[last + 1].Kind is not (ItemKind.Comma or ItemKind.Dash) || OnBehalfOf(items, j))
        {
            return null;
        }
        var k = last + 2;
        while (k < items.Count && k - last - 2 < MaxRankWords && items[k].Kind == ItemKind.Word && RankWords.Contains(items[k].Key))
        {
            k++;
        }
        // 'Theo Bộ trưởng, ông X …', 'ý kiến của Tổng Bí thư, đồng chí Y khẳng định …': a title
        // governed by a preposition is someone else's, and the name after the comma opens a clause.
        // A foreign post's own holder, set off by the comma, is the exception: 'ý kiến của Chủ tịch Fed Cleveland, bà
        // Beth Hammack, …' (see ForeignHolderSetOff).
        var governed = j >= 1 && items[j - 1].Key is "theo" or "của" or "với" or "cho" or "tới" or "đến" or "gửi" or "thay";
        var source = (governed && !ForeignHolderSetOff(items, last)) || OnBehalfOf(items, j);
        if (k == last + 2 && k < items.Count && items[k].Key is "ông" or "bà" && !source)
        {
            k++;
        }
        else if (k == last + 2 && k + 1 < items.Count && items[k].Key == "đồng" && items[k + 1].Key == "chí" && !source)
        {
            k += 2;
        }
        if (k >= items.Count || items[k].Kind != ItemKind.Name || TakesAPostOfItsOwn(items, k) || InAppositionOfEarlierName(items, j))
        {
            return null;
        }
        // 'quyết định đặc xá của Chủ tịch nước, Trung tướng X, Thứ trưởng Bộ Công an, cho biết': the post
        // owns the decision; the ranked name after it is the speaker, with a post of its own after the comma.
        if (j >= 1 && items[j - 1].Key == "của" && k > last + 2 && k + 2 < items.Count && items[k + 1].Kind == ItemKind.Comma && items[k + 2].Kind == ItemKind.Title)
        {
            return null;
        }
        // 'Phó Chủ tịch Quân ủy Trung ương, Trương Hựu Hiệp, đã …': a bare name after the comma is
        // the holder, unless it opens a list entry of its own ('…, Nguyễn Văn A, Bí thư …').
        var bareName = k == last + 2 && !source && !(k + 2 < items.Count && items[k + 1].Kind == ItemKind.Comma && items[k + 2].Kind == ItemKind.Title);
        return k > last + 2 || items[last + 1].Kind == ItemKind.Dash || bareName ? items[k] : null;
    }

    /// <summary>
    /// 'ông A, Phó Chủ tịch Hội X, Trưởng Ban Y, Trưởng Ban tổ chức giải Z, ông B - …': a title after a
    /// comma in the entry a name opened with a comma describes that name, even past words no rule
    /// reads; the honorific after the next comma opens another entry.
    /// </summary>
    private static bool InAppositionOfEarlierName(List<Item> items, int j)
    {
        if (j == 0 || items[j - 1].Kind != ItemKind.Comma)
        {
            return false;
        }
        for (var k = j - 2; k >= Math.Max(0, j - MaxItemsBackToEntryName); k--)
        {
            if (items[k].Kind == ItemKind.Separator)
            {
                return false;
            }
            if (items[k].Kind == ItemKind.Name)
            {
                return k + 1 < items.Count && items[k + 1].Kind == ItemKind.Comma && k >= 1 && items[k - 1].Key is "ông" or "bà";
            }
        }
        return false;
    }

    private const int MaxItemsBackToEntryName = 16;

    /// <summary>
    /// In a list entry ('…; Nguyễn Văn A, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy; …') the
    /// name that opens the entry holds every title of it, even past words no rule reads as a title.
    /// </summary>
    private static Item? EntryHolder(List<Item> items, int j, int last)
    {
        if (last + 1 < items.Count && items[last + 1].Kind is not (ItemKind.Separator or ItemKind.Comma) && items[last + 1].Key is not ("." or "và"))
        {
            return null;
        }
        // The title opens an apposition of its own: 'A, Chủ nhiệm Văn phòng Chủ tịch nước' holds no 'Chủ tịch nước'.
        if (j == 0 || items[j - 1].Kind != ItemKind.Comma)
        {
            return null;
        }
        var open = j - 1;
        while (open >= 0 && items[open].Kind != ItemKind.Separator)
        {
            if (items[open].Kind == ItemKind.Name && (open + 1 >= items.Count || items[open + 1].Kind != ItemKind.Comma))
            {
                return null;
            }
            open--;
        }
        if (open < 0 || items[open].Key is not (";" or ":"))
        {
            return null;
        }
        var k = open + 1;
        while (k < j && items[k].Kind == ItemKind.Word && (RankWords.Contains(items[k].Key) || items[k].Key is "ông" or "bà" or "đồng" or "chí"))
        {
            k++;
        }
        if (k >= j || items[k].Kind != ItemKind.Name || items[k + 1].Kind != ItemKind.Comma)
        {
            return null;
        }
        // No other name may stand between the entry's name and the title.
        return items.Skip(k + 1).Take(j - k - 1).Any(i => i.Kind == ItemKind.Name) ? null : items[k];
    }

    /// <summary>Past the ranks and honorifics before a name ('Đại tướng', 'ông', 'đồng chí').</summary>
    private static int PastRanks(List<Item> items, int k)
    {
        while (k < items.Count && items[k].Kind == ItemKind.Word && (RankWords.Contains(items[k].Key) || items[k].Key is "ông" or "bà" or "đồng" or "chí"))
        {
            k++;
        }
        return k;
    }

    /// <summary>
    /// Past the titles an entry of a list opens with, and the commas between them, to its name:
    /// 'Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Lê Minh Hưng'; past ranks only when
    /// the entry opens with no title.
    /// </summary>
    private static int PastEntryTitles(List<Item> items, int k)
    {
        var at = k;
        while (at < items.Count && (items[at].Kind == ItemKind.Title || (items[at].Kind == ItemKind.Comma && at > k && at + 1 < items.Count && items[at + 1].Kind == ItemKind.Title)))
        {
            at++;
        }
        return PastRanks(items, at);
    }

    /// <summary>
    /// The people a list after a shared chain names: 'các đồng chí Ủy viên Trung ương Đảng: A, title;
    /// B, title', 'các Ủy viên Trung ương Đảng: title A, title B' or 'các Phó Thủ tướng: A, B và C'.
    /// Each entry opens with a name, after a rank or after the entry's own titles; the list ends
    /// where an entry does not.
    /// </summary>
    private static IEnumerable<Item> ListMembers(List<Item> items, int start)
    {
        var k = start;
        while (k < items.Count)
        {
            k = PastEntryTitles(items, k);
            if (k >= items.Count || items[k].Kind != ItemKind.Name)
            {
                yield break;
            }
            yield return items[k];
            k++;
            if (k >= items.Count)
            {
                yield break;
            }
            // 'A (Trưởng Ban X) và B': an aside after a member's name is the member's own.
            if (items[k].Key == "(")
            {
                while (k < items.Count && items[k].Key != ")")
                    k++;
                if (++k >= items.Count)
                    yield break;
            }
            if (items[k].Key is "và" or ";")
            {
                k++;
                continue;
            }
            if (items[k].Kind != ItemKind.Comma)
            {
                yield break;
            }
            // 'A, B' or 'title A, title B': the next entry at once; 'A, Chủ nhiệm …; B': past the entry's own titles.
            var titledEntries = k >= 2 && items[k - 2].Kind == ItemKind.Title;
            var next = titledEntries ? PastEntryTitles(items, k + 1) : PastRanks(items, k + 1);
            if (next < items.Count && items[next].Kind == ItemKind.Name)
            {
                k++;
                continue;
            }
            // 'Đại tướng A, Bộ trưởng …, Thượng tướng B, …': a ranked member's own posts end where the next rank opens an entry.
            if (RankedEntryAfterOwnPosts(items, k) is var ranked and > 0)
            {
                k = ranked;
                continue;
            }
            while (k < items.Count && items[k].Key != ";")
            {
                k++;
            }
            k++;
        }
    }

    /// <summary>
    /// Where the next entry opens when the member before the comma at k was ranked ('Đại tướng A')
    /// and its own posts follow ('Bộ trưởng Bộ Quốc phòng,') before another ranked name; -1 otherwise.
    /// </summary>
    private static int RankedEntryAfterOwnPosts(List<Item> items, int k)
    {
        var name = k - 1;
        if (name < 1 || items[name].Kind != ItemKind.Name || !RankWords.Contains(items[name - 1].Key))
            return -1;
        var at = k + 1;
        while (at + 1 < items.Count && items[at].Kind == ItemKind.Title && items[at + 1].Kind == ItemKind.Comma)
            at += 2;
        if (at == k + 1)
            return -1;
        var next = PastRanks(items, at);
        return next > at && next < items.Count && items[next].Kind == ItemKind.Name ? at : -1;
    }

    /// <summary>
    /// 'Bùi Thanh Sơn giữ chức Bộ trưởng …', 'ông X được bầu làm Chủ tịch …', 'A Khiêm được giao
    /// Quyền Chủ tịch', 'bổ nhiệm đồng chí Y, nguyên Đại sứ …, giữ chức …': the name before the verb
    /// holds the title, across the titles it already carries.
    /// </summary>
    private static Item? HolderBefore(List<Item> items, int title)
    {
        if (IsHolderBeforeLa(items, title) is { } named)
        {
            return named;
        }
        // 'Tướng Lương Cường (hiện là Thường trực Ban Bí thư)': the post in brackets after a name is its.
        var open = title - 1;
        while (open > 0 && items[open].Key is "là" or "hiện" or "nay" or "đang" or "nguyên" or "cựu")
        {
            open--;
        }
        if (open >= 1 && items[open].Key == "(" && items[open - 1].Kind == ItemKind.Name)
        {
            return items[open - 1];
        }
        // 'X, Ủy viên Ban Thường vụ Tỉnh ủy (Trưởng Ban Tổ chức Tỉnh ủy)': a post in brackets after another post is its holder's.
        if (open >= 1 && open == title - 1 && items[open].Key == "(" && items[open - 1].Kind == ItemKind.Title)
        {
            var before = ChainStart(items, open - 1);
            return HolderOf(items, before, open - 1);
        }
        // 'Ông X (SN 1970, Phó Giám đốc Sở Y tế)', '(61 tuổi, nguyên Chủ tịch …)': the bracket opens with an aside.
        if (open >= 2 && items[open].Kind == ItemKind.Comma)
        {
            var bracket = open - 1;
            while (bracket > 0 && open - bracket <= MaxAsideWords && items[bracket].Kind == ItemKind.Word && items[bracket].Key != "(")
                bracket--;
            if (bracket >= 1 && items[bracket].Key == "(" && bracket + 1 < open && items[bracket - 1].Kind == ItemKind.Name
                && (OpensAside(items, bracket + 1) || items[bracket + 1].Key == "sn"))
            {
                return items[bracket - 1];
            }
        }
        // 'đồng chí X đảm nhiệm các chức vụ: Ủy viên …, Bí thư …': the list of posts after a colon.
        if (title >= 4 && items[title - 1].Key == ":")
        {
            var word = title - 2;
            while (word > 0 && items[word].Key is "\"" or "”" or "“")
                word--;
            if (word >= 2 && items[word].Key is "vụ" or "danh" && items[word - 1].Key == "chức" && items[word - 2].Key is "các" or "nhiệm" or "giữ" or "nhận")
                return NameBeforeVerb(items, word - 1);
            // 'ông X đã kinh qua một số chức vụ gồm: …', 'các chức vụ trong Đảng mà ông từng được bầu như: …'.
            if (items[word].Key is "như" or "gồm" && PostsNamedBefore(items, word) is var posts and >= 0)
                return NameBeforeVerb(items, posts);
            return null;
        }
        // 'ông X từng kinh qua nhiều chức vụ như Chủ tịch UBND tỉnh, …': the list opened by 'như' without a colon, where a
        // verb of holding stands before the word for the posts.
        // The first post must close its entry: where the words after it go on ('Giám đốc BIDV | Chi nhánh Quảng Ngãi', 'Ủy ban
        // Văn hóa, Giáo dục | , Thanh niên …'), the post read is only the start of a name the parser cannot read whole.
        if (title >= 4 && items[title - 1].Key is "như" or "gồm" && HeldPostsWordBefore(items, title - 1) is var held and >= 0)
            return EntryClosedAfter(items, title) ? NameBeforeVerb(items, held) : null;
        // 'bà X, Phó Chủ tịch nước, đang giữ quyền Chủ tịch nước': holding a post in an acting capacity.
        // 'đồng ý để ông X thôi ủy viên Trung ương Đảng': a post left with 'thôi' and no 'chức'.
        // 'dự kiến ông X sẽ sang làm Bộ trưởng …', 'khả năng ông X làm Chủ tịch nước': a post one may take later is no one's yet.
        // 'được miễn nhiệm … để làm Chủ tịch nước' tells of a move made, so a purpose ('để') does not count here; a choice
        // still to be made ('sẽ được bầu làm', 'đề cử làm') is read as a nomination instead.
        if (title >= 3 && items[title - 1].Key == "làm" && items[title - 2].Key is not ("bầu" or "cử" or "nhiệm" or "chuẩn")
            && FutureSince(items, title - 2, purposeIsFuture: false))
            return null;
        var verb = title >= 2 && (items[title - 1].Key is "chức" or "làm" or "giao" or "thôi"
            || (items[title - 1].Key is "giữ" && items[title].Title is { Qualifier: "acting" })
            || (items[title - 1].Key is "nhiệm" && items[title - 2].Key is "bổ" && !Appoints(items, title - 1))
            || (items[title - 1].Key is "cử" && items[title - 2].Key is "tái")
            // 'ông X từ nhiệm Chủ tịch HĐQT Công ty Y': he resigns the post, which was his.
            || (items[title - 1].Key is "nhiệm" && Resigns(items, title - 1))
            || (title >= 4 && items[title - 1].Key is "trí" && items[title - 2].Key is "vị" && Resigns(items, title - 3))
            || (title >= 3 && items[title - 1].Key is "vụ" or "danh" && items[title - 2].Key is "chức" && items[title - 3].Key is "giữ" or "nhận")
            || (title >= 4 && items[title - 1].Key is "vụ" or "danh" && items[title - 2].Key is "chức" && items[title - 3].Key is "nhiệm" && items[title - 4].Key is "đảm")
            || HoldingPhraseBefore(items, title) || ReleasedInThePassive(items, title));
        return verb ? NameBeforeVerb(items, title) : null;
    }

    private const int MaxItemsToListWord = 24;

    /// <summary>'từ nhiệm': the 'nhiệm' at k is a resignation, the post after it left, not taken up.</summary>
    private static bool Resigns(List<Item> items, int k) => k >= 1 && items[k].Key == "nhiệm" && items[k - 1].Key == "từ";

    /// <summary>
    /// Where the word for the posts ('chức vụ', 'chức danh', 'vị trí', 'cương vị') stands before the 'như' or 'gồm'
    /// that opens a list of posts, with a verb of holding them before it ('kinh qua nhiều chức vụ như', 'trải qua các
    /// vị trí công tác như', 'từng đảm nhiệm các chức vụ như'); -1 otherwise. Without the verb the list is of posts in
    /// general ('các chức vụ như Giám đốc Sở phải …'), no one's.
    /// </summary>
    private static int HeldPostsWordBefore(List<Item> items, int listWord)
    {
        var word = PostsWordBefore(items, listWord, orPlace: true);
        var verb = word - 1;
        while (verb >= 0 && items[verb].Key is "các" or "nhiều" or "những" or "số" or "một" or "lần" or "lượt")
            verb--;
        return word >= 0 && verb >= 1 && (items[verb].Key is "giữ" or "làm" || (items[verb - 1].Key, items[verb].Key) is ("kinh", "qua") or ("trải", "qua")
            or ("đảm", "nhiệm") or ("đảm", "nhận") or ("nắm", "giữ")) ? word : -1;
    }

    /// <summary>
    /// Whether the entry of the list of posts the title at <paramref name="title"/> stands in ends right after it: at the
    /// sentence's or the clause's end, a bracket, a term, or a comma or 'và' before the next post.
    /// </summary>
    private static bool EntryClosedAfter(List<Item> items, int title)
    {
        var k = title + 1;
        if (k >= items.Count || items[k].Key is ";" or "." or "(" or ")" or "khóa" or "khoá" || items[k].Kind == ItemKind.Dash)
            return true;
        if (TermLength(items, k) > 0)
            return true;
        return k + 1 < items.Count && (items[k].Kind == ItemKind.Comma || items[k].Key == "và") && items[k + 1].Kind == ItemKind.Title;
    }

    /// <summary>
    /// Whether the title at j opens a list of the posts its holder held: after 'chức vụ:' or a 'như' / 'gồm' that
    /// <see cref="HeldPostsWordBefore"/> finds.
    /// </summary>
    private static bool OpensListOfHeldPosts(List<Item> items, int j)
    {
        var k = j - 1;
        if (k >= 1 && items[k].Key == ":")
            k--;
        return k >= 1 && (items[k].Key is "như" or "gồm" ? HeldPostsWordBefore(items, k) >= 0
            : k < j - 1 && items[k].Key is "vụ" or "danh" && items[k - 1].Key == "chức");
    }

    /// <summary>
    /// Where 'chức vụ' stands before the word that opens a list of posts ('như', 'gồm'), with words
    /// and commas only between them; -1 when it does not.
    /// </summary>
    private static int PostsNamedBefore(List<Item> items, int listWord) => PostsWordBefore(items, listWord, orPlace: false);

    /// <summary>
    /// Where 'chức vụ' or 'chức danh' (with <paramref name="orPlace"/>, also 'vị trí' or 'cương vị') stands before the word
    /// that opens a list of posts, with words and commas only between them; -1 when it does not.
    /// </summary>
    private static int PostsWordBefore(List<Item> items, int listWord, bool orPlace)
    {
        for (var k = listWord - 1; k >= 1 && listWord - k <= MaxItemsToListWord; k--)
        {
            if (items[k].Kind is not (ItemKind.Word or ItemKind.Comma))
                return -1;
            if ((items[k].Key is "vụ" or "danh" && items[k - 1].Key == "chức")
                || (orPlace && ((items[k].Key == "trí" && items[k - 1].Key == "vị") || (items[k].Key == "vị" && items[k - 1].Key == "cương"))))
                return k - 1;
        }
        return -1;
    }

    /// <summary>
    /// Phrases of holding or taking up a post, other than 'giữ chức': 'X trên cương vị Chủ tịch Quốc
    /// hội', 'X, trong thời gian giữ cương vị …', 'X đảm nhiệm vị trí …', 'X đã trở thành Thủ tướng'. A post one only may
    /// take later ('sẽ trở thành', 'có thể trở thành') is no one's yet.
    /// </summary>
    private static bool HoldingPhraseBefore(List<Item> items, int title)
    {
        if (title < 2)
            return false;
        var before = items[title - 1].Key;
        var second = items[title - 2].Key;
        if (before == "vị" && second == "cương")
            return title >= 3 && items[title - 3].Key is "trên" or "giữ" or "nhiệm" or "nhận";
        // 'X đang đảm nhiệm vị trí Giám đốc Công nghệ …', as the business news says it.
        if (before == "trí" && second == "vị")
            return title >= 3 && (items[title - 3].Key is "giữ" or "nhận" || (items[title - 3].Key is "nhiệm" && !Resigns(items, title - 3)));
        if (before == "thành" && second == "trở")
            return !FutureSince(items, title - 3);
        return false;
    }

    /// <summary>
    /// 'Ông X bị miễn nhiệm chức vụ Tổng Thư ký Quốc hội, Ủy viên Ủy ban Thường vụ Quốc hội và cho thôi làm nhiệm vụ đại
    /// biểu Quốc hội': a release told of its subject in the passive, and a second release joined to it by 'và'. Only in the
    /// passive: in 'Thủ tướng X ký quyết định miễn nhiệm chức vụ …' the name is the one who releases.
    /// </summary>
    private static bool ReleasedInThePassive(List<Item> items, int title)
    {
        var k = title - 1;
        while (k >= 0 && items[k].Key is "chức" or "vụ" or "danh")
            k--;
        if (k < 1 || items[k].Key != "nhiệm")
            return false;
        k = items[k - 1].Key is "miễn" or "bãi" or "thôi" ? k - 2
            : k >= 2 && items[k - 1].Key == "làm" && items[k - 2].Key == "thôi" ? k - 3
            : -1;
        if (k >= 0 && items[k].Key == "cho")
            k--;
        if (k < 0)
            return false;
        if (items[k].Key is "bị" or "được")
            return true;
        if (items[k].Key != "và")
            return false;
        for (var back = k - 1; back >= Math.Max(0, k - MaxItemsToDecision); back--)
        {
            if (items[back].Kind is ItemKind.Separator or ItemKind.Name)
                return false;
            if (items[back].Kind == ItemKind.Title)
                return ReleasedInThePassive(items, ChainStart(items, back));
        }
        return false;
    }

    /// <summary>
    /// 'X sẽ thôi chức Bộ trưởng và trở thành Phó Thủ tướng', 'khả năng X trở thành …': a word of
    /// the future or of a wish between the subject's name and the verb.
    /// </summary>
    private static bool FutureSince(List<Item> items, int k, bool purposeIsFuture = true)
    {
        for (; k >= 0 && items[k].Kind != ItemKind.Name && items[k].Kind != ItemKind.Separator; k--)
        {
            if (items[k].Key is "sẽ" or "thể" or "năng" or "muốn" or "kiến" or "vọng" || (purposeIsFuture && items[k].Key == "để"))
                return true;
        }
        return false;
    }

    /// <summary>The subject of the verb that gives the post at <paramref name="title"/>: the nearest name before it, unless someone else's deed or a denial stands between.</summary>
    private static Item? NameBeforeVerb(List<Item> items, int title)
    {
        // The subject's own posts between its name and the verb ('ông X, Ủy viên …, Bí thư …, Chủ tịch …, được điều động
        // …, giữ chức …') do not use up the reach: each post and the comma or dash joining it are stepped over free.
        var reach = MaxItemsToHolder - 1;
        for (var k = title - 2; k >= 0 && reach > 0; k--, reach--)
        {
            if (items[k].Kind == ItemKind.Title && k >= 1 && items[k - 1].Kind is ItemKind.Comma or ItemKind.Dash)
            {
                reach += 2;
            }
            // 'ông A thay ông B giữ chức …': B is the one replaced; the post goes to A.
            if (items[k].Kind == ItemKind.Name && !Replaced(items, k))
            {
                return items[k];
            }
            // '… thay ông B, Ủy viên …, Thường trực …, đã được bầu giữ chức …': B's own posts and then the verb tell of B,
            // not of the one who replaces B.
            if (items[k].Kind == ItemKind.Name && k + 2 < title && items[k + 1].Kind is ItemKind.Comma or ItemKind.Dash && items[k + 2].Kind == ItemKind.Title)
            {
                return null;
            }
            // '… thay ông B, người vừa được bầu giữ chức …': the relative clause speaks of B, replaced or not.
            if (items[k].Key == "người" && k >= 2 && items[k - 1].Kind == ItemKind.Comma && items[k - 2].Kind == ItemKind.Name)
            {
                return items[k - 2];
            }
            // '… cả hai ông sẽ không làm Chủ tịch nước': a post denied is nobody's.
            if (items[k].Key is "không" or "chưa" or "chẳng")
            {
                return null;
            }
            // 'ông X được bầu giữ chức Phó Chủ tịch Quốc hội; được phân công làm Phó Bí thư Đảng đoàn Quốc hội': a clause
            // after a semicolon that opens with a passive verb goes on with the subject before it.
            if (items[k].Key == ";" && PassiveClauseAfter(items, k))
            {
                continue;
            }
            // 'Thủ tướng X bổ nhiệm ông Y làm Bộ trưởng': X appoints; the post is someone else's.
            if (items[k].Kind is ItemKind.Separator || (Appoints(items, k) && HasObject(items, k + 1, title - 1)))
            {
                return JoinsOnTheWay(items, k) ? PersonTheDecisionMoves(items, k) : null;
            }
        }
        return null;
    }

    /// <summary>'…; được phân công làm …', '…; tháng 3/2019, được bổ nhiệm …': the clause after the semicolon opens, past its time, with 'được'.</summary>
    private static bool PassiveClauseAfter(List<Item> items, int semicolon)
    {
        for (var k = semicolon + 1; k < items.Count && k - semicolon <= MaxTimeItems; k++)
        {
            if (items[k].Key == "được")
                return true;
            if (!(items[k].Kind == ItemKind.Comma || items[k].Key is "tháng" or "năm" or "ngày" or "từ" or "cuối" or "đầu"
                || (items[k].Key.Length > 0 && char.IsDigit(items[k].Key[0]))))
                return false;
        }
        return false;
    }

    private const int MaxTimeItems = 6;

    /// <summary>'chỉ định tham gia Ban Chấp hành, Ban Thường vụ …, giữ chức …': the verb's object is the committees, not a person.</summary>
    private static bool JoinsOnTheWay(List<Item> items, int verb) =>
        verb + 2 < items.Count && items[verb + 1].Key == "tham" && items[verb + 2].Key == "gia";

    private const int MaxItemsOfLeftPosts = 40;

    /// <summary>
    /// 'điều động ông X, Bộ trưởng …, thôi giữ chức Bí thư Ban Cán sự Đảng; điều động, phân công, chỉ
    /// định tham gia …, giữ chức Bí thư Tỉnh ủy …': a decision sentence names the person, the posts
    /// held and the posts left ('thôi …'), then moves that person on. The name before the 'thôi'
    /// clause takes the new post; the verbs before the committees are one list with it.
    /// </summary>
    private static Item? PersonTheDecisionMoves(List<Item> items, int verb)
    {
        var k = verb;
        while (k >= 0 && (items[k].Kind == ItemKind.Comma || items[k].Key is "điều" or "động" or "phân" or "công" or "chỉ" or "định" or "và"))
            k--;
        var left = false;
        var separators = 0;
        for (var stop = Math.Max(0, k - MaxItemsOfLeftPosts); k >= stop; k--)
        {
            if (items[k].Kind == ItemKind.Name)
                return left && !Replaced(items, k) ? items[k] : null;
            // One semicolon may close the posts left: 'thôi chức vụ Trưởng ban …; điều động, …'.
            if (items[k].Kind == ItemKind.Separator && (++separators > 1 || items[k].Key != ";" || left))
                return null;
            left |= items[k].Key == "thôi";
        }
        return null;
    }

    /// <summary>'thay ông B', 'kế nhiệm bà C': the name of the one whose post another takes.</summary>
    private static bool Replaced(List<Item> items, int name)
    {
        var k = SkipHonorificsBack(items, name - 1);
        return k >= 0 && (items[k].Key == "thay" || (k >= 1 && items[k].Key == "nhiệm" && items[k - 1].Key == "kế"));
    }

    /// <summary>
    /// 'Ông X là Ủy viên Bộ Chính trị', 'bà Y hiện là Bí thư Tỉnh ủy': the name right before 'là'
    /// (and an adverb of time) holds the title; a name further back is another clause's subject.
    /// </summary>
    private static Item? IsHolderBeforeLa(List<Item> items, int title)
    {
        if (LaBefore(items, title) is not (var la and >= 1))
        {
            return null;
        }
        var k = la - 1;
        while (k > 0 && items[k].Key is "hiện" or "từng" or "đang" or "cũng" or "vốn" or "đã" or "nay" or "vẫn" or "tục" or "tiếp" or "nguyên")
        {
            k--;
        }
        // 'đồng chí X được bầu là Ủy viên Trung ương Đảng': elected to the post.
        if (k >= 2 && items[k].Key == "bầu" && items[k - 1].Key == "được")
        {
            k -= 2;
        }
        // 'Ông X, hiện là Giám đốc Sở Y, cho biết': the adverb of time opens an aside on the name before the comma.
        if (k < la - 1 && k >= 1 && items[k].Kind == ItemKind.Comma && items[k - 1].Kind == ItemKind.Name)
        {
            k--;
        }
        // 'Ông X (1917-2018) là Tổng Bí thư', 'Ông Y (74 tuổi) từng là …': an aside in brackets after the name.
        if (items[k].Key == ")")
        {
            var open = k - 1;
            while (open > 0 && k - open <= MaxAsideWords && items[open].Kind is ItemKind.Word or ItemKind.Dash or ItemKind.Comma)
                open--;
            if (open >= 1 && items[open].Key == "(" && open < k - 1)
                k = open - 1;
        }
        return items[k].Kind == ItemKind.Name ? items[k] : null;
    }

    /// <summary>
    /// Where 'là' stands before the title: right before it, or before the holder's rank and a comma
    /// ('đồng chí X là Đại tá, Chỉ huy trưởng …'); -1 when it does not.
    /// </summary>
    private static int LaBefore(List<Item> items, int title)
    {
        if (title >= 1 && items[title - 1].Key == "là")
        {
            return title - 1;
        }
        if (title < 3 || items[title - 1].Kind != ItemKind.Comma)
        {
            return -1;
        }
        var k = title - 2;
        while (k > 0 && title - 2 - k < MaxRankWords && items[k].Kind == ItemKind.Word && RankWords.Contains(items[k].Key))
        {
            k--;
        }
        return k < title - 2 && items[k].Key == "là" ? k : -1;
    }

    /// <summary>Words between the verb and the title other than 'giữ chức vụ', 'làm': the one appointed.</summary>
    private static bool HasObject(List<Item> items, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (items[k].Key is not ("giữ" or "chức" or "vụ" or "danh" or "làm" or "bổ" or "sung" or "lại"))
                return true;
        }
        return false;
    }

    /// <summary>An active verb of appointing at k ('bổ nhiệm', 'bầu', 'cử', 'điều động'), not a passive 'được bổ nhiệm'.</summary>
    private static bool Appoints(List<Item> items, int k)
    {
        var first = items[k].Key switch
        {
            "nhiệm" when k >= 1 && items[k - 1].Key is "bổ" => k - 1,
            "động" when k >= 1 && items[k - 1].Key is "điều" => k - 1,
            "định" when k >= 1 && items[k - 1].Key is "chỉ" => k - 1,
            "công" when k >= 1 && items[k - 1].Key is "phân" => k - 1,
            "bầu" or "cử" => k,
            _ => -1,
        };
        return first >= 0 && (first == 0 || items[first - 1].Key is not ("được" or "trúng" or "tái")) && !AfterPassiveAgent(items, first)
            && !AfterPassiveVerb(items, first);
    }

    /// <summary>
    /// 'X được điều động, chỉ định tham gia …', 'X được điều động, phân công, chỉ định …': a verb of appointing after a
    /// comma and a passive one is passive too, however many the list holds; its subject is the one appointed.
    /// </summary>
    private static bool AfterPassiveVerb(List<Item> items, int first)
    {
        if (first < 4 || items[first - 1].Kind != ItemKind.Comma || items[first - 2].Key is not ("động" or "định" or "nhiệm" or "công" or "chuyển")
            || items[first - 3].Key is not ("điều" or "chỉ" or "bổ" or "phân" or "luân"))
            return false;
        var previous = first - 3;
        return items[previous - 1].Key == "được" || AfterPassiveAgent(items, previous) || AfterPassiveVerb(items, previous);
    }

    private const int MaxAgentItems = 4;

    /// <summary>
    /// 'X được Bộ Chính trị điều động, phân công giữ chức …': the body between 'được' and the verb
    /// is the agent; X is the one moved, not someone else's appointee.
    /// </summary>
    private static bool AfterPassiveAgent(List<Item> items, int verb)
    {
        for (var k = verb - 1; k >= 0 && verb - k <= MaxAgentItems + 1; k--)
        {
            if (items[k].Key == "được")
                return k < verb - 1;
            if (items[k].Kind is not (ItemKind.Word or ItemKind.Title))
                return false;
        }
        return false;
    }

    private const int MaxItemsToHolder = 24;

    /// <summary>Words that open an aside between a name and its titles: 'X, sinh năm 1941, quê …, nguyên …'.</summary>
    private static readonly HashSet<string> AsideStarts = new(StringComparer.Ordinal) { "sinh", "quê", "người", "dân", "tuổi", "hiện", "trú", "tỉnh", "huyện", "xã", "thành", "quận", "phường", "thị" };

    private const int MaxAsides = 5;

    private const int MaxAsideWords = 6;

    /// <summary>An aside opens with one of AsideStarts, an age ('59 tuổi') or a degree ('cử nhân Luật', 'tiến sĩ Kinh tế').</summary>
    private static bool OpensAside(List<Item> items, int open) =>
        AsideStarts.Contains(items[open].Key)
        || (open + 1 < items.Count && items[open + 1].Key == "tuổi" && items[open].Key.All(char.IsDigit))
        || (open + 1 < items.Count && (items[open].Key, items[open + 1].Key) is ("cử", "nhân") or ("thạc", "sĩ") or ("tiến", "sĩ") or ("kỹ", "sư") or ("trình", "độ"));

    /// <summary>The name a title follows after a comma or dash, past asides such as birth year and home town.</summary>
    private static Item? NameBeforeApposition(List<Item> items, int j)
    {
        var k = j - 1;
        // 'Ông X, 65 tuổi, là Ủy viên Trung ương Đảng': the asides may end in 'là' before the posts.
        if (k >= 2 && items[k].Key == "là" && items[k - 1].Kind == ItemKind.Comma && items[k - 2].Kind != ItemKind.Name)
        {
            k--;
        }
        // 'X, sinh năm 1937, quê huyện Tuy Phước; nguyên Bí thư Tỉnh ủy': a semicolon may close the asides.
        var semicolon = k >= 1 && items[k].Key == ";";
        var pastUnreadPost = false;
        for (var asides = 0; k >= 1 && (items[k].Kind is ItemKind.Comma or ItemKind.Dash || (semicolon && items[k].Key == ";")) && asides <= MaxAsides; asides++)
        {
            if (items[k - 1].Kind == ItemKind.Name)
            {
                // 'cố vấn của Thủ tướng X, Chủ tịch Ủy ban …, nguyên Bộ trưởng …': past a post not read, a name
                // written after its own title may be someone the sentence's subject served, not the holder.
                if (pastUnreadPost && k >= 2 && items[k - 2].Kind == ItemKind.Title)
                    return null;
                return semicolon && asides == 0 ? null : items[k - 1];
            }
            // 'Ông X (thứ hai từ trái), Chủ tịch …', 'Bà Y (phải) - Phó Giám đốc …': where the person
            // stands in the photo, in brackets between the name and its title.
            if (!semicolon && PhotoPlaceAfterName(items, k - 1) is { } captioned)
            {
                return captioned;
            }
            // Step back over one aside: a run of plain words opened by one of AsideStarts.
            var open = k - 1;
            while (open > 0 && items[open - 1].Kind is ItemKind.Word or ItemKind.Dash)
            {
                open--;
            }
            var aside = open > 0 && OpensAside(items, open);
            if (open == 0 || !(aside || (!semicolon && UnreadPost(items, open, k))))
            {
                return null;
            }
            pastUnreadPost |= !aside;
            // 'Ông X sinh năm 1970, quê Hà Tĩnh, Ủy viên …', 'Thượng tướng Y 59 tuổi, …': the first
            // aside may follow the name without a comma.
            if (items[open - 1].Kind == ItemKind.Name)
            {
                return items[open - 1];
            }
            // Asides closed by a semicolon are separated by semicolons: 'quê Hưng Yên; cử nhân Luật; …'.
            if (items[open - 1].Kind is not ItemKind.Comma && !(semicolon && items[open - 1].Key == ";"))
            {
                return null;
            }
            k = open - 1;
        }
        return null;
    }

    /// <summary>
    /// 'Ông X, Ủy viên Ban Thường vụ Đảng ủy Khối, Phó Chủ nhiệm Văn phòng Quốc hội': a post between
    /// the name and the next one that the parser could not read, from <paramref name="open"/> up to the
    /// comma at <paramref name="close"/>: its head is written, and it is no longer than a post. It does not
    /// part the posts after it from their holder.
    /// </summary>
    private static bool UnreadPost(List<Item> items, int open, int close) =>
        close - open <= MaxUnreadPostWords && items[close].Kind == ItemKind.Comma
        && TitleParser.OpensHead([.. items.Skip(open).Take(close - open).Select(item => item.Key)], 0);

    private const int MaxUnreadPostWords = 14;

    /// <summary>The name before a photo's place in brackets closed at <paramref name="close"/>: 'X (giữa)', 'Y (thứ 8, từ trái sang)'.</summary>
    private static Item? PhotoPlaceAfterName(List<Item> items, int close)
    {
        if (close < 2 || items[close].Key != ")")
            return null;
        var open = close - 1;
        while (open > 0 && close - open <= MaxAsideWords && (items[open].Kind == ItemKind.Comma || PhotoPlaceWords.Contains(items[open].Key) || items[open].Key.All(char.IsDigit)))
            open--;
        return open >= 1 && open < close - 1 && items[open].Key == "(" && items[open - 1].Kind == ItemKind.Name ? items[open - 1] : null;
    }

    private static readonly HashSet<string> PhotoPlaceWords = new(StringComparer.Ordinal)
    {
        "giữa", "phải", "trái", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "nhất", "ngoài", "cùng", "bên", "từ", "sang", "hàng", "đầu", "đứng", "qua",
    };

    /// <summary>
    /// 'Tháng 5/2018, bà được bổ nhiệm Thứ trưởng Bộ Tư pháp.', 'Bà là Ủy viên Trung ương Đảng
    /// khóa XIII, Bí thư Tỉnh ủy …': in a sentence that names nobody, posts that 'ông', 'bà' or
    /// 'đồng chí' as its subject is said to be, hold or take up; they belong to the person the article
    /// last named. The first post must follow a verb of holding ('là', 'làm', 'giữ chức', 'bổ
    /// nhiệm'), and the list of posts ends at the first word that is not a term or a joint, so a post
    /// of someone else further on ('…, được Thủ tướng giao …') is not taken.
    /// </summary>
    public static List<Item> PronounSubjectTitles(List<Item> items)
    {
        var taken = new List<Item>();
        if (items.Any(i => i.Kind == ItemKind.Name))
            return taken;
        var subject = -1;
        var bodyBefore = false;
        for (var k = 0; k < items.Count && subject < 0; k++)
        {
            if (items[k].Kind == ItemKind.Separator)
                return taken;
            var pronoun = items[k].Key is "ông" or "bà" || (items[k].Key == "đồng" && k + 1 < items.Count && items[k + 1].Key == "chí");
            // 'Bộ Chính trị điều động, phân công ông … giữ chức …': the body that decides may stand before the one it moves.
            // 'Năm 2012 ông là …': a time opening the sentence with no comma after it. 'Từ tháng 4/2016 cho đến khi được
            // bổ nhiệm giữ chức Phó Thủ tướng, ông là …': a post in an opening 'trước khi' or 'cho đến khi' clause is the
            // subject's move, not a body that acts on the pronoun.
            // (Asked only at a pronoun: what opens the sentence is read over all the items before it.)
            var opening = pronoun && (k == 0 || OpeningTimeOnly(items, k) || (items[k - 1].Kind == ItemKind.Comma && (!bodyBefore || OpensWithMoveClause(items, k))));
            if (pronoun && (opening || MovedByDecision(items, k)))
                subject = items[k].Key == "đồng" ? k + 1 : k;
            bodyBefore |= items[k].Kind == ItemKind.Title;
        }
        if (subject < 0)
            return taken;
        var first = items.FindIndex(subject + 1, i => i.Kind == ItemKind.Title);
        // 'ông được Thủ tướng Chính phủ bổ nhiệm làm Thứ trưởng …': the title after 'được' is the one who appoints.
        if (first >= 1 && items[first - 1].Key == "được" && PostAfterAgent(items, first) is var posted and >= 0)
            first = posted;
        // 'Sau 4 năm, ông trở thành Chánh Văn phòng Tỉnh ủy': becoming is taking up.
        if (first < 0 || !(HoldingVerbBefore(items, first) || (OpensListOfHeldPosts(items, first) && EntryClosedAfter(items, first))
            || (first >= 2 && items[first - 1].Key == "thành" && items[first - 2].Key == "trở")))
            return taken;
        // Right after a semicolon (and the time the entry opens with), where a verb may open the next entry: '; từ tháng
        // 9/2015 giữ chức Giám đốc Sở'.
        var entryOpened = false;
        for (var k = first; k < items.Count; k++)
        {
            if (items[k].Kind == ItemKind.Title)
                taken.Add(items[k]);
            // 'Ông là Bộ trưởng Bộ X từ năm 1981 đến năm 1987, Bí thư …': the years a post was held, before the next.
            else if (YearsBeforeNextPostLength(items, k) is > 0 and var years)
                k += years - 1;
            // 'Từ năm 2010, ông là Phó Giám đốc Sở X; từ tháng 9/2015 là Giám đốc Sở': the entries of a career after
            // semicolons, each with its own time, are the subject's.
            else if (EntryTimeLength(items, k) is > 0 and var time)
            {
                k += time - 1;
                continue;
            }
            else if (ThenTookUpLength(items, k) is > 0 and var then)
                k += then - 2;
            else if (entryOpened && TakingUpVerbLength(items, k) is > 0 and var verb)
                k += verb - 1;
            else if (!JoinsPosts(items[k]))
                break;
            entryOpened = items[k].Key == ";";
        }
        return taken;
    }

    /// <summary>Whether the items before k are only a time: 'Năm 2012', 'Tháng 10-2019', 'Cuối năm 2011'.</summary>
    private static bool OpeningTimeOnly(List<Item> items, int k)
    {
        // A loop: asked at every item of every sentence with a pronoun, the queries' iterators were a good share of what they cost.
        var digit = false;
        for (var j = 0; j < k && j < items.Count; j++)
        {
            var item = items[j];
            if (!(item.Kind == ItemKind.Dash || (item.Kind == ItemKind.Word && (TimeWords.Contains(item.Key) || StartsWithDigit(item)))))
                return false;
            digit |= StartsWithDigit(item);
        }
        return digit;
    }

    private static bool StartsWithDigit(Item item) => item.Key.Length > 0 && char.IsDigit(item.Key[0]);

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "năm", "tháng", "từ", "đến", "cuối", "đầu", "giữa", "/", "." };

    /// <summary>'Trước khi …, ông', 'Cho đến khi …, bà': the sentence opens with a clause of the subject's move.</summary>
    private static bool OpensWithMoveClause(List<Item> items, int k)
    {
        for (var c = 1; c < k && c <= MaxOpeningItems; c++)
        {
            if (items[c].Key == "khi" && items[c - 1].Key is "trước" or "đến" or "tới")
                return true;
        }
        return false;
    }

    private const int MaxOpeningItems = 6;

    /// <summary>
    /// The post after an appointing agent: 'được Thủ tướng Chính phủ bổ nhiệm làm Thứ trưởng', 'được Ban Bí thư điều động
    /// giữ chức …'; the agent's title at <paramref name="agent"/>. -1 when no verb of appointing follows the agent.
    /// </summary>
    private static int PostAfterAgent(List<Item> items, int agent)
    {
        var verb = false;
        for (var k = agent + 1; k < items.Count && k - agent <= MaxItemsAfterAgent; k++)
        {
            if (items[k].Kind == ItemKind.Title)
                return verb ? k : -1;
            if (items[k].Kind != ItemKind.Word && items[k].Kind != ItemKind.Comma)
                return -1;
            verb |= k >= 1 && MovedByDecision(items, k + 1) || items[k].Key is "bầu" or "cử";
        }
        return -1;
    }

    private const int MaxItemsAfterAgent = 6;

    /// <summary>Whether a verb of moving someone by decision stands right before k: 'điều động', 'phân công', 'luân chuyển', 'bổ nhiệm'.</summary>
    private static bool MovedByDecision(List<Item> items, int k) =>
        k >= 2 && (items[k - 2].Key, items[k - 1].Key) is ("điều", "động") or ("phân", "công") or ("luân", "chuyển") or ("bổ", "nhiệm") or ("chỉ", "định");

    private static bool HoldingVerbBefore(List<Item> items, int title) =>
        items[title - 1].Key is "là" or "làm" or "chức" or "vụ" or "danh" or "nhiệm" or "bầu" or "cử" or "giữ" or "nhận"
        || (items[title - 1].Key == ":" && title >= 2 && items[title - 2].Key is "vụ" or "danh");

    /// <summary>
    /// What may stand between the posts of one list: punctuation, joining words, terms ('khóa XII (dự khuyết), XIII')
    /// and 'là' repeated ('… khóa X, XI và là Phó Chủ tịch …').
    /// </summary>
    private static bool JoinsPosts(Item item) =>
        item.Kind is ItemKind.Comma or ItemKind.Dash || item.Key is ";" or "và" or "là" or "kiêm" or "rồi" or "khóa" or "khoá" or "hai" or "ba" or "bốn" or "nhiệm" or "kỳ"
            or "(" or ")" or "dự" or "khuyết"
        || (item.Kind == ItemKind.Word && item.Key.Length > 0 && (char.IsDigit(item.Key[0]) || item.Key.All(c => c is 'i' or 'v' or 'x')));

    /// <summary>
    /// The title that opens the next entry of a list of posts after a semicolon, past the terms, and
    /// past the time and rank a career entry opens with ('; từ tháng 6-2016 đến 6-2018: Thiếu tướng,
    /// Phó Tư lệnh …'); -1 when none.
    /// </summary>
    private static int NextListedPost(List<Item> items, int last)
    {
        var semicolon = false;
        for (var k = last + 1; k < items.Count; k++)
        {
            if (items[k].Kind == ItemKind.Title)
                return semicolon ? k : -1;
            if (items[k].Key == ";")
                semicolon = true;
            else if (EntryTimeLength(items, k) is > 0 and var time)
                k += time - 1;
            else if (semicolon && TakingUpVerbLength(items, k) is > 0 and var verb)
                k += verb - 1;
            else if (!JoinsPosts(items[k]) && items[k].Key != "." && !(semicolon && CareerEntryLead(items[k])))
            {
                // '…; từ tháng 7-2020: Phụ trách Tư lệnh Quân khu 3; từ tháng 8-2020: Phó Bí thư Đảng ủy …': in a career told
                // clause by clause, words the list does not read end their own clause only, not the career.
                if (NextCareerClause(items, k) is not (var next and >= 0))
                    return -1;
                k = next - 1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where the next clause of a career told clause by clause begins after k: past a semicolon, a clause that opens
    /// with its time and a colon ('; từ tháng 10-2020: …'); -1 when none follows.
    /// </summary>
    private static int NextCareerClause(List<Item> items, int k)
    {
        var semicolon = items.FindIndex(k, i => i.Key == ";");
        if (semicolon < 0)
            return -1;
        var timed = false;
        for (var c = semicolon + 1; c < items.Count && c - semicolon <= MaxCareerLeadItems; c++)
        {
            if (items[c].Key == ":")
                return timed ? semicolon : -1;
            timed |= StartsWithDigit(items[c]);
            if (!CareerEntryLead(items[c]) && items[c].Kind != ItemKind.Dash && !StartsWithDigit(items[c]) && items[c].Key is not ("/" or "."))
                return -1;
        }
        return -1;
    }

    private const int MaxCareerLeadItems = 10;

    /// <summary>The words of the time and rank before the posts of a career entry: 'từ tháng 10-2020: Trung tướng,'.</summary>
    private static bool CareerEntryLead(Item item) =>
        item.Key is "từ" or "tháng" or "năm" or "đến" or "nay" or ":" || (item.Kind == ItemKind.Word && RankWords.Contains(item.Key));

    /// <summary>Titles that name nobody in their sentence: references back to someone named earlier.</summary>
    /// <remarks>A sentence without a title (most of them) costs no iterator.</remarks>
    public static IEnumerable<Item> BareTitles(List<Item> items) => HasTitle(items) ? BareTitlesInSentence(items) : [];

    private static IEnumerable<Item> BareTitlesInSentence(List<Item> items)
    {
        for (var j = 0; j < items.Count; j++)
        {
            if (items[j].Kind != ItemKind.Title)
            {
                continue;
            }
            var (chain, last) = Chain(items, j);
            if (OnBehalfOf(items, j) && chain.Count > 1)
            {
                yield return chain[0];
                j = items.IndexOf(chain[1], j + 1) - 1;
                continue;
            }
            var shared = SharedListStart(items, j, last) is var members and >= 0 && ListMembers(items, members).Any();
            if (!shared && HolderOf(items, j, last) is null)
            {
                foreach (var title in chain)
                {
                    yield return title;
                }
            }
            j = last;
        }
    }

    /// <summary>
    /// The items of a term written at <paramref name="at"/> after a title: 'khóa XIII', 'nhiệm kỳ
    /// 2016-2021', 'nhiệm kỳ 2016 - 2021'; 0 when none stands there.
    /// </summary>
    private static int TermLength(List<Item> items, int at)
    {
        if (at + 2 < items.Count && items[at].Key is "khóa" or "khoá" && items[at + 1].Kind == ItemKind.Word)
            return 2 + FurtherTermsLength(items, at + 2);
        if (at + 3 < items.Count && items[at].Key == "nhiệm" && items[at + 1].Key == "kỳ" && items[at + 2].Kind == ItemKind.Word && char.IsDigit(items[at + 2].Key[0]))
        {
            return at + 5 < items.Count && items[at + 3].Kind == ItemKind.Dash && items[at + 4].Kind == ItemKind.Word && char.IsDigit(items[at + 4].Key[0]) ? 5 : 3;
        }
        return 0;
    }

    /// <summary>
    /// The items of the years a post was held, in brackets after it: '(2011-2013)', '(tháng 5/2013 - tháng 4/2021)',
    /// '(từ 2016 đến nay)'; 0 when the brackets hold anything else or no year.
    /// </summary>
    private static int HeldYearsLength(List<Item> items, int at)
    {
        if (at >= items.Count || items[at].Key != "(")
            return 0;
        var year = false;
        for (var k = at + 1; k < items.Count && k - at <= MaxHeldYearsItems; k++)
        {
            if (items[k].Key == ")")
                return year ? k - at + 1 : 0;
            if (StartsWithDigit(items[k]))
                year |= items[k].Key.Count(char.IsDigit) >= 4;
            else if (items[k].Kind != ItemKind.Dash && !TimeWords.Contains(items[k].Key) && items[k].Key != "nay")
                return 0;
        }
        return 0;
    }

    private const int MaxHeldYearsItems = 12;

    /// <summary>
    /// The items of the years a post was held, written after it without brackets and closed by a comma before the holder's
    /// next post: 'từ năm 1981 đến năm 1987, Bí thư …', 'từ 1983 - 1987, …', 'từ năm 2020 đến nay, …'. 0 when the words
    /// after 'từ' are not a span from one year to another (or to 'nay'), or no post without a name of its own follows.
    /// </summary>
    private static int YearsBeforeNextPostLength(List<Item> items, int at)
    {
        if (at >= items.Count || items[at].Key != "từ")
            return 0;
        var (years, end) = (0, -1);
        for (var k = at + 1; k < items.Count && k - at <= MaxHeldYearsItems; k++)
        {
            if (StartsWithDigit(items[k]))
            {
                if (items[k].Key.Count(char.IsDigit) >= 4)
                    (years, end) = (years + 1, k);
            }
            else if (items[k].Key == "nay" && items[k - 1].Key == "đến" && years == 1)
            {
                (years, end) = (2, k);
                break;
            }
            else if (items[k].Kind != ItemKind.Dash && !TimeWords.Contains(items[k].Key))
            {
                break;
            }
        }
        var next = end + 1;
        return years == 2 && next + 1 < items.Count && items[next].Kind == ItemKind.Comma && items[next + 1].Kind == ItemKind.Title
            && !(next + 2 < items.Count && items[next + 2].Kind == ItemKind.Name)
            ? end - at + 1
            : 0;
    }

    /// <summary>
    /// The words that lead from a post of a career to the one taken after it, up to that post: ', sau đó là',
    /// ', sau đó trở thành', 'rồi làm', ', rồi giữ chức'. The count reaches the next post (0 where none follows
    /// them, or where the post after them has a name of its own: '…, sau đó là Thứ trưởng Y phát biểu').
    /// </summary>
    private static int ThenTookUpLength(List<Item> items, int at)
    {
        var k = at;
        if (k < items.Count && items[k].Kind == ItemKind.Comma)
            k++;
        if (k + 1 < items.Count && items[k].Key == "sau" && items[k + 1].Key == "đó")
            k += 2;
        else if (k < items.Count && items[k].Key == "rồi")
            k++;
        else
            return 0;
        // A verb of taking up the post must follow: 'sau đó' alone ('…, sau đó Bí thư Tỉnh ủy …') is too often the next
        // clause's time, and ', rồi' right before a post is a joint the chain reads itself.
        var verb = TakingUpVerbLength(items, k);
        if (verb == 0)
            return 0;
        k += verb;
        return k < items.Count && items[k].Kind == ItemKind.Title && !(k + 1 < items.Count && items[k + 1].Kind == ItemKind.Name)
            ? k - at + 1
            : 0;
    }

    /// <summary>'là', 'làm', 'trở thành', 'giữ chức', 'giữ chức vụ' at k: how many words.</summary>
    private static int TakingUpVerbLength(List<Item> items, int k)
    {
        if (k >= items.Count)
            return 0;
        if (items[k].Key is "là" or "làm")
            return 1;
        if (k + 1 < items.Count && (items[k].Key, items[k + 1].Key) is ("trở", "thành") or ("giữ", "chức"))
            return k + 2 < items.Count && items[k + 1].Key == "chức" && items[k + 2].Key == "vụ" ? 3 : 2;
        return 0;
    }

    /// <summary>
    /// The items of the time a career entry closes or opens with, next to the semicolon between two entries: 'từ năm
    /// 2010;' after a post, '; từ tháng 9/2015' before the next ('là Phó Giám đốc Sở X từ năm 2010; từ tháng 9/2015 là
    /// Giám đốc Sở'). 0 where the words at <paramref name="at"/> are not a time with a year, or no semicolon stands
    /// right after it (the time closing an entry) or right before it (the time opening one).
    /// </summary>
    private static int EntryTimeLength(List<Item> items, int at)
    {
        if (at >= items.Count || !TimeWords.Contains(items[at].Key) || items[at].Key is "/" or ".")
            return 0;
        var (k, year) = (at, false);
        while (k < items.Count && k - at <= MaxHeldYearsItems
            && (TimeWords.Contains(items[k].Key) || items[k].Key == "nay" || items[k].Kind == ItemKind.Dash || StartsWithDigit(items[k])))
        {
            year |= StartsWithDigit(items[k]) && items[k].Key.Count(char.IsDigit) >= 4;
            k++;
        }
        var closes = k < items.Count && items[k].Key == ";";
        var opens = at >= 1 && items[at - 1].Key == ";" && k < items.Count && (TakingUpVerbLength(items, k) > 0 || items[k].Key == ":");
        return year && (closes || opens) ? k - at : 0;
    }

    /// <summary>
    /// The items of further terms of one post after its first ('khóa 12 và 13', 'khóa XII (dự khuyết), XIII'): a
    /// comma or 'và' before each term's number, and the alternate member's mark in brackets.
    /// </summary>
    private static int FurtherTermsLength(List<Item> items, int at)
    {
        var k = at;
        while (true)
        {
            if (k + 3 < items.Count && items[k].Key == "(" && items[k + 1].Key == "dự" && items[k + 2].Key == "khuyết" && items[k + 3].Key == ")")
                k += 4;
            else if (k + 1 < items.Count && (items[k].Kind == ItemKind.Comma || items[k].Key == "và") && TermNumber(items[k + 1]))
                k += 2;
            else
                return k - at;
        }
    }

    /// <summary>A term's number in figures or in Roman numerals: '13', 'XIII'.</summary>
    private static bool TermNumber(Item item) =>
        item.Kind == ItemKind.Word && item.Key.Length > 0 && (item.Key.All(char.IsDigit) || item.Key.All(c => c is 'i' or 'v' or 'x' or 'l' or 'c'));

    private static (List<Item> Chain, int Last) Chain(List<Item> items, int j)
    {
        var chain = new List<Item> { items[j] };
        var last = j;
        while (true)
        {
            // 'Ủy viên Trung ương Đảng khóa VIII, Bí thư Tỉnh ủy': the term stays with its title. 'Phó Chủ tịch
            // UBND tỉnh rồi Chủ tịch UBND tỉnh': posts one person took in turn are one chain too.
            var term = TermLength(items, last + 1);
            // 'Tổng Thanh tra Chính phủ (2009-2012), Bí thư Tỉnh ủy X (2007-2009)': a career told post by post,
            // each with the years it was held in brackets; the years stay with their post, as a term does.
            term += HeldYearsLength(items, last + 1 + term);
            // 'Bộ trưởng Bộ X từ năm 1981 đến năm 1987, Bí thư Đảng ủy Y': so do the years written
            // without brackets, where the holder's next post, with no name of its own, follows them after a comma.
            term += YearsBeforeNextPostLength(items, last + 1 + term);
            // ', rồi' is one joint.
            var then = last + term + 2 < items.Count && items[last + term + 1].Kind == ItemKind.Comma && items[last + term + 2].Key == "rồi" ? 1 : 0;
            if (last + term + then + 2 < items.Count && (items[last + term + 1].Kind == ItemKind.Comma || items[last + term + 1].Key is "kiêm" or "rồi")
                && items[last + term + then + 2].Kind == ItemKind.Title)
            {
                chain.Add(items[last + term + then + 2]);
                last += term + then + 2;
            }
            else if (ThenTookUpLength(items, last + term + 1) is > 0 and var then2)
            {
                // 'Viện trưởng Viện X, sau đó là Tổng Thư ký Hội Y', 'Phó Chủ tịch UBND tỉnh, rồi làm Chủ tịch UBND tỉnh':
                // the post taken next in a career is the same holder's.
                chain.Add(items[last + term + then2]);
                last += term + then2;
            }
            else if (last + term + 3 < items.Count && items[last + term + 1].Key == "và" && items[last + term + 2].Key == "là"
                && items[last + term + 3].Kind == ItemKind.Title)
            {
                // '… là Ủy viên Ban Chấp hành Trung ương khóa X và XI và là Phó Chủ tịch …': 'và là' goes on with the subject's posts.
                chain.Add(items[last + term + 3]);
                last += term + 3;
            }
            else if (last + term + 2 < items.Count && items[last + term + 1].Key == "và" && items[last + term + 2].Kind == ItemKind.Title
                && j >= 1 && HoldingVerbBefore(items, j) && !(last + term + 3 < items.Count && items[last + term + 3].Kind == ItemKind.Name))
            {
                // 'từng giữ chức Bộ trưởng Bộ X, Tổng Thanh tra Chính phủ và Bí thư Tỉnh ủy Y': after a verb of holding, the
                // post after 'và' closes the subject's list, unless a name of its own follows it ('… và Chủ tịch nước Z').
                chain.Add(items[last + term + 2]);
                last += term + 2;
            }
            else if (last + 2 < items.Count && items[last + 1].Kind == ItemKind.Dash && items[last + 2].Kind == ItemKind.Title)
            {
                // 'Giám đốc - Tổng Biên tập Nhà xuất bản X': two posts of one body held as one, the body named once;
                // 'nguyên Thứ trưởng Bộ X - Chủ tịch Hội Y', 'Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy': posts of
                // two bodies joined by a dash, as by a comma, are one holder's chain.
                chain.Add(items[last + 2]);
                last += 2;
            }
            else if (last + 1 < items.Count && items[last + 1].Kind == ItemKind.Title && items[last].Title!.Role.StartsWith("Ủy viên", StringComparison.Ordinal))
            {
                // 'Ủy viên Bộ Chính trị Bộ trưởng Bộ Công an': the comma left out after a membership.
                chain.Add(items[last + 1]);
                last++;
            }
            else
            {
                return (chain, last);
            }
        }
    }
}
