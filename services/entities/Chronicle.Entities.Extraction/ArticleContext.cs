using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>What the whole article says that single sentences need: its province, its main commission, who holds what.</summary>
internal sealed partial class ArticleContext
{
    private readonly Dictionary<string, string> _holders = new(StringComparer.Ordinal);

    public ArticleContext(string text)
    {
        Text = text;
        Sentences = Tokens.Sentences(text);
        Province = FindProvince(text);
        MainCommission = FindMainCommission(text);
    }

    public string Text { get; }

    public List<TextSpan> Sentences { get; }

    /// <summary>The province a bare 'Tỉnh ủy' or 'UBND tỉnh' means ('điểm cầu Đắk Lắk').</summary>
    public string? Province { get; }

    /// <summary>The commission a bare 'Trưởng Ban' means: the one the article names most.</summary>
    public string? MainCommission { get; }

    public TextSpan SentenceOf(int offset) =>
        Sentences.FirstOrDefault(s => s.Start <= offset && offset < s.End) is { Length: > 0 } sentence ? sentence : new TextSpan(offset, offset);

    public (string Role, string Title, string Organization, string Qualifier) Resolve(TitleMatch title)
    {
        if (title.NeedsContextOrganization && MainCommission is { } commission)
        {
            return (TitleParser.Compose(title.Title, commission), title.Title, commission, title.Qualifier);
        }
        return (title.Role, title.Title, title.Organization, title.Qualifier);
    }

    public void RememberHolder(string role, string person) => _holders.TryAdd(role, person);

    public string? HolderOf(string role) => _holders.GetValueOrDefault(role);

    private List<EntityMention>? _organizations;

    /// <summary>Every mention of a known organisation; found once per article, asked for by several readers.</summary>
    public IReadOnlyList<EntityMention> Organizations() => _organizations ??= [.. FindOrganizations()];

    private IEnumerable<EntityMention> FindOrganizations()
    {
        foreach (var (canonical, forms) in Lexicon.Organizations)
        {
            foreach (var form in forms.OrderByDescending(f => f.Length))
            {
                foreach (var start in Occurrences(form))
                {
                    var span = new TextSpan(start, start + form.Length);
                    yield return new EntityMention(EntityTypes.Organization, canonical, span, SentenceOf(start));
                }
            }
        }
    }

    public IEnumerable<EntityMention> Places()
    {
        foreach (var place in Lexicon.Places)
        {
            foreach (var start in Occurrences(place))
            {
                var span = new TextSpan(start, start + place.Length);
                yield return new EntityMention(EntityTypes.Place, place.Replace("TP ", "TP. ", StringComparison.Ordinal), span, SentenceOf(start));
            }
        }
    }

    /// <summary>Whole-word occurrences of a phrase.</summary>
    public IEnumerable<int> Occurrences(string phrase)
    {
        for (var start = Text.IndexOf(phrase, StringComparison.Ordinal); start >= 0; start = Text.IndexOf(phrase, start + 1, StringComparison.Ordinal))
        {
            var end = start + phrase.Length;
            if ((start == 0 || !char.IsLetterOrDigit(Text[start - 1])) && (end == Text.Length || !char.IsLetterOrDigit(Text[end])))
            {
                yield return start;
            }
        }
    }

    /// <summary>
    /// The province the article is about: of those named after a cue ('tỉnh Đắk Lắk', 'Tỉnh ủy Gia
    /// Lai', 'điểm cầu …'), the one the whole text names most; the first named wins a tie. A
    /// neighbour mentioned once ('phối hợp với tỉnh Khánh Hòa') does not take over.
    /// </summary>
    private string? FindProvince(string text)
    {
        var cued = new List<string>();
        for (var match = ProvinceCue().Match(text); match.Success; match = match.NextMatch())
        {
            var rest = text.AsSpan(match.Index + match.Length);
            foreach (var province in Lexicon.ProvinceNames.OrderByDescending(p => p.Length))
            {
                if (rest.StartsWith(province, StringComparison.Ordinal))
                {
                    cued.Add(province);
                    break;
                }
            }
        }
        return cued.Distinct()
            .Select((province, order) => (Province: province, Order: order, Count: Occurrences(province).Count()))
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Order)
            .Select(p => p.Province)
            .FirstOrDefault();
    }

    private string? FindMainCommission(string text) =>
        Lexicon.Organizations
            .Where(o => o.Canonical.StartsWith("Ban ", StringComparison.Ordinal) && o.Canonical is not ("Ban Bí thư" or "Ban Chấp hành Trung ương"))
            .Select(o => (o.Canonical, Count: o.Forms.Sum(f => Occurrences(f).Count())))
            .Where(o => o.Count > 0)
            .OrderByDescending(o => o.Count)
            .Select(o => o.Canonical)
            .FirstOrDefault();

    [GeneratedRegex(@"(?:điểm cầu|[tT]ỉnh|[tT]hành phố|TP\.|[tT]ỉnh ủy|[tT]hành ủy|[tT]ỉnh uỷ|[tT]hành uỷ)\s+")]
    private static partial Regex ProvinceCue();
}
