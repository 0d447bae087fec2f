namespace Chronicle.Entities.Extraction;

/// <summary>
/// Which pairs of adjacent characters a text holds, kept as bits of a small table. A phrase with a pair the text does
/// not hold is not written in it, so the search for it can be skipped; a phrase whose pairs are all held may or may not
/// be written (two pairs can share a bit), and is searched for as before. The answer 'not written' is always right.
/// </summary>
/// <remarks>
/// An article is searched for every name of the lexicons (some two hundred provinces, countries and bodies), each search
/// a pass over the whole text, and most of the names are not in it: one pass to fill the table spares most of those.
/// </remarks>
internal sealed class CharacterPairs
{
    // 16,384 bits: an article holds a few thousand distinct pairs, so a pair it lacks finds its bit clear most times.
    private const int BitsLog2 = 14;

    private readonly ulong[] _bits = new ulong[(1 << BitsLog2) / 64];

    public CharacterPairs(string text)
    {
        var bits = _bits;
        var letters = text.AsSpan();
        for (var i = 1; i < letters.Length; i++)
        {
            var bit = Bit(letters[i - 1], letters[i]);
            bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>False only where the text certainly does not hold <paramref name="phrase"/>.</summary>
    public bool MayHold(string phrase)
    {
        for (var i = 1; i < phrase.Length; i++)
        {
            var bit = Bit(phrase[i - 1], phrase[i]);
            if ((_bits[bit >> 6] & (1UL << (bit & 63))) == 0)
                return false;
        }
        return true;
    }

    /// <summary>The pair's bit: both characters mixed by a multiplicative hash, its top bits taken.</summary>
    private static int Bit(char first, char second) =>
        (int)((((uint)first << 16) | second) * 2654435761u >> (32 - BitsLog2));
}
