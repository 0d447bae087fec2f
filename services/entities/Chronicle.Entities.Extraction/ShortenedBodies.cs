namespace Chronicle.Entities.Extraction;

/// <summary>
/// A body the article names in full once and shortens elsewhere: 'Phó Bí thư Đảng ủy Viện Hàn lâm'
/// is the post on 'Viện Hàn lâm Khoa học xã hội Việt Nam' the article names, 'Cục trưởng Cục Thể dục
/// thể thao' the one on 'Cục Thể dục thể thao Việt Nam'. A short name stands for the one longer name
/// of the article it begins, as a Party body's short owner does ('Đảng ủy Viện Hàn lâm'); a longer
/// name that only adds a foreign country is another country's body. A body's own staff write it by its
/// kind alone ('Phó Giám đốc Học viện'): that is the one body of the kind the article names in full.
/// </summary>
internal static class ShortenedBodies
{
    private const int MinShortNameWords = 2;

    /// <summary>
    /// Kinds of a body that names itself ('Học viện Ngân hàng', 'Bệnh viện Bạch Mai'), which its own
    /// staff write alone: 'Phó Giám đốc Học viện', 'Chủ tịch Hội đồng Trường'.
    /// </summary>
    public static readonly HashSet<string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Học viện", "Trường", "Đại học", "Bệnh viện", "Viện", "Công ty", "Tổng công ty", "Tập đoàn", "Trung tâm", "Ngân hàng",
    };

    /// <summary>Party bodies named after the body they belong to: 'Đảng ủy Viện …', 'Ban Cán sự Đảng Bộ …'.</summary>
    private static readonly string[] PartyPrefixes = ["Ban Thường vụ Đảng ủy ", "Ủy ban Kiểm tra Đảng ủy ", "Đảng ủy ", "Chi bộ ", "Ban Cán sự Đảng ", "Đảng đoàn "];

    /// <summary>Bodies of a body, named after it: its council, its Party committee, its union.</summary>
    private static readonly string[] OwnBodies = ["Hội đồng ", "Công đoàn ", .. PartyPrefixes];

    public static void Complete(List<RoleMention> roles, string text, IReadOnlyList<TextSpan> sentences)
    {
        CompleteKinds(roles, text, sentences);
        var organizations = roles.Select(r => r.Organization).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            var shortName = role.Organization;
            if (shortName.AsSpan().Count(' ') + 1 < MinShortNameWords || !LocalUnits.EndsWithWords(role.Role, shortName))
                continue;
            if (FullName(organizations, shortName) is { } full)
                roles[k] = role with { Role = role.Role[..^shortName.Length] + full, Organization = full };
        }
    }

    /// <summary>
    /// A body written by its kind alone ('Phó Giám đốc Học viện', 'Bí thư Đảng ủy Học viện') is the one
    /// body of that kind the article names in full; where it names none, or two, the post names no
    /// body and is dropped.
    /// </summary>
    private static void CompleteKinds(List<RoleMention> roles, string text, IReadOnlyList<TextSpan> sentences)
    {
        var named = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var k = roles.Count - 1; k >= 0; k--)
        {
            var role = roles[k];
            if (KindWritten(role.Organization) is not { } kind || !role.Role.EndsWith(kind, StringComparison.Ordinal))
                continue;
            if (!named.TryGetValue(kind, out var full))
                named[kind] = full = NamedInFull(text, sentences, kind);
            if (full is null)
                roles.RemoveAt(k);
            else
                roles[k] = role with { Role = role.Role[..^kind.Length] + full, Organization = role.Organization[..^kind.Length] + full };
        }
    }

    /// <summary>The kind a body is written by alone, itself or after one of its own bodies ('Hội đồng Học viện'); else null.</summary>
    private static string? KindWritten(string organization)
    {
        if (Kinds.Contains(organization))
            return organization;
        var own = OwnBodies.FirstOrDefault(b => organization.StartsWith(b, StringComparison.Ordinal));
        return own is not null && Kinds.Contains(organization[own.Length..]) ? organization[own.Length..] : null;
    }

    /// <summary>The one body of the kind the text names in full; a longer name read on past it is the same body.</summary>
    private static string? NamedInFull(string text, IReadOnlyList<TextSpan> sentences, string kind)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var unreadable = false;
        foreach (var sentence in sentences)
        {
            if (text.AsSpan(sentence.Start, sentence.Length).IndexOf(kind, StringComparison.OrdinalIgnoreCase) < 0)
                continue;
            var tokens = Tokens.Of(text, sentence);
            for (var j = 0; j < tokens.Count; j++)
            {
                if (!tokens[j].IsCapitalized || Phrase.Length(tokens, j, kind) is not { } length)
                    continue;
                if (TitleParser.BodyAt(tokens, j) is { } body && body.StartsWith(kind, StringComparison.OrdinalIgnoreCase) && body.Length > kind.Length)
                    names.Add(body);
                else if (j + length < tokens.Count && tokens[j + length].IsCapitalized && tokens[j + length].IsWord)
                    // A name the parser would not read ('Bệnh viện Bạch Mai và Bệnh viện Việt Đức', longer than a
                    // body's name may be) is a body of the kind too, maybe another: no one body can be told.
                    unreadable = true;
            }
        }
        return unreadable ? null : LocalUnits.TheOne(names);
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
        // The name and its space joined once, not once for every organisation tried.
        var withSpace = shortName + " ";
        var longer = organizations.Where(o => o.StartsWith(withSpace, StringComparison.Ordinal) && !AddsCountry(o[withSpace.Length..])).ToList();
        return longer.Count == 1 ? longer[0] : null;
    }


    /// <summary>The countries of <see cref="Lexicon.Places"/> (the names after the provinces), ours left out.</summary>
    private static readonly string[] ForeignPlaces = [.. Lexicon.Places.Skip(Lexicon.ProvinceNames.Length).Where(country => country != "Việt Nam")];

    private static bool AddsCountry(string added) =>
        ForeignPlaces.Any(country => added.Contains(country, StringComparison.Ordinal));
}
