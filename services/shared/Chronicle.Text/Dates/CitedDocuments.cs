using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>
/// Party and state documents cited by number ('Nghị quyết số 34-NQ/TW ngày 9/1/2023'): a date
/// written right after a document number is the document's date, not the reported event's.
/// </summary>
internal static partial class CitedDocuments
{
    /// <summary>'34-NQ/TW', '01-ĐA/TW', '1868/QĐ-TTg', '15/2020/NĐ-CP'.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,4}(?:/\d{4})?[-/]\p{Lu}{1,6}(?:[-/]\p{L}{1,8})*(?![\p{L}\d])")]
    private static partial Regex DocumentNumber();

    /// <summary>What may stand between a document number and its date: ', ', 'ban hành'.</summary>
    [GeneratedRegex(@"^[\s,]*(?:(?:được\s+)?ban\s+hành(?:\s+vào)?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GapBeforeDocumentDate();

    /// <summary>The mentions that date a cited document.</summary>
    public static IReadOnlyList<DateMention> DatesOfDocuments(string text, IReadOnlyList<DateMention> mentions)
    {
        var numberEnds = DocumentNumber().Matches(text).Select(m => m.Index + m.Length).ToList();
        var dated = new List<DateMention>();
        var next = 0;
        foreach (var mention in mentions)
        {
            while (next + 1 < numberEnds.Count && numberEnds[next + 1] <= mention.Start)
                next++;
            if (next < numberEnds.Count && numberEnds[next] <= mention.Start &&
                GapBeforeDocumentDate().IsMatch(text.AsSpan(numberEnds[next], mention.Start - numberEnds[next])))
            {
                dated.Add(mention);
            }
        }
        return dated;
    }
}
