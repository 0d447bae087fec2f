namespace Chronicle.Entities.Extraction;

/// <summary>
/// Posts the press writes without the body's full name: a village's, after its lower-case level ('Trưởng
/// thôn Đông Hòa', 'Bí thư Chi bộ ấp 3'), and national ones shortened before a Vietnamese name ('Phó Thống đốc X').
/// </summary>
internal static partial class TitleParser
{
    /// <summary>Heads of a village, longest first: its Party cell's secretaries and its own head.</summary>
    private static readonly string[] VillageHeads = ["Phó Bí thư Chi bộ", "Bí thư Chi bộ", "Phó Trưởng", "Trưởng"];

    /// <summary>The words for a village or a street quarter, which the press writes in lower case before its name.</summary>
    private static readonly string[] VillageLevels = ["tổ dân phố", "khu phố", "thôn", "ấp", "bản", "xóm", "khóm", "buôn"];

    private const int MaxVillageNameWords = 4;

    /// <summary>A surname and two given names: no village is named so ('thôn Lại Đà' has two words).</summary>
    private const int FullNameWords = 3;

    /// <summary>
    /// 'Trưởng thôn Đông Hòa', 'Bí thư Chi bộ ấp 3', 'Phó trưởng khu phố Tân Lập': a village's head or Party
    /// cell secretary, the village named by capitalised words or a number after its lower-case level. A
    /// name that follows ('Trưởng thôn Đông Hòa Lê Văn An') is the holder's, not the village's.
    /// </summary>
    private static TitleMatch? VillageHead(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, VillageHeads) is not ({ } head, var n) || LowerCaseLevelAt(tokens, i + n, VillageLevels) is not ({ } level, var l))
        {
            return null;
        }
        var start = i + n + l;
        // 'ông Trưởng ấp Nguyễn Hoàng Phương': a full name right after the level is the holder's, the village unnamed.
        if (PersonNames.At(tokens, start, afterTitle: true) is { } holder && holder.End - holder.First >= FullNameWords)
        {
            return null;
        }
        if (PlaceNameAt(tokens, start) is not ({ } name, var end))
        {
            return null;
        }
        var village = $"{level} {name}";
        // 'thôn Đông Hòa (xã Bình Minh)', 'ấp 3, xã Tân Phú': many villages share a name, and the commune written
        // with one tells it apart.
        if (end + 1 < tokens.Count && tokens[end].Text is "(" or "," && LowerCaseLevelAt(tokens, end + 1, CommuneLevels) is ({ } commune, var c)
            && PlaceNameAt(tokens, end + 1 + c) is ({ } communeName, var communeEnd)
            && (tokens[end].Text == "," || (communeEnd < tokens.Count && tokens[communeEnd].Text == ")")))
        {
            village = $"{village}, {commune} {communeName}";
            end = tokens[end].Text == "," ? communeEnd : communeEnd + 1;
        }
        var title = char.ToUpperInvariant(head[0]) + head[1..];
        var cell = title.EndsWith("Chi bộ", StringComparison.Ordinal);
        var organization = cell ? $"Chi bộ {village}" : village;
        return new TitleMatch($"{title} {village}", cell ? title[..^" Chi bộ".Length] : title, organization, "", i, end, false);
    }

    /// <summary>One of <paramref name="levels"/> at k, written in lower case as the level before a name ('thôn', not 'Thôn').</summary>
    private static (string? Level, int Length) LowerCaseLevelAt(IReadOnlyList<Token> tokens, int k, string[] levels) =>
        Phrase.Longest(tokens, k, levels) is ({ } level, var n) && tokens[k].Text.Equals(level.Split(' ')[0], StringComparison.Ordinal)
            ? (level, n)
            : (null, 0);

    /// <summary>The communes a village lies in, as the press writes their level in lower case.</summary>
    private static readonly string[] CommuneLevels = ["thị trấn", "xã", "phường"];

    /// <summary>
    /// A village's or commune's name at k, capitalised words or a number, and the token after it; it stops before
    /// the holder's name or a title ('thôn Đông Hòa Lê Văn An').
    /// </summary>
    private static (string Name, int End)? PlaceNameAt(IReadOnlyList<Token> tokens, int k)
    {
        var end = k;
        while (end < tokens.Count && end - k < MaxVillageNameWords && tokens[end].IsWord
            && (tokens[end].IsCapitalized || tokens[end].Text.All(char.IsDigit))
            && !(end > k && (PersonNames.At(tokens, end, afterTitle: true) is not null || StartsNameOrTitle(tokens, end))))
        {
            end++;
        }
        return end == k ? null : (string.Join(' ', tokens.Skip(k).Take(end - k).Select(t => t.Text)), end);
    }

    /// <summary>
    /// National posts the press shortens before a Vietnamese name: the phrase written, the post, its head and its body.
    /// </summary>
    private static readonly Dictionary<string, (string Role, string Title, string Organization)> ShortNationalPosts = new(StringComparer.Ordinal)
    {
        ["Phó Thống đốc"] = ("Phó Thống đốc Ngân hàng Nhà nước Việt Nam", "Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam"),
        ["Thống đốc"] = ("Thống đốc Ngân hàng Nhà nước Việt Nam", "Thống đốc", "Ngân hàng Nhà nước Việt Nam"),
        ["Phó Chủ tịch Mặt trận Tổ quốc"] = ("Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Phó Chủ tịch", "Mặt trận Tổ quốc Việt Nam"),
        ["Chủ tịch Mặt trận Tổ quốc"] = ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch", "Mặt trận Tổ quốc Việt Nam"),
        ["Phó Chủ tịch MTTQ"] = ("Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Phó Chủ tịch", "Mặt trận Tổ quốc Việt Nam"),
        ["Chủ tịch MTTQ"] = ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch", "Mặt trận Tổ quốc Việt Nam"),
    };

    /// <summary>
    /// The phrases of <see cref="ShortNationalPosts"/> in their order, as an array: read through the dictionary's keys, each
    /// capitalised word tried cost an enumerator.
    /// </summary>
    private static readonly string[] ShortNationalPostPhrases = [.. ShortNationalPosts.Keys];

    /// <summary>
    /// 'Phó Thống đốc Lê Văn An cho biết …', 'Chủ tịch Mặt trận Tổ quốc Đỗ Văn B': right before a Vietnamese name,
    /// the bare governor is the state bank's and the Front's chair the national one. A foreign governor is written
    /// with the bank or the state ('Thống đốc bang …'), a province's Front chair with the province; other readings take them.
    /// </summary>
    private static TitleMatch? ShortNationalPost(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].IsCapitalized || Phrase.Longest(tokens, i, ShortNationalPostPhrases) is not ({ } written, var n)
            || PersonNames.At(tokens, i + n, afterTitle: true) is null)
        {
            return null;
        }
        var (role, title, organization) = ShortNationalPosts[written];
        return new TitleMatch(role, title, organization, "", i, i + n, false);
    }
}
