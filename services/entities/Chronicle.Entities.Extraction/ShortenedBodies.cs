namespace Chronicle.Entities.Extraction;

/// <summary>
/// A body the article names in full once and shortens elsewhere: 'Phó Bí thư Đảng ủy Viện Hàn lâm'
/// is the post on 'Viện Hàn lâm Khoa học xã hội Việt Nam' the article names, 'Cục trưởng Cục Thể dục
/// thể thao' the one on 'Cục Thể dục thể thao Việt Nam'. A short name stands for the one longer name
/// of the article it begins, as a Party body's short owner does ('Đảng ủy Viện Hàn lâm'); a longer
/// name that only adds a foreign country is another country's body.
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
            if (FullName(organizations, shortName) is { } full)
                roles[k] = role with { Role = role.Role[..^shortName.Length] + full, Organization = full };
        }
    }

    /// <summary>
    /// The one longer name of the article the short name begins; for a Party body of another body
    /// ('Đảng ủy Viện Hàn lâm'), the Party body of the one longer name that body's short name begins.
    /// </summary>
    private static string? FullName(List<string> organizations, string shortName)
    {
        if (Longer(organizations, shortName) is { } full)
            return full;
        var prefix = PartyPrefixes.FirstOrDefault(p => shortName.StartsWith(p, StringComparison.Ordinal));
        var owner = prefix is null ? "" : shortName[prefix.Length..];
        return owner.Split(' ').Length >= MinShortNameWords && Longer(organizations, owner) is { } fullOwner ? prefix + fullOwner : null;
    }

    private static string? Longer(List<string> organizations, string shortName)
    {
        var longer = organizations.Where(o => o.StartsWith(shortName + " ", StringComparison.Ordinal) && !AddsCountry(o[(shortName.Length + 1)..])).ToList();
        return longer.Count == 1 ? longer[0] : null;
    }

    /// <summary>Party bodies named after the body they belong to: 'Đảng ủy Viện …', 'Ban Cán sự Đảng Bộ …'.</summary>
    private static readonly string[] PartyPrefixes = ["Ban Thường vụ Đảng ủy ", "Ủy ban Kiểm tra Đảng ủy ", "Đảng ủy ", "Chi bộ ", "Ban Cán sự Đảng ", "Đảng đoàn "];

    /// <summary>The countries of <see cref="Lexicon.Places"/> (the names after the provinces), ours left out.</summary>
    private static readonly string[] ForeignPlaces = [.. Lexicon.Places.Skip(Lexicon.ProvinceNames.Length).Where(country => country != "Việt Nam")];

    private static bool AddsCountry(string added) =>
        ForeignPlaces.Any(country => added.Contains(country, StringComparison.Ordinal));
}
