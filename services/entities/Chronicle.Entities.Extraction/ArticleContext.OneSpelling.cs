namespace Chronicle.Entities.Extraction;

/// <summary>
/// One body an article writes in several ways: 'Hội Doanh nghiệp trẻ Hà Nội (HanoiBA)' in the lead, 'Hội HanoiBA'
/// in a guest list and 'Hội Doanh nghiệp Trẻ Hà Nội' in a heading. Counted as three bodies, they would leave a bare
/// 'Chủ tịch Hội' unread (<see cref="BodyInReach"/> takes only the one body of its kind), though the article names
/// one. A short form the article defines in brackets (<see cref="DefinedAcronyms"/>) is spelled out, and names that
/// differ in case only are one; each then keeps the spelling the article first gives it.
/// </summary>
internal sealed partial class ArticleContext
{
    private List<(string Name, string Kind, int End, bool OfPost)> OneSpellingEach(List<(string Name, string Kind, int End, bool OfPost)> bodies)
    {
        if (bodies.Count < 2)
            return bodies;
        var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var spelled = new List<(string Name, string Kind, int End, bool OfPost)>(bodies.Count);
        foreach (var body in bodies)
        {
            // A name the parser could not read stays empty: it may be any body of the kind.
            if (body.Name.Length == 0)
            {
                spelled.Add(body);
                continue;
            }
            var name = DefinedNames.Count == 0 ? body.Name : DefinedAcronyms.Expanded(body.Name, DefinedNames);
            if (!first.TryGetValue(name, out var kept))
                first[name] = kept = name;
            spelled.Add(body with { Name = kept });
        }
        return spelled;
    }

    /// <summary>
    /// The short forms the article defines in brackets, and the names they stand for: read once an article, for the
    /// bodies counted here and for the posts spelled out (<see cref="DefinedAcronyms.SpellOut"/>).
    /// </summary>
    public Dictionary<string, string> DefinedNames => _definedNames ??= DefinedAcronyms.Definitions(Text);

    private Dictionary<string, string>? _definedNames;
}
