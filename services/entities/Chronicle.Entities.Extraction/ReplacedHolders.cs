using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// 'Quốc hội bầu ông A giữ chức Chánh án Tòa án nhân dân tối cao, thay ông B': the one replaced
/// leaves the post the newcomer takes up, on the same day. Only a post taken up (not one proposed
/// or expected) says so, or an aside on the one replaced that says he has left ('– người đã bị miễn nhiệm').
/// </summary>
internal static partial class ReplacedHolders
{
    /// <summary>The most characters between the post taken up and 'thay': one clause.</summary>
    private const int MaxCharsToReplaced = 40;

    public static IEnumerable<RoleMention> LeftBy(string text, List<RoleMention> roles)
    {
        var left = new List<RoleMention>();
        foreach (var post in roles)
        {
            var proposed = post.Qualifier == "nominee";
            if ((post.Qualifier.Length > 0 && !proposed) || post.TitleSpan.End <= post.Evidence.Start || post.TitleSpan.End >= post.Evidence.End)
                continue;
            var length = Math.Min(post.Evidence.End, post.TitleSpan.End + MaxCharsToReplaced + 40) - post.TitleSpan.End;
            var match = ReplacedRightAfter().Match(text, post.TitleSpan.End, length);
            if (!match.Success || match.Index - post.TitleSpan.End > MaxCharsToReplaced)
                continue;
            // A post only proposed (a nominee's: 'được đề cử vào chức X thay ông B') ends B's only when the
            // aside on B says he has already left it ('– người đã bị miễn nhiệm').
            if ((proposed || post.Aspect != RoleDating.Started) && !LeftInTheAside(text, match))
                continue;
            var name = match.Groups["name"].Value;
            if (name == post.PersonName || roles.Any(r => r.PersonName == name && r.Role == post.Role) || left.Any(r => r.PersonName == name && r.Role == post.Role))
                continue;
            var nameSpan = new TextSpan(match.Groups["name"].Index, match.Groups["name"].Index + name.Length);
            left.Add(post with
            {
                PersonName = name, PersonSpan = nameSpan, Qualifier = "", Aspect = RoleDating.Ended,
                StatedStart = null, StatedEnd = post.StatedStart,
            });
        }
        return left;
    }

    /// <summary>
    /// ', thay ông B', 'thay cho bà C', 'thay đồng chí D.', 'thay người tiền nhiệm là ông E': the post's own clause,
    /// no other words between. The name ends the clause, or a dash opens an aside on the one replaced
    /// ('thay ông B – người vừa nghỉ hưu'); a hyphen inside a name ('Ki-moon') is no such dash.
    /// </summary>
    [GeneratedRegex(@"\G(?:\s+(?:khóa|nhiệm\s+kỳ)\s+[\p{L}0-9\s–-]{1,14}?)?\s*,?\s+thay\s+(?:cho\s+)?(?:người\s+tiền\s+nhiệm\s+(?:là\s+)?)?(?:ông|bà|đồng\s+chí)\s+(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})(?=\s*(?:[.,;]|$)|\s+[–-]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ReplacedRightAfter();

    /// <summary>The most characters of the aside after the dash that may say the one replaced has left.</summary>
    private const int MaxAsideChars = 60;

    /// <summary>Whether a dash aside right after the one replaced says he has left the post: relieved, dismissed, retired, dead.</summary>
    private static bool LeftInTheAside(string text, Match replaced)
    {
        var end = replaced.Index + replaced.Length;
        var aside = text.AsSpan(end, Math.Min(text.Length - end, MaxAsideChars));
        var stop = aside.IndexOfAny('.', ';');
        return LeftWords().IsMatch(stop >= 0 ? aside[..stop] : aside);
    }

    /// <summary>'– người đã bị miễn nhiệm', '- người đã thôi giữ chức', '– người vừa nghỉ hưu': no 'sẽ' before the leaving.</summary>
    [GeneratedRegex(@"^\s+[–-]\s+người\s+(?:(?!sẽ\b)[^,;.]){0,40}?\b(?:miễn\s+nhiệm|cách\s+chức|thôi\s+(?:giữ\s+)?chức|nghỉ\s+hưu|từ\s+trần|qua\s+đời)", RegexOptions.CultureInvariant)]
    private static partial Regex LeftWords();
}
