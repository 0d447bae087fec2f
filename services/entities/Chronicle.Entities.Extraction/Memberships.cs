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
            var (title, body) = match.Groups["body"].Value.StartsWith("Bộ", StringComparison.Ordinal)
                ? ("Ủy viên", "Bộ Chính trị")
                : ("Bí thư", "Trung ương Đảng");
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
    /// 'Ông Hải được bầu vào Bộ Chính trị khóa X vào ngày …', 'Từ tháng 4/2006, ông Hải được bầu vào Bộ Chính trị': a
    /// person named with no post, said right after the name to enter the body, takes up its membership; the
    /// sentence dates it as it dates a post (its own date, the one before it points back to, else the article's).
    /// </summary>
    public static IEnumerable<RoleMention> EnteredByName(string text, IReadOnlyList<Chronicle.Text.Dates.DateMention> dates,
        Chronicle.Text.Dates.AnchorDate? anchor, IEnumerable<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> namesBySentence,
        List<RoleMention> roles)
    {
        foreach (var (sentence, names) in namesBySentence)
        {
            foreach (var (person, span) in names)
            {
                var match = EnteredRightAfterName().Match(text, span.End, sentence.End - span.End);
                if (!match.Success)
                    continue;
                var bodyGroup = match.Groups["body"];
                var (title, body) = bodyGroup.Value.StartsWith("Bộ", StringComparison.Ordinal) ? ("Ủy viên", "Bộ Chính trị") : ("Bí thư", "Trung ương Đảng");
                var role = $"{title} {body}";
                if (roles.Any(r => r.PersonName == person && r.Role == role && r.Evidence == sentence))
                    continue;
                var bodySpan = new TextSpan(bodyGroup.Index, bodyGroup.Index + bodyGroup.Length);
                var dating = RoleDating.For(text, dates, sentence, span, bodySpan, "", anchor);
                yield return new RoleMention(person, span, role, title, body, "", sentence)
                {
                    TitleSpan = bodySpan,
                    Date = dating.Date,
                    DateBasis = dating.Basis,
                    Aspect = RoleDating.Started,
                    StatedStart = dating.Stated ? dating.Date : null,
                };
            }
        }
    }

    [GeneratedRegex(@"\G\s*,?\s*(?:(?:đã|cũng|tiếp\s+tục)\s+)?(?:được\s+)?(?:bầu(?:\s+bổ\s+sung)?|bổ\s+sung)\s+vào\s+(?<body>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex EnteredRightAfterName();

    /// <summary>'được bầu vào Bộ Chính trị', 'được bổ sung vào Ban Bí thư', 'được bầu bổ sung vào Ban Bí thư Trung ương Đảng'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:bầu(?:\s+bổ\s+sung)?|bổ\s+sung)\s+vào\s+(?<body>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex EnteredBody();

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
