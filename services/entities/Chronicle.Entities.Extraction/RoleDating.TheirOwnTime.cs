using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Posts whose aspect or date the words around them settle: a post named with its holder 'at the time' ('Thủ tướng Úc
/// khi đó là X'), a post left by the person transferred out of it ('điều động ông X (Bí thư Tỉnh ủy A) giữ chức …'), a
/// post taken up beside the one sworn in ('nhậm chức cùng Phó Tổng thống Y'), every post of a list written in lower case
/// after a taking verb, and a day an act takes effect ('có hiệu lực từ 1/8'), which starts no post.
/// </summary>
internal static partial class RoleDating
{
    /// <summary>
    /// 'chuyến thăm năm 2016 của Thủ tướng Úc khi đó là X', 'cuộc gặp năm 2018 với Thủ tướng Nhật khi ấy là Y': the post was held at the time the sentence tells of, which is the date it writes (the last before the post,
    /// else the first after the holder), not left by it. Null when the sentence writes no such past date: the post is then
    /// one the holder has left by the article's day.
    /// </summary>
    private static Dating? HeldAtTheTimeTold(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, TextSpan title,
        int chainEnd, string qualifier, AnchorDate? anchor)
    {
        if (qualifier != "former" || !AtTheTimeTold().IsMatch(text.AsSpan(title.Start, title.Length)))
            return null;
        var own = dates.Where(d => d.Start >= sentence.Start && d.End <= sentence.End && d.EndDay is null && Counts(text, d)).ToList();
        var told = own.LastOrDefault(d => d.End <= title.Start) ?? own.FirstOrDefault(d => d.Start >= chainEnd);
        return told is not null && ContextDates.Resolve(told, anchor) is { } date && !AfterPublication(date, anchor)
            ? new Dating(date, "sentence", Held, false)
            : null;
    }

    /// <summary>The words a post read with its holder at the time told ends on: 'khi đó là', 'lúc ấy là', 'lúc bấy giờ là'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:khi|lúc)\s+(?:đó|ấy|bấy\s+giờ)\s+là\s*$", Options)]
    private static partial Regex AtTheTimeTold();

    /// <summary>
    /// 'Bộ Chính trị điều động ông X (Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy A) giữ chức Bí thư Tỉnh ủy B': a post set
    /// off right after the name of the one transferred, before the post the sentence sends them to, is the one left; a
    /// membership ('Ủy viên Trung ương Đảng') goes along.
    /// </summary>
    private static bool LeftByTheTransfer(string text, TextSpan sentence, TextSpan person, TextSpan title)
    {
        if (title.Start < person.End || title.Start - person.End > TransferReach || Membership().IsMatch(text.AsSpan(title.Start, title.Length))
            || !TransferVerbBefore().IsMatch(text.AsSpan(sentence.Start, person.Start - sentence.Start))
            || !InBracketsAfterTheName(text.AsSpan(person.End, title.Start - person.End))
            || PostTakenBetween().IsMatch(text.AsSpan(person.End, title.Start - person.End)))
            return false;
        var rest = text.AsSpan(title.End, sentence.End - title.End);
        var destination = PostTakenBetween().Match(text, title.End, sentence.End - title.End);
        return destination.Success && rest[..(destination.Index - title.End)].IndexOfAny(';', ':') < 0;
    }

    /// <summary>
    /// ' (Ủy viên Trung ương Đảng, ' between the name and the post: the post is set off in brackets, as who the person was
    /// before the move. Set off by commas only ('điều động ông X, Thứ trưởng …, giữ chức …') the post is read as the
    /// one the person is named by on the day, and left to the other rules.
    /// </summary>
    private static bool InBracketsAfterTheName(ReadOnlySpan<char> between)
    {
        var trimmed = between.TrimStart();
        return trimmed.Length > 0 && trimmed[0] == '(' && trimmed.IndexOf(')') < 0;
    }

    /// <summary>'điều động (và chỉ định) ông ', 'luân chuyển, phân công đồng chí ' right before the name.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:điều\s+động|luân\s+chuyển)(?:\s*(?:,|và)\s*(?:phân\s+công|chỉ\s+định|bổ\s+nhiệm))*\s+(?:(?:ông|bà|đồng\s+chí)\s+)?(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá)\s+)?$", Options)]
    private static partial Regex TransferVerbBefore();

    /// <summary>Words that send a person to a post: 'giữ chức', 'làm', 'đến công tác', 'tham gia', 'về làm'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:giữ\s+chức|làm|là|đảm\s+nhiệm|đến\s+(?:nhận\s+)?công\s+tác|tham\s+gia|về\s+công\s+tác)(?![\p{L}])", Options)]
    private static partial Regex PostTakenBetween();

    /// <summary>'Ông X nhậm chức cùng Phó Tổng thống Y': the post named right after is taken up with the one sworn in.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:tuyên\s+thệ\s+)?nhậm\s+chức\s+cùng(?:\s+với)?\s*$", EndAnchored)]
    private static partial Regex SwornInAlongside();

    /// <summary>
    /// A taking verb and the posts listed after it up to the title, in an article that writes its posts in lower case
    /// ('được bổ nhiệm làm thứ trưởng Bộ Tài chính, tổng cục trưởng …'); an item opening on a person's word ('ông', 'bà') is a name.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:bầu(?:\s+bổ\s+sung)?|bổ\s+nhiệm(?:\s+lại)?|phê\s+chuẩn|chuẩn\s+y|chỉ\s+định|phân\s+công)(?:\s+(?:làm|giữ\s+chức(?:\s+(?:vụ|danh))?|chức(?:\s+(?:vụ|danh))?|vào))?(?:\s+(?!(?:ông|bà|đồng|các|những|người)\s)\p{Ll}(?:(?!\s(?:được|đã|là|của|với|đối|và|để)\s)[^,.;:()]){2,80},){1,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseTakingThenList();

    /// <summary>
    /// 'Đại tá X làm Phó Giám đốc Công an tỉnh Z.', 'Bà Y giữ chức Thứ trưởng …': a line that says
    /// nothing but who takes which post, as a headline and the caption repeating it do, tells of the post taken up. Not a
    /// line that writes a time of its own ('Năm 2015, ông X làm …'), nor one that goes on past the post.
    /// </summary>
    private static bool AnnouncesThePost(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, TextSpan person, TextSpan title)
    {
        if (title.Start < person.End || ParagraphStart(text, sentence.Start) != sentence.Start
            || !HonorificOnly().IsMatch(text.AsSpan(sentence.Start, person.Start - sentence.Start))
            || !TakesThePost().IsMatch(text.AsSpan(person.End, title.Start - person.End))
            || !NothingAfterThePost().IsMatch(text.AsSpan(title.End, sentence.End - title.End)))
            return false;
        return !dates.Any(d => d.Start >= sentence.Start && d.End <= sentence.End);
    }

    [GeneratedRegex(@"^[\s\-–•]*(?:(?:ông|bà|tân|đồng\s+chí|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá))\s+)?$", Options)]
    private static partial Regex HonorificOnly();

    [GeneratedRegex(@"^\s+(?:làm|giữ\s+chức(?:\s+vụ)?)\s+$", Options)]
    private static partial Regex TakesThePost();

    [GeneratedRegex(@"^\s*(?:\.\.\.|…|\.)?\s*$", Options)]
    private static partial Regex NothingAfterThePost();

    /// <summary>
    /// 'Cuối năm 2019, bà nghỉ theo chế độ khi còn giữ chức Thứ trưởng …', '… nghỉ hưu khi đang giữ cương vị Giám đốc …':
    /// a retirement told in the clause of the post is the post left. Not a retirement still to come or waited for, nor a post
    /// taken after it ('Sau khi nghỉ hưu, ông làm Chủ tịch Hội …', which a comma or 'sau khi' sets apart).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!(?:sau\s+khi|chờ|sẽ|dự\s+kiến|đủ\s+tuổi|tuổi)\s+)(?:nghỉ\s+hưu|về\s+hưu|nghỉ\s+(?:theo\s+)?chế\s+độ)(?![\p{L}])[^.;:,]{0,50}?(?<![\p{L}])(?:giữ\s+chức(?:\s+(?:vụ|danh))?|giữ\s+cương\s+vị|cương\s+vị|chức\s+vụ|chức\s+danh|vị\s+trí)\s*$", EndAnchored)]
    private static partial Regex RetiredFrom();

    /// <summary>
    /// '… những tháng cuối năm 2016 … cựu Tổng thống X …' in an article of 2016: a bare year of the article's own, in the
    /// sentence of a post only said to be former, says nothing of when it was left; the day of the article does.
    /// </summary>
    private static bool FormerInTheArticlesYear(DateMention mention, string aspect, bool cued, AnchorDate? anchor) =>
        aspect == Ended && !cued && mention.Granularity == DateGranularity.Year
        && anchor is { Year: { } year, Granularity: not DateGranularity.Year } && year == mention.Year;

    /// <summary>Whether the title is written in lower case, as some outlets write every post ('thứ trưởng Bộ Công an').</summary>
    private static bool WrittenInLowerCase(string text, TextSpan title) => char.IsLower(text[title.Start]);

    /// <summary>'văn bản … có hiệu lực (thi hành) từ 1/8': the day an act takes effect, not a post taken up.</summary>
    [GeneratedRegex(@"(?<![\p{L}])hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s*\(?\s*(?:ngày\s+)?$", Options)]
    private static partial Regex TakesEffectFrom();
}
