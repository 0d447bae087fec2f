using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

internal static partial class CompanyTitles
{
    /// <summary>
    /// 'Chủ tịch HĐQT Lotus Capital' in an article that also writes 'Công ty Cổ phần Tập đoàn Lotus Capital': a
    /// brand of two words or more the post names alone is the company the article names in full by its legal form,
    /// and the post is named so. Only where the article writes one such full name for the brand.
    /// </summary>
    public static void SpellOutLegalNames(string text, List<RoleMention> roles)
    {
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            var brand = role.Organization;
            if (!SpelledOutHeads.Contains(role.Title) || !brand.Contains(' ', StringComparison.Ordinal)
                || brand.Contains('(', StringComparison.Ordinal) || LegalFormOpening().IsMatch(brand) || KindOpening().IsMatch(brand)
                || !role.Role.EndsWith(" " + brand, StringComparison.Ordinal))
                continue;
            var fullNames = LegalNamesBefore(text, brand);
            if (fullNames.Count == 1)
                roles[k] = role with { Role = $"{role.Title} {fullNames[0]}", Organization = fullNames[0] };
        }
    }

    private static List<string> LegalNamesBefore(string text, string brand)
    {
        var names = new List<string>();
        for (var at = text.IndexOf(brand, StringComparison.Ordinal); at >= 0; at = text.IndexOf(brand, at + brand.Length, StringComparison.Ordinal))
        {
            var after = at + brand.Length;
            if (after < text.Length && char.IsLetterOrDigit(text[after]))
                continue;
            var before = text[Math.Max(0, at - MaxLegalFormChars)..at];
            if (LegalFormBefore().Match(before) is { Success: true } form)
            {
                var name = form.Value + brand;
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                    names.Add(name);
            }
        }
        return names;
    }

    private const int MaxLegalFormChars = 40;

    /// <summary>'Công ty Cổ phần ', 'Công ty cổ phần Tập đoàn ', 'Công ty TNHH ' right before the brand.</summary>
    [GeneratedRegex(@"(?<!\p{L})Công ty (?:[Cc]ổ phần|TNHH(?: [Mm]ột thành viên)?)(?: Tập đoàn)? $", RegexOptions.CultureInvariant)]
    private static partial Regex LegalFormBefore();

    [GeneratedRegex(@"^(?:Công ty|CTCP|Tổng công ty)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LegalFormOpening();

    /// <summary>A body named by its kind ('Tập đoàn X', 'Ngân hàng X') is left as the text names it.</summary>
    [GeneratedRegex(@"^(?:Tập đoàn|Ngân hàng|Quỹ|Hội|Hiệp hội|Trường|Học viện|Đại học|Viện|Bệnh viện|Trung tâm|Ban|Sở|Bộ|Cục|Vụ|Ủy ban|UBND|HĐND)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindOpening();
}
