using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// A short form the article defines in brackets after a body's name ('Hội Bảo trợ người khuyết tật
/// (BTNKT) tỉnh …', 'Hiệp hội Thép châu Âu (EUROFER)') stands for that name wherever the article
/// uses it later: 'Phó Chủ tịch Hội BTNKT tỉnh …' is the post on 'Hội Bảo trợ người khuyết tật tỉnh …'.
/// The name is the words whose initials spell the short form, else (a foreign short form) the name
/// from the body word that opens it.
/// </summary>
internal static partial class DefinedAcronyms
{
    private const int MaxNameWords = 12;

    /// <summary>Spells out, in each post, the short form the article defines (<paramref name="names"/>, from <see cref="Definitions"/>).</summary>
    public static void SpellOut(Dictionary<string, string> names, List<RoleMention> roles)
    {
        if (roles.Count == 0 || names.Count == 0)
            return;
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            // A company post already spelled out with its brand in brackets ('… Việt Nam (ACV)') stays as it is.
            if (role.Organization.Length == 0 || role.Organization.Contains('(', StringComparison.Ordinal)
                || !role.Role.EndsWith(role.Organization, StringComparison.Ordinal))
                continue;
            var organization = Expanded(role.Organization, names);
            if (organization != role.Organization)
                roles[k] = role with { Role = role.Role[..^role.Organization.Length] + organization, Organization = organization };
        }
    }

    /// <summary>The organisation with the first defined short form in it replaced by its name.</summary>
    internal static string Expanded(string organization, Dictionary<string, string> names)
    {
        var words = organization.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (!names.TryGetValue(words[i], out var name))
                continue;
            // 'Công ty AIC' for 'Công ty CP Tiến bộ Quốc tế (AIC)': the body word written before the short form is the name's own.
            var kept = i;
            for (var j = 0; j < i; j++)
            {
                if (NameOpensWith(name, string.Join(' ', words[j..i])))
                {
                    kept = j;
                    break;
                }
            }
            return string.Join(' ', words[..kept].Append(SpelledLegalForm(name)).Concat(words[(i + 1)..]));
        }
        return organization;
    }

    /// <summary>
    /// The words written before the short form are the name's own opening: 'Công ty AIC' for 'Công ty CP Tiến bộ
    /// Quốc tế (AIC)', and 'Công ty Chứng khoán TVSI' for 'Công ty cổ phần Chứng khoán Tân Việt (TVSI)', where the
    /// post leaves out the legal form; without the second, the post would name the company twice.
    /// </summary>
    private static bool NameOpensWith(string name, string written) =>
        name.StartsWith(written + " ", StringComparison.Ordinal)
        || LegalForm().Replace(name, "${kind} ", 1).StartsWith(written + " ", StringComparison.Ordinal);

    /// <summary>The legal form after a company's or bank's kind: 'Công ty cổ phần', 'Công ty TNHH', 'Ngân hàng TMCP'.</summary>
    [GeneratedRegex(@"^(?<kind>Công ty|Tổng công ty|Ngân hàng) (?:[Cc]ổ phần|CP|TNHH(?: [Mm]ột thành viên| MTV)?|TMCP|[Tt]hương mại cổ phần) ", RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();

    /// <summary>'Công ty CP …' is 'Công ty cổ phần …', as a company's post names it.</summary>
    private static string SpelledLegalForm(string name) =>
        name.StartsWith("Công ty CP ", StringComparison.Ordinal) ? "Công ty cổ phần " + name["Công ty CP ".Length..] : name;

    /// <summary>Each short form the article defines once, or always with the same name, and that name.</summary>
    internal static Dictionary<string, string> Definitions(string text)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!text.Contains('(', StringComparison.Ordinal))
            return names;
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match bracket in BracketedAcronym().Matches(text))
        {
            var acronym = bracket.Groups["acronym"].Value;
            if (NameBefore(text, bracket.Index, acronym) is not { } name)
                continue;
            if (names.TryGetValue(acronym, out var known) && known != name)
                conflicting.Add(acronym);
            names[acronym] = name;
        }
        foreach (var acronym in conflicting)
            names.Remove(acronym);
        return names;
    }

    /// <summary>The name written right before the bracket, within its clause.</summary>
    private static string? NameBefore(string text, int bracket, string acronym)
    {
        if (bracket == 0)
            return null;
        var clauseStart = text.LastIndexOfAny([',', '.', ';', ':', '(', ')', '\n', '"', '“', '”'], bracket - 1) + 1;
        var words = text[clauseStart..bracket].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return null;
        // 'Hội Chữ thập đỏ (CTĐ)': the last words spell the short form, one initial each.
        var letters = acronym.Length;
        if (words.Length >= letters && Enumerable.Range(0, letters).All(i => Initial(words[words.Length - letters + i]) == acronym[i])
            && words[^letters..].Any(w => char.IsUpper(w[0])))
            return string.Join(' ', words[^letters..]);
        // 'Liên hiệp Công đoàn Belarus (FTUB)': a foreign short form; the name opens with a body word.
        var clause = string.Join(' ', words.TakeLast(MaxNameWords));
        var opening = BodyOpening().Matches(clause).LastOrDefault();
        if (opening is null)
            return null;
        var name = clause[opening.Index..];
        return name.Split(' ').Length >= 3 && !Joins().IsMatch(name) ? name : null;
    }

    /// <summary>The word's first letter without its marks, in capitals; 'Đ' stays 'Đ'.</summary>
    private static char Initial(string word)
    {
        var first = char.ToUpperInvariant(word[0]);
        if (first == 'Đ')
            return first;
        var bare = first.ToString().Normalize(NormalizationForm.FormD);
        return bare.FirstOrDefault(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
    }

    [GeneratedRegex(@"\((?<acronym>[A-ZĐ]{2,10})\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAcronym();

    [GeneratedRegex(@"(?<!\p{L})(?:Tổng công ty|Công ty|Tập đoàn|Ngân hàng|Hiệp hội|Hội|Liên hiệp|Liên đoàn|Liên minh|Tổng cục|Cục|Trung tâm|Quỹ|Viện|Tổ chức|Ủy ban|Đại học|Trường|Học viện|Tòa án|Cơ quan)\s", RegexOptions.CultureInvariant)]
    private static partial Regex BodyOpening();

    /// <summary>Words that join two bodies or a body and what it does: no part of one name.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:và|với|của|cho|tại|thuộc|là)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Joins();
}
