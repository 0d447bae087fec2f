using Chronicle.Text;

namespace Chronicle.Timeline.Knowledge;

/// <summary>What Chronicle knows about positions as such: how to match them, who may hold them at once, rank.</summary>
public static class Positions
{
    /// <summary>Names the press uses for the same post.</summary>
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["thu tuong chinh phu"] = "thu tuong",
        ["chu tich nuoc cong hoa xa hoi chu nghia viet nam"] = "chu tich nuoc",
        ["uy vien ban chap hanh trung uong dang"] = "uy vien trung uong dang",
        ["uy vien ban chap hanh trung uong"] = "uy vien trung uong dang",
        ["bi thu trung uong"] = "bi thu trung uong dang",
        ["truong ban doi ngoai trung uong dang"] = "truong ban doi ngoai trung uong",
    };

    /// <summary>Party ranks, lowest first: a member rises and is rarely demoted.</summary>
    private static readonly string[] PartyRanks =
    [
        "uy vien du khuyet trung uong dang",
        "uy vien trung uong dang",
        "bi thu trung uong dang",
        "uy vien bo chinh tri",
    ];

    /// <summary>
    /// Keys already worked out, by the role as written: every sighting the timeline records or
    /// dates asks for its post's key (and rank), and the press names the same few hundred posts
    /// again and again. Bounded; past the bound keys are worked out each time.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KnownKeys = new(StringComparer.Ordinal);

    private const int MostKnownKeys = 20_000;

    /// <summary>The key two spellings of the same post share: folded, with known aliases merged.</summary>
    public static string Key(string role)
    {
        if (KnownKeys.TryGetValue(role, out var known))
        {
            return known;
        }
        var folded = VietnameseText.Fold(role);
        var key = Aliases.GetValueOrDefault(folded, folded);
        if (KnownKeys.Count < MostKnownKeys)
        {
            KnownKeys.TryAdd(role, key);
        }
        return key;
    }

    /// <summary>
    /// Posts one person holds at a time (a head, a minister), as opposed to memberships and
    /// deputies, which many hold together.
    /// </summary>
    public static bool IsSingleHolder(string role)
    {
        var key = Key(role);
        return !(key.StartsWith("uy vien", StringComparison.Ordinal)
            || key.StartsWith("pho ", StringComparison.Ordinal)
            || key.StartsWith("thu truong", StringComparison.Ordinal)
            || key.StartsWith("dai su", StringComparison.Ordinal)
            || key == "bi thu trung uong dang");
    }

    /// <summary>1 for an alternate member of the Central Committee up to 4 for the Politburo; null when not a Party rank.</summary>
    public static int? PartyRank(string role)
    {
        var index = Array.IndexOf(PartyRanks, Key(role));
        return index < 0 ? null : index + 1;
    }
}
