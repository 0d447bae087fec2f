using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Entities.Data;
using Chronicle.Entities.Extraction;
using Chronicle.Storage;
using Google.Protobuf;

namespace Chronicle.Entities.Pipeline;

/// <summary>
/// Reads one document, resolves what it mentions to canonical entities and stores them with the
/// facts for the timeline in one transaction. Idempotent by document id and content hash.
/// </summary>
public sealed class DocumentAnalysis(EntityStore entities, Outbox outbox, ILogger<DocumentAnalysis> logger)
{
    public AnalyzeDocumentResponse Analyze(AnalyzeDocumentRequest request)
    {
        var extraction = Extract(request);
        var stored = entities.Store.InTransaction((connection, transaction) => Store(connection, transaction, request, extraction));
        RememberCommitted(stored);
        outbox.NotifyAfterCommit();
        return stored.Response;
    }

    /// <summary>
    /// Several documents handed off together: read on every core, then stored in one shared
    /// transaction, each document in a savepoint of its own, so a document that cannot be stored
    /// is answered "try again" alone and the others are kept. A document without its id or
    /// content hash is refused (it never can be stored).
    /// </summary>
    public IReadOnlyList<HandOffItemResult> AnalyzeAll(IReadOnlyList<AnalyzeDocumentRequest> requests)
    {
        var results = HandOffBatch.Answer(requests, request => IsComplete(request) ? null : MissingFields, StoreAll,
            (request, error) => logger.LogError(error, "Storing document {DocumentId} failed", request.DocumentId), "storing failed");
        outbox.NotifyAfterCommit();
        return results;
    }

