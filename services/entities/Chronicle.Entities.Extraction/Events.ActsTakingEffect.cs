using System.Text.RegularExpressions;
using Chronicle.Text;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

internal static partial class Events
{
    /// <summary>
    /// 'Nghị định 47/2024/NĐ-CP có hiệu lực từ ngày 09/5/2024', 'Kể từ 1.1.2025, Nghị định 168/2024 chính thức có
    /// hiệu lực': an act named by its number, or a law by its name and year, taking effect on a day is an event of
    /// that day, one for each act. The feed's legal news tells its readers when a rule starts to bind them, and the
    /// annotations keep that day as an event when the act is named.
    /// </summary>
    /// <remarks>
    /// An act only pointed at ('Quyết định này có hiệu lực …', 'Nghị định trên …') is the closing clause of a
    /// document quoted whole, whose signing is the event; a draft or an expected effect ('dự thảo', 'dự kiến') is
    /// not yet a rule; and an effect more than a year before the report is the act's history cited in passing
    /// ('Luật … thông qua ngày 29-3-2011, có hiệu lực … từ ngày 1-1-2012').
    /// </remarks>
    private static void AddActsTakingEffect(ArticleContext context, AnchorDate? anchor, List<EventMention> events)
    {
        var text = context.Text;
        foreach (var effect in ActTakingEffect().Matches(text).Concat(DayThenActTakingEffect().Matches(text)))
        {
            var sentence = context.SentenceOf(effect.Index);
            var told = text[sentence.Start..sentence.End];
            if (NotYetARule().IsMatch(told) || ActPointedAt().IsMatch(effect.Groups["between"].Value))
                continue;
            var (day, month) = (Number(effect.Groups["d"].Value), Number(effect.Groups["m"].Value));
            var year = effect.Groups["y"].Success ? Number(effect.Groups["y"].Value) : anchor?.Year;
            if (year is not { } known || month is < 1 or > 12 || day is < 1 or > 31
                || anchor?.Year is { } reportYear && reportYear - known > 1)
                continue;
            var name = $"{EventNames.Tidy(effect.Groups["act"].Value.Trim())} có hiệu lực";
            var iso = $"{known:D4}-{month:D2}-{day:D2}";
            if (!events.Exists(e => e.Date?.Iso == iso && e.Name == name))
                events.Add(new EventMention(name, new ExtractedDate(iso, "day"), null, null, null, [], sentence, false));
        }
    }

    /// <summary>
    /// An act by kind and number ('Nghị định số 88/2024', 'Quyết định số 5287/QĐ-BCA', 'Nghị định 168'), or a law by
    /// its name and year ('Luật Đất đai năm 2024', 'Luật Nhà ở 2023').
    /// </summary>
    private const string NamedAct =
        @"(?<act>(?:Bộ\s+luật|Luật|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Pháp\s+lệnh|Quy\s+định)\s+(?:số\s+)?[0-9]+(?:/[0-9A-Za-zĐđ\-]+)*"
        + @"|Luật(?:\s+\p{Lu}\p{Ll}*)(?:\s+\p{Ll}+){0,6}\s+(?:năm\s+)?(?:19|20)[0-9]{2})(?![\p{L}\p{N}/])";

    /// <summary>'… chính thức có hiệu lực (thi hành) (kể) từ (ngày) D/M(/Y)': the day an act binds from.</summary>
    private const string EffectDay =
        @"(?:(?:chính\s+thức|bắt\s+đầu|cùng|cũng|sẽ|đã|đồng\s+thời)\s+)*có\s+hiệu\s+lực(?:\s+thi\s+hành)?";

    private const string Day = @"(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<m>[0-9]{1,2})(?:\s*[/.\-]\s*(?<y>(?:19|20)[0-9]{2}))?(?![0-9])";

    [GeneratedRegex(NamedAct + @"(?<between>[^.!?\n]{0,250}?)(?<![\p{L}])" + EffectDay + @"\s+(?:kể\s+)?từ\s+(?:ngày\s+)?" + Day)]
    private static partial Regex ActTakingEffect();

    /// <summary>'Từ ngày 1/1/2025, Thông tư số 73/2024/TT-BCA … sẽ có hiệu lực': the day opens the sentence.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Kk]ể\s+)?[Tt]ừ\s+(?:ngày\s+)?" + Day + @"\s*,\s*" + NamedAct + @"(?<between>[^.!?\n]{0,250}?)(?<![\p{L}])" + EffectDay + @"(?![\p{L}])")]
    private static partial Regex DayThenActTakingEffect();

    [GeneratedRegex(@"(?<![\p{L}])(?:[Dd]ự\s+thảo|[Dd]ự\s+kiến)(?![\p{L}])")]
    private static partial Regex NotYetARule();

    /// <summary>'… thay thế Quyết định 195/2008; Quyết định này có hiệu lực …': the act that takes effect is the one pointed at.</summary>
    [GeneratedRegex(@"(?:[Qq]uyết\s+định|[Nn]ghị\s+định|[Nn]ghị\s+quyết|[Tt]hông\s+tư|[Ll]uật|[Qq]uy\s+định|[Vv]ăn\s+bản)\s+(?:này|trên|đó)(?![\p{L}])")]
    private static partial Regex ActPointedAt();
}
