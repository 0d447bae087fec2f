using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;

namespace Chronicle.Entities.Extraction;

/// <summary>A word or punctuation mark of the clean text, with its exact offsets.</summary>
internal readonly record struct Token
{
    public Token(string text, int start, int end)
        : this(text, start, end, Lexicon.Key(text))
    {
    }

    /// <param name="key">The text's <see cref="Lexicon.Key"/>, where it is known already.</param>
    private Token(string text, int start, int end, string key)
    {
        Text = text;
        Start = start;
        End = end;
        Key = key;
    }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The matching key, computed once: every phrase rule compares keys.</summary>
    public string Key { get; }

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    /// <summary>
    /// The token written at <paramref name="start"/>: a word met before takes the text and key
    /// kept from then, so that the words of an article, most of them seen already, cost neither
    /// a copy of their text nor a second lookup of their key.
    /// </summary>
    public static Token At(string text, int start, int length)
    {
        var written = text.AsSpan(start, length);
        // The words met last on this thread, one to a slot, answer before the shared store: most words of a sentence
        // are among them, and the store's lookup (a randomised hash of the word, then its buckets) cost more than the
        // rest of the reading of a word.
        var recent = _recent ??= new KnownWord[RecentSlots];
        ref var slot = ref recent[RecentSlot(written)];
        if (slot.Word is { } seen && written.SequenceEqual(seen))
            return new Token(seen, start, start + length, slot.Key);
        if (!KnownBySpan.TryGetValue(written, out var word, out var key))
        {
            word = text.Substring(start, length);
            key = Lexicon.Key(word);
            // Words repeat across articles; the store stops growing at a size no vocabulary reaches.
            // (Counted here: the dictionary's own count takes every lock it has.)
            if (Volatile.Read(ref _knownCount) < MaxKnownWords && Known.TryAdd(word, key))
                Interlocked.Increment(ref _knownCount);
        }
        slot = new KnownWord(word, key);
        return new Token(word, start, start + length, key);
    }

    private readonly record struct KnownWord(string Word, string Key);

    private const int RecentSlots = 4096;

    [ThreadStatic]
    private static KnownWord[]? _recent;

    /// <summary>A word's slot: its length and its first two and last two letters, mixed.</summary>
    private static int RecentSlot(ReadOnlySpan<char> word)
    {
        var mixed = (uint)word.Length;
        if (word.Length > 0)
            mixed = (mixed * 31 + word[0]) * 31 + word[^1];
        if (word.Length > 1)
            mixed = (mixed * 31 + word[1]) * 31 + word[^2];
        return (int)((mixed * 2654435761u) >> 20) & (RecentSlots - 1);
    }

    private const int MaxKnownWords = 200_000;

    private static int _knownCount;

    /// <summary>Words met so far, with their keys.</summary>
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();
}

/// <summary>Splits clean text into sentences and tokens, keeping offsets exact.</summary>
internal static class Tokens
{
    public static List<Token> Of(string text, TextSpan span)
    {
        // Read in place: cutting the text up to each sentence's end copied the article once per sentence.
        // Sized for a word and its space in four characters or more, as Vietnamese prose writes them (four and a half on average).
        var tokens = new List<Token>(span.Length / 4 + 4);
        var end = span.End;
        var i = span.Start;
        while (i < end)
        {
            var c = text[i];
            if (c == 'T' && i + 3 <= end && text[i + 1] == 'P' && text[i + 2] == '.')
            {
                tokens.Add(Token.At(text, i, 3));
                i += 3;
            }
            else if (IsWordChar(c))
            {
                var at = WordEnd(text, i + 1, end);
                // Joined on: an inner apostrophe, dot, hyphen or slash with a letter or digit right after it.
                while (at + 1 < end && IsJoiner(text[at]) && IsWordChar(text[at + 1]))
                    at = WordEnd(text, at + 2, end);
                tokens.Add(Token.At(text, i, at - i));
                i = at;
            }
            else
            {
                if (IsMark(c))
                    tokens.Add(Token.At(text, i, 1));
                i++;
            }
        }
        return tokens;
    }

