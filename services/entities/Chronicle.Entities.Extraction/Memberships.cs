using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// 'chỉ định ông X tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Bí thư Tỉnh ủy Thanh Hóa': a
/// committee joined on the way to a post is a membership of its own, of the Party organisation
/// the post names. The memberships are dated like the post.
/// </summary>
internal static partial class Memberships
{
    private const int LookBackChars = 120;

    public static IEnumerable<RoleMention> JoinedWith(string text, RoleMention post)
    {
        if (PlaceOf(post.Organization) is not ({ } committee, { } place))
            yield break;
        var from = Math.Max(post.Evidence.Start, post.TitleSpan.Start - LookBackChars);
        var match = JoinedRightBefore().Match(text, from, post.TitleSpan.Start - from);
        if (!match.Success)
            yield break;
        if (match.Groups["executive"].Success)
        {
            var body = $"Ban Chấp hành Đảng bộ {place}";
            yield return post with { Role = $"Ủy viên {body}", Title = "Ủy viên", Organization = body, Qualifier = "" };
        }
        if (match.Groups["standing"].Success)
        {
            var body = $"Ban Thường vụ {committee}";
            yield return post with { Role = $"Ủy viên {body}", Title = "Ủy viên", Organization = body, Qualifier = "" };
        }
    }

    /// <summary>
    /// 'ông X, Trưởng Ban …, được bầu bổ sung vào Ban Bí thư': the body entered after the post, in
    /// the same clause, is a membership taken up then: 'Bộ Chính trị' makes an 'Ủy viên Bộ Chính
    /// trị', 'Ban Bí thư' a 'Bí thư Trung ương Đảng'. Dated like the post the sentence gives.
    /// </summary>
    public static IEnumerable<RoleMention> Entered(string text, List<RoleMention> roles)
    {
        var entered = new List<RoleMention>();
        foreach (var post in roles)
        {
            if (post.Qualifier.Length > 0 || post.Aspect == RoleDating.Ended || post.TitleSpan.End <= post.Evidence.Start
                || post.TitleSpan.End >= post.Evidence.End)
                continue;
            var match = EnteredBody().Match(text, post.TitleSpan.End, post.Evidence.End - post.TitleSpan.End);
            // Another person between the post and the body is the one who enters it.
            if (!match.Success || AnotherPerson().IsMatch(text.AsSpan(post.TitleSpan.End, match.Index - post.TitleSpan.End)))
                continue;
            var (title, body) = MembershipOf(match.Groups["body"].Value);
            var role = $"{title} {body}";
            // The same sentence may name the membership already, or give it with another post of the person.
            if (roles.Concat(entered).Any(r => r.PersonName == post.PersonName && r.Role == role && r.Evidence == post.Evidence))
                continue;
            entered.Add(post with
            {
                Role = role, Title = title, Organization = body, Qualifier = "", Aspect = RoleDating.Started,
                StatedStart = post.StatedStart ?? post.StatedEnd, StatedEnd = null,
            });
        }
        return entered;
    }

    /// <summary>
    /// The membership a Party body entered gives, as the body is written: 'Bộ Chính trị' an 'Ủy viên Bộ Chính
    /// trị', 'Ban Bí thư' a 'Bí thư Trung ương Đảng', the Central Committee an 'Ủy viên Trung ương Đảng'.
    /// </summary>
    private static (string Title, string Body) MembershipOf(string enteredBody) =>
        enteredBody.StartsWith("Bộ", StringComparison.Ordinal) ? ("Ủy viên", "Bộ Chính trị")
        : enteredBody.StartsWith("Ban Bí", StringComparison.Ordinal) ? ("Bí thư", "Trung ương Đảng")
        : ("Ủy viên", "Trung ương Đảng");

    /// <summary>A Party body entered by vote, and the person who entered it: the membership, where it is written.</summary>
    public readonly record struct Entry(string Person, TextSpan PersonSpan, string Title, string Body, TextSpan BodySpan);

    private const int MaxItemsToSubject = 14;

    /// <summary>A committee is joined at the end of a decision that first names the person, the posts held and left: '… giữ
    /// chức Bí thư Tỉnh ủy X và chỉ định tham gia Đảng ủy Quân khu II'.</summary>
    private const int MaxItemsToJoiningSubject = 60;

