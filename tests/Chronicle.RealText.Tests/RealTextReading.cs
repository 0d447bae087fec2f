using System.Globalization;
using Chronicle.Entities.Extraction;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

namespace Chronicle.RealText.Tests;

/// <summary>A role as the suite would answer it: who, which post, when, and held/started/ended.</summary>
public sealed record ObservedRole(string Person, string Role, string Qualifier, string? Date, string Aspect, TextSpan Evidence);

/// <param name="DatedByArticle">The article's main event without a date of its own, given the article's day.</param>
public sealed record ObservedEvent(string Name, string? Date, TextSpan Evidence, bool DatedByArticle = false);

public sealed record ObservedDocument(string Kind, string Number, string? Date, TextSpan Evidence);

/// <summary>What the suite reads from one real article, through the same libraries the services call.</summary>
/// <param name="Roles">The readings that claim a post for a person, which the gold scores.</param>
/// <param name="Nominations">
/// The posts read as only put forward (qualifier 'nominee'): the gold does not annotate proposals, so they count
/// neither as found nor as extra; only their number is printed.
/// </param>
public sealed record ArticleReading(RealArticle Article, string CleanText, AnchorDate Anchor,
    IReadOnlyList<ObservedRole> Roles, IReadOnlyList<ObservedEvent> Events, IReadOnlyList<ObservedDocument> Documents,
    IReadOnlyList<string> Persons, IReadOnlyList<ObservedRole> Nominations)
{
    public static ArticleReading Of(RealArticle article)
    {
        var extracted = ArticleExtractor.FromText(article.Text);
        var published = article.Published ?? article.CorpusDate;
        // As ingestion does: with the date line the page printed, which cleaning keeps aside.
        var anchor = AnchorDateResolver.Resolve(extracted,
            published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), article.Url);
        var result = ArticleAnalyzer.Analyze(extracted.Title, extracted.CleanText, anchor, article.Url);
        var anchorIso = anchor.ToIso();

        var observed = result.Roles
            .Select(r => new ObservedRole(r.PersonName, r.Role, r.Qualifier, r.Date?.Iso, r.Aspect, r.Evidence))
            .ToList();
        var roles = observed.Where(r => r.Qualifier != "nominee").ToList();
        var nominations = observed.Where(r => r.Qualifier == "nominee").ToList();
        // As the entities service hands them on: an event cited in passing without a date of its own is dropped.
        var events = result.Events
            .Where(e => e.IsMainEvent || e.Date?.Iso is not null)
            .Select(e => new ObservedEvent(e.Name, e.Date?.Iso ?? anchorIso, e.Evidence, e.Date?.Iso is null))
            .ToList();
        var documents = result.LegalDocuments
            .DistinctBy(d => d.Identity)
            .Select(d => new ObservedDocument(d.Kind, d.Number, d.Issued?.Iso, d.Evidence))
            .ToList();
        // Everyone read as a person, with a post or without one: tells a name never read from a post not read.
        var persons = result.Mentions.Where(m => m.Type == EntityTypes.Person).Select(m => m.CanonicalName).Distinct().ToList();
        return new ArticleReading(article, extracted.CleanText, anchor, roles, events, documents, persons, nominations);
    }
}
