using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Party and state documents cited by their numbering scheme: kind, number, then optionally the
/// date, the issuer ('của Bộ Chính trị') and the subject ('về …').
/// </summary>
internal static partial class LegalDocuments
{
    /// <summary>Issuers implied by the number's suffix when the text does not name one.</summary>
    private static readonly (string Suffix, string Issuer)[] IssuerBySuffix =
    [
        ("QĐ-TTg", "Thủ tướng Chính phủ"),
        ("CT-TTg", "Thủ tướng Chính phủ"),
        ("NĐ-CP", "Chính phủ"),
        ("NQ-CP", "Chính phủ"),
    ];

    public static List<LegalDocumentMention> Find(ArticleContext context)
    {
        var found = new Dictionary<string, LegalDocumentMention>(StringComparer.Ordinal);
        foreach (Match match in Citation().Matches(context.Text))
        {
            var number = match.Groups["number"].Value;
            var issued = match.Groups["day"].Success
                ? Date(match.Groups["day"].Value, match.Groups["month"].Value, match.Groups["year"].Value)
                : null;
            var issuer = match.Groups["issuer"].Success
                ? match.Groups["issuer"].Value.Replace(" Đảng", "", StringComparison.Ordinal)
                : IssuerBySuffix.FirstOrDefault(s => number.EndsWith(s.Suffix, StringComparison.Ordinal)).Issuer;
            var subject = match.Groups["subject"].Success ? match.Groups["subject"].Value.Trim().TrimEnd(',', '.') : null;
            var mention = new LegalDocumentMention(match.Groups["kind"].Value, number, issuer, issued, subject,
                context.SentenceOf(match.Index));
            // A later bare mention ('Đề án số 01-ĐA/TW') adds nothing to the first, fuller one.
            if (!found.TryGetValue(number, out var earlier) || Detail(mention) > Detail(earlier))
            {
                found[number] = mention;
            }
        }
        return [.. found.Values];
    }

    private static int Detail(LegalDocumentMention mention) =>
        (mention.Issued is null ? 0 : 1) + (mention.Issuer is null ? 0 : 1) + (mention.Subject is null ? 0 : 1);

    private static ExtractedDate? Date(string day, string month, string year)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && y is >= 1900 and <= 2100 && d <= DateTime.DaysInMonth(y, m)
            ? new ExtractedDate($"{y:D4}-{m:D2}-{d:D2}", "day")
            : null;
    }

    [GeneratedRegex("""
        (?<kind>Nghị\squyết|Chỉ\sthị|Đề\sán|Quyết\sđịnh|Kết\sluận|Nghị\sđịnh|Thông\stư|Quy\sđịnh|Hướng\sdẫn)
        (?:\s+số)?\s+
        (?<number>[0-9]+(?:/[0-9]{4})?[-/][A-ZĐ]+(?:[-/][A-Za-zĐđ.]+)*)
        (?:,?\s+ngày\s+(?<day>[0-9]{1,2})[/-](?<month>[0-9]{1,2})[/-](?<year>[0-9]{4}))?
        (?:\s+của\s+(?<issuer>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội))?
        (?:\s+về\s+(?:[“"](?<subject>[^”"]{3,300})[”"]|(?<subject>[^.;,“”"\n]{3,200})))?
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Citation();
}
