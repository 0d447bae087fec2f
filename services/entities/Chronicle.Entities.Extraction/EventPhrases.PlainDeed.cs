using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class EventPhrases
{
    /// <summary>Fewest words a deed told without a verb of the lists must have to name something done.</summary>
    private const int PlainDeedWords = 3;

    /// <summary>
    /// A sentence that opens on a day and goes on with who did what, though with a verb none of the
    /// lists knows ('Ngày 6/6, bà X đến Phòng Quản lý xuất nhập cảnh …', 'Ngày 12/3/2018, hai công ty
    /// nhất trí hủy thương vụ'): the day's deed, named by its clause. Only a plain lead counts (not
    /// 'Từ ngày …', a span, or a day to come), and the clause must open on who acted: a name, a body,
    /// or 'ông'/'bà'. The caller keeps it only for a day no other event was read on, and only when
    /// who acted is an official, a body or a country.
    /// </summary>
    /// <param name="actor">The person the clause opens on (their titles may come first), if any.</param>
    public static Reading? PlainDeed(Sentence sentence, EventDates.Found date, out string? actor)
    {
        actor = null;
        var text = sentence.Text;
        var span = sentence.Span;
        if (!date.AtStart || date.Day is null || date.Start < span.Start || date.End > span.End
            || !PlainDayLead().IsMatch(text.AsSpan(span.Start, date.End - span.Start)) || EventDates.ToCome(text, span))
            return null;
        var clauseStart = ClauseStart(text, date.End, span.End);
        if (clauseStart >= span.End || !(char.IsUpper(text[clauseStart]) || PronounSubject().IsMatch(text.AsSpan(clauseStart, Math.Min(5, span.End - clauseStart)))))
            return null;
        var clause = ObjectText(sentence, clauseStart);
        // The words the clause stopped at count too: 'Bộ Ngoại giao cho biết …' ends its clause on the saying.
        var clauseEnd = Math.Min(span.End, clauseStart + clause.Length + WordsAfterClause);
        // Who acted is written with capitals; what they did is in lower case, and needs words of its own.
        var deedWords = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0]) && w is not ("ông" or "bà" or "và"));
        if (deedWords < PlainDeedWords - 1 || NoDeed().IsMatch(text.AsSpan(clauseStart, clauseEnd - clauseStart)))
            return null;
        // 'Phó Thủ tướng Trần Hồng Hà …': the person named first, with only their titles before the name
        // ('Văn phòng Chính phủ chuyển đơn của ông X': X is whom the deed concerns, not who did it).
        var person = sentence.People.Where(p => p.Span.Start >= clauseStart && p.Span.Start - clauseStart <= MaxTitleBeforeActor
                && !DeedBeforeName().IsMatch(text.AsSpan(clauseStart, p.Span.Start - clauseStart)))
            .OrderBy(p => p.Span.Start).FirstOrDefault();
        actor = person.Person;
        return new Reading(Capitalized(Shortened(clause)), clauseStart, clauseStart, actor is null ? null : WithPost(sentence, actor));
    }

    /// <summary>How many characters past its clause a deed's words are looked at for a saying ('cho biết').</summary>
    private const int WordsAfterClause = 12;

    /// <summary>Most characters of titles that may stand before the person a clause opens on.</summary>
    private const int MaxTitleBeforeActor = 80;

    /// <summary>'Ngày 6/6', 'Chiều 22/4', 'Vào ngày 9-4', 'Cũng trong ngày 15-7', 'Rạng sáng 20/6': a day alone opening the sentence.</summary>
    [GeneratedRegex(@"^[\s\-–•]*(?:(?:vào|cũng|trong|thế\s+rồi|rạng)\s+)*(?:(?:sáng|chiều|tối|trưa|đêm|hôm|ngày)\s+)*(?:ngày\s+)?[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainDayLead();

    /// <summary>A comma, or a word that joins a deed to whom it concerns: the name after it is not who acted.</summary>
    [GeneratedRegex(@"[,;]|(?<![\p{L}])(?:của|cho|với|đến|tới|về|từ|ở)(?![\p{L}])")]
    private static partial Regex DeedBeforeName();

    /// <summary>'UBND', 'Bộ', 'Văn phòng', 'Tòa án', 'Hạ viện' opening who acted: a body of the state, a party or a legislature.</summary>
    [GeneratedRegex(@"^(?:UBND|HĐND|TAND|VKSND|Ủy\s+ban|Uỷ\s+ban|Bộ|Ban|Sở|Cục|Tổng\s+cục|Tòa\s+án|Toà\s+án|Viện|Văn\s+phòng|Công\s+an|Quốc\s+hội|Chính\s+phủ|Thành\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy|Đảng\s+ủy|Hội\s+đồng|Cơ\s+quan|Thanh\s+tra|Quân\s+ủy|Mặt\s+trận|Hạ\s+viện|Thượng\s+viện|Nhà\s+Trắng|Điện\s+Kremlin)(?![\p{L}])")]
    internal static partial Regex BodyFirst();

    /// <summary>A clause that tells a state or a saying, not a deed: 'có thể', 'vẫn', 'là', 'cho biết'.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:có\s+thể|vẫn|là|cho\s+biết|cho\s+hay|nói|theo|dự\s+báo|nhiệt\s+độ|giá)(?![\p{L}])")]
    private static partial Regex NoDeed();
}
