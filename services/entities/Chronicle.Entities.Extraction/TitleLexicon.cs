using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>The kinds of body a title head may be followed by; each reads what comes after it differently.</summary>
internal enum BodyKind
{
    /// <summary>Named in full: 'Hội đồng Quốc phòng và An ninh'.</summary>
    Body,

    /// <summary>Followed by whose funeral: 'Ban Lễ tang Tổng Bí thư X'.</summary>
    Mourning,

    /// <summary>Followed by its number and owner: 'Đoàn Kiểm tra số 1348 của Bộ Chính trị'.</summary>
    Numbered,

    /// <summary>A military unit followed by its number: 'Quân khu' + '7'.</summary>
    Unit,

    /// <summary>Followed by the capitalised words that name it: 'Bệnh viện' + 'Bạch Mai'.</summary>
    Named,

    /// <summary>A people's council's committee, followed by the council: 'Ban Pháp chế' + 'HĐND tỉnh Nghệ An'.</summary>
    Council,

    /// <summary>A Party committee's body, followed by the committee: 'Ủy ban Kiểm tra Tỉnh ủy Hà Nam'.</summary>
    Party,

    /// <summary>A province's body, followed by the province: 'Công an tỉnh Nghệ An'.</summary>
    Local,

    /// <summary>A Party body of another body, followed by it: 'Đảng ủy Chính phủ'.</summary>
    Prefix,

    /// <summary>What only a prefix body may be followed by: 'Công an Trung ương' in 'Đảng ủy Công an Trung ương'.</summary>
    Owner,
}

/// <summary>A body as the lexicon names it, and one way the press writes it.</summary>
internal sealed record BodyForm(BodyKind Kind, string Canonical, string Written);

/// <summary>
/// Title heads and the bodies they head, read from TitleLexicon.tsv (derived from the titles the
/// political news corpus writes next to names; see tools/title-lexicon). Kept as data so the
/// grammar in TitleParser stays small and new bodies need no code.
/// </summary>
internal static partial class TitleLexicon
{
    /// <summary>Title heads, longest first, so 'Phó Chủ nhiệm Thường trực' is tried before 'Phó Chủ nhiệm'.</summary>
    public static readonly string[] Heads;

    /// <summary>The heads by the key of their first word, longest first: most words start none.</summary>
    public static readonly Dictionary<string, string[]> HeadsByFirstWord;

    /// <summary>Every written form of every body, by the key of its first word.</summary>
    public static readonly Dictionary<string, BodyForm[]> BodiesByFirstWord;

