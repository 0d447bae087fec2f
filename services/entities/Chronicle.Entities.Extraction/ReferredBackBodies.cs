using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// 'Ban Chỉ đạo nói trên do ông X làm trưởng ban': a body named only by a word that points back ('nói trên',
/// 'trên đây') is not named in the post; such a post is left unread rather than read with those words as its name.
/// </summary>
internal static partial class ReferredBackBodies
{
    public static void Drop(List<RoleMention> roles) => roles.RemoveAll(r => PointsBack().IsMatch(r.Role));

    [GeneratedRegex(@"\s(?:nói trên|kể trên|trên đây)$")]
    private static partial Regex PointsBack();
}
