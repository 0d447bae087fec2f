using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class EventPhrases
{
    /// <summary>
    /// 'Vụ tai nạn xảy ra lúc 21h ngày 3/11 tại …', 'Theo người nhà, sự việc xảy ra vào chiều 14/9.', 'Sự cố trong ca mổ xảy
    /// ra ngày 8.7, tại Trung tâm Y tế …': an incident the article reports, told by the day it happened on. No one acted, so the
    /// plain deed's check of who did it does not apply; the incident is named by its own words and the place after the day.
    /// </summary>
    public static Reading? IncidentOnItsDay(Sentence sentence, EventDates.Found date)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        if (date.Day is null || date.Start <= span.Start || date.End > span.End)
            return null;
        var happened = IncidentHappenedOn().Match(text, span.Start, date.Start - span.Start);
        if (!happened.Success)
            return null;
        var what = happened.Groups["what"];
        var place = PlaceAfterTheDay().Match(text, date.End, span.End - date.End);
        var name = Trimmed(place.Success ? $"{what.Value} {place.Groups["place"].Value}" : what.Value);
        return new Reading(Capitalized(Shortened(name)), what.Index, what.Index + what.Length, null);
    }

    /// <summary>
    /// The incident ('vụ việc', 'sự cố trong ca mổ', 'vụ tai nạn giao thông', 'tai nạn'), optionally after a frame ending on a comma,
    /// then 'xảy ra' and the words of when, up to the day: 'Vụ việc xảy ra vào khoảng 2h rạng sáng '.
    /// </summary>
    [GeneratedRegex(@"^(?:[^;:""“”]{0,120}?,\s*)?(?<what>(?:[Vv]ụ|[Ss]ự)\s+(?:việc|cố|tai\s+nạn|cháy|nổ|va\s+chạm|tấn\s+công|ngộ\s+độc|đuối\s+nước|sạt\s+lở|xô\s+xát|hỏa\s+hoạn)(?:\s+[^,;:""“”()]{1,50}?)?|[Tt]ai\s+nạn(?:\s+[^,;:""“”()]{1,40}?)?)\s+(?:đã\s+)?xảy\s+ra\s+(?:vào\s+)?(?:(?:lúc|khoảng)\s+(?:lúc\s+)?[0-9][0-9hg:\s]{0,8}(?:phút\s+)?)?(?:(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:(?:ngày|hôm)\s+)?$")]
    private static partial Regex IncidentHappenedOn();

    /// <summary>', tại Trung tâm Y tế X', ' trên quốc lộ 1A': where it happened, right after the day.</summary>
    [GeneratedRegex(@"\G\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?<place>(?:tại|ở|trên)\s+[^,;.()""“”]{2,80})")]
    private static partial Regex PlaceAfterTheDay();
}
