using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

public static partial class ArticleAnalyzer
{
    /// <summary>
    /// A page that lists its other stories under the article ('Headline 12/07/2024 08:15 Opening words
    /// of that story …', one a paragraph) tells of other days and other people: those paragraphs are no
    /// part of the article. They are blanked (offsets kept) when the page lists two or more; the article's
    /// opening paragraph is never one. A date line alone ('Thứ hai, 08/04/2024 09:30 (GMT+7)') has no story
    /// words after its time and stays.
    /// </summary>
    internal static string WithoutListedStories(string text)
    {
        var listed = new List<(int Start, int Length)>();
        var start = 0;
        var first = true;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            var line = text.AsSpan(start, end - start);
            // A listed story has a day and a time: a line without both a slash and a colon is not one.
            if (!first && line.Contains('/') && line.Contains(':') && ListedStory().IsMatch(line))
                listed.Add((start, end - start));
            if (!line.IsWhiteSpace())
                first = false;
            start = end + 1;
        }
        if (listed.Count < 2)
            return text;
        var blanked = text.ToCharArray();
        foreach (var (from, length) in listed)
            Array.Fill(blanked, ' ', from, length);
        return new string(blanked);
    }

    /// <summary>Three words or more of a headline, the story's day and time, then three words or more of its opening.</summary>
    [GeneratedRegex(@"^\s*(?:\S+\s+){3,}\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\s+(?!\(?GMT)(?:\S+\s+){2,}\S")]
    private static partial Regex ListedStory();
}
