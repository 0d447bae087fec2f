using Chronicle.Contracts;
using Chronicle.Storage;
using System.Data.Common;

namespace Chronicle.Ingestion.Data;

/// <summary>Where a stored document stands in this service: the words of <see cref="DocumentStatus"/> it stores.</summary>
public static class LocalStatus
{
    /// <summary>Stored; its hand-off to entities is in the outbox.</summary>
    public const string Queued = DocumentStatus.Queued;
    /// <summary>Entities has it; the stages after decide when it is processed.</summary>
    public const string HandedOff = DocumentStatus.HandedOff;
    /// <summary>Every stage has it: the facts are answerable.</summary>
    public const string Processed = DocumentStatus.Processed;
    public const string Failed = DocumentStatus.Failed;
}

public sealed record StoredDocument(
    string Id,
    string? ExternalId,
    string ContentHash,
    string Title,
    string CleanText,
    string? Url,
    string? Source,
    string? PublishedAt,
    string? AnchorDate,
    string? AnchorGranularity,
    string AnchorBasis,
    IReadOnlyList<int> CandidateYears,
    string AnchorReason,
    string Status,
    string? Error,
    string? DuplicateOf,
    string ReceivedAt)
{
    /// <summary>The first stored document telling the same story in other words.</summary>
    public string? SameStoryAs { get; init; }
}

