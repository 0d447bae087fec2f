using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// A post seen at an occasion the article told earlier with its day: 'Chiều 3/5, Sở … tổ chức lễ trao học bổng …' and, paragraphs
/// later, 'Phát biểu tại buổi lễ, ông X, Giám đốc Sở …' or 'Tham dự hội nghị có bà Y, Phó Chủ tịch …'. The holder was there on the
/// occasion's day, which only the sentence that tells of the occasion writes.
/// </summary>
internal static partial class RoleDating
{
    /// <summary>
    /// The day of the occasion the sentence places its holder at, written earlier in the article in a sentence that holds the
    /// same occasion ('tổ chức lễ …', 'Tại hội nghị … diễn ra ngày …'); null when the sentence writes a date of its own, names
    /// no occasion, or no earlier sentence gives that occasion a day of the article's time.
    /// </summary>
    private static ExtractedDate? OccasionDay(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, AnchorDate? anchor)
    {
        var reference = AtTheOccasion().Match(text, sentence.Start, sentence.Length);
        if (!reference.Success || dates.Any(d => d.Start >= sentence.Start && d.End <= sentence.End))
            return null;
        var occasion = OneSpaceLower(reference.Groups["occasion"].Value);
        // 'dự lễ khởi công …' is not the 'lễ trao học bổng' told before: a word naming the occasion must be the same in both.
        var naming = NamingWord(text, reference.Index + reference.Length);
        foreach (var day in dates.Where(d => d.End <= sentence.Start).Reverse())
        {
            if (day.Granularity != DateGranularity.Day || day.EndDay is not null || !Counts(text, day))
                continue;
            var around = SentenceAround(text, day.Start);
            if (!HoldsTheOccasion(text, around, occasion, naming))
                continue;
            return WholeDayNoLaterThanTheArticle(day, anchor) is { } date
                && (anchor?.Year is not { } year || date.Iso!.StartsWith($"{year:D4}-", StringComparison.Ordinal))
                ? date : null;
        }
        return null;
    }

    /// <summary>
    /// Whether a sentence tells of the occasion: holds it, opens it, hosts it, or names it as its subject; with the same word
    /// naming it when the holder's sentence gives one.
    /// </summary>
    private static bool HoldsTheOccasion(string text, TextSpan sentence, string occasion, string? naming)
    {
        for (var held = OccasionHeld().Match(text, sentence.Start, sentence.Length); held.Success; held = held.NextMatch())
        {
            var named = OneSpaceLower(held.Value);
            if ((named.EndsWith(" " + occasion, StringComparison.Ordinal) || named == occasion)
                && (naming is null || NamingWord(text, held.Index + held.Length) == naming))
                return true;
        }
        return false;
    }

    /// <summary>The word right after an occasion's noun that names which one it is ('lễ bàn giao'), or null for none or a word of the sentence.</summary>
    private static string? NamingWord(string text, int end)
    {
        var word = FollowingWord().Match(text, end);
        return word.Success && !NotNaming().IsMatch(word.Groups[1].Value) ? word.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"\G[ \t]+(\p{L}+)")]
    private static partial Regex FollowingWord();

    /// <summary>Words that go on with the sentence, not with the occasion's name: 'Tham dự hội nghị có …', 'tại buổi lễ này'.</summary>
    [GeneratedRegex(@"^(?:có|này|đó|ấy|trên|là|của|và|với|tại|ở|hôm|sáng|chiều|tối|trưa|ngày|cùng|ông|bà|anh|chị|các|nhiều|đã|vừa|được|diễn|đồng)$", Options)]
    private static partial Regex NotNaming();

    /// <summary>The sentence (or line) that holds the offset.</summary>
    private static TextSpan SentenceAround(string text, int offset)
    {
        var start = text.AsSpan(0, offset).LastIndexOfAny(SentenceEnds) + 1;
        var end = text.AsSpan(offset).IndexOfAny(SentenceEnds);
        return new TextSpan(start, end < 0 ? text.Length : offset + end);
    }

    /// <summary>What an occasion is called: 'lễ', 'hội nghị', 'buổi làm việc', … (one list for the holder's sentence and the occasion's).</summary>
    private const string OccasionNoun = @"lễ|hội\s+nghị|hội\s+thảo|tọa\s+đàm|đại\s+hội|diễn\s+đàn|buổi\s+(?:làm\s+việc|tổng\s+kết|gặp\s+mặt)";

    /// <summary>Words as one compares them: white space made one space, lower case.</summary>
    private static string OneSpaceLower(string words) => Spacing.OneSpace(words).ToLowerInvariant();

    /// <summary>
    /// 'Phát biểu tại buổi lễ', 'Tham dự hội nghị có …', 'dự lễ', 'Tại buổi tọa đàm, …': the holder is placed at an occasion
    /// named without its day.
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])(?:phát\s+biểu|tham\s+dự|dự|có\s+mặt)\s+(?:tại\s+)?|^[\s\-–•""“]*(?:cũng\s+)?(?:tại|trong)\s+)(?:buổi\s+)?(?<occasion>" + OccasionNoun + @")(?![\p{L}])", Options)]
    private static partial Regex AtTheOccasion();

    /// <summary>
    /// An occasion held, opened or hosted ('tổ chức lễ', 'khai mạc hội thảo', 'Tại hội nghị …'), or the occasion as what the
    /// sentence opens on ('Hội nghị tổng kết diễn ra …').
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|chủ\s+trì|tham\s+dự|dự|tại)\s+(?:buổi\s+)?|^[\s\-–•""“]*(?:buổi\s+)?)(?:" + OccasionNoun + @"|làm\s+việc|tổng\s+kết|gặp\s+mặt)(?![\p{L}])", Options)]
    private static partial Regex OccasionHeld();
}
