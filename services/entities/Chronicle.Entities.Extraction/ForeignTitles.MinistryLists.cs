namespace Chronicle.Entities.Extraction;

internal static partial class ForeignTitles
{
    private const int MaxWordsBeforeListEnd = 4;

    /// <summary>
    /// 'Bộ trưởng Kinh tế, Kế hoạch và Phát triển Cộng hòa Dominica': a ministry named by a list of its fields, the
    /// fields parted by commas and the last joined by 'và'. The comma at j is read inside the ministry's name only where
    /// a capitalised field follows that opens no post ('…, Thủ tướng và …' is another post) and 'và' comes within a few
    /// words, before any other mark; the country must still close the name, as for any ministry.
    /// </summary>
    private static bool CommaInMinistryList(IReadOnlyList<Token> tokens, int j)
    {
        if (tokens[j].Text != "," || j + 1 >= tokens.Count || !tokens[j + 1].IsCapitalized || !tokens[j + 1].IsWord
            || ReadersByFirstWord.ContainsKey(tokens[j + 1].Key))
        {
            return false;
        }
        for (var k = j + 2; k < tokens.Count && k - j <= MaxWordsBeforeListEnd + 1 && tokens[k].IsWord; k++)
        {
            if (tokens[k].Key == "và")
            {
                return true;
            }
        }
        return false;
    }
}
