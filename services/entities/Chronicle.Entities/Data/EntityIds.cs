using System.Security.Cryptography;
using System.Text;
using Chronicle.Entities.Extraction;
using Chronicle.Text;

namespace Chronicle.Entities.Data;

/// <summary>
/// Readable, stable entity ids: a type prefix, the folded name and, for names written with
/// diacritics, a short hash of the name as written ('per_le-hoai-trung-5f0c'). The same name
/// always gives the same id, which makes every write idempotent; the hash keeps apart names that
/// differ only in their diacritics ('Nguyễn Văn Hùng' and 'Nguyễn Văn Hưng' are two people),
/// while the two tone-mark conventions ('Hoà'/'Hòa') still give one id.
/// </summary>
public static class EntityIds
{
    private const int MaxSlugLength = 80;

    public static string For(string type, string canonicalName)
    {
        if (KnownIds.TryGetValue((type, canonicalName), out var known))
        {
            return known;
        }
        var id = Prefix(type) + Slug(canonicalName) + Diacritics(canonicalName);
        if (KnownIds.Count < MostKnownIds)
        {
            KnownIds.TryAdd((type, canonicalName), id);
        }
        return id;
    }

    /// <summary>
    /// Ids already worked out, by type and name: every mention asks for its entity's id, and an id
    /// costs two foldings and a hash of the name, while the press names the same people, bodies and
    /// posts again and again. Bounded; past the bound ids are worked out each time.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Type, string Name), string> KnownIds = new();

    private const int MostKnownIds = 100_000;

    private static string Diacritics(string name)
    {
        var key = VietnameseText.MatchKey(name);
        if (key == VietnameseText.Fold(name))
        {
            return "";
        }
        return "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..4];
    }

    public static string Prefix(string type) => type switch
    {
        EntityTypes.Person => "per_",
        EntityTypes.Organization => "org_",
        EntityTypes.Position => "pos_",
        EntityTypes.LegalDocument => "leg_",
        EntityTypes.Event => "evt_",
        EntityTypes.Place => "plc_",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    private static string Slug(string name)
    {
        var folded = VietnameseText.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }
        // Long names (events, documents) keep a readable head and a hash of the whole.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)))[..10];
        return slug[..MaxSlugLength].TrimEnd('-') + "-" + hash;
    }
}
