using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// The matches of a pattern over a whole article, the same as <see cref="Regex.Matches(string)"/> finds them, tried
/// only near the words every match must hold. A pattern of adopting or signing an act ('thông qua nghị quyết', 'ký Hiệp
/// định …') matches only a little before the act's kind, and most of an article writes no such kind: searched from every
/// letter, it tried its verbs at every 'có', 'ra', 'ký' of the text. Here the text is first searched for the anchors
/// (plain strings, found by a vectorised search), and the pattern, anchored where the search stands (<c>\G</c>), is tried
/// only at the word starts of the short stretch before each anchor.
/// </summary>
internal static class AnchoredSearch
{
    /// <summary>
    /// The matches of <paramref name="here"/> (a pattern opening with <c>\G(?&lt;![\p{L}])</c> and a letter: each match
    /// starts a word) in <paramref name="text"/>, in order and without overlaps, as the same pattern without <c>\G</c>
    /// finds them with <see cref="Regex.Matches(string)"/>.
    /// </summary>
    /// <param name="anchors">Pieces of words one of which every match holds, written as in the pattern (case and tone marks included).</param>
    /// <param name="reach">
    /// The most characters other than spaces a match holds before the anchor it holds: the pattern's space runs
    /// (<c>\s+</c>) have no bound, its words have one.
    /// </param>
    public static List<Match> Matches(Regex here, string text, ReadOnlySpan<string> anchors, int reach)
    {
        var matches = new List<Match>();
        // The anchors' next places in the text, taken in the text's order: each opens the stretch before it to the search.
        Span<int> next = stackalloc int[anchors.Length];
        for (var k = 0; k < anchors.Length; k++)
            next[k] = text.IndexOf(anchors[k], StringComparison.Ordinal);
        // Every position up to 'tried' has been tried or passed over; a match may start only from 'from' on, after the
        // end of the last one, as Regex.Matches goes on.
        var tried = -1;
        var from = 0;
        while (Nearest(next) is >= 0 and var k)
        {
            var anchor = next[k];
            next[k] = text.IndexOf(anchors[k], anchor + 1, StringComparison.Ordinal);
            for (var at = Math.Max(Math.Max(Reach(text, anchor, reach), tried + 1), from); at <= anchor; at++)
            {
                if (!StartsWord(text, at) || !here.IsMatch(text.AsSpan(), at))
                    continue;
                var match = here.Match(text, at);
                matches.Add(match);
                from = match.Index + Math.Max(match.Length, 1);
                at = from - 1;
            }
            tried = Math.Max(tried, anchor);
        }
        return matches;
    }

    /// <summary>Which anchor is written next (the first of equals), or -1 when none is written any more.</summary>
    private static int Nearest(ReadOnlySpan<int> next)
    {
        var nearest = -1;
        for (var k = 0; k < next.Length; k++)
        {
            if (next[k] >= 0 && (nearest < 0 || next[k] < next[nearest]))
                nearest = k;
        }
        return nearest;
    }

    /// <summary>
    /// The first position a match holding the anchor at <paramref name="anchor"/> can start at: back from the anchor
    /// over <paramref name="reach"/> characters other than spaces (a match starts with a letter, so one more would be too far).
    /// </summary>
    private static int Reach(string text, int anchor, int reach)
    {
        var at = anchor;
        for (var counted = 0; at > 0 && counted < reach;)
        {
            at--;
            if (!char.IsWhiteSpace(text[at]))
                counted++;
        }
        return at;
    }

    /// <summary>A letter after a non-letter: where a pattern opening with <c>(?&lt;![\p{L}])</c> and a letter can match.</summary>
    private static bool StartsWord(string text, int at) =>
        char.IsLetter(text[at]) && (at == 0 || !char.IsLetter(text[at - 1]));
}
