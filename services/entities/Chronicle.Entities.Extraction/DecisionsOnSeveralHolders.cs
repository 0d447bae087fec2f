using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// 'bổ nhiệm chức vụ Thứ trưởng Bộ X đối với Trung tướng A và Thiếu tướng B': one decision on a post that names
/// several people after 'đối với' gives the post to each of them. The title attachment gives it to the first
/// name (<c>HolderAfterDoiVoi</c>); each name joined to it by 'và' or a comma, with only honorifics and ranks
/// between (and the first holder's own posts after a comma before the 'và'), takes the same post, date and
/// aspect. A name after anything else ('… đối với ông A, người đã …', '… và Bộ trưởng Bộ Y tế đối với bà B')
/// is left to the rest of the grammar.
/// </summary>
internal static partial class DecisionsOnSeveralHolders
{
    public static IEnumerable<RoleMention> Shared(string text, IReadOnlyList<(TextSpan Sentence, List<(string Person, TextSpan Span)> Names)> namesBySentence,
        IReadOnlyList<RoleMention> roles)
    {
        var given = new List<RoleMention>();
        foreach (var role in roles)
        {
            var title = role.TitleSpan;
            if (title.Length == 0 || title.End > role.PersonSpan.Start
                || !NamedAfterDoiVoi().IsMatch(text.AsSpan(title.End, role.PersonSpan.Start - title.End)))
                continue;
            if (namesBySentence.FirstOrDefault(s => s.Sentence.Start <= role.PersonSpan.Start && role.PersonSpan.End <= s.Sentence.End) is not { Names: { } names })
                continue;
            var previous = role.PersonSpan;
            foreach (var (person, span) in names.Where(n => n.Span.Start >= role.PersonSpan.End).OrderBy(n => n.Span.Start))
            {
                if (!JoinsNextHolder().IsMatch(text.AsSpan(previous.End, span.Start - previous.End)))
                    break;
                previous = span;
                if (person == role.PersonName || roles.Concat(given).Any(r => r.PersonName == person && r.Role == role.Role))
                    continue;
                given.Add(role with { PersonName = person, PersonSpan = span });
            }
        }
        return given;
    }

    /// <summary>The words between a decided post and its first holder: the post's own words, then 'đối với' and honorifics or a rank.</summary>
    [GeneratedRegex(@"^[^.;:!?]*\sđối với\s+(?:(?:đồng chí|ông|bà|[ĐđTt](?:ại|hượng|rung|hiếu)\s+(?:tướng|tá|úy|uý))\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedAfterDoiVoi();

    /// <summary>
    /// What joins one holder of a decision to the next: 'và' or a comma, then honorifics or a rank; the first holder's
    /// own posts may come between, after a comma, before the 'và' ('Trung tướng A, Cục trưởng Cục Y và Thiếu tướng B').
    /// </summary>
    [GeneratedRegex(@"^(?:\s*,\s+|(?:\s*,[^.;:!?()]*)?\s+và\s+)(?:(?:đồng chí|ông|bà|[ĐđTt](?:ại|hượng|rung|hiếu)\s+(?:tướng|tá|úy|uý))\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinsNextHolder();
}
