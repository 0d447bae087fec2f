using System.Text.RegularExpressions;

namespace Chronicle.Text.Dates;

/// <summary>
/// Party and state documents cited by number ('Nghị quyết số 34-NQ/TW ngày 9/1/2023'): a date
/// written right after a document number is the document's date, not the reported event's.
/// </summary>
internal static partial class CitedDocuments
{
    /// <summary>A document cited with its date: '34-NQ/TW' of 9/1/2023.</summary>
    public sealed record Dated(string Number, DateMention Date);

    /// <summary>'34-NQ/TW', '01-ĐA/TW', '1868/QĐ-TTg', '15/2020/NĐ-CP'.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])[0-9]{1,4}(?:/[0-9]{4})?[-/]\p{Lu}{1,6}(?:[-/]\p{L}{1,8})*(?![\p{L}0-9])")]
    private static partial Regex DocumentNumber();

    /// <summary>What may stand between a document number and its date: ', ', 'ban hành'.</summary>
    [GeneratedRegex(@"^[\s,]*(?:(?:được\s+)?ban\s+hành(?:\s+vào)?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GapBeforeDocumentDate();

    /// <summary>The documents cited with a date, and which mention dates each.</summary>
    public static IReadOnlyList<Dated> Find(string text, IReadOnlyList<DateMention> mentions)
    {
        var numbers = DocumentNumber().Matches(text);
        var numberEnds = numbers.Select(m => m.Index + m.Length).ToList();
        var dated = new List<Dated>();
        var next = 0;
        foreach (var mention in mentions)
        {
            while (next + 1 < numberEnds.Count && numberEnds[next + 1] <= mention.Start)
                next++;
            if (next < numberEnds.Count && numberEnds[next] <= mention.Start &&
                GapBeforeDocumentDate().IsMatch(text.AsSpan(numberEnds[next], mention.Start - numberEnds[next])))
            {
                dated.Add(new Dated(numbers[next].Value, mention));
            }
        }
        return dated;
    }
}
