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
    /// committee may stand alone, and may carry its organisation's name.
    /// </summary>
    [GeneratedRegex(@"tham\s+gia\s+(?:(?<executive>Ban\s+Chấp\s+hành|BCH)(?:\s+Đảng\s+bộ(?:\s+(?:tỉnh|thành\s+phố))?(?:\s+\p{Lu}[\p{L}.]*){0,3})?(?:\s*(?:,|và)\s*)?)?(?<standing>Ban\s+Thường\s+vụ|BTV)?(?:\s+(?:Tỉnh|Thành)\s+[ủu]y(?:\s+\p{Lu}[\p{L}.]*){0,3})?\s*,?\s*(?:và\s+)?(?:giữ\s+chức(?:\s+vụ)?|làm)\s+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex JoinedRightBefore();
}
