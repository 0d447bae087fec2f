using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>Words as one line: a name or a post may be written across a line break or with doubled spaces.</summary>
internal static partial class Spacing
{
    /// <summary>Every run of white space, line breaks included, as one space; the ends are kept as they are.</summary>
    public static string OneSpace(string text) => RunOfSpace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex RunOfSpace();
}
