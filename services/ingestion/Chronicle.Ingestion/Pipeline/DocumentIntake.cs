using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Contracts.Entities.V1;
using Chronicle.Ingestion.Data;
using Chronicle.Storage;
using Chronicle.Text;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;
using Chronicle.Text.Fingerprints;
using Google.Protobuf;
using Microsoft.Extensions.Options;
using static Chronicle.Contracts.ProtoStrings;

namespace Chronicle.Ingestion.Pipeline;

/// <summary>A submission the caller must fix; the message says how.</summary>
public sealed class InvalidSubmissionException(string message) : Exception(message);

public sealed record Submission(string? Text, string? Html, string? Url, string? Source, string? PublishedAt, string? ExternalId);

public sealed record IntakeResult(string Id, bool IsDuplicate, string? DuplicateOf, string? SameStoryAs = null);

/// <summary>
/// Accepts one article: cleans and dates it, then stores it together with its hand-off to the
/// entities service in a single transaction. Nothing is stored when the submission is invalid.
/// </summary>
public sealed class DocumentIntake(DocumentStore documents, Outbox outbox, IOptions<IngestionOptions> options, TimeProvider clock)
{
    public IntakeResult Submit(Submission submission)
    {
        var (text, html) = Validate(submission);
        var publishedAt = ParsePublishedAt(submission.PublishedAt);
        var derived = Derive(text, html, publishedAt, Blank(submission.Url));
        var externalId = Blank(submission.ExternalId);

        // Shared with the submissions arriving at the same time: one disk sync for all of them.
        var result = documents.Store.InSharedTransaction((connection, transaction) =>
        {
            if (externalId is not null && DocumentStore.FindByExternalId(connection, transaction, externalId) is { } known)
            {
                // The caller retried a submission we already hold: answer as before, store nothing.
                return new IntakeResult(known.DuplicateOf ?? known.Id, known.DuplicateOf is not null, known.DuplicateOf);
            }

            var original = DocumentStore.FindOriginalByHash(connection, transaction, derived.ContentHash);
            var document = derived.ToDocument(
                id: Guid.CreateVersion7().ToString("N"),
                externalId: externalId,
                url: Blank(submission.Url),
                source: Blank(submission.Source),
                publishedAt: publishedAt,
                status: original is null ? LocalStatus.Queued : LocalStatus.HandedOff,
                duplicateOf: original?.Id,
                receivedAt: clock.GetUtcNow());
            var texts = new DocumentTexts(text, html, derived.Article.CleanText);
            if (original is not null)
            {
                // The same content again: the caller gets the stored document; the copy is kept
                // only as a record of the submission (its url and source), never processed twice.
                DocumentStore.Insert(connection, transaction, document, texts);
                return new IntakeResult(original.Id, true, original.Id);
            }
            // Another outlet's report of a stored story is processed too: its facts corroborate.
            var sameStoryAs = DocumentStore.InsertWithStory(connection, transaction, document, texts, derived.Story);
            Outbox.Enqueue(connection, transaction, document.Id, HandOffMessage(document, derived.Article.CleanText, derived.Anchor, revision: document.Revision, reanalyze: false).ToByteArray());
            return new IntakeResult(document.Id, false, null, sameStoryAs);
        });

        outbox.NotifyAfterCommit();
        return result;
    }

