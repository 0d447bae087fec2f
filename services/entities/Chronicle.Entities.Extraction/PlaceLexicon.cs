using System.Text.RegularExpressions;
using Chronicle.Text;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Where a province shows through a provincial article that never writes it: the districts, towns
/// and provincial cities it names ('huyện Đại Lộc', 'Huyện ủy Điện Bàn'), its paper's tag or site
/// ('(QNO) -', 'Baoquangnam.vn'), and the address of the page it was read from ('baocaobang.vn').
/// Both tables are mined from the news (tools/place-lexicon), each entry with how often the press
/// wrote it beside its province.
/// </summary>
internal static partial class PlaceLexicon
{
    /// <summary>District, town or provincial city name → its province.</summary>
    public static readonly IReadOnlyDictionary<string, string> Districts = Load("Districts.tsv");

    /// <summary>A provincial paper's tag or site name (site names in lower case) → its province.</summary>
    public static readonly IReadOnlyDictionary<string, string> PaperTags = Load("PaperTags.tsv");

    /// <summary>
    /// The one province the article's places and paper point to; none when they point to none, or to
    /// more than one ('huyện Đại Lộc … thị xã Phú Mỹ' is two provinces' news, and a bare post in it
    /// is no one province's).
    /// </summary>
    public static string? ProvinceOf(string text, string? address = null)
    {
        var provinces = new HashSet<string>(StringComparer.Ordinal);
        if (ProvinceOfSite(address) is { } site)
            provinces.Add(site);
        foreach (Match match in DistrictMention().Matches(text))
        {
            // The longest name the table knows: 'thị xã Điện Bàn' before a one-word 'Điện'.
            var words = match.Groups["name"].Value.Split(' ');
            for (var count = words.Length; count >= 1; count--)
            {
                if (Districts.TryGetValue(string.Join(' ', words[..count]), out var province))
                {
                    provinces.Add(province);
                    break;
                }
            }
        }
        foreach (Match match in PaperTag().Matches(text))
        {
            if (PaperTags.TryGetValue(match.Groups["tag"].Value, out var province))
                provinces.Add(province);
        }
        foreach (Match match in SiteName().Matches(text))
        {
            if (PaperTags.TryGetValue(match.Value.ToLowerInvariant(), out var province))
                provinces.Add(province);
        }
        return provinces.Count == 1 ? provinces.First() : null;
    }

    /// <summary>
    /// The province whose paper, television or portal serves the page: provincial outlets are named
    /// after their province, written without marks or spaces ('baocaobang.vn', 'www.baoquangnam.vn',
    /// 'hagiangtv.vn', 'truyenhinhnghean.vn', 'quangninh.gov.vn'), and so are the portals of its districts
    /// and departments ('vuban.namdinh.gov.vn'). National papers, named otherwise, give none.
    /// </summary>
    public static string? ProvinceOfSite(string? address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return null;
        var host = uri.Host.ToLowerInvariant();
        var name = (host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host).Split('.')[0];
        foreach (var prefix in SitePrefixes)
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            foreach (var suffix in SiteSuffixes)
            {
                if (name.Length > prefix.Length + suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal)
                    && ProvincesBySiteName.TryGetValue(name[prefix.Length..^suffix.Length], out var province))
                    return province;
            }
        }
        // 'vuban.namdinh.gov.vn', 'sotnmt.hanoi.gov.vn': a district's or a department's portal is served under its
        // province's, whose name stands right before 'gov.vn'.
        var labels = host.Split('.');
        if (labels.Length >= 4 && host.EndsWith(".gov.vn", StringComparison.Ordinal)
            && ProvincesBySiteName.TryGetValue(labels[^3], out var served))
            return served;
        return null;
    }

    private static readonly string[] SitePrefixes = ["bao", "truyenhinh", ""];

    private static readonly string[] SiteSuffixes = ["tv", "online", ""];

    /// <summary>'caobang' → 'Cao Bằng': each province's name as a site writes it (the first of two
    /// spellings, 'Bà Rịa - Vũng Tàu' before 'Bà Rịa-Vũng Tàu').</summary>
    private static readonly Dictionary<string, string> ProvincesBySiteName = Lexicon.ProvinceNames
        .Select(Lexicon.CanonicalPlace)
        .Where(province => !Lexicon.IsHoChiMinhCity(province))
        .GroupBy(SiteName, StringComparer.Ordinal)
        .ToDictionary(spellings => spellings.Key, spellings => spellings.First(), StringComparer.Ordinal);

    private static string SiteName(string province) => string.Concat(VietnameseText.Fold(province).Where(char.IsAsciiLetter));

    private static Dictionary<string, string> Load(string file) =>
        EmbeddedTables.Rows(file).ToDictionary(fields => fields[0], fields => fields[1], StringComparer.Ordinal);

    /// <summary>'huyện Đại Lộc', 'Thị ủy Điện Bàn', 'TP Hội An': a district-level unit and up to three capitalised words of its name.</summary>
    [GeneratedRegex(@"\b(?:[hH]uyện|[tT]hị xã|[qQ]uận|[tT]hành phố|TP\.?|[hH]uyện ủy|[hH]uyện uỷ|[tT]hị ủy|[tT]hị uỷ|[qQ]uận ủy|[qQ]uận uỷ) (?<name>\p{Lu}[\p{Ll}']*(?:[ -]\p{Lu}[\p{Ll}']*){0,2})")]
    private static partial Regex DistrictMention();

    /// <summary>'(QNO) - Ngày 23/7': a paper's tag in brackets before its dateline's dash.</summary>
    [GeneratedRegex(@"\((?<tag>[A-Z]{2,5})\)\s*[-–]")]
    private static partial Regex PaperTag();

    [GeneratedRegex(@"\b[Bb]ao[a-z]{3,20}\.(?:vn|com\.vn|org\.vn)\b")]
    private static partial Regex SiteName();
}
