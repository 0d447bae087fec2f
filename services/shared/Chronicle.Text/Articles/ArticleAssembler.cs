namespace Chronicle.Text.Articles;

/// <summary>
/// Turns a page's paragraphs (already normalised, trimmed, non-empty) into title, byline, main
/// text and credit. Shared by the plain-text and the HTML paths so both clean pages alike.
/// </summary>
internal static class ArticleAssembler
{
    private const int MaxTitleLength = 200;
    private const int MaxBylineLength = 40;

    /// <param name="paragraphs">The page's paragraphs in reading order.</param>
    /// <param name="titleHint">A title known from markup (&lt;h1&gt;, &lt;title&gt;), if any.</param>
    /// <param name="dateLineHint">The page's date read from markup (an element named as its date), if any.</param>
    public static ExtractedArticle Assemble(IReadOnlyList<string> paragraphs, string? titleHint, DateOnly? dateLineHint = null)
    {
        var lines = paragraphs.ToList();
        // Read before cleaning, which drops the date line with the rest of the page furniture.
        var dateLine = dateLineHint ?? DateLines.FindAtTop(lines);
        var title = TakeTitle(lines, titleHint);
        SplitGluedCaptions(lines, title);
        var byline = TakeByline(lines, title);
        byline = DropLeadingFurniture(lines) ?? byline;
        CutAtEndOfArticle(lines);
        var outlet = DropNoise(lines);
        RelatedTeaserRun.Cut(lines);
        CollapseRepeats(lines);
        var source = TakeSourceCredit(lines) ?? outlet;
        byline ??= TakeTrailingByline(lines);
        return new ExtractedArticle(title, string.Join("\n\n", lines), byline, source, dateLine);
    }

    private static string TakeTitle(List<string> lines, string? titleHint)
    {
        if (!string.IsNullOrWhiteSpace(titleHint))
        {
            var hint = titleHint.Trim();
            var atTop = lines.Take(3).ToList().FindIndex(l => VietnameseText.Fold(l) == VietnameseText.Fold(hint));
            if (atTop >= 0)
                lines.RemoveAt(atTop);
            return hint;
        }
        if (lines.Count == 0)
            return "";

        // The first line may carry a caption glued on by a photo marker: 'Title hinh anh 1Caption'.
        var first = lines[0];
        var marker = BoilerplateRules.PhotoMarker().Match(first);
        var candidate = marker.Success ? first[..marker.Index] : first;
        if (!LooksLikeTitle(candidate))
            return "";
        lines.RemoveAt(0);
        var caption = marker.Success ? first[(marker.Index + marker.Length)..] : "";
        if (caption.Length > 0)
            lines.Insert(0, caption);
        return candidate;
    }

    /// <summary>Short, no closing period, not a report's date lead. Titles without diacritics qualify too.</summary>
    private static bool LooksLikeTitle(string line) =>
        line.Length is > 0 and < MaxTitleLength
        && !line.EndsWith('.')
        && !BoilerplateRules.DateLead().IsMatch(line)
        && !BoilerplateRules.IsCaption(line);

