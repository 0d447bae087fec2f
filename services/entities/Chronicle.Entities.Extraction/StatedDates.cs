using System.Text.RegularExpressions;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Start and end dates a sentence states for the posts it names: 'Từ tháng 3/2021, ông giữ chức …',
/// 'được bầu bổ sung vào Ban Bí thư tháng 10/2023', 'thôi giữ chức … từ ngày 1/2/2024'. Only a
/// date with its year counts; a bare day and month is not a stated date.
/// </summary>
internal static partial class StatedDates
{
    public static (ExtractedDate? Start, ExtractedDate? End) In(string text, TextSpan sentence)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length).ToString();
        var leaving = LeavingCue().IsMatch(words);
        var taking = !leaving && TakingCue().IsMatch(words);
        if (!leaving && !taking)
        {
            return (null, null);
        }
        var date = DateRecognizer.Find(words).FirstOrDefault(d => d.Year is not null && d.Granularity != DateGranularity.Year);
        if (date is null)
        {
            return (null, null);
        }
        var stated = date.Granularity == DateGranularity.Day
            ? new ExtractedDate($"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}", "day")
            : new ExtractedDate($"{date.Year:D4}-{date.Month:D2}", "month");
        return leaving ? (null, stated) : (stated, null);
    }

    [GeneratedRegex(@"\b(?:giữ chức|được bổ nhiệm|được bầu|nhậm chức|đảm nhiệm|được phân công)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TakingCue();

    [GeneratedRegex(@"\b(?:thôi giữ chức|thôi chức|miễn nhiệm|nghỉ hưu|thôi làm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeavingCue();
}
