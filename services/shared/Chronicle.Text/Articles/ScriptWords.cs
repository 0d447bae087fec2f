namespace Chronicle.Text.Articles;

/// <summary>
/// How many words a text holds, in any script: words between spaces, and in scripts written without
/// spaces between words (Chinese, Japanese, Thai) each character, so that the readers' blocks of such
/// pages are weighed against each other by what they say, not by how many spaces they hold.
/// </summary>
internal static class ScriptWords
{
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsUnspacedScript(c))
            {
                count++;
                inWord = false;
            }
            // CJK punctuation (、。「」) separates like a space: it is no word of its own.
            else if (char.IsWhiteSpace(c) || c is >= '\u3000' and <= '\u303F')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                count++;
                inWord = true;
            }
        }
        return count;
    }

    /// <summary>Han ideographs, kana and Thai letters: scripts that put no space between words.</summary>
    private static bool IsUnspacedScript(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF' or >= '\u0E00' and <= '\u0E7F';
}
