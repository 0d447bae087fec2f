using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// The matches of a pattern over a whole article, the same as <see cref="Regex.Matches(string)"/> finds them, tried
/// only near the words every match must hold. A pattern of adopting or signing an act ('thông qua nghị quyết', 'ký Hiệp
/// định …') matches only a little before the act's kind, and most of an article writes no such kind: searched from every
/// letter, it tried its verbs at every 'có', 'ra', 'ký' of the text. Here the text is first searched for the anchors
/// (plain words, found by a vectorised search), and the pattern, anchored where the search stands (<c>\G</c>), is tried
/// only at the word starts of the short stretch before each anchor.
/// </summary>
internal static class AnchoredSearch
{
    /// <summary>
    /// The matches of <paramref name="here"/> (a pattern opening with <c>\G(?&lt;![\p{L}])</c> and a letter: each match
    /// starts a word) in <paramref name="text"/>, in order and without overlaps, as the same pattern without <c>\G</c>
    /// finds them with <see cref="Regex.Matches(string)"/>.
    /// </summary>
    /// <param name="anchors">Words one of which every match holds, written as in the pattern (case and tone marks included).</param>
    /// <param name="reach">
    /// The most characters other than spaces a match holds before the anchor it holds: the pattern's space runs
    /// (<c>\s+</c>) have no bound, its words have one.
    /// </param>
    public static List<Match> Matches(Regex here, string text, ReadOnlySpan<string> anchors, int reach)
    {
        var matches = new List<Match>();
        var windows = Windows(text, anchors, reach);
        // Where the next match may start: after the end of the last one, as Regex.Matches goes on.
        var from = 0;
        foreach (var (start, end) in windows)
        {
            for (var at = Math.Max(start, from); at <= end; at++)
            {
                if (!StartsWord(text, at) || !here.IsMatch(text.AsSpan(), at))
                    continue;
                var match = here.Match(text, at);
                matches.Add(match);
                from = match.Index + Math.Max(match.Length, 1);
                at = from - 1;
            }
        }
        return matches;
    }

    /// <summary>The stretches [start, end] a match may start in, in order, joined where they touch: before each anchor written.</summary>
    private static List<(int Start, int End)> Windows(string text, ReadOnlySpan<string> anchors, int reach)
    {
        var windows = new List<(int Start, int End)>();
        foreach (var anchor in anchors)
        {
            for (var at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + 1, StringComparison.Ordinal))
                windows.Add((Reach(text, at, reach), at));
        }
        if (windows.Count < 2)
            return windows;
        windows.Sort();
        var joined = new List<(int Start, int End)>(windows.Count) { windows[0] };
        for (var k = 1; k < windows.Count; k++)
        {
            var last = joined[^1];
            if (windows[k].Start <= last.End + 1)
                joined[^1] = (last.Start, Math.Max(last.End, windows[k].End));
            else
                joined.Add(windows[k]);
        }
        return joined;
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
