namespace Chronicle.Entities.Extraction;

/// <summary>
/// Readings that are not a post someone holds, left out once every other rule has had its say:
/// <list type="bullet">
/// <item>a post only put forward ('được giới thiệu để bầu làm …', 'ứng viên Tổng thống …', read with the qualifier
/// 'nominee'): nobody holds it yet, and a later sentence that tells the vote reads the post on its own;</item>
/// <item>a district's or commune's post left without the unit's name ('Bí thư Huyện ủy', 'Phó Chủ tịch UBND huyện')
/// in an article that does name units of that level: <see cref="LocalUnits"/> gives the name wherever the article
/// settles it, so a post still bare is one the article leaves between two units. Where the article names no unit of
/// that level at all, the bare post is all the text says and is kept.</item>
/// </list>
/// </summary>
internal static class PostsLeftUnread
{
    public static void Drop(List<RoleMention> roles, string text)
    {
        if (roles.Count == 0)
            return;
        var namedLevels = LocalUnits.Named(text).Select(u => u.Level).ToHashSet(StringComparer.Ordinal);
        roles.RemoveAll(r => r.Qualifier == "nominee" || (UnitLeftOpen(r.Role) is { } level && namedLevels.Contains(level)));
    }

    /// <summary>The level of the unit a post ends on without naming it ('… Huyện ủy' → 'huyện'); not a cooperative ('Hợp tác xã').</summary>
    private static string? UnitLeftOpen(string role) =>
        role.EndsWith("tác xã", StringComparison.OrdinalIgnoreCase) ? null : LocalUnits.UnnamedLevel(role)?.Level;
}
