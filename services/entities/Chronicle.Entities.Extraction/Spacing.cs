using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>Words as one line: a name or a post may be written across a line break or with doubled spaces.</summary>
internal static partial class Spacing
{
    /// <summary>Every run of white space, line breaks included, as one space; the ends are kept as they are.</summary>
    /// <remarks>
    /// Nearly every name an event or a post is read into is written with single spaces already: the pattern matched each
    /// of them and built the same words again in a new string. Such a text is returned as it is.
    /// </remarks>
    public static string OneSpace(string text) => IsOneSpaced(text) ? text : RunOfSpace().Replace(text, " ");

    /// <summary>
    /// Whether the only white space of <paramref name="text"/> is lone plain spaces, where <see cref="RunOfSpace"/>
    /// would put a space for a space. <see cref="char.IsWhiteSpace(char)"/> holds for the same characters as the
    /// pattern's \s (the separators of Unicode, tab to carriage return, and U+0085).
    /// </summary>
    private static bool IsOneSpaced(ReadOnlySpan<char> text)
    {
        var afterSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (afterSpace)
                    return false;
                afterSpace = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                afterSpace = false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex RunOfSpace();
}