/// <summary>The documents table: raw input, derived text and the local pipeline status.</summary>
public sealed class DocumentStore(Database store)
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, """
            CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                external_id TEXT UNIQUE,
                content_hash TEXT NOT NULL,
                title TEXT NOT NULL,
                raw_text TEXT,
                raw_html TEXT,
                clean_text TEXT NOT NULL,
                url TEXT,
                source TEXT,
                published_at TEXT,
                anchor_date TEXT,
                anchor_granularity TEXT,
                anchor_basis TEXT NOT NULL,
                candidate_years TEXT NOT NULL,
                anchor_reason TEXT NOT NULL,
                status TEXT NOT NULL,
                error TEXT,
                duplicate_of TEXT REFERENCES documents(id),
                received_at TEXT NOT NULL
            );
            CREATE INDEX documents_content_hash ON documents (content_hash) WHERE duplicate_of IS NULL;
            CREATE INDEX documents_status ON documents (status)
            """),
        Outbox.Schema,
        new(2, """
            ALTER TABLE documents ADD COLUMN fingerprint TEXT;
            ALTER TABLE documents ADD COLUMN same_story_as TEXT
            """),
    ];

    private const string Columns = "id, external_id, content_hash, title, clean_text, url, source, published_at, anchor_date, anchor_granularity, anchor_basis, candidate_years, anchor_reason, status, error, duplicate_of, received_at";
    private const string SelectColumns = Columns + ", same_story_as";

    public Database Store => store;

    public StoredDocument? Find(string id)
    {
        using var connection = store.Open();
        return Find(connection, null, "id = @v", id);
    }

    public static StoredDocument? FindByExternalId(DbConnection connection, DbTransaction transaction, string externalId) =>
        Find(connection, transaction, "external_id = @v", externalId);

    public static StoredDocument? FindOriginalByHash(DbConnection connection, DbTransaction transaction, string contentHash) =>
        Find(connection, transaction, "content_hash = @v AND duplicate_of IS NULL", contentHash);

    public static void Insert(DbConnection connection, DbTransaction transaction, StoredDocument d, string? rawText, string? rawHtml) =>
        connection.Execute($"""
            INSERT INTO documents ({Columns}, raw_text, raw_html)
            VALUES (@id, @external_id, @content_hash, @title, @clean_text, @url, @source, @published_at, @anchor_date, @anchor_granularity,
                    @anchor_basis, @candidate_years, @anchor_reason, @status, @error, @duplicate_of, @received_at, @raw_text, @raw_html)
            """,
            transaction,
            ("@id", d.Id), ("@external_id", d.ExternalId), ("@content_hash", d.ContentHash), ("@title", d.Title),
            ("@clean_text", d.CleanText), ("@url", d.Url), ("@source", d.Source), ("@published_at", d.PublishedAt),
            ("@anchor_date", d.AnchorDate), ("@anchor_granularity", d.AnchorGranularity), ("@anchor_basis", d.AnchorBasis),
            ("@candidate_years", DbExtensions.JoinNumbers(d.CandidateYears)), ("@anchor_reason", d.AnchorReason), ("@status", d.Status),
            ("@error", d.Error), ("@duplicate_of", d.DuplicateOf), ("@received_at", d.ReceivedAt),
            ("@raw_text", rawText), ("@raw_html", rawHtml));

    /// <summary>The raw input as submitted, to derive the document again.</summary>
    public static (string? Text, string? Html) RawInput(DbConnection connection, DbTransaction transaction, string id) =>
        connection.Query("SELECT raw_text, raw_html FROM documents WHERE id = @id", r => (r.StringOrNull(0), r.StringOrNull(1)), transaction, ("@id", id)).Single();

    /// <summary>Replaces what was derived from the raw input, and queues the document again.</summary>
    public static void Rederive(DbConnection connection, DbTransaction transaction, StoredDocument d) =>
        connection.Execute("""
            UPDATE documents SET content_hash = @content_hash, title = @title, clean_text = @clean_text, source = @source,
                anchor_date = @anchor_date, anchor_granularity = @anchor_granularity, anchor_basis = @anchor_basis,
                candidate_years = @candidate_years, anchor_reason = @anchor_reason, status = @status, error = NULL
            WHERE id = @id
            """,
            transaction,
            ("@id", d.Id), ("@content_hash", d.ContentHash), ("@title", d.Title), ("@clean_text", d.CleanText), ("@source", d.Source),
            ("@anchor_date", d.AnchorDate), ("@anchor_granularity", d.AnchorGranularity), ("@anchor_basis", d.AnchorBasis),
            ("@candidate_years", DbExtensions.JoinNumbers(d.CandidateYears)), ("@anchor_reason", d.AnchorReason), ("@status", d.Status));

    public static StoredDocument? Find(DbConnection connection, DbTransaction transaction, string id) =>
        Find(connection, transaction, "id = @v", id);

    /// <summary>Ids of every original document (not duplicates), oldest first.</summary>
    public IReadOnlyList<string> OriginalIds()
    {
        using var connection = store.Open();
        return connection.Query("SELECT id FROM documents WHERE duplicate_of IS NULL ORDER BY received_at, id", r => r.GetString(0));
    }

    /// <summary>A page of documents, newest first, optionally only those in some local statuses.</summary>
    public IReadOnlyList<StoredDocument> List(IReadOnlyCollection<string>? statuses, int offset, int limit)
    {
        using var connection = store.Open();
        var (inStatuses, statusParameters) = statuses is null ? ("", []) : DbExtensions.InList("@s", statuses);
        var filter = statuses is null ? "" : $"WHERE status {inStatuses}";
        return connection.Query($"SELECT {SelectColumns} FROM documents {filter} ORDER BY received_at DESC, id DESC LIMIT @limit OFFSET @offset",
            Map, null, [("@limit", limit), ("@offset", offset), .. statusParameters]);
    }

    public static void SetStatus(DbConnection connection, DbTransaction? transaction, string id, string status, string? error = null) =>
        connection.Execute("UPDATE documents SET status = @status, error = @error WHERE id = @id",
            transaction, ("@id", id), ("@status", status), ("@error", error));

    public void SetStatus(string id, string status, string? error = null)
    {
        using var connection = store.Open();
        SetStatus(connection, null, id, status, error);
    }

    public bool IsEmpty()
    {
        using var connection = store.Open();
        return connection.ScalarLong("SELECT COUNT(*) FROM documents") == 0;
    }

    /// <summary>Counts of original documents (not duplicates) by local status, and of duplicates.</summary>
    public (Dictionary<string, int> ByStatus, int Duplicates) Counts()
    {
        using var connection = store.Open();
        var byStatus = connection
            .Query("SELECT status, COUNT(*) FROM documents WHERE duplicate_of IS NULL GROUP BY status", r => (r.GetString(0), r.Int(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var duplicates = (int)connection.ScalarLong("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL");
        return (byStatus, duplicates);
    }

    /// <summary>Ids of originals whose final status is not yet known here.</summary>
    public IReadOnlyList<string> HandedOffIds()
    {
        using var connection = store.Open();
        return connection.Query("SELECT id FROM documents WHERE duplicate_of IS NULL AND status = @s", r => r.GetString(0), null, ("@s", LocalStatus.HandedOff));
    }

    private static StoredDocument? Find(DbConnection connection, DbTransaction? transaction, string where, string value) =>
        connection.Query($"SELECT {SelectColumns} FROM documents WHERE {where}", Map, transaction, ("@v", value)).FirstOrDefault();

    private static StoredDocument Map(DbDataReader r) => new(
        r.GetString(0), r.StringOrNull(1), r.GetString(2), r.GetString(3), r.GetString(4), r.StringOrNull(5), r.StringOrNull(6),
        r.StringOrNull(7), r.StringOrNull(8), r.StringOrNull(9), r.GetString(10),
        r.Numbers(11),
        r.GetString(12), r.GetString(13), r.StringOrNull(14), r.StringOrNull(15), r.GetString(16))
    {
        SameStoryAs = r.StringOrNull(17),
    };

    /// <summary>
    /// Records a document's story fingerprint and links it to the first stored document telling the
    /// same story, if any. A linear scan: fine for tens of thousands of documents; banding the
    /// fingerprints is the step after that.
    /// </summary>
    public static string? LinkSameStory(DbConnection connection, DbTransaction transaction, string id, ulong fingerprint)
    {
        var sameStoryAs = connection.Query(
                "SELECT id, fingerprint FROM documents WHERE duplicate_of IS NULL AND fingerprint IS NOT NULL AND id <> @id ORDER BY received_at, id",
                r => (Id: r.GetString(0), Fingerprint: ulong.Parse(r.GetString(1), System.Globalization.NumberStyles.HexNumber)), transaction, ("@id", id))
            .FirstOrDefault(d => Chronicle.Text.Fingerprints.StoryFingerprint.IsSameStory(d.Fingerprint, fingerprint)).Id;
        connection.Execute("UPDATE documents SET fingerprint = @fingerprint, same_story_as = @same WHERE id = @id", transaction,
            ("@id", id), ("@fingerprint", fingerprint.ToString("x16")), ("@same", sameStoryAs));
        return sameStoryAs;
    }
}
