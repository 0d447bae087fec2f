namespace Chronicle.Entities.Extraction;

/// <summary>
/// The body an article is about, among others of its kind it names in passing: a report on one hospital's
/// opening names it again and again, and a guest's hospital once. Its staff's posts written by the kind alone
/// ('ông X - Giám đốc bệnh viện - cho biết') are that body's. Only a body named <see cref="MinTimesNamed"/>
/// times or more, and at least <see cref="MinLead"/> times as often as any other of its kind, is the article's
/// own; the names of its kind the parser cannot read count as one other body.
/// </summary>
internal sealed partial class ArticleContext
{
    private const int MinTimesNamed = 3;

    private const int MinLead = 3;

    private string? MainOfKinds(List<(string Name, string Kind, int End, bool OfPost)> bodies, IReadOnlyList<string> kinds)
    {
        // The names of the kind the parser could not read count together, as one other body named that often.
        var byTimes = OneSpellingEach(bodies.Where(b => kinds.Contains(b.Kind)).ToList()).GroupBy(b => b.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Times: g.Count())).OrderByDescending(b => b.Times).ToList();
        if (byTimes.Count == 0 || byTimes[0].Name.Length == 0)
            return null;
        var (main, times) = byTimes[0];
        var next = byTimes.Count > 1 ? byTimes[1].Times : 0;
        return times >= MinTimesNamed && times >= MinLead * next ? main : null;
    }
}