    /// <summary>
    /// Derives the document again from its raw input with the current text rules and sends it
    /// through the pipeline again; every later stage replaces what it stored for it.
    /// </summary>
    /// <returns>False when no document has that id.</returns>
    public bool Reprocess(string id)
    {
        var found = documents.Store.InTransaction((connection, transaction) =>
        {
            if (DocumentStore.Find(connection, transaction, id) is not { } document)
            {
                return false;
            }
            if (document.DuplicateOf is { } originalId)
            {
                throw new InvalidSubmissionException($"Document '{id}' is a copy of '{originalId}'; reprocess '{originalId}' instead.");
            }
            var (text, html) = DocumentStore.RawInput(connection, transaction, id);
            DateOnly? publishedAt = document.PublishedAt is null ? null : DateOnly.ParseExact(document.PublishedAt, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var derived = Derive(text, html, publishedAt, document.Url);
            var updated = derived.ToDocument(document.Id, document.ExternalId, document.Url, document.Source, publishedAt,
                LocalStatus.Queued, null, DateTimeOffset.Parse(document.ReceivedAt, CultureInfo.InvariantCulture));
            var revision = DocumentStore.Rederive(connection, transaction, updated, derived.Article.CleanText);
            DocumentStore.IndexStory(connection, transaction, id, derived.Story);
            Outbox.Enqueue(connection, transaction, id, HandOffMessage(updated, derived.Article.CleanText, derived.Anchor, revision, reanalyze: true).ToByteArray());
            return true;
        });
        outbox.NotifyAfterCommit();
        return found;
    }

    /// <summary>
    /// What Chronicle reads from the raw input: main text, title, anchor date, content hash, and the
    /// story's fingerprint and sketch (worked out here, before the shared transaction, so the
    /// transaction holds the store's write lock no longer than the statements need).
    /// </summary>
    private sealed record Derived(ExtractedArticle Article, Text.Dates.AnchorDate Anchor, string ContentHash, StoryPrint Story)
    {
        public StoredDocument ToDocument(string id, string? externalId, string? url, string? source, DateOnly? publishedAt,
            string status, string? duplicateOf, DateTimeOffset receivedAt) => new(
                Id: id,
                ExternalId: externalId,
                ContentHash: ContentHash,
                Title: Article.Title,
                Url: url,
                Source: source ?? Article.SourceLine,
                PublishedAt: publishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                AnchorDate: Anchor.ToIso(),
                AnchorGranularity: Anchor.Year is null ? null : Granularity(Anchor.Granularity),
                AnchorBasis: Basis(Anchor.Basis),
                CandidateYears: Anchor.CandidateYears,
                AnchorReason: Anchor.Reason,
                Status: status,
                Error: null,
                DuplicateOf: duplicateOf,
                ReceivedAt: receivedAt.ToString("O"))
            {
                Language = Article.Language,
                MainTextFallback = Article.MainTextFallback,
                Byline = Article.Byline,
                PublicationDate = Anchor.PublishedOn,
                PublicationDateSource = Anchor.PublishedFrom,
            };
    }

    /// <param name="url">The article's address: without a publication date, the date written in it dates the article.</param>
    private static Derived Derive(string? text, string? html, DateOnly? publishedAt, string? url)
    {
        var article = html is not null ? ArticleExtractor.FromHtml(html) : ArticleExtractor.FromText(text ?? "");
        if (string.IsNullOrWhiteSpace(article.CleanText))
        {
            throw new InvalidSubmissionException("The document has no readable article text once page boilerplate is removed.");
        }
        // Folded once for the content hash and the story print alike.
        var folded = VietnameseText.Fold(article.CleanText);
        return new Derived(article, AnchorDateResolver.Resolve(article, publishedAt, url), ContentHash(folded), StoryFingerprint.OfFolded(folded));
    }

    private (string? Text, string? Html) Validate(Submission submission)
    {
        var text = Blank(submission.Text);
        var html = Blank(submission.Html);
        if (text is null && html is null)
        {
            throw new InvalidSubmissionException("Send the article as 'text' or 'html'; both are empty.");
        }
        if (text is not null && html is not null)
        {
            throw new InvalidSubmissionException("Send the article as 'text' or as 'html', not both.");
        }
        var length = (text ?? html)!.Length;
        if (length > options.Value.MaxDocumentCharacters)
        {
            throw new InvalidSubmissionException($"The article has {length} characters; the limit is {options.Value.MaxDocumentCharacters}.");
        }
        if (submission.Url is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new InvalidSubmissionException($"'url' must be an absolute URL; got '{Shorten(url)}'.");
        }
        return (text, html);
    }

    private static DateOnly? ParsePublishedAt(string? value)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Contains('T'))
        {
            return DateOnly.FromDateTime(moment.Date);
        }
        throw new InvalidSubmissionException($"'publishedAt' must be an ISO 8601 date or date-time such as 2022-01-11 or 2022-01-11T08:30:00+07:00; got '{Shorten(text)}'.");
    }

    /// <summary>Same story, same hash: computed over the folded clean text so spacing and case do not matter.</summary>
    private static string ContentHash(string foldedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(foldedText)));

    /// <summary>
    /// The hand-off to entities. The anchor is the article's own reading of its date; the timeline
    /// owns the anchor from there (it may infer a year the text leaves open) and sends it back.
    /// </summary>
    private static AnalyzeDocumentRequest HandOffMessage(StoredDocument document, string cleanText, Text.Dates.AnchorDate anchor, long revision, bool reanalyze) => new()
    {
        Reanalyze = reanalyze,
        Revision = revision,
        DocumentId = document.Id,
        ContentHash = document.ContentHash,
        Title = document.Title,
        CleanText = cleanText,
        Source = document.Source ?? "",
        Url = document.Url ?? "",
        Anchor = ToContract(anchor),
    };

    internal static Contracts.Common.V1.AnchorDate ToContract(Text.Dates.AnchorDate anchor)
    {
        var contract = new Contracts.Common.V1.AnchorDate
        {
            Basis = Basis(anchor.Basis),
            Month = anchor.Month ?? 0,
            Day = anchor.Day ?? 0,
            Reason = anchor.Reason,
            FromText = anchor.FromText,
            PublishedOn = anchor.PublishedOn ?? "",
        };
        contract.CandidateYears.AddRange(anchor.CandidateYears);
        if (anchor.ToIso() is { } iso)
        {
            contract.Date = new Contracts.Common.V1.PartialDate { Value = iso, Granularity = Granularity(anchor.Granularity) };
        }
        return contract;
    }

    private static string Granularity(DateGranularity granularity) => granularity.ToString().ToLowerInvariant();

    private static string Basis(YearBasis basis) => basis switch
    {
        YearBasis.CitedDocument => "cited_document",
        _ => basis.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
