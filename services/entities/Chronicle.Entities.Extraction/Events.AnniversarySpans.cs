using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class Events
{
    /// <summary>
    /// The anniversaries whose subject is a past event of a written day: one with the day alone after its subject
    /// (<see cref="AnniversaryOrigin"/>), and one with both ends of its span that frames the sentence's deed
    /// (<see cref="AnniversarySpanFraming"/>).
    /// </summary>
    private static IEnumerable<Match> AnniversaryOrigins(ArticleContext context) =>
        AnniversaryOrigin().Matches(context.Text).Concat(AnniversarySpanFraming().Matches(context.Text)
            .Where(m => !TraditionDay().IsMatch(m.Groups["subject"].Value) && CommemoratedBy(context, m)));

    /// <summary>
    /// Whether the sentence the span frames does what one does to honour a past event: incense or flowers offered, a
    /// cemetery, a memorial or veterans visited ('… dâng hương tại Nhà tưởng niệm …', '… thăm hỏi các tướng lĩnh …'). A
    /// match or a fair held on the occasion, or gifts handed out, honour nothing of that day.
    /// </summary>
    private static bool CommemoratedBy(ArticleContext context, Match span)
    {
        var sentence = context.SentenceOf(span.Index);
        var text = context.Text;
        var end = Math.Min(sentence.End, text.Length);
        return CommemorativeDeed().IsMatch(text.AsSpan(sentence.Start, Math.Max(0, span.Index - sentence.Start)))
            || span.Index + span.Length < end && CommemorativeDeed().IsMatch(text.AsSpan(span.Index + span.Length, end - span.Index - span.Length));
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:dâng\s+hương|dâng\s+hoa|viếng|thăm(?!\s+dò)|tưởng\s+niệm|tưởng\s+nhớ)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex CommemorativeDeed();

    /// <summary>
    /// 'Nhân dịp kỷ niệm 65 năm Ngày … (2/3/1959 - 2/3/2024), …', '… nhân kỷ niệm 60 năm Ngày
    /// thành lập … (15.6.1964-15.6.2024)', 'Kỷ niệm 50 năm Chiến thắng …
    /// (6/1/1975 - 6/1/2025), sáng 6/1, đoàn …': an anniversary written with both ends of its span, as the occasion
    /// of a commemorative deed the sentence tells ('nhân', 'nhân dịp (chào mừng) (kỷ niệm)', or 'Kỷ niệm' opening the
    /// sentence; <see cref="CommemoratedBy"/>), names a past event of the span's first day, which the annotations keep. A span named as a ceremony's title
    /// ('Lễ kỷ niệm … (… – …)' being prepared) or a goal ('chào mừng', 'hướng tới') is left alone, as is a tradition
    /// day ('ngày truyền thống ngành …'), which marks a founding the text does not tell.
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])[Nn]hân\s+(?:dịp\s+)?(?:chào\s+mừng\s+)?(?:kỷ\s+niệm\s+)?|(?<=(?:^|[.!?…])\s*)Kỷ\s+niệm\s+)(?<n>[0-9]{1,3})\s+năm\s+(?<subject>\p{L}(?:(?![0-9]{1,3}\s+năm\s)[^()\n;.]){2,110}?)\s*\(\s*(?<d>[0-9]{1,2})\s*[-/.]\s*(?<m>[0-9]{1,2})\s*[-/.]\s*(?<y>1[0-9]{3})\s*[-–]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*20[0-9]{2}\s*\)")]
    private static partial Regex AnniversarySpanFraming();

    [GeneratedRegex(@"^[Nn]gày\s+truyền\s+thống(?![\p{L}])")]
    private static partial Regex TraditionDay();
}
