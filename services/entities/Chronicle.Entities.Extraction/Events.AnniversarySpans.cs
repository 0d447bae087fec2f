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
    /// 'Nhân dịp kỷ niệm 70 năm ngày Bác Hồ về thăm Đền Hùng (19/9/1954 - 19/9/2024), …', '… nhân kỷ niệm 80 năm Ngày
    /// thành lập Quân đội nhân dân Việt Nam (22.12.1944-22.12.2024)', 'Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ
    /// (7/5/1954 - 7/5/2024), chiều 7/5, đoàn …': an anniversary written with both ends of its span, as the occasion
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
