namespace Chronicle.Entities.Extraction;

/// <summary>
/// The words a long list of alternatives can open with, read from the pattern itself, so that a
/// text holding none of them is let go without trying every alternative at every word. A pattern
/// '(?&lt;![\p{L}])(?:A|B|…)(?![\p{L}])' matches only where a whole word of the text (a run of
/// letters after a non-letter) is the first word of an alternative: each alternative's first
/// word is letters followed by a space or by the pattern's end.
/// </summary>
internal sealed class FirstWords
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    /// <summary>The letters the words open with, and their shortest and longest lengths.</summary>
    private readonly System.Buffers.SearchValues<char> openings;
    private readonly int shortest;
    private readonly int longest;

    private FirstWords(HashSet<string> words)
    {
        this.words = words;
        bySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        openings = System.Buffers.SearchValues.Create([.. words.Where(w => w.Length > 0).Select(w => w[0]).Distinct()]);
        shortest = words.Count == 0 ? 0 : words.Min(w => w.Length);
        longest = words.Count == 0 ? -1 : words.Max(w => w.Length);
    }

    /// <summary>
    /// Whether the word may be one of the first words: asked before the set is, since nearly every word of a text opens
    /// with another letter or has another length, and the set's lookup hashes the whole word first.
    /// </summary>
    private bool MayBeOne(ReadOnlySpan<char> word) =>
        word.Length >= shortest && word.Length <= longest && (word.IsEmpty || openings.Contains(word[0]));

    public IReadOnlySet<string> Words => words;

    /// <summary>
    /// The first words of <paramref name="alternatives"/> (the inside of the pattern's outer group),
    /// or null where an alternative takes a form this reading does not know: then nothing may be let go.
    /// </summary>
    public static FirstWords? Of(string alternatives)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        return AddAlternation(alternatives, words, endIsWordEnd: true) ? new FirstWords(words) : null;
    }

    /// <summary>Whether a word of <paramref name="text"/> (a run of letters) is one of the first words.</summary>
    public bool AnyIn(ReadOnlySpan<char> text) => NextIn(text, 0) >= 0;

    /// <summary>
    /// Where the next word of <paramref name="text"/> that is one of the first words starts, from
    /// <paramref name="from"/> on (a word <paramref name="from"/> falls inside is passed over), or -1.
    /// </summary>
    public int NextIn(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i > 0 && i < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i]))
            i++;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            if (MayBeOne(text[start..i]) && bySpan.Contains(text[start..i]))
                return start;
        }
        return -1;
    }

    /// <param name="endIsWordEnd">Whether what follows the alternation ends a word (a space, or the pattern's end).</param>
    private static bool AddAlternation(string alternation, HashSet<string> words, bool endIsWordEnd)
    {
        foreach (var branch in TopLevelBranches(alternation))
        {
            if (!AddBranch(branch, words, endIsWordEnd))
                return false;
        }
        return true;
    }

    private static bool AddBranch(string branch, HashSet<string> words, bool endIsWordEnd)
    {
        var i = SkipLookarounds(branch, 0);
        if (i >= branch.Length)
            return false;
        if (GroupBodyStart(branch, i) is > 0 and var body)
        {
            var close = GroupEnd(branch, i);
            if (close < 0)
                return false;
            var inner = branch[body..close];
            var after = close + 1;
            var optional = after < branch.Length && branch[after] == '?';
            if (optional)
                after++;
            // Repeated groups and lazy ones are not read: nothing is let go then.
            if (after < branch.Length && branch[after] is '*' or '+' or '{' or '?')
                return false;
            var rest = branch[after..];
            if (!AddAlternation(inner, words, WordEndsAt(rest, endIsWordEnd)))
                return false;
            // '(?:tham\s+)?dự': the word after an optional group may open the text too.
            return !optional || AddBranch(rest, words, endIsWordEnd);
        }
        // A word, maybe opened by a class of letters: '[Tt]hăm'.
        var openings = new List<string> { "" };
        if (branch[i] == '[')
        {
            var end = branch.IndexOf(']', i);
            if (end < 0 || !branch.AsSpan(i + 1, end - i - 1).ToString().All(char.IsLetter))
                return false;
            openings = [.. branch[(i + 1)..end].Select(c => c.ToString())];
            i = end + 1;
        }
        var start = i;
        while (i < branch.Length && char.IsLetter(branch[i]))
            i++;
        if (openings[0].Length == 0 && i == start)
            return false;
        if (!WordEndsAt(branch[i..], endIsWordEnd))
            return false;
        foreach (var opening in openings)
            words.Add(opening + branch[start..i]);
        return true;
    }

    /// <summary>
    /// Whether what follows a word ends it: after zero-width lookarounds, a space, a group whose
    /// every branch opens with a space ('(?:\s+xã\s+giao)?'), or the end where that ends a word.
    /// </summary>
    private static bool WordEndsAt(string rest, bool endIsWordEnd)
    {
        var i = SkipLookarounds(rest, 0);
        if (i == rest.Length)
            return endIsWordEnd;
        if (i > rest.Length)
            return false;
        if (Opens(rest, i, @"\s"))
            return true;
        if (GroupBodyStart(rest, i) is not (> 0 and var body))
            return false;
        var close = GroupEnd(rest, i);
        if (close < 0)
            return false;
        var after = close + 1;
        var optional = after < rest.Length && rest[after] == '?';
        if (optional)
            after++;
        if (after < rest.Length && rest[after] is '*' or '+' or '{' or '?')
            return false;
        var tailEndsWord = WordEndsAt(rest[after..], endIsWordEnd);
        return TopLevelBranches(rest[body..close]).All(b => WordEndsAt(b, tailEndsWord)) && (!optional || tailEndsWord);
    }

    private static int SkipLookarounds(string pattern, int i)
    {
        while (i < pattern.Length && (Opens(pattern, i, "(?=") || Opens(pattern, i, "(?!") || Opens(pattern, i, "(?<=") || Opens(pattern, i, "(?<!")))
        {
            var close = GroupEnd(pattern, i);
            if (close < 0)
                return pattern.Length + 1;
            i = close + 1;
        }
        return i;
    }

    /// <summary>Where the body of a group opened at i starts ('(?:…)', '(?&lt;kind&gt;…)'), or -1 where no such group opens there.</summary>
    private static int GroupBodyStart(string pattern, int i)
    {
        if (Opens(pattern, i, "(?:"))
            return i + 3;
        if (!Opens(pattern, i, "(?<") || i + 3 >= pattern.Length || !char.IsLetter(pattern[i + 3]))
            return -1;
        var close = pattern.IndexOf('>', i);
        return close < 0 ? -1 : close + 1;
    }

    private static bool Opens(string pattern, int i, string opening) => string.CompareOrdinal(pattern, i, opening, 0, opening.Length) == 0;

    /// <summary>The index of the ')' closing the group opened at <paramref name="open"/>, or -1.</summary>
    private static int GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    if (i < 0)
                        return -1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                        return i;
                    break;
            }
        }
        return -1;
    }

    private static int ClassEnd(string pattern, int open)
    {
        for (var i = open + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
                i++;
            else if (pattern[i] == ']')
                return i;
        }
        return -1;
    }

    private static IEnumerable<string> TopLevelBranches(string alternation)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < alternation.Length; i++)
        {
            switch (alternation[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(alternation, i);
                    if (i < 0)
                        i = alternation.Length;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    yield return alternation[start..i];
                    start = i + 1;
                    break;
            }
        }
        yield return alternation[start..];
    }
}