    // The words and marks below are those of the pattern
    //   TP\.|[\p{L}\p{M}\d]+(?:[’'.\-/][\p{L}\p{M}\d]+)*|[,;:–—\-()“”"]
    // read by hand: tokenising every sentence of every article, the pattern's tests of a letter's Unicode category
    // cost more than the rest of the reading of a word.
    private static int WordEnd(string text, int at, int end)
    {
        while (at < end && IsWordChar(text[at]))
            at++;
        return at;
    }

    /// <summary>A letter, a combining mark or a decimal digit, as the pattern's [\p{L}\p{M}\d].</summary>
    // Vietnamese writes most of its letters outside ASCII: one bit of a table made once answers for every character,
    // where asking for each letter's Unicode category cost a lookup through the runtime's tables.
    private static bool IsWordChar(char c) => (WordChars[c >> 5] & (1u << (c & 31))) != 0;

    /// <summary>The category test <see cref="IsWordChar"/> answers, made once for every character into <see cref="WordChars"/>.</summary>
    private static bool IsWordCharByCategory(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c)
        : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber;

    /// <summary>One bit for each of the 65,536 characters: set where <see cref="IsWordCharByCategory"/> holds (8 KB).</summary>
    private static readonly uint[] WordChars = MakeWordChars();

    private static uint[] MakeWordChars()
    {
        var bits = new uint[(char.MaxValue + 1) / 32];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (IsWordCharByCategory((char)c))
                bits[c >> 5] |= 1u << (c & 31);
        }
        return bits;
    }

    private static bool IsJoiner(char c) => c is '’' or '\'' or '.' or '-' or '/';

    private static bool IsMark(char c) => c is ',' or ';' or ':' or '–' or '—' or '-' or '(' or ')' or '“' or '”' or '"';

    /// <summary>
    /// Sentences: a period, question or exclamation mark followed by a space, or a line break.
    /// Semicolons do not end a sentence: lists of officials are joined by them.
    /// </summary>
    public static List<TextSpan> Sentences(string text)
    {
        // Sized for sentences of some hundred characters, shorter than the news writes them, so that the list seldom grows.
        var sentences = new List<TextSpan>(text.Length / CharactersPerSentence + 4);
        var start = 0;
        // Only a line break or a stop can end a sentence: the text between two of them is passed over by the vectorised
        // search rather than tested character by character.
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(SentenceEndings);
            if (next < 0)
                break;
            i += next;
            var end = text[i] == '\n' ? i
                : text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' ' || text[i + 1] == '\n') && !IsAbbreviation(text, i) ? i + 1
                : -1;
            if (end < 0)
            {
                continue;
            }
            AddTrimmed(text, sentences, start, end);
            start = i + 1;
        }
        AddTrimmed(text, sentences, start, text.Length);
        return sentences;
    }

    private const int CharactersPerSentence = 100;

    /// <summary>The characters a sentence may end at (<see cref="Sentences"/>).</summary>
    private static readonly SearchValues<char> SentenceEndings = SearchValues.Create("\n.?!");

    private static bool IsAbbreviation(string text, int period) =>
        period >= 2 && (text.AsSpan(period - 2, 2) is "TP" || (period >= 3 && text.AsSpan(period - 3, 3) is "T.Ư" or "Th."));

    private static void AddTrimmed(string text, List<TextSpan> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }

    // Words keep inner apostrophes (H’Lim), dots (T.Ư, TP.) and hyphens/slashes (34-NQ/TW): see Of.

    /// <summary>The words from <paramref name="first"/> up to <paramref name="end"/>, as written, one space between two.</summary>
    public static string Joined(IReadOnlyList<Token> tokens, int first, int end)
    {
        var words = new string[end - first];
        for (var k = first; k < end; k++)
            words[k - first] = tokens[k].Text;
        return string.Join(' ', words);
    }

    /// <summary>
    /// As <see cref="Joined"/>, with each comma against the word before it, as a name that lists its parts is written
    /// ('Kinh tế, Kế hoạch và Phát triển').
    /// </summary>
    public static string JoinedWithCommas(IReadOnlyList<Token> tokens, int first, int end) =>
        Joined(tokens, first, end).Replace(" ,", ",", StringComparison.Ordinal);
}
