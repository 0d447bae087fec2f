using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class RoleDating
{
    /// <summary>
    /// A post a list of a career marks left ('đã kinh qua các chức vụ như Phó Tư lệnh, Tư lệnh Quân khu 2; …, Tổng
    /// Tham mưu trưởng') that the same article names the person by today, in a sentence of its own ('Tổng Tham mưu trưởng X dự
    /// lễ …'): the list runs up to the posts still held, so that one is held, as the article's present sighting dates
    /// it. Left alone: a post the article says was given up (a transfer, a release), a post marked left by its own word
    /// ('nguyên', 'cựu'), and a present sighting of another year than the article's, which says nothing of today.
    /// </summary>
    public static void KeepHeldPostsOfAList(string text, List<RoleMention> roles, AnchorDate? anchor)
    {
        if (anchor?.Year is not { } present)
            return;
        for (var i = 0; i < roles.Count; i++)
        {
            var listed = roles[i];
            if (listed.Aspect != Ended || listed.StatedEnd is not null || listed.Qualifier is not ("" or "former")
                || !InAListOfPostsLeft(text, listed))
                continue;
            RoleMention? today = null;
            var givenUp = false;
            foreach (var other in roles)
            {
                if (other.PersonName != listed.PersonName || !string.Equals(other.Role, listed.Role, StringComparison.OrdinalIgnoreCase))
                    continue;
                if (other.Aspect == Ended && other.StatedEnd is not null)
                    givenUp = true;
                else if (other.Aspect is Held or Started && other.Qualifier.Length == 0 && other.Evidence != listed.Evidence
                    && OfTheYear(other.Date, present) && !InAListOfPostsLeft(text, other)
                    && (today is null || string.CompareOrdinal(other.Date!.Iso, today.Date!.Iso) > 0))
                    today = other;
            }
            if (today is null || givenUp || MovedThisYear(roles, listed.PersonName, present))
                continue;
            roles[i] = listed with { Qualifier = "", Aspect = Held, Date = today.Date, DateBasis = today.DateBasis, StatedStart = null, StatedEnd = null };
        }
    }

    /// <summary>
    /// Whether the article tells the person taking up a post this year ('điều động ông X, Bí thư Tỉnh ủy, giữ chức …'): the
    /// posts of a list may have been left in the move, however the article names the person on its day.
    /// </summary>
    private static bool MovedThisYear(List<RoleMention> roles, string person, int present)
    {
        foreach (var role in roles)
        {
            if (role.PersonName == person && role.Aspect == Started && role.Qualifier.Length == 0 && OfTheYear(role.Date, present))
                return true;
        }
        return false;
    }

    /// <summary>Whether the date falls in the given year.</summary>
    private static bool OfTheYear(ExtractedDate? date, int year) =>
        date?.Iso is { Length: >= 4 } iso && iso.AsSpan(0, 4).SequenceEqual(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Whether the post stands in a list of posts the sentence says were gone through or held once ('kinh qua', 'trải qua',
    /// 'từng giữ (các chức vụ)', 'từng là', 'nguyên là'), after the cue with no clause of another verb between, and without a
    /// 'nguyên' or 'cựu' of its own. A single post after the cue ('từng là Tổng thống') is no list: it was held once, perhaps
    /// in another term than today's.
    /// </summary>
    private static bool InAListOfPostsLeft(string text, RoleMention role)
    {
        var sentence = role.Evidence;
        var title = role.TitleSpan;
        if (title.Start < sentence.Start || title.End > sentence.End || title.Length == 0)
            return false;
        var before = text.AsSpan(sentence.Start, title.Start - sentence.Start);
        if (OwnFormerWordBefore().IsMatch(before) || OwnFormerWordOpening().IsMatch(text.AsSpan(title.Start, title.Length)))
            return false;
        var cue = ListOfPostsLeftBefore().Match(text, sentence.Start, title.Start - sentence.Start);
        return cue.Success && ListMark().IsMatch(text.AsSpan(cue.Groups["cue"].Index + cue.Groups["cue"].Length, title.Start - cue.Groups["cue"].Index - cue.Groups["cue"].Length));
    }

    /// <summary>What makes the words after the cue a list: an entry before ('A, ', 'A; ') or its opening ('như', 'gồm', ':').</summary>
    [GeneratedRegex(@"[,;:]|(?<![\p{L}])(?:như|gồm)(?![\p{L}])", Options)]
    private static partial Regex ListMark();

    /// <summary>
    /// The cue of a list of posts left and the entries up to the title: 'kinh qua nhiều chức vụ như A, B; ', 'từng giữ các
    /// chức vụ: A; ', 'từng là A, '. No verb of another clause between ('hiện', 'nay', 'được', 'đang', 'trước khi').
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<cue>kinh\s+qua|trải\s+qua|từng|nguyên\s+là)(?![\p{L}])(?:(?!(?<![\p{L}])(?:hiện|nay|được|đang|sẽ|vừa|mới|khi|rồi|sau\s+đó|trở\s+thành)(?![\p{L}]))[^.!?\n]){0,400}$", EndAnchored)]
    private static partial Regex ListOfPostsLeftBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:nguyên|cựu)\s*$", EndAnchored)]
    private static partial Regex OwnFormerWordBefore();

    /// <summary>A title read with its own 'nguyên' or 'cựu' ('nguyên Chủ tịch UBND tỉnh').</summary>
    [GeneratedRegex(@"^(?:nguyên|cựu)\s", Options)]
    private static partial Regex OwnFormerWordOpening();
}
