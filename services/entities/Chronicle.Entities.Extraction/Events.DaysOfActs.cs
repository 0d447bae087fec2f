using System.Text.RegularExpressions;
using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class Events
{
    /// <summary>
    /// 'Nghị định 12/2025/NĐ-CP có hiệu lực từ ngày 15/3/2025', 'Từ 1.7.2025, Thông tư 05/2025 sẽ chính thức có
    /// hiệu lực': an act named by its number, or a law by its name and year, taking effect on a day is an event of
    /// that day, one for each act. The feed's legal news tells its readers when a rule starts to bind them, and the
    /// annotations keep that day as an event when the act is named. So is a coded act's issuing told after its name.
    /// </summary>
    /// <remarks>
    /// An act only pointed at ('Quyết định này có hiệu lực …', 'Nghị định trên …') is the closing clause of a
    /// document quoted whole, whose signing is the event; a draft or an expected effect ('dự thảo', 'dự kiến') is
    /// not yet a rule; and an effect more than a year before the report is the act's history cited in passing
    /// ('Luật … được thông qua năm 2012 và có hiệu lực từ ngày 1-7-2013'). An act with a coded number said to be
    /// issued on a day after its name ('Quyết định 410/QĐ-TTg … được ban hành ngày 3/4/2025') is the issuing's
    /// event, as a coded act signed on a day is; one with a bare number or none is not (the gold's convention 3).
    /// </remarks>
    private static void AddDaysOfActs(ArticleContext context, AnchorDate? anchor, List<EventMention> events)
    {
        var text = context.Text;
        // Most articles speak of no act taking effect: the two searches for one need 'có hiệu lực' to stand (searched from
        // its first word alone, where the two searches try every act's name and read on up to 250 characters from each).
        var effects = TakingEffect().IsMatch(text)
            ? ActTakingEffect().Matches(text).Concat(DayThenActTakingEffect().Matches(text)).Select(m => (Match: m, Issued: false))
            : [];
        // Nor of a coded act issued on a day: that search needs 'ban hành (vào) ngày' to stand, a rare phrase, while its
        // own search tries every act's name the text writes and reads on up to 200 characters from each.
        var issues = IssuedOnADay().IsMatch(text)
            ? CodedActIssuedOnADay().Matches(text).Select(m => (Match: m, Issued: true))
            : [];
        foreach (var (found, issued) in effects.Concat(issues))
        {
            var sentence = context.SentenceOf(found.Index);
            var told = text[sentence.Start..sentence.End];
            if (NotYetARule().IsMatch(told) || ActPointedAt().IsMatch(found.Groups["between"].Value))
                continue;
            var (day, month) = (Number(found.Groups["d"].Value), Number(found.Groups["m"].Value));
            var year = found.Groups["y"].Success ? Number(found.Groups["y"].Value) : anchor?.Year;
            if (year is not { } known || month is < 1 or > 12 || day is < 1 or > 31
                || anchor?.Year is { } reportYear && reportYear - known > 1)
                continue;
            var act = EventNames.Tidy(found.Groups["act"].Value.Trim());
            var name = issued ? $"Ban hành {act}" : $"{act} có hiệu lực";
            var iso = $"{known:D4}-{month:D2}-{day:D2}";
            // An issuing the sentence reading gave already ('Ngày …, Chính phủ ban hành Nghị định …') is not told twice;
            // an act's effect on the day of its issuing is a second event (the annotations keep both).
            if (!events.Exists(e => e.Date?.Iso == iso && (e.Name == name || issued && e.Name.Contains(act, StringComparison.Ordinal))))
                events.Add(new EventMention(name, new ExtractedDate(iso, "day"), null, null, null, [], sentence, false));
        }
    }

    /// <summary>
    /// An act by kind and number ('Nghị định số 88/2024', 'Quyết định số 5287/QĐ-BCA', 'Nghị định 168'), or a law by
    /// its name and year ('Luật Đất đai năm 2024', 'Luật Thủ đô 2024').
    /// </summary>
    private const string NamedAct =
        @"(?<act>(?:Bộ\s+luật|Luật|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Pháp\s+lệnh|Quy\s+định)\s+(?:số\s+)?[0-9]+(?:/[0-9A-Za-zĐđ\-]+)*"
        + @"|Luật(?:\s+\p{Lu}\p{Ll}*)(?:\s+\p{Ll}+){0,6}\s+(?:năm\s+)?(?:19|20)[0-9]{2})(?![\p{L}\p{N}/])";

    /// <summary>'… chính thức có hiệu lực (thi hành) (kể) từ (ngày) D/M(/Y)': the day an act binds from.</summary>
    private const string EffectDay =
        @"(?:(?:chính\s+thức|bắt\s+đầu|cùng|cũng|sẽ|đã|đồng\s+thời)\s+)*có\s+hiệu\s+lực(?:\s+thi\s+hành)?";

    private const string Day = @"(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<m>[0-9]{1,2})(?:\s*[/.\-]\s*(?<y>(?:19|20)[0-9]{2}))?(?![0-9])";

    /// <summary>The words every match of <see cref="ActTakingEffect"/> and <see cref="DayThenActTakingEffect"/> holds.</summary>
    [GeneratedRegex(@"có\s+hiệu\s+lực")]
    private static partial Regex TakingEffect();

    [GeneratedRegex(NamedAct + @"(?<between>[^.!?\n]{0,250}?)(?<![\p{L}])" + EffectDay + @"\s+(?:kể\s+)?từ\s+(?:ngày\s+)?" + Day)]
    private static partial Regex ActTakingEffect();

    /// <summary>'Kể từ ngày 1/9/2025, Thông tư số 21/2025/TT-BTC … bắt đầu có hiệu lực': the day opens the sentence.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Kk]ể\s+)?[Tt]ừ\s+(?:ngày\s+)?" + Day + @"\s*,\s*" + NamedAct + @"(?<between>[^.!?\n]{0,250}?)(?<![\p{L}])" + EffectDay + @"(?![\p{L}])")]
    private static partial Regex DayThenActTakingEffect();

    /// <summary>'Thông tư 29/2024/TT-BGDĐT … được (Chính phủ) ban hành (vào) ngày 30/12/2024': an act with a coded number, issued on a day.</summary>
    [GeneratedRegex(@"(?<act>(?:Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Quy\s+định|Kết\s+luận)\s+(?:số\s+)?[0-9]+(?:/[0-9]{4})?/[A-ZĐ][0-9A-Za-zĐđ\-]*)(?<between>[^.!?\n]{0,200}?)\s+được\s+(?:[^.!?\n,]{0,40}?\s+)?ban\s+hành\s+(?:vào\s+)?ngày\s+" + Day)]
    private static partial Regex CodedActIssuedOnADay();

    /// <summary>The words every match of <see cref="CodedActIssuedOnADay"/> holds: 'ban hành (vào) ngày'.</summary>
    [GeneratedRegex(@"ban\s+hành\s+(?:vào\s+)?ngày\s+")]
    private static partial Regex IssuedOnADay();

    [GeneratedRegex(@"(?<![\p{L}])(?:[Dd]ự\s+thảo|[Dd]ự\s+kiến)(?![\p{L}])")]
    private static partial Regex NotYetARule();

    /// <summary>'… thay thế Quyết định 195/2008; Quyết định này có hiệu lực …': the act that takes effect is the one pointed at.</summary>
    [GeneratedRegex(@"(?:[Qq]uyết\s+định|[Nn]ghị\s+định|[Nn]ghị\s+quyết|[Tt]hông\s+tư|[Ll]uật|[Qq]uy\s+định|[Vv]ăn\s+bản)\s+(?:này|trên|đó)(?![\p{L}])")]
    private static partial Regex ActPointedAt();
}
