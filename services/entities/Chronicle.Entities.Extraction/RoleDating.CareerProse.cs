using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class RoleDating
{
    /// <summary>
    /// A career told around one move: 'Trước khi được bầu làm Chủ tịch nước vào tháng 5/2024, ông X là Bộ trưởng Bộ
    /// Công an', '… làm Phó Trưởng ban …, trước khi trở thành Viện trưởng vào tháng 4/2016'. The post taken up in the
    /// 'trước khi' clause was taken up at the month or year that closes it; a post the person is said to have been
    /// ('là', 'làm') elsewhere in the sentence was left then. Null when the sentence is not so told, when the clause
    /// moves through several posts ('rồi'), or when the post has a time of its own in the sentence.
    /// </summary>
    private static Dating? BeforeTakingUp(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, TextSpan person, TextSpan title,
        string aspect, string qualifier, AnchorDate? anchor)
    {
        if (aspect is not (Held or Started) || qualifier.Length > 0)
            return null;
        var cue = BeforeTakingCue().Match(text, sentence.Start, sentence.Length);
        if (!cue.Success || BeforeTakingCue().Match(text, cue.Index + cue.Length, sentence.End - cue.Index - cue.Length).Success)
            return null;
        var clauseStart = cue.Index;
        var when = dates.FirstOrDefault(d => d.Start >= cue.Index + cue.Length && d.End <= sentence.End);
        if (when is not { Granularity: not DateGranularity.Day, Year: { } year, EndDay: null } || !Counts(text, when)
            || !ClauseTimeBefore().IsMatch(text.AsSpan(cue.Index + cue.Length, when.Start - cue.Index - cue.Length))
            || !IsPast(year, when.Month, anchor) || ContextDates.Resolve(when, anchor) is not { } date)
            return null;
        var clause = text.AsSpan(clauseStart, when.Start - clauseStart);
        if (SeveralMoves().IsMatch(clause))
            return null;

        // The post taken up: inside the clause, after its verb, with no clause between it and the time; not
        // the post of one named after it there, whom the move replaces ('thay ông Y vào tháng 4/2021').
        if (title.Start > clauseStart && title.End <= when.Start)
        {
            if (person.Start >= title.End && person.Start < when.Start)
                return null;
            var verbThenPost = text.AsSpan(cue.Index + cue.Length, title.Start - cue.Index - cue.Length);
            var postThenTime = text.AsSpan(title.End, when.Start - title.End);
            return TakingInClause().IsMatch(verbThenPost) && postThenTime.IndexOfAny(',', ';') < 0
                ? new Dating(date, "sentence", Started, true) : null;
        }

        // The post left: said of the person after the name, outside the clause, with no other time in the sentence.
        if (aspect != Held || person.End > title.Start || text.AsSpan(person.End, title.Start - person.End).IndexOfAny(',', ';', '(') >= 0
            || !BeingBefore().IsMatch(text.AsSpan(person.End, title.Start - person.End))
            || dates.Any(d => d != when && d.Start >= sentence.Start && d.End <= sentence.End && Counts(text, d)))
            return null;
        return new Dating(date, "sentence", Ended, true);
    }

    /// <summary>'trước khi được …', 'trước khi trở thành …', 'trước khi lên làm …': the move that closed the posts before it.</summary>
    [GeneratedRegex(@"(?<![\p{L}])trước\s+khi(?![\p{L}])", Options)]
    private static partial Regex BeforeTakingCue();

    /// <summary>The words of the clause up to its time: no sentence or clause break, the time after 'vào' or in brackets.</summary>
    [GeneratedRegex(@"^[^.;:!?]{1,160}?(?:\s(?:vào|hồi)\s+(?:(?:đầu|cuối|giữa)\s+)?|\s*\(\s*)$", Options)]
    private static partial Regex ClauseTimeBefore();

    /// <summary>'lần lượt', 'rồi', 'sau đó': the clause passes through several posts, and its time is the last one's.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:rồi|lần\s+lượt|sau\s+đó|và)(?![\p{L}])", Options)]
    private static partial Regex SeveralMoves();

    /// <summary>The verb of the move right before the post: 'được bầu làm', 'trở thành', 'làm', 'được … phân công giữ chức'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:làm|giữ\s+chức(?:\s+vụ)?|giữ\s+cương\s+vị|trở\s+thành|lên|nhậm\s+chức|đảm\s+nhiệm(?:\s+cương\s+vị|\s+chức\s+vụ)?|bổ\s+nhiệm|bầu)\s*$", Options)]
    private static partial Regex TakingInClause();

    /// <summary>Between the name and the post left: 'là', 'làm', 'giữ chức', maybe after 'cũng' or 'đã'.</summary>
    [GeneratedRegex(@"^\s*(?:(?:cũng|đã|vẫn|đang)\s+)*(?:là|làm|giữ\s+chức(?:\s+vụ)?|giữ\s+cương\s+vị)\s*$", Options)]
    private static partial Regex BeingBefore();

    /// <summary>
    /// 'được bổ nhiệm làm Phó Chủ tịch UBND tỉnh rồi Chủ tịch UBND tỉnh (từ 2019)': a 'từ' time in brackets right after a
    /// post says when that post was taken up, whatever time opens the sentence. Null when no such bracket follows.
    /// </summary>
    private static Dating? BracketedSince(string text, IReadOnlyList<DateMention> dates, TextSpan title, string aspect, string qualifier, AnchorDate? anchor)
    {
        if (aspect == Ended || qualifier is not ("" or "acting") || BracketedSinceAfter().Match(text, title.End) is not { Success: true } since)
            return null;
        var when = dates.FirstOrDefault(d => d.Start >= since.Index && d.End <= since.Index + since.Length);
        return when is { Year: { } year, EndDay: null } && IsPast(year, when.Month, anchor) && ContextDates.Resolve(when, anchor) is { } date
            ? new Dating(date, "sentence", Started, true) : null;
    }

    /// <summary>
    /// The time in brackets right after a post of a career line ('khóa XI (7/2011)', 'khóa XII (từ 2/2016)'), when it is
    /// past; null when none follows the post. Not after several terms ('khóa XI, XII (từ 2/2016)'): the time is the last
    /// term's, and the post of the first was taken up when the line's span opens.
    /// </summary>
    private static ExtractedDate? EntryOwnTime(string text, TextSpan title, AnchorDate? anchor)
    {
        // Read from the bracket itself: a month written bare ('7/2011') is no date the recognizer takes alone.
        if (EntryTimeAfter().Match(text, title.End) is not { Success: true } bracket)
            return null;
        var year = int.Parse(bracket.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (!bracket.Groups["m"].Success)
            return IsPast(year, null, anchor) ? new ExtractedDate($"{year:D4}", "year") : null;
        var month = int.Parse(bracket.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && IsPast(year, month, anchor) ? new ExtractedDate($"{year:D4}-{month:D2}", "month") : null;
    }

    /// <summary>Right after a post of a career line, maybe past its terms: '(7/2011)', '(từ 2/2016)', '(từ năm 2019)'.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:khóa|khoá|nhiệm\s+kỳ)\s+[^()\n.;:,]{0,24}?)?\s*\(\s*(?:(?:kể\s+)?từ\s+)?(?:(?:tháng|năm)\s+)?(?:(?<m>[0-9]{1,2})\s*[/.\-]\s*)?(?<y>(?:19|20)[0-9]{2})\s*\)", Options)]
    private static partial Regex EntryTimeAfter();

    /// <summary>Right after a post, maybe past its terms: '(từ 2019)', '(từ tháng 8/2024)', '(kể từ năm 2016)'.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:(?:hai|ba|bốn|các)\s+)?(?:khóa|khoá|nhiệm\s+kỳ)\s+[^()\n.;]{0,24}?)?\s*\(\s*(?:kể\s+)?từ\s+(?:(?:tháng|năm)\s+)?[0-9][0-9/.\-]{0,8}\s*\)", Options)]
    private static partial Regex BracketedSinceAfter();

    /// <summary>
    /// A post held until a later move the article dates elsewhere: '… giữ chức Trưởng ban Đối ngoại Trung ương và giữ vị trí
    /// này cho đến khi được bổ nhiệm làm Chánh Văn phòng Trung ương Đảng', 'Từ tháng 4/2016 cho đến khi được phê chuẩn giữ
    /// chức Phó Thủ tướng, ông là Bộ trưởng Bộ Tư pháp'. The sentence gives the move no time; the person's career gathered
    /// from the whole article does: the post was left when the post moved to was taken up, as another sentence dates it.
    /// Nothing when no sentence says when the later post was taken up.
    /// </summary>
    public static IEnumerable<RoleMention> EndedByTheLaterMove(string text, IReadOnlyList<RoleMention> roles)
    {
        foreach (var role in roles)
        {
            if (role.Aspect == Ended || role.Qualifier.Length > 0 || MoveHeldUntil(text, role.Evidence, role.TitleSpan) is not { } move)
                continue;
            var later = roles.Where(r => r.PersonName == role.PersonName && r.Role != role.Role && r.Aspect == Started
                    && r.Date is not null && r.Qualifier.Length == 0 && move.Contains(r.Role, StringComparison.OrdinalIgnoreCase))
                .MaxBy(r => r.Date!.Iso, StringComparer.Ordinal);
            if (later is null || roles.Any(r => r.PersonName == role.PersonName && r.Role == role.Role && r.Aspect == Ended))
                continue;
            yield return role with { Date = later.Date, DateBasis = later.DateBasis, Aspect = Ended, StatedStart = null, StatedEnd = later.Date };
        }
    }

    /// <summary>The words of the move a post was held until, or null when the sentence does not say it was held until one.</summary>
    private static string? MoveHeldUntil(string text, TextSpan sentence, TextSpan title)
    {
        if (title.End > sentence.End || title.Start < sentence.Start)
            return null;
        if (HeldUntilAfter().Match(text, title.End, sentence.End - title.End) is { Success: true } after)
            return after.Groups["move"].Value;
        var opening = SinceUntilOpening().Match(text, sentence.Start, sentence.Length);
        return opening.Success && opening.Index + opening.Length <= title.Start
            && text.AsSpan(opening.Index + opening.Length, title.Start - opening.Index - opening.Length).IndexOfAny(';', ':') < 0
            ? opening.Groups["move"].Value : null;
    }

    /// <summary>Right after the post: '(và) giữ vị trí này cho đến khi được bổ nhiệm làm …'.</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:và\s+)?(?:đã\s+)?giữ\s+(?:vị\s+trí|chức\s+vụ|chức\s+danh|cương\s+vị|chức)\s+(?:này|đó|trên)\s+(?:cho\s+)?(?:đến|tới)\s+khi\s+(?<move>[^.;:]{4,160})", Options)]
    private static partial Regex HeldUntilAfter();

    /// <summary>Opening the sentence: 'Từ tháng 4/2016 cho đến khi được phê chuẩn …,' (the clause ends at its comma).</summary>
    [GeneratedRegex(@"\G\s*(?:kể\s+)?từ\s+[^,.;:]{1,30}?\s+(?:cho\s+)?(?:đến|tới)\s+khi\s+(?<move>[^,.;:]{4,160}),", Options)]
    private static partial Regex SinceUntilOpening();

    /// <summary>
    /// 'Hai tháng sau đó, ông tiếp tục được bầu giữ chức …', 'Sau 4 năm, ông trở thành …': a sentence of a career that
    /// opens with a time counted from the one the sentence before tells. The count is added to the last time that sentence
    /// gives (not a term's years, a birth or a cited act's day). Null when the sentence does not so open, when the sentence
    /// before gives no time to count from (or not the month a count of months needs), or when the count passes the article's day.
    /// </summary>
    private static ExtractedDate? CountedFromTheSentenceBefore(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, AnchorDate? anchor)
    {
        var later = LaterBy().Match(text, sentence.Start, sentence.Length);
        if (!later.Success)
            return null;
        if (SentenceBefore(text, sentence) is not { } previous)
            return null;
        var then = dates.LastOrDefault(d => d.Start >= previous.Start && d.End <= previous.End && Counts(text, d) && d.EndDay is null && !d.IsRelative);
        if (then is null || ContextDates.Resolve(then, anchor) is not { Iso: { Length: >= 4 } iso }
            || !int.TryParse(iso.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var year))
            return null;
        var count = CountWords.IndexOf(later.Groups["n"].Value.ToLowerInvariant()) is var word and >= 0 ? word + 1
            : int.Parse(later.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        if (later.Groups["unit"].Value.Equals("năm", StringComparison.OrdinalIgnoreCase))
            return IsPast(year + count, null, anchor) ? new ExtractedDate((year + count).ToString(System.Globalization.CultureInfo.InvariantCulture), "year") : null;
        if (iso.Length < 7 || !int.TryParse(iso.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture, out var month))
            return null;
        var months = year * 12 + month - 1 + count;
        var (y, m) = (months / 12, months % 12 + 1);
        return IsPast(y, m, anchor) ? new ExtractedDate($"{y:D4}-{m:D2}", "month") : null;
    }

    private static readonly List<string> CountWords = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    /// <summary>Opening the sentence: 'Hai tháng sau đó,', 'Ba năm sau,', 'Sau 4 năm,'.</summary>
    [GeneratedRegex(@"\G[\s\-–•]*(?:(?<n>[0-9]{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?<unit>tháng|năm)\s+sau(?:\s+đó)?|sau\s+(?<n>[0-9]{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?<unit>tháng|năm))\s*,", Options)]
    private static partial Regex LaterBy();
}
