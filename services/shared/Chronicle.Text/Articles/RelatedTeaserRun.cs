namespace Chronicle.Text.Articles;

/// <summary>
/// Related-article lists often sit above their 'Đọc thêm' heading, or have none: each item is a
/// headline printed twice (link text and image alt) and usually a teaser ending in '...'. A run
/// of such items at the very end of the text is cut from its first item. Photo captions are also
/// printed twice, but they carry a credit or describe a speaker, so they never start an item.
/// </summary>
internal static class RelatedTeaserRun
{
    private const int MaxHeadlineLength = 200;

    public static void Cut(List<string> lines)
    {
        var runStart = lines.Count;
        var items = 0;
        var anyTeaser = false;
        while (true)
        {
            var teaserAt = runStart - 1;
            var hasTeaser = teaserAt >= 2 && BoilerplateRules.EndsWithEllipsis(lines[teaserAt]) && IsHeadlinePair(lines, teaserAt - 2);
            if (hasTeaser)
            {
                runStart -= 3;
            }
            else if (runStart >= 2 && IsHeadlinePair(lines, runStart - 2))
            {
                runStart -= 2;
            }
            else
            {
                break;
            }
            items++;
            anyTeaser |= hasTeaser;
        }
        // One lone repeated line could be an emphasised sentence; a run or a teaser is a list.
        if (items >= 2 || anyTeaser)
            lines.RemoveRange(runStart, lines.Count - runStart);
    }

    private static bool IsHeadlinePair(List<string> lines, int first) =>
        first >= 0
        && lines[first] == lines[first + 1]
        && lines[first].Length <= MaxHeadlineLength
        && !lines[first].EndsWith('.')
        && !BoilerplateRules.IsCaption(lines[first]);
}