    /// <summary>
    /// 'Ông X được bầu vào Bộ Chính trị khóa 13', 'Năm 2016, ông được bầu vào Ban Chấp hành Trung ương Đảng',
    /// 'ông Y vào Bộ Chính trị, làm …': a Party body entered by vote names a membership whether or not a
    /// post of the person stands beside it ('Bộ Chính trị' an 'Ủy viên Bộ Chính trị', 'Ban Bí thư' a 'Bí
    /// thư Trung ương Đảng', the Central Committee an 'Ủy viên Trung ương Đảng'). The one who enters is
    /// the name before the verb in the sentence or, where the sentence names nobody and opens on 'ông' or
    /// 'bà', the person the sentences before are about. A wish or a chance ('cơ hội để vào', 'chưa đủ
    /// tiêu chuẩn để vào') enters nobody, nor does one person taking another in ('đưa ông vào').
    /// </summary>
    public static IEnumerable<Entry> EnteredByVote(string text, TextSpan sentence, List<Item> items, string? soleSubject)
    {
        // Searched within the sentence alone; a copy of the text up to each sentence would cost the square of its length.
        // The body's name is looked for first: the whole pattern opens on optional verbs, so it would try a match at
        // nearly every 'đ', 'b', 't' and 'v' of every sentence, and few sentences name one of these bodies.
        var namesBody = BodyEnteredInto().IsMatch(text.AsSpan(sentence.Start, sentence.Length));
        var byVote = namesBody ? EnteredByVoteBody().Match(text, sentence.Start, sentence.Length) : Match.Empty;
        var joined = JoinedCommittee().Match(text, sentence.Start, sentence.Length);
        // Most sentences match neither: they cost no iterator.
        return byVote.Success || joined.Success ? Entries(items, soleSubject, byVote, joined) : [];
    }

    /// <param name="byVote">The first match of <see cref="EnteredByVoteBody"/> in the sentence, if any.</param>
    /// <param name="joined">The first match of <see cref="JoinedCommittee"/> in the sentence, if any.</param>
    private static IEnumerable<Entry> Entries(List<Item> items, string? soleSubject, Match byVote, Match joined)
    {
        for (var match = byVote; match.Success; match = match.NextMatch())
        {
            var verbless = match.Groups["verb"].Length == 0;
            if (SubjectBefore(items, match.Index, verbless, soleSubject) is not var (person, span))
                continue;
            var body = match.Groups["body"];
            var (title, organization) = MembershipOf(body.Value);
            yield return new Entry(person, span, title, organization, new TextSpan(body.Index, body.Index + body.Length));
        }
        // 'ông được cử tham gia Ban Chấp hành Đảng bộ tỉnh X, sau đó giữ chức …', '… và chỉ định
        // tham gia Đảng ủy Quân sự Quân khu II': a Party committee named in full and joined is a membership of it.
        for (var match = joined; match.Success; match = match.NextMatch())
        {
            if (SubjectBefore(items, match.Index, verbless: false, soleSubject, MaxItemsToJoiningSubject) is not var (person, span))
                continue;
            var body = match.Groups["body"];
            yield return new Entry(person, span, "Ủy viên", Spacing.OneSpace(body.Value), new TextSpan(body.Index, body.Index + body.Length));
        }
    }

    private static (string Person, TextSpan Span)? SubjectBefore(List<Item> items, int verb, bool verbless, string? soleSubject,
        int maxItems = MaxItemsToSubject)
    {
        var last = items.FindLastIndex(i => i.Span.End <= verb);
        for (var k = last; k >= 0 && k > last - maxItems; k--)
        {
            var item = items[k];
            // A bare 'vào' is entering only right after its subject: 'ông Y vào Bộ Chính trị'.
            var adjacent = k == last;
            if (item.Kind == ItemKind.Name)
                return !verbless || adjacent ? (item.Name!.Name, item.Span) : null;
            if (item.Key is "ông" or "bà")
                return (!verbless || adjacent) && soleSubject is not null && !items.Any(i => i.Kind == ItemKind.Name) && (k == 0 || items[k - 1].Kind == ItemKind.Comma)
                    ? (soleSubject, item.Span)
                    : null;
            if (item.Kind == ItemKind.Separator || NotEntered.Contains(item.Key))
                return null;
        }
        return null;
    }

    /// <summary>Words of a wish, a chance, a denial or a later time between the subject and the verb.</summary>
    private static readonly HashSet<string> NotEntered = new(StringComparer.Ordinal)
    {
        "không", "chưa", "sẽ", "thể", "để", "muốn", "kiến", "vọng", "năng", "đưa",
    };

