namespace Chronicle.Entities.Extraction;

/// <summary>
/// A body the article names in full once and shortens elsewhere: 'Phó Bí thư Đảng ủy Viện Hàn lâm'
/// is the post on 'Viện Hàn lâm Khoa học xã hội Việt Nam' the article names, 'Cục trưởng Cục Thể dục
/// thể thao' the one on 'Cục Thể dục thể thao Việt Nam'. A short name stands for the one longer name
/// of the article it begins; a longer name that only adds a foreign country is another country's body.
/// </summary>
internal static class ShortenedBodies
{
    private const int MinShortNameWords = 2;

    public static void Complete(List<RoleMention> roles)
    {
        var organizations = roles.Select(r => r.Organization).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            var shortName = role.Organization;
            if (shortName.Split(' ').Length < MinShortNameWords || !role.Role.EndsWith(" " + shortName, StringComparison.Ordinal))
                continue;
            var longer = organizations.Where(o => o.StartsWith(shortName + " ", StringComparison.Ordinal) && !AddsCountry(o[(shortName.Length + 1)..])).ToList();
            if (longer.Count != 1)
                continue;
            var full = longer[0];
            roles[k] = role with { Role = role.Role[..^shortName.Length] + full, Organization = full };
        }
    }

    private static bool AddsCountry(string added) =>
        Lexicon.Places.Skip(Lexicon.ProvinceNames.Length).Any(country => country != "Việt Nam" && added.Contains(country, StringComparison.Ordinal));
}