    static TitleLexicon()
    {
        var heads = new List<string>();
        var forms = new List<BodyForm>();
        foreach (var (kind, canonical, written) in Entries())
        {
            if (kind == "head")
            {
                heads.Add(canonical);
                continue;
            }
            var bodyKind = Enum.Parse<BodyKind>(kind, ignoreCase: true);
            forms.AddRange(written.Prepend(canonical).SelectMany(WithShortForms).SelectMany(WithoutOwnersCua).SelectMany(WithDashedFields).SelectMany(WithShortCommittee).Distinct().Select(w => new BodyForm(bodyKind, canonical, w)));
        }
        Heads = [.. heads.OrderByDescending(h => h.Split(' ').Length)];
        HeadsByFirstWord = Lexicon.ByFirstWord(Heads);
        BodiesByFirstWord = forms
            .GroupBy(f => Lexicon.Key(f.Written.Split(' ')[0]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Councils the lexicon names in full ('Hội đồng Quốc phòng và An ninh'): what a bare 'hội đồng' may stand for.</summary>
    public static IEnumerable<string> Councils =>
        BodiesByFirstWord.Values.SelectMany(f => f).Where(f => f.Kind == BodyKind.Body && f.Canonical.StartsWith("Hội đồng ", StringComparison.Ordinal))
            .Select(f => f.Canonical).Distinct(StringComparer.Ordinal);

    /// <summary>Steering committees the lexicon names, with each written form: what a bare 'Ban Chỉ đạo' may stand for.</summary>
    public static IEnumerable<BodyForm> SteeringCommittees =>
        BodiesByFirstWord.Values.SelectMany(f => f).Where(f => f.Kind == BodyKind.Body && f.Canonical.StartsWith("Ban Chỉ đạo ", StringComparison.Ordinal));

    /// <summary>
    /// Whether the organisation is a body named by its own words after its kind ('Tập đoàn Nikkei',
    /// 'Bệnh viện Bạch Mai', 'Nhà xuất bản Kim Đồng'): its name says whose it is.
    /// </summary>
    public static bool IsNamedBody(string organization)
    {
        var space = organization.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && BodiesByFirstWord.TryGetValue(Lexicon.Key(organization[..space]), out var forms)
            && forms.Any(f => f.Kind == BodyKind.Named && organization.Length > f.Written.Length
                && organization.StartsWith(f.Written + " ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The press writes 'Trung ương' also as 'TW', 'T.Ư' or 'TƯ': each spelling is matched in every form.</summary>
    private static IEnumerable<string> WithShortForms(string written) =>
        written.Contains("Trung ương", StringComparison.Ordinal)
            ? new[] { "Trung ương", "TW", "T.Ư", "TƯ" }.Select(form => written.Replace("Trung ương", form, StringComparison.Ordinal))
            : [written];

    /// <summary>
    /// A committee of the National Assembly is written with its owner and without 'của' as often as with it
    /// ('Phó Chủ nhiệm Ủy ban Xã hội Quốc hội X'): each such body is matched in both forms.
    /// </summary>
    private static IEnumerable<string> WithoutOwnersCua(string written) =>
        written.EndsWith(" của Quốc hội", StringComparison.Ordinal)
            ? [written, written.Replace(" của Quốc hội", " Quốc hội", StringComparison.Ordinal)]
            : [written];

    /// <summary>
    /// A committee named by two or three fields ('Ủy ban Quốc phòng và An ninh', 'Ủy ban Tài chính, Ngân sách')
    /// is also written with a dash between them ('Ủy ban Quốc phòng – An ninh'): each such form is matched
    /// with a spaced short or long dash for every 'và' or comma that joins two capitalised fields.
    /// </summary>
    private static IEnumerable<string> WithDashedFields(string written)
    {
        yield return written;
        if (!written.StartsWith("Ủy ban ", StringComparison.Ordinal))
            yield break;
        var dashed = FieldJoint().Replace(written, " - ");
        if (dashed == written)
            yield break;
        yield return dashed;
        yield return dashed.Replace(" - ", " – ", StringComparison.Ordinal);
    }

    /// <summary>'Chủ tịch UB An toàn giao thông Quốc gia': the press also shortens 'Ủy ban' before a committee's name to 'UB'.</summary>
    private static IEnumerable<string> WithShortCommittee(string written) =>
        written.StartsWith("Ủy ban ", StringComparison.Ordinal) && written.Length > "Ủy ban ".Length && char.IsUpper(written["Ủy ban ".Length])
            ? [written, "UB " + written["Ủy ban ".Length..]]
            : [written];

    /// <summary>A 'và' or comma between two fields each opening with a capital: 'Quốc phòng và An ninh', 'Tài chính, Ngân sách'.</summary>
    [GeneratedRegex(@"(?<=\p{Ll})(?: và|,) (?=\p{Lu})")]
    private static partial Regex FieldJoint();

    /// <summary>Lines 'kind, count, canonical, spellings separated by |'; '#' lines are comments.</summary>
    private static IEnumerable<(string Kind, string Canonical, string[] Written)> Entries() =>
        EmbeddedTables.Rows("TitleLexicon.tsv").Select(fields => (fields[0], fields[2],
            fields.Length > 3 ? fields[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []));
}