    /// <summary>Reads the documents on every core, then stores them in one shared transaction.</summary>
    private IReadOnlyList<SharedWorkOutcome<AnalyzeDocumentResponse>> StoreAll(IReadOnlyList<AnalyzeDocumentRequest> requests)
    {
        var extractions = new Extraction[requests.Count];
        Parallel.For(0, requests.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            j => extractions[j] = Extract(requests[j]));
        var outcomes = entities.Store.InSharedTransactionEach(requests.Select((request, j) =>
            (Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, StoredAnalysis>)((connection, transaction) =>
                Store(connection, transaction, request, extractions[j]))).ToList());
        // An outcome without an error is a piece of work that committed (a failed commit fails every piece).
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is null && outcome.Result is { } stored)
            {
                RememberCommitted(stored);
            }
        }
        return outcomes.Select(o => new SharedWorkOutcome<AnalyzeDocumentResponse>(o.Result?.Response, o.Error)).ToList();
    }

    /// <summary>What storing one document answered, and the names it stored (null when it stored none).</summary>
    private sealed record StoredAnalysis(AnalyzeDocumentResponse Response, DocumentEntities? Named);

    /// <summary>Called only once the transaction that stored the names has committed.</summary>
    private void RememberCommitted(StoredAnalysis stored)
    {
        if (stored.Named is { } named)
        {
            entities.Stored.Remember(named);
        }
    }

    public const string MissingFields = "document_id and content_hash are required.";

    public static bool IsComplete(AnalyzeDocumentRequest request) =>
        !string.IsNullOrWhiteSpace(request.DocumentId) && !string.IsNullOrEmpty(request.ContentHash);

    /// <summary>What the extractor read, or why it failed.</summary>
    private sealed record Extraction(ExtractionResult? Result, string? Failure);

    private Extraction Extract(AnalyzeDocumentRequest request)
    {
        try
        {
            return new Extraction(ArticleAnalyzer.Analyze(request.Title, request.CleanText, ArticleAnchor(request.Anchor), request.Url), null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The document stays visible as failed, with the reason, and can be re-run later.
            logger.LogError(exception, "Extraction failed for document {DocumentId}", request.DocumentId);
            return new Extraction(null, $"extraction failed: {exception.Message}");
        }
    }

    /// <summary>Stores one analysed document and its hand-off to the timeline in the caller's transaction.</summary>
    private StoredAnalysis Store(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, AnalyzeDocumentRequest request, Extraction analysed)
    {
        // Null when the document was not looked up (a re-analysis) or is not stored yet.
        string? knownHash = null;
        var known = request.Reanalyze ? null : EntityStore.FindDocument(connection, transaction, request.DocumentId, out knownHash);
        var mayBeStored = request.Reanalyze || known is not null;
        if (known is not null && knownHash == request.ContentHash)
        {
            return new StoredAnalysis(new AnalyzeDocumentResponse { NewlyStored = false }, null);
        }

        if (analysed.Result is not { } extraction)
        {
            EntityStore.UpsertDocument(connection, transaction, request.DocumentId, request.ContentHash, request.Revision, StageStatus.Failed, analysed.Failure,
                mayBeStored);
            // The document goes no further: ingestion learns it failed from here.
            OutcomeReport.EnqueueFailure(connection, transaction, request.DocumentId, request.Revision, analysed.Failure!);
            return new StoredAnalysis(new AnalyzeDocumentResponse { NewlyStored = true }, null);
        }

        EntityStore.UpsertDocument(connection, transaction, request.DocumentId, request.ContentHash, request.Revision, StageStatus.Pending, null, mayBeStored);
        var facts = Facts(request, extraction);
        var named = new DocumentEntities();
        // Events get their ids from name and date below, so one event is one entity across outlets.
        foreach (var mention in extraction.Mentions.Where(m => m.Type != EntityTypes.Event))
        {
            var id = EntityIds.For(mention.Type, mention.CanonicalName);
            var written = request.CleanText[mention.Span.Start..mention.Span.End];
            named.Entity(id, mention.Type, mention.CanonicalName, IsAlias(mention, written) ? written : mention.CanonicalName);
            named.Mention(id, mention.Span.Start, mention.Span.End);
        }
        foreach (var fact in facts.Events)
        {
            named.Entity(fact.Id, EntityTypes.Event, fact.Name, fact.Name);
            named.Mention(fact.Id, fact.Evidence.Start, fact.Evidence.End);
        }
        foreach (var role in extraction.Roles)
        {
            // A role names a person even when the extractor reported no separate mention of them.
            named.Entity(EntityIds.For(EntityTypes.Person, role.PersonName), EntityTypes.Person, role.PersonName, role.PersonName);
            named.Entity(EntityIds.For(EntityTypes.Position, role.Role), EntityTypes.Position, role.Role, role.Role);
        }
        EntityStore.AddAll(connection, transaction, request.DocumentId, named, entities.Stored);
        Outbox.Enqueue(connection, transaction, request.DocumentId, facts.ToByteArray());
        return new StoredAnalysis(new AnalyzeDocumentResponse { NewlyStored = true, Mentions = extraction.Mentions.Count }, named);
    }

    /// <summary>
    /// The anchor as the extractor reads it: its year dates the days and months the text writes
    /// without one. When ingestion could not know the year, none is passed on, and those sightings
    /// take the document's anchor once the timeline infers it.
    /// </summary>
    private static Text.Dates.AnchorDate? ArticleAnchor(AnchorDate? anchor)
    {
        if (anchor?.Date?.Value is not { Length: >= 4 } iso)
            return null;
        var parts = iso.Split('-');
        var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : null;
        var granularity = day is not null ? Text.Dates.DateGranularity.Day : month is not null ? Text.Dates.DateGranularity.Month : Text.Dates.DateGranularity.Year;
        var basis = anchor.Basis switch
        {
            "written" => Text.Dates.YearBasis.Written,
            "context" => Text.Dates.YearBasis.Context,
            "cited_document" => Text.Dates.YearBasis.CitedDocument,
            "inferred" => Text.Dates.YearBasis.Inferred,
            _ => Text.Dates.YearBasis.Publication,
        };
        // Whether the day came from the text travels as FromText: the sentence it was read from stays with ingestion.
        return new Text.Dates.AnchorDate(year, month, day, granularity, basis, [], anchor.Reason, null)
        {
            FromText = anchor.FromText,
            PublishedOn = anchor.PublishedOn.Length > 0 ? anchor.PublishedOn : null,
        };
    }

    private static PartialDate? Partial(ExtractedDate? date) =>
        date?.Iso is { } iso ? new PartialDate { Value = iso, Granularity = date.Granularity } : null;

    /// <summary>
    /// A written form worth keeping as an alias: another spelling of the name. A person referred to
    /// by a title ('Trưởng Ban') or one syllable ('ông Trung') is a mention, not an alias.
    /// </summary>
    private static bool IsAlias(EntityMention mention, string written)
    {
        if (mention.Type != EntityTypes.Person)
        {
            return true;
        }
        var syllables = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return syllables.Length >= 2 && mention.CanonicalName.EndsWith(syllables[^1], StringComparison.Ordinal);
    }

    private static RecordDocumentFactsRequest Facts(AnalyzeDocumentRequest request, ExtractionResult extraction)
    {
        var facts = new RecordDocumentFactsRequest
        {
            DocumentId = request.DocumentId,
            ContentHash = request.ContentHash,
            Title = request.Title,
            Anchor = request.Anchor ?? new AnchorDate { Basis = "unknown" },
            Source = request.Source,
            Revision = request.Revision,
        };
        Evidence EvidenceOf(TextSpan span) => new()
        {
            DocumentId = request.DocumentId,
            Start = span.Start,
            End = span.End,
            Quote = request.CleanText[span.Start..span.End].Trim(),
        };
        EntityRef Person(string name) => new() { Id = EntityIds.For(EntityTypes.Person, name), Name = name };

        // A caption printed twice, or a title repeated in one sentence, is one observation.
        foreach (var role in extraction.Roles.DistinctBy(r => (r.PersonName, r.Role, r.Evidence)))
        {
            facts.Roles.Add(new RoleFact
            {
                Person = Person(role.PersonName),
                Role = role.Role,
                Title = role.Title,
                Organization = role.Organization,
                PositionId = EntityIds.For(EntityTypes.Position, role.Role),
                Qualifier = role.Qualifier,
                Evidence = EvidenceOf(role.Evidence),
                StatedStart = Partial(role.StatedStart),
                StatedEnd = Partial(role.StatedEnd),
                Date = Partial(role.Date),
                DateBasis = role.DateBasis,
                Aspect = role.Aspect,
            });
        }

        foreach (var mention in extraction.Events)
        {
            // An event cited in passing without a date of its own cannot be placed in time.
            if (!mention.IsMainEvent && mention.Date?.Iso is null)
            {
                continue;
            }
            var date = mention.Date?.Iso ?? request.Anchor?.Date?.Value;
            var fact = new EventFact
            {
                // Same name on the same day: the same event, whichever outlet reports it.
                Id = EntityIds.For(EntityTypes.Event, $"{mention.Name} {date}"),
                Name = mention.Name,
                Place = mention.Place ?? "",
                Organizer = mention.Organizer ?? "",
                Evidence = EvidenceOf(mention.Evidence),
            };
            if (mention.Date?.Iso is { } iso)
            {
                fact.Date = new PartialDate { Value = iso, Granularity = mention.Date.Granularity };
            }
            if (mention.Chair is { } chair)
            {
                fact.Chair = Person(chair);
            }
            fact.Participants.AddRange(mention.Participants.Select(Person));
            facts.Events.Add(fact);
        }

        foreach (var document in extraction.LegalDocuments.DistinctBy(d => d.Identity))
        {
            var fact = new LegalDocumentFact
            {
                Document = new EntityRef { Id = EntityIds.For(EntityTypes.LegalDocument, document.Identity), Name = document.Title },
                Kind = document.Kind,
                Number = document.Number,
                Issuer = document.Issuer ?? "",
                Subject = document.Subject ?? "",
                Evidence = EvidenceOf(document.Evidence),
            };
            if (document.Issued?.Iso is { } issued)
            {
                fact.Issued = new PartialDate { Value = issued, Granularity = document.Issued.Granularity };
            }
            facts.LegalDocuments.Add(fact);
        }
        return facts;
    }
}
