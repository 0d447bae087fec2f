using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class EventPhrases
{
    /// <summary>Whether the words tell a step of a career ('được bổ nhiệm', 'giữ chức'), which the roles date.</summary>
    internal static bool StepOfACareerIn(string words) => StepOfACareer().IsMatch(words);

    /// <summary>Most words a deed told before its day may have: more, and the day belongs to something said on the way.</summary>
    private const int MaxWordsBeforeTrailingDay = 20;

    // Each reading comes in two forms: the day word ('ngày', 'hôm') closing the words before the date, or counted by
    // the recogniser as part of the date (then the words end right before it).
    private const string Deed = @"\G(?<deed>(?:[^,;:""“”()]|(?<=[0-9]):(?=[0-9])){3,}?)";

    private const string Speaker = @"\G(?<who>[^,;:""“”()]{2,110}?)\s+(?<said>(?:" + Saying + @"|phát\s+biểu)[^,;""“”()]{0,80}?)";

    private const string DayWordClosing = @"\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày|hôm)\s*$";

    /// <summary>
    /// 'Liên minh châu Âu ra quyết định ngày 3-2, …', 'Kế hoạch … đã được Bộ Công Thương chấp thuận ngày 12/6.': a clause that
    /// tells who did what and ends on the day it was done. Who acted opens the clause (a body, a country, an acronym of
    /// one, an official the article names) or, in the passive, follows 'được'. A day closing the sentence after a deed
    /// not told as done ('Tổng thống X phát biểu tại Y ngày 3/7.') is a photo's caption, which the body retells.
    /// </summary>
    /// <returns>The clause before the day, the day words left out; null when the sentence is not so told.</returns>
    private static string? DeedBeforeItsDay(Sentence sentence, EventDates.Found date)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        var start = span.Start;
        if (date.Start <= start || WordsBetween(text, start, date.Start) > MaxWordsBeforeTrailingDay)
            return null;
        var before = DayClosingTheDeed().Match(text, start, date.Start - start);
        // The recogniser may count the day word as part of the date ('ngày 15-7'): it still says when.
        if (!before.Success && DayWord().IsMatch(text.AsSpan(date.Start, date.End - date.Start)))
            before = DeedBeforeDayWord().Match(text, start, date.Start - start);
        var after = WhatFollowsTheDay().Match(text, date.End, span.End - date.End);
        if (!before.Success || !after.Success || FrameFirst().IsMatch(text.AsSpan(start, date.Start - start))
            || EventDates.ToCome(text, new TextSpan(start, date.Start)))
            return null;
        var deed = before.Groups["deed"].Value;
        var goesOn = after.Groups["more"].Success;
        if (!goesOn && !DoneMarker().IsMatch(deed))
            return null;
        if (!ActorOpens(sentence, start, date.Start) && !PassiveAgent().IsMatch(deed))
            return null;
        return Trimmed(deed);
    }

    /// <summary>
    /// Whether who acted opens the words from <paramref name="start"/>: a body of the state or a party, a country, an
    /// organisation's acronym ('EU', 'NHNN'), or a person named within a few words of titles.
    /// </summary>
    private static bool ActorOpens(Sentence sentence, int start, int end)
    {
        var text = sentence.Text;
        return BodyFirst().IsMatch(text.AsSpan(start, Math.Min(20, end - start)))
            || Countries.WrittenAt(text, start).Any()
            || Acronym().IsMatch(text.AsSpan(start, Math.Min(12, end - start)))
            || sentence.People.Any(p => p.Span.Start >= start && p.Span.End <= end && WordsBetween(text, start, p.Span.Start) <= MaxWordsBeforeActor);
    }

    /// <summary>
    /// '"…", người phát ngôn Bộ Ngoại giao X nói với báo giới hôm 9/11.', '"…", Tổng thống X nói trong
    /// bài phát biểu ngày 14/2': a quotation, then who said it and the day. What a state or its spokesman says on a day is
    /// that day's event, as <see cref="SayingOnTheDay"/> reads it when the saying comes first.
    /// </summary>
    private static Reading? SayingAfterAQuote(Sentence sentence, EventDates.Found date)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        if (date.Start <= span.Start)
            return null;
        var quote = QuotationFirst().Match(text, span.Start, date.Start - span.Start);
        if (!quote.Success)
            return null;
        var from = quote.Index + quote.Length;
        var said = SpeakerThenDay().Match(text, from, date.Start - from);
        if (!said.Success && DayWord().IsMatch(text.AsSpan(date.Start, date.End - date.Start)))
            said = SpeakerBeforeDayWord().Match(text, from, date.Start - from);
        if (!said.Success || !WhatFollowsTheDay().Match(text, date.End, span.End - date.End).Success)
            return null;
        var who = said.Groups["who"];
        if (!SpeaksForTheState(sentence, who.Index, who.Index + who.Length) && !PostFirst().IsMatch(who.Value))
            return null;
        var name = Capitalized(Shortened(Trimmed($"{who.Value} {said.Groups["said"].Value}")));
        return new Reading(name, said.Groups["said"].Index, said.Groups["said"].Index + said.Groups["said"].Length, Trimmed(who.Value));
    }

    /// <summary>A quotation that opens the sentence and closes before the day: '"…",' or '“…”,'.</summary>
    [GeneratedRegex(@"\G\s*(?:""[^""]{8,}""|“[^”]{8,}”)\s*,\s*")]
    private static partial Regex QuotationFirst();

    /// <summary>
    /// Who spoke and the saying, up to the day: 'người phát ngôn … Peskov nói với các phóng viên hôm ', 'Tổng thống X nói
    /// trong video đăng trên mạng xã hội ngày '.
    /// </summary>
    [GeneratedRegex(Speaker + DayWordClosing)]
    private static partial Regex SpeakerThenDay();

    [GeneratedRegex(Speaker + @"\s*$")]
    private static partial Regex SpeakerBeforeDayWord();

    /// <summary>A date the recogniser wrote with its day word: 'ngày 15-7', 'hôm 4/9', 'sáng 8/8'.</summary>
    [GeneratedRegex(@"^(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày|hôm)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DayWord();

    [GeneratedRegex(Deed + @"\s*$")]
    private static partial Regex DeedBeforeDayWord();

    /// <summary>A post opening who spoke: 'Tổng thống Mulino', 'người phát ngôn Bộ Ngoại giao', 'Ngoại trưởng X'.</summary>
    [GeneratedRegex(@"^(?:[Tt]ổng\s+thống|[Pp]hó\s+[Tt]ổng\s+thống|[Tt]hủ\s+tướng|[Nn]goại\s+trưởng|[Bb]ộ\s+trưởng|[Cc]hủ\s+tịch|[Nn]gười\s+phát\s+ngôn|(?:nữ\s+)?[Pp]hát\s+ngôn\s+viên|[Tt]hư\s+ký\s+báo\s+chí|[Tt]ổng\s+thư\s+ký|[Nn]hà\s+lãnh\s+đạo)(?![\p{L}])")]
    private static partial Regex PostFirst();

    /// <summary>
    /// The deed, then the words that say its day is when it was done: '… ra quyết định ngày ', '… phê duyệt vào chiều '.
    /// No comma, quotation or bracket on the way: the deed is one clause.
    /// </summary>
    [GeneratedRegex(Deed + DayWordClosing)]
    private static partial Regex DayClosingTheDeed();

    /// <summary>
    /// After the day: the sentence's end, or a comma and more of the sentence ('…, theo sau …'), a bracketed local time
    /// between ('(giờ địa phương)').
    /// </summary>
    [GeneratedRegex(@"\G\s*(?:\([^()]{0,30}\)\s*|giờ\s+địa\s+phương\s*)?(?:(?<more>,\s*\p{Ll})|\.?\s*$)")]
    private static partial Regex WhatFollowsTheDay();

    /// <summary>'được Ủy ban Chứng khoán Nhà nước phê duyệt', 'được Quốc hội thông qua': the body that acted, in the passive.</summary>
    [GeneratedRegex(@"(?<![\p{L}])được\s+(?:UBND|HĐND|TAND|VKSND|Ủy\s+ban|Uỷ\s+ban|Bộ|Ban|Cục|Tòa\s+án|Toà\s+án|Quốc\s+hội|Chính\s+phủ|Thủ\s+tướng|Hội\s+đồng|\p{Lu}{2,6}(?=\s))")]
    private static partial Regex PassiveAgent();

    /// <summary>An organisation written by its acronym, then what it did: 'EU ra …', 'NHNN quyết định …'.</summary>
    [GeneratedRegex(@"^\p{Lu}{2,6}\s+\p{Ll}")]
    private static partial Regex Acronym();
}
