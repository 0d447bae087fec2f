namespace Chronicle.Entities.Extraction;

/// <summary>
/// State commissions the lexicon does not list by name, read by how their names end: a national one
/// closes on 'Quốc gia' ('Ủy ban Biên giới Quốc gia'), the one for the Vietnamese abroad on 'Việt Nam ở
/// nước ngoài' ('Ủy ban Nhà nước về người Việt Nam ở nước ngoài'), whose 'Việt Nam' would otherwise close
/// it as an association's name and cut it short.
/// </summary>
internal static partial class TitleParser
{
    /// <summary>The words a commission's name ends on, each with the fewest words its name holds before them.</summary>
    private static readonly (string Words, int WordsBefore)[] CommissionEndings = [("Quốc gia", 1), ("Việt Nam ở nước ngoài", 1)];

    /// <summary>The most words between 'Ủy ban' and the ending: 'An toàn giao thông' is four.</summary>
    private const int MaxCommissionWords = 6;

    /// <summary>
    /// 'Ủy ban Biên giới Quốc gia', 'Ủy ban Người Việt Nam ở nước ngoài': 'Ủy ban', a capitalised word,
    /// then words of the name (lower-case ones too, 'về người') up to one of <see cref="CommissionEndings"/>.
    /// The name must be closed after its ending: by punctuation, the sentence's end, a lower-case word, a
    /// person's name or another title; a capitalised word that goes on ('… Quốc gia Lào') is another name.
    /// </summary>
    private static (string? Name, int Length) NationalCommission(IReadOnlyList<Token> tokens, int j)
    {
        if (Phrase.LongestOf(tokens, j, ["Ủy ban"]) is not (not null, var s) || j + s >= tokens.Count || !tokens[j + s].IsCapitalized)
        {
            return (null, 0);
        }
        for (var k = j + s; k < tokens.Count && k - j - s <= MaxCommissionWords && tokens[k].IsWord; k++)
        {
            foreach (var (ending, wordsBefore) in CommissionEndings)
            {
                if (k - j - s >= wordsBefore && Phrase.LongestOf(tokens, k, [ending]) is (not null, var e) && CommissionNameClosed(tokens, k + e))
                {
                    return (Words(tokens, j, k + e), k + e - j);
                }
            }
            if (k > j + s && (StartsNameOrTitle(tokens, k) || (IsSentenceWord(tokens, k) && tokens[k].Text != "về")))
            {
                break;
            }
        }
        return (null, 0);
    }

    /// <summary>Whether nothing of a name goes on at k: no capitalised word follows, or one that starts a person's name or a title.</summary>
    private static bool CommissionNameClosed(IReadOnlyList<Token> tokens, int k) =>
        k >= tokens.Count || !tokens[k].IsWord || !tokens[k].IsCapitalized || StartsNameOrTitle(tokens, k);
}