    /// <summary>'Title hinh anh 2Caption' repeats the title before each photo: keep the caption only.</summary>
    private static void SplitGluedCaptions(List<string> lines, string title)
    {
        if (title.Length == 0)
            return;
        var foldedTitle = VietnameseText.Fold(title);
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var marker = BoilerplateRules.PhotoMarker().Match(lines[i]);
            if (!marker.Success || VietnameseText.Fold(lines[i][..marker.Index]) != foldedTitle)
                continue;
            var caption = lines[i][(marker.Index + marker.Length)..];
            if (caption.Length > 0)
                lines[i] = caption;
            else
                lines.RemoveAt(i);
        }
    }

    /// <summary>A short line of two to four capitalised words right after the title: the author.</summary>
    private static string? TakeByline(List<string> lines, string title)
    {
        if (title.Length == 0 || lines.Count == 0 || !LooksLikeByline(lines[0]))
            return null;
        var byline = lines[0];
        lines.RemoveAt(0);
        return byline;
    }

    private static bool LooksLikeByline(string line)
    {
        if (line.Length > MaxBylineLength || line.Any(char.IsDigit))
            return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter));
    }

    /// <summary>A paragraph this long is article prose, not a menu entry, a date line or a byline.</summary>
    private const int ProseLength = 80;

    /// <summary>
    /// A page copied whole starts with menu entries, the date line, 'Nghe bài viết', the author:
    /// short lines without a full stop before the first paragraph of prose. Drops them and returns
    /// the author if one of them is a byline.
    /// </summary>
    private static string? DropLeadingFurniture(List<string> lines)
    {
        var firstProse = lines.FindIndex(l => l.Length >= ProseLength);
        if (firstProse <= 0)
            return null;
        var leading = lines.Take(firstProse).ToList();
        if (leading.Any(l => l.Length >= 60 || l.EndsWith('.') || BoilerplateRules.IsCaption(l)))
            return null;
        lines.RemoveRange(0, firstProse);
        return leading.LastOrDefault(LooksLikeByline)
            ?? leading.Select(l => BoilerplateRules.BylinePrefix().Match(l)).Where(m => m.Success).Select(m => m.Groups["name"].Value).LastOrDefault();
    }

    /// <summary>The author printed alone under the article ('Phạm Linh').</summary>
    private static string? TakeTrailingByline(List<string> lines)
    {
        if (lines.Count < 2)
            return null;
        // 'Thu Hằng (TTXVN)': the author with the agency credit.
        var author = BoilerplateRules.TrailingCredit().Replace(lines[^1], "");
        if (!LooksLikeByline(author) && !BoilerplateRules.BylinePrefix().IsMatch(lines[^1]))
            return null;
        var byline = lines[^1];
        lines.RemoveAt(lines.Count - 1);
        return byline;
    }

    private static void CutAtEndOfArticle(List<string> lines)
    {
        // Only after some prose: a menu entry such as 'Mới nhất' above the article is not its end.
        var firstProse = Math.Max(0, lines.FindIndex(l => l.Length >= ProseLength));
        for (var i = firstProse; i < lines.Count; i++)
        {
            if (BoilerplateRules.EndOfArticleHeading().IsMatch(lines[i]))
            {
                lines.RemoveRange(i, lines.Count - i);
                return;
            }
            var endMark = BoilerplateRules.EndMark().Match(lines[i]);
            if (endMark.Success)
            {
                lines[i] = lines[i][..endMark.Index];
                // The credit ('(TTXVN/Vietnam+)') is printed just after the mark; keep it for TakeSourceCredit.
                var keep = i + 1 < lines.Count && BoilerplateRules.SourceCredit().IsMatch(lines[i + 1]) ? i + 2 : i + 1;
                lines.RemoveRange(keep, lines.Count - keep);
                if (lines[i].Length == 0)
                    lines.RemoveAt(i);
                return;
            }
        }
    }

    /// <summary>Drops non-content lines; returns the outlet named by a 'Theo dõi X trên' button.</summary>
    private static string? DropNoise(List<string> lines)
    {
        string? outlet = null;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var follow = BoilerplateRules.FollowUs().Match(lines[i]);
            if (follow.Success)
                outlet ??= follow.Groups["outlet"].Value;
            if (follow.Success || BoilerplateRules.NoiseLine().IsMatch(lines[i]))
            {
                lines.RemoveAt(i);
                continue;
            }
            lines[i] = BoilerplateRules.TrailingBar().Replace(lines[i], "");
            if (lines[i].Length == 0)
                lines.RemoveAt(i);
        }
        return outlet;
    }

    /// <summary>A caption printed twice in a row is one caption.</summary>
    private static void CollapseRepeats(List<string> lines)
    {
        for (var i = lines.Count - 1; i > 0; i--)
        {
            if (lines[i] == lines[i - 1])
                lines.RemoveAt(i);
        }
    }

    private static string? TakeSourceCredit(List<string> lines)
    {
        if (lines.Count < 2 || !BoilerplateRules.SourceCredit().IsMatch(lines[^1]))
            return null;
        var credit = lines[^1];
        lines.RemoveAt(lines.Count - 1);
        return credit;
    }
}
