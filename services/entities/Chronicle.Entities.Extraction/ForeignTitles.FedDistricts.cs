namespace Chronicle.Entities.Extraction;

internal static partial class ForeignTitles
{
    /// <summary>The cities of the twelve reserve banks, as the press writes them.</summary>
    private static readonly string[] FedDistrictCities =
    [
        "Boston", "New York", "Philadelphia", "Cleveland", "Richmond", "Atlanta", "Chicago", "St. Louis", "St Louis", "Minneapolis",
        "Kansas City", "Dallas", "San Francisco",
    ];

    /// <summary>Words the press may write between the Fed and a district's city: 'Fed chi nhánh Atlanta', 'Fed khu vực Dallas'.</summary>
    private static readonly string[] FedDistrictWords = ["chi nhánh", "tại", "khu vực"];

    /// <summary>
    /// 'Chủ tịch Fed Chicago', 'Chủ tịch Cục Dự trữ Liên bang Dallas', 'Chủ tịch Fed chi nhánh Atlanta': the president of
    /// one of the Fed's reserve banks, a post of its own named by the bank ('Ngân hàng Dự trữ Liên bang Cleveland'). Only
    /// the chair and vice chair are read so; another head before a district names no post the rules know.
    /// </summary>
    /// <param name="afterFed">The token after the Fed's name, where the district's words start.</param>
    private static TitleMatch? FedDistrictPost(IReadOnlyList<Token> tokens, int i, string head, int afterFed)
    {
        if (head is not ("Chủ tịch" or "Phó Chủ tịch"))
        {
            return null;
        }
        var j = afterFed + Phrase.Longest(tokens, afterFed, FedDistrictWords).Length;
        if (Phrase.Longest(tokens, j, FedDistrictCities) is not ({ } city, var c))
        {
            return null;
        }
        var bank = $"Ngân hàng Dự trữ Liên bang {city}";
        return new TitleMatch($"{head} {bank}", head, bank, "", i, j + c, false) { Country = "Mỹ", NamesItsOwner = true };
    }
}
