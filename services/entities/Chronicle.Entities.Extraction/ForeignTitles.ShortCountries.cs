namespace Chronicle.Entities.Extraction;

internal static partial class ForeignTitles
{
    /// <summary>Countries the press names by their first word alone after a post, and the name the post is known by.</summary>
    private static readonly Dictionary<string, string> ShortCountryNames = new(StringComparer.Ordinal)
    {
        ["Nhật"] = "Nhật Bản",
        ["Hàn"] = "Hàn Quốc",
    };

    /// <summary>
    /// 'Thủ tướng Nhật Fumio Kishida', 'Bộ trưởng Tài chính Nhật Suzuki Shunichi', 'Tổng thống Hàn Yoon Suk Yeol': the
    /// short form of a country right before a foreign holder's name is the country, not the name's first word (which
    /// left the post without its country and the holder as 'Nhật Fumio Kishida'). Only before a name that looks
    /// foreign: 'Nhật' and 'Hàn' also open Vietnamese names ('Nhật Kim Anh'), which are left alone.
    /// </summary>
    private static string? ShortCountryBeforeForeignName(IReadOnlyList<Token> tokens, int j) =>
        j + 1 < tokens.Count && ShortCountryNames.TryGetValue(tokens[j].Text, out var country) && ForeignNameAt(tokens, j + 1) ? country : null;
}
