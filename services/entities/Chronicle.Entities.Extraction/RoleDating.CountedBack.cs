using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// A post seen in a clause that an earlier happening is counted back to: 'Chuyến đi được tổ chức 3 ngày sau khi ông đến Kiev và gặp
/// Tổng thống X', 'Ông A đưa ra phát biểu vài giờ sau khi Tổng thống B gặp …'. The holder's part is that many days before the
/// day of what the sentence opens on, which it writes or the article wrote last before it.
/// </summary>
internal static partial class RoleDating
{
    /// <summary>
    /// The day of the happening the title's clause tells, counted back from the day of the sentence's main clause; null when
    /// the title is not in a 'N ngày/giờ sau khi' clause that follows a main clause, when the count is vague ('vài ngày'), or
    /// when no day is known to count from.
    /// </summary>
    private static ExtractedDate? CountedBackFromTheMainClause(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, TextSpan title,
        AnchorDate? anchor)
    {
        // Most sentences count nothing back: the words are looked for before the pattern is tried.
        if (text.AsSpan(sentence.Start, title.Start - sentence.Start).IndexOf("sau khi", StringComparison.OrdinalIgnoreCase) < 0)
            return null;
        var counted = CountBack().Match(text, sentence.Start, title.Start - sentence.Start);
        // 'Chỉ một ngày sau khi nhậm chức, ông X …': a clause that opens the sentence times the main clause, not the title.
        if (!counted.Success || WordsBefore(text, sentence.Start, counted.Index) < MainClauseWords
            || ClauseEnd().IsMatch(text.AsSpan(counted.Index + counted.Length, title.Start - counted.Index - counted.Length)))
            return null;
        var back = counted.Groups["unit"].Value.ToLowerInvariant() is "giờ" or "tiếng" ? 0 : CountedDays(counted.Groups["n"].Value);
        if (back is null)
            return null;
        var from = MainClauseDay(text, dates, sentence, counted.Index);
        if (from is null || WholeDayNoLaterThanTheArticle(from, anchor) is not { Iso: { } iso })
            return null;
        var then = ContextDates.DayOf(iso).AddDays(-back.Value);
        return new ExtractedDate(then.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day");
    }

    /// <summary>Words of a main clause before the count ('Chuyến thăm diễn ra', 'Ông Trump đưa ra phát biểu trên').</summary>
    private const int MainClauseWords = 3;

    /// <summary>
    /// The day the main clause happened on: a whole day it writes before the count, or the last whole day written before the
    /// sentence (not a photo's, a cited act's or a birth's).
    /// </summary>
    private static DateMention? MainClauseDay(string text, IReadOnlyList<DateMention> dates, TextSpan sentence, int countStart)
    {
        for (var k = dates.Count - 1; k >= 0; k--)
        {
            var day = dates[k];
            if (day.End > countStart || (day.Start >= sentence.Start && day.Granularity != DateGranularity.Day))
                continue;
            if (day.Granularity == DateGranularity.Day && day.EndDay is null && Counts(text, day) && !CreditsAPhoto(text, day))
                return day;
        }
        return null;
    }

    private static int WordsBefore(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsLetterOrDigit(c) && !inWord)
                words++;
            inWord = char.IsLetterOrDigit(c);
        }
        return words;
    }

    private static int? CountedDays(string word) => word.ToLowerInvariant() switch
    {
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        var digits when int.TryParse(digits, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 32 => n,
        _ => null,
    };

    /// <summary>'3 ngày sau khi', 'một ngày sau khi', 'vài giờ sau khi', 'vài tiếng đồng hồ sau khi'.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])(?<n>[0-9]{1,2}|một|hai|ba|bốn|năm|sáu|bảy|vài|mấy)\s+(?<unit>ngày|giờ|tiếng)(?:\s+đồng\s+hồ)?\s+sau\s+khi(?![\p{L}])", Options)]
    private static partial Regex CountBack();

    /// <summary>A comma, semicolon or colon: the counted clause has ended before the title.</summary>
    [GeneratedRegex(@"[,;:]")]
    private static partial Regex ClauseEnd();
}
