namespace Chronicle.Entities.Extraction;

/// <summary>
/// A fixed list of phrases (or of entries named by a phrase) indexed by the key of the phrase's
/// first word, as <see cref="Phrase.Length"/> reads it. A phrase matches only where the token's
/// key is its first word's, so trying the entries that start with the token's key, in the list's
/// order, finds what trying them all would, without testing the many that cannot match.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, T[]> byFirstKey;
    private readonly Func<T, string> phraseOf;

    public PhraseTable(IEnumerable<T> entries, Func<T, string> phraseOf)
    {
        this.phraseOf = phraseOf;
        byFirstKey = entries
            .Select(e => (Entry: e, Phrase: phraseOf(e)))
            .Where(e => e.Phrase.Length > 0)
            .GroupBy(e => FirstKey(e.Phrase), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Entry).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The entries whose phrase may start at token i, in the list's order.</summary>
    public ReadOnlySpan<T> StartingAt(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && byFirstKey.TryGetValue(tokens[i].Key, out var entries) ? entries : [];

    /// <summary>The entry whose phrase is the longest written at i (the first of equals), as <see cref="Phrase.Longest"/> picks it.</summary>
    public (T? Entry, int Length) Longest(IReadOnlyList<Token> tokens, int i)
    {
        (T? Entry, int Length) best = (default, 0);
        foreach (var entry in StartingAt(tokens, i))
        {
            if (Phrase.Length(tokens, i, phraseOf(entry)) is { } n && n > best.Length)
            {
                best = (entry, n);
            }
        }
        return best;
    }

    /// <summary>The first entry whose phrase is written at i, with the number of tokens it takes.</summary>
    public (T? Entry, int Length) First(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var entry in StartingAt(tokens, i))
        {
            if (Phrase.Length(tokens, i, phraseOf(entry)) is { } n)
            {
                return (entry, n);
            }
        }
        return (default, 0);
    }

    /// <summary>The key of a phrase's first word, tokenised as <see cref="Phrase.Length"/> tokenises it.</summary>
    public static string FirstKey(string phrase) => Tokens.Of(phrase, new TextSpan(0, phrase.Length))[0].Key;
}

/// <summary>Tables of plain phrases.</summary>
internal static class PhraseTable
{
    public static PhraseTable<string> Of(IEnumerable<string> phrases) => new(phrases, p => p);
}
