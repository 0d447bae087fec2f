namespace Chronicle.Entities.Extraction;

/// <summary>A title read at a token position: the whole position, its parts, and the tokens it covers.</summary>
/// <param name="NeedsContextOrganization">'Trưởng Ban' alone: the organisation comes from the article.</param>
internal sealed record TitleMatch(string Role, string Title, string Organization, string Qualifier, int First, int End, bool NeedsContextOrganization)
{
    /// <summary>The foreign country whose post this is ('Trung Quốc' for 'Bộ trưởng Ngoại giao Trung Quốc'); null for Vietnamese posts.</summary>
    public string? Country { get; init; }
}

/// <summary>
/// Parses positions compositionally: a qualifier ('nguyên', 'Quyền'), a title head and the
/// organisation that follows it ('Trưởng Ban' + 'Đối ngoại' + 'Trung ương').
/// </summary>
internal static partial class TitleParser
{
    /// <summary>Complete titles: phrase as written, then the canonical role, title and organisation.</summary>
    private static readonly (string Phrase, string Role, string Title, string Organization)[] Complete = WithShortForms(
    [
        ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương"),
        ("Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương"),
        ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
        ("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
        ("Ủy viên Trung ương", "Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương"),
        ("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị"),
        ("Thường trực Ban Bí thư", "Thường trực Ban Bí thư", "Thường trực", "Ban Bí thư"),
        ("Bí thư Trung ương Đảng", "Bí thư Trung ương Đảng", "Bí thư", "Ban Bí thư"),
        ("Bí thư Trung ương", "Bí thư Trung ương Đảng", "Bí thư", "Ban Bí thư"),
        ("Tổng Bí thư", "Tổng Bí thư", "Tổng Bí thư", "Ban Chấp hành Trung ương"),
        ("Phó Chủ tịch nước", "Phó Chủ tịch nước", "Phó Chủ tịch nước", ""),
        ("Chủ tịch nước", "Chủ tịch nước", "Chủ tịch nước", ""),
        ("Phó Thủ tướng Thường trực Chính phủ", "Phó Thủ tướng Thường trực", "Phó Thủ tướng Thường trực", "Chính phủ"),
        ("Phó Thủ tướng Thường trực", "Phó Thủ tướng Thường trực", "Phó Thủ tướng Thường trực", "Chính phủ"),
        ("Phó Thủ tướng Chính phủ", "Phó Thủ tướng", "Phó Thủ tướng", "Chính phủ"),
        ("Phó Thủ tướng", "Phó Thủ tướng", "Phó Thủ tướng", "Chính phủ"),
        ("Thủ tướng Chính phủ", "Thủ tướng", "Thủ tướng", "Chính phủ"),
        ("Thủ tướng", "Thủ tướng", "Thủ tướng", "Chính phủ"),
        ("Phó Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Phó Chủ tịch", "Quốc hội"),
        ("Chủ tịch Quốc hội", "Chủ tịch Quốc hội", "Chủ tịch", "Quốc hội"),
        ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch", "Mặt trận Tổ quốc Việt Nam"),
        ("Chánh Văn phòng Trung ương Đảng", "Chánh Văn phòng Trung ương Đảng", "Chánh Văn phòng", "Văn phòng Trung ương Đảng"),
        ("Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương"),
        ("Phó Bí thư Quân ủy Trung ương", "Phó Bí thư Quân ủy Trung ương", "Phó Bí thư", "Quân ủy Trung ương"),
        ("Bí thư Quân ủy Trung ương", "Bí thư Quân ủy Trung ương", "Bí thư", "Quân ủy Trung ương"),
        ("Phó Chủ tịch Thường trực Quốc hội", "Phó Chủ tịch Thường trực Quốc hội", "Phó Chủ tịch Thường trực", "Quốc hội"),
        ("Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam"),
        ("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm", "Văn phòng Chính phủ"),
        ("Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm", "Văn phòng Chính phủ"),
    ]);

    /// <summary>The press writes 'Trung ương' also as 'TW', 'T.Ư' or 'TƯ': every phrase is matched in each form.</summary>
    private static (string, string, string, string)[] WithShortForms((string Phrase, string Role, string Title, string Organization)[] titles) =>
        [.. titles.SelectMany(t => new[] { "Trung ương", "TW", "T.Ư", "TƯ" }
            .Where(form => form == "Trung ương" || t.Phrase.Contains("Trung ương", StringComparison.Ordinal))
            .Select(form => (t.Phrase.Replace("Trung ương", form, StringComparison.Ordinal), t.Role, t.Title, t.Organization)))];

    private static readonly string[] BanHeads = ["Phó Trưởng Ban Thường trực", "Phó Trưởng Ban", "Trưởng Ban"];
    private static readonly string[] DepartmentHeads = ["Phó Vụ trưởng", "Vụ trưởng", "Phó Giám đốc", "Giám đốc"];
    private static readonly string[] MinistryHeads = ["Bộ trưởng", "Thứ trưởng Thường trực", "Thứ trưởng"];
    private static readonly string[] CommitteeHeads = ["Phó Bí thư Thường trực", "Phó Bí thư", "Bí thư"];
    private static readonly string[] PeoplesCommitteeHeads = ["Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch"];
    private static readonly string[] CentralSuffixes = ["Trung ương Đảng", "Trung ương", "T.Ư", "TƯ", "TW"];

    public static TitleMatch? At(IReadOnlyList<Token> tokens, int i, string? articleProvince)
    {
        var start = i;
        var (qualifier, words) = QualifierAt(tokens, i);
        i += words;
        // Most words start no title: one set lookup spares them every phrase rule below.
        if (i >= tokens.Count || !TitleStarts.Contains(tokens[i].Key))
        {
            return null;
        }
        var match = Parse(tokens, i, articleProvince);
        return match is null ? null : match with { Qualifier = qualifier, First = start };
    }

    /// <summary>
    /// 'nguyên', 'cựu': former; 'Quyền'/'quyền': acting; 'cố': late; 'ứng viên': nominee. Only a
    /// title may follow (checked by the caller), so 'quyền lợi' or 'cố gắng' never qualify anything.
    /// </summary>
    private static (string Qualifier, int Words) QualifierAt(IReadOnlyList<Token> tokens, int i) =>
        i >= tokens.Count ? ("", 0) : tokens[i].Key switch
        {
            "nguyên" or "cựu" => ("former", 1),
            "quyền" => ("acting", 1),
            "cố" => ("late", 1),
            "ứng" when i + 1 < tokens.Count && tokens[i + 1].Key == "viên" => ("nominee", 2),
            _ => ("", 0),
        };

    /// <summary>The first word of every title any rule reads.</summary>
    private static readonly HashSet<string> TitleStarts = new(
        Complete.Select(c => c.Phrase).Concat(BanHeads).Concat(MinistryHeads).Concat(CommitteeHeads).Concat(PeoplesCommitteeHeads)
            .Concat(DepartmentHeads).Concat(ForeignTitles.Heads)
            .Select(phrase => Lexicon.Key(phrase.Split(' ')[0])),
        StringComparer.Ordinal);

    private static TitleMatch? Parse(IReadOnlyList<Token> tokens, int i, string? province)
    {
        if (ForeignTitles.At(tokens, i) is { } foreign)
        {
            return foreign;
        }
        foreach (var (phrase, role, title, organization) in Complete)
        {
            if (Phrase.Length(tokens, i, phrase) is { } n)
            {
                return new TitleMatch(role, title, organization, "", i, i + n, false);
            }
        }
        if (DepartmentHead(tokens, i, province) is { } department)
        {
            return department;
        }
        foreach (var head in BanHeads)
        {
            if (Phrase.Length(tokens, i, head) is not { } n)
            {
                continue;
            }
            var j = i + n;
            if (j < tokens.Count && tokens[j].Key == "ban")
            {
                j++;
            }
            if (Phrase.Longest(tokens, j, Lexicon.Commissions) is not ({ } commission, var m))
            {
                return new TitleMatch(head, head, "", "", i, i + n, NeedsContextOrganization: true);
            }
            j += m;
            var organization = $"Ban {commission} Trung ương";
            if (Phrase.Longest(tokens, j, CentralSuffixes) is (not null, var s))
            {
                j += s;
            }
            else if (Committee(tokens, j, province) is ({ } committee, var c))
            {
                organization = $"Ban {commission} {committee}";
                j += c;
            }
            return new TitleMatch(Compose(head, organization), head, organization, "", i, j, false);
        }
        foreach (var head in MinistryHeads)
        {
            if (Phrase.Length(tokens, i, head) is not { } n)
            {
                continue;
            }
            var j = i + n;
            if (j < tokens.Count && tokens[j].Text == "Bộ")
            {
                j++;
            }
            if (Phrase.Longest(tokens, j, Lexicon.Ministries) is not ({ } ministry, var m))
            {
                // 'Bộ trưởng Thắng': the ministry comes from what the article says of that person.
                return new TitleMatch(head, head, "", "", i, i + n, NeedsContextOrganization: true);
            }
            return new TitleMatch($"{head} Bộ {ministry}", head, $"Bộ {ministry}", "", i, j + m, false);
        }
        foreach (var head in CommitteeHeads)
        {
            if (Phrase.Length(tokens, i, head) is { } n && Committee(tokens, i + n, province) is ({ } committee, var c))
            {
                return new TitleMatch($"{head} {committee}", head, committee, "", i, i + n + c, false);
            }
        }
        foreach (var head in PeoplesCommitteeHeads)
        {
            if (Phrase.Length(tokens, i, head) is { } n && PeoplesCommittee(tokens, i + n, province) is ({ } committee, var c))
            {
                return new TitleMatch($"{head} {committee}", head, committee, "", i, i + n + c, false);
            }
        }
        return null;
    }

    /// <summary>
    /// 'Vụ trưởng Vụ Châu Mỹ, Ban Đối ngoại Trung ương', 'Giám đốc Sở Nội vụ tỉnh Kon Tum': the head
    /// of a department, its name, and the body or province it belongs to.
    /// </summary>
    private static TitleMatch? DepartmentHead(IReadOnlyList<Token> tokens, int i, string? province)
    {
        if (Phrase.Longest(tokens, i, DepartmentHeads) is not ({ } head, var n))
        {
            return null;
        }
        var unit = head.EndsWith("Vụ trưởng", StringComparison.Ordinal) ? "Vụ" : "Sở";
        var j = i + n;
        if (j >= tokens.Count || tokens[j].Text != unit || j + 1 >= tokens.Count || !tokens[j + 1].IsCapitalized)
        {
            return null;
        }
        var end = j + 1;
        while (end < tokens.Count && end - j <= MaxDepartmentWords && tokens[end].IsWord && tokens[end].Key is not ("tỉnh" or "thành" or "tp."))
        {
            end++;
        }
        var name = string.Join(' ', tokens.Skip(j).Take(end - j).Select(t => t.Text));
        if (unit == "Sở")
        {
            var owner = province;
            if (end < tokens.Count && tokens[end].Key is "tỉnh" or "thành" or "tp." && Phrase.Longest(tokens, end + (tokens[end].Key == "thành" ? 2 : 1), Lexicon.ProvinceNames) is ({ } named, var p))
            {
                owner = named;
                end += (tokens[end].Key == "thành" ? 2 : 1) + p;
            }
            var role = owner is null ? $"{head} {name}" : $"{head} {name} tỉnh {owner}";
            return new TitleMatch(role, head, owner is null ? name : $"{name} tỉnh {owner}", "", i, end, false);
        }
        // 'Vụ X, Ban Y': the body after the comma is part of the post.
        if (end + 1 < tokens.Count && tokens[end].Text == "," && Lexicon.Organizations.SelectMany(o => o.Forms.Select(f => (o.Canonical, Form: f)))
            .Select(o => (o.Canonical, Length: Phrase.Length(tokens, end + 1, o.Form))).Where(o => o.Length is not null).OrderByDescending(o => o.Length).FirstOrDefault() is ({ } body, { } length))
        {
            return new TitleMatch($"{head} {name}, {body}", head, $"{name}, {body}", "", i, end + 1 + length, false);
        }
        return new TitleMatch($"{head} {name}", head, name, "", i, end, false);
    }

    private const int MaxDepartmentWords = 5;

    /// <summary>
    /// The role as a reader says it: 'Trưởng Ban' + 'Ban Đối ngoại Trung ương' is 'Trưởng Ban Đối
    /// ngoại Trung ương', while 'Phó Trưởng Ban Thường trực' keeps the organisation whole.
    /// </summary>
    public static string Compose(string head, string organization) =>
        head.EndsWith(" Ban", StringComparison.Ordinal) && organization.StartsWith("Ban ", StringComparison.Ordinal)
            ? $"{head} {organization[4..]}"
            : $"{head} {organization}";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:TP\.?|Thành phố)\s+")]
    private static partial System.Text.RegularExpressions.Regex CityPrefix();

