using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Contracts.Entities.V1;
using Chronicle.Ingestion.Data;
using Chronicle.Storage;
using Chronicle.Text;
using Chronicle.Text.Articles;
using Chronicle.Text.Dates;
using Google.Protobuf;
using Microsoft.Extensions.Options;

namespace Chronicle.Ingestion.Pipeline;

/// <summary>A submission the caller must fix; the message says how.</summary>
public sealed class InvalidSubmissionException(string message) : Exception(message);

public sealed record Submission(string? Text, string? Html, string? Url, string? Source, string? PublishedAt, string? ExternalId);

public sealed record IntakeResult(string Id, bool IsDuplicate, string? DuplicateOf);

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
        var article = html is not null ? ArticleExtractor.FromHtml(html) : ArticleExtractor.FromText(text!);
        if (string.IsNullOrWhiteSpace(article.CleanText))
        {
            throw new InvalidSubmissionException("The document has no readable article text once page boilerplate is removed.");
        }

        var anchor = AnchorDateResolver.Resolve(article.CleanText, publishedAt);
        var contentHash = ContentHash(article.CleanText);
        var externalId = Blank(submission.ExternalId);

        var result = documents.Store.InTransaction((connection, transaction) =>
        {
            if (externalId is not null && DocumentStore.FindByExternalId(connection, transaction, externalId) is { } known)
            {
                // The caller retried a submission we already hold: answer as before, store nothing.
                return new IntakeResult(known.Id, known.DuplicateOf is not null, known.DuplicateOf);
            }

            var original = DocumentStore.FindOriginalByHash(connection, transaction, contentHash);
            var document = new StoredDocument(
                Id: Guid.CreateVersion7().ToString("N"),
                ExternalId: externalId,
                ContentHash: contentHash,
                Title: article.Title,
                CleanText: article.CleanText,
                Url: Blank(submission.Url),
                Source: Blank(submission.Source) ?? article.SourceLine,
                PublishedAt: publishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                AnchorDate: anchor.ToIso(),
                AnchorGranularity: anchor.Year is null ? null : Granularity(anchor.Granularity),
                AnchorBasis: Basis(anchor.Basis),
                CandidateYears: anchor.CandidateYears,
                AnchorReason: anchor.Reason,
                Status: original is null ? LocalStatus.Queued : LocalStatus.HandedOff,
                Error: null,
                DuplicateOf: original?.Id,
                ReceivedAt: clock.GetUtcNow().ToString("O"));
            DocumentStore.Insert(connection, transaction, document, text, html);

            if (original is null)
            {
                Outbox.Enqueue(connection, transaction, document.Id, HandOffMessage(document, anchor).ToByteArray());
            }
            return new IntakeResult(document.Id, original is not null, original?.Id);
        });

        outbox.NotifyAfterCommit();
        return result;
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
    private static string ContentHash(string cleanText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(VietnameseText.Fold(cleanText))));

    private static AnalyzeDocumentRequest HandOffMessage(StoredDocument document, Text.Dates.AnchorDate anchor) => new()
    {
        DocumentId = document.Id,
        ContentHash = document.ContentHash,
        Title = document.Title,
        CleanText = document.CleanText,
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

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