    /// <summary>'được bầu vào', 'được Trung ương bầu bổ sung vào', 'trúng cử vào', or a bare 'vào', before the body.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<verb>(?:được\s+(?:\p{Lu}\p{L}*\s+){0,4})?(?:bầu(?:\s+bổ\s+sung|\s+lại)?|bổ\s+sung|trúng\s+cử)\s+)?vào\s+(?<body>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|(?:Ban\s+[Cc]hấp\s+hành|BCH)\s+Trung\s+ương)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex EnteredByVoteBody();

    /// <summary>The part every match of <see cref="EnteredByVoteBody"/> holds: 'vào' and the body.</summary>
    [GeneratedRegex(@"vào\s+(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|(?:Ban\s+[Cc]hấp\s+hành|BCH)\s+Trung\s+ương)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyEnteredInto();

    /// <summary>'được bầu vào Bộ Chính trị', 'được bổ sung vào Ban Bí thư', 'được bầu bổ sung vào Ban Bí thư Trung ương Đảng'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:bầu(?:\s+bổ\s+sung)?|bổ\s+sung)\s+vào\s+(?<body>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex EnteredBody();

    /// <summary>
    /// 'tham gia Ban Chấp hành Đảng bộ tỉnh X', 'tham gia Đảng ủy Quân khu 7': a committee named by its organisation, which
    /// opens and closes in capitals ('Đảng ủy Quân sự Quân khu II', 'Đảng ủy Khối các cơ quan Trung ương'). Not after 'thôi', which leaves it; a bare 'Ban Chấp
    /// hành' before the post taken up is <see cref="JoinedRightBefore"/>'s.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!thôi\s+)tham\s+gia\s+(?<body>(?:Ban\s+[Cc]hấp\s+hành\s+Đảng\s+bộ|Đảng\s+[ủu]y)(?:\s+(?:tỉnh|thành\s+phố))?\s+(?:\p{Lu}\p{L}*(?:\.\p{L}+)*)(?:(?:\s+(?!(?:và|rồi|giữ|làm|từ|khi|tại|nhiệm|khóa|khoá|năm|tháng|đến|sau|trước|được|thôi|cùng|với)(?![\p{L}]))\p{Ll}+){0,3}\s+(?:\p{Lu}\p{L}*(?:\.\p{L}+)*(?:\s+ương)?|\d+)){0,5})(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedCommittee();

    [GeneratedRegex(@"(?<![\p{L}])(?:ông|bà|đồng chí)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex AnotherPerson();

    /// <summary>'Tỉnh ủy Thanh Hóa' is the committee of 'tỉnh Thanh Hóa'; 'Thành ủy Hà Nội' of 'thành phố Hà Nội'.</summary>
    private static (string? Committee, string? Place) PlaceOf(string organization)
    {
        foreach (var (kind, level) in new[] { ("Tỉnh ủy ", "tỉnh"), ("Thành ủy ", "thành phố") })
        {
            if (organization.StartsWith(kind, StringComparison.Ordinal) && organization.Length > kind.Length)
            {
                var name = organization[kind.Length..].Replace("TP. ", "", StringComparison.Ordinal);
                return (organization, $"{level} {name}");
            }
        }
        return (null, null);
    }

    /// <summary>
    /// 'tham gia Ban Chấp hành, Ban Thường vụ Thành ủy, giữ chức' right before the post; either
    /// committee may stand alone, and may carry its organisation's name. 'thôi tham gia …, thôi giữ
    /// chức …' leaves the committees with the post: the memberships take the post's aspect.
    /// </summary>
    [GeneratedRegex(@"tham\s+gia\s+(?:(?<executive>Ban\s+[Cc]hấp\s+hành|BCH)(?:\s+Đảng\s+bộ(?:\s+(?:tỉnh|thành\s+phố))?(?:\s+\p{Lu}[\p{L}.]*){0,3})?(?:\s*(?:,|và)\s*)?)?(?<standing>Ban\s+[Tt]hường\s+vụ|BTV)?(?:\s+(?:Tỉnh|Thành)\s+[ủu]y(?:\s+\p{Lu}[\p{L}.]*){0,3})?\s*,?\s*(?:và\s+)?(?:thôi\s+)?(?:giữ\s+chức(?:\s+vụ)?|làm)\s+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex JoinedRightBefore();
}