    /// <summary>'Tỉnh ủy Đắk Lắk', 'Thành ủy Hà Nội'; a bare 'Tỉnh ủy' takes the article's province.</summary>
    private static (string? Name, int Length) Committee(IReadOnlyList<Token> tokens, int j, string? province)
    {
        if (Phrase.Longest(tokens, j, ["Tỉnh ủy", "Thành ủy"]) is not ({ } kind, var k))
        {
            return (null, 0);
        }
        if (Phrase.Longest(tokens, j + k, Lexicon.ProvinceNames) is ({ } place, var p))
        {
            return ($"{kind} {place}", k + p);
        }
        return (province is null ? kind : $"{kind} {province}", k);
    }

    /// <summary>'UBND tỉnh Đắk Lắk', 'Ủy ban nhân dân thành phố Hà Nội', 'HĐND tỉnh'; a bare one takes the article's province.</summary>
    private static (string? Name, int Length) PeoplesCommittee(IReadOnlyList<Token> tokens, int begin, string? province)
    {
        var j = begin;
        string body;
        if (Phrase.Longest(tokens, j, ["UBND", "Ủy ban nhân dân"]) is (not null, var u))
        {
            body = "UBND";
            j += u;
        }
        else if (Phrase.Longest(tokens, j, ["HĐND", "Hội đồng nhân dân"]) is (not null, var h))
        {
            body = "HĐND";
            j += h;
        }
        else
        {
            return (null, 0);
        }
        var level = "tỉnh";
        if (Phrase.Longest(tokens, j, ["tỉnh", "thành phố", "TP."]) is ({ } written, var l))
        {
            level = written == "tỉnh" ? "tỉnh" : "thành phố";
            j += l;
        }
        var place = province;
        if (Phrase.Longest(tokens, j, Lexicon.ProvinceNames) is ({ } named, var p))
        {
            place = named;
            j += p;
        }
        // 'UBND Thành phố' in an article on 'TP. Hồ Chí Minh' is 'UBND thành phố Hồ Chí Minh'.
        place = place is null ? null : CityPrefix().Replace(place, "");
        return (place is null ? $"{body} {level}" : $"{body} {level} {place}", j - begin);
    }
}

/// <summary>Matching multi-word phrases at a token position, ignoring case and tone-mark placement.</summary>
internal static class Phrase
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> KeysCache = new(StringComparer.Ordinal);

    public static int? Length(IReadOnlyList<Token> tokens, int i, string phrase)
    {
        var keys = Keys(phrase);
        if (i + keys.Length > tokens.Count)
        {
            return null;
        }
        for (var k = 0; k < keys.Length; k++)
        {
            if (tokens[i + k].Key != keys[k])
            {
                return null;
            }
        }
        return keys.Length;
    }

    /// <summary>The longest of <paramref name="phrases"/> written at position i.</summary>
    public static (string? Phrase, int Length) Longest(IReadOnlyList<Token> tokens, int i, IEnumerable<string> phrases)
    {
        (string? Phrase, int Length) best = (null, 0);
        foreach (var phrase in phrases)
        {
            if (Length(tokens, i, phrase) is { } n && n > best.Length)
            {
                best = (phrase, n);
            }
        }
        return best;
    }

    private static string[] Keys(string phrase) =>
        KeysCache.GetOrAdd(phrase, p => Tokens.Of(p, new TextSpan(0, p.Length)).Select(t => t.Key).ToArray());
}
