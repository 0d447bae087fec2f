using Chronicle.Contracts;
using Chronicle.Storage;
using System.Data.Common;
using Chronicle.Text;
using Chronicle.Text.Fingerprints;

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

    /// <summary>The article's language as a primary subtag ('vi'), when the page declares it or its text shows it.</summary>
    public string? Language { get; init; }

    /// <summary>True when no main block was found and the clean text is the page's readable text as a whole.</summary>
    public bool MainTextFallback { get; init; }

    /// <summary>The author line, when the page or the text gives one.</summary>
    public string? Byline { get; init; }

    /// <summary>When the article was published as far as it is known (ISO day or month), and where that was read.</summary>
    public string? PublicationDate { get; init; }

    /// <summary>Where <see cref="PublicationDate"/> was read: given, page, dateline, address or timestamp.</summary>
    public string? PublicationDateSource { get; init; }

    /// <summary>Which hand-off to entities this is: 1, and one more at each reprocess.</summary>
    public long Revision { get; init; } = 1;

    /// <summary>Facts the timeline reported storing for the document (0 until it is processed).</summary>
    public int FactCount { get; init; }
}

/// <summary>
/// A document's texts: the input as submitted (text or HTML) and the clean text read from it. Kept
/// apart from the document's row, written when the document is stored or derived again.
/// </summary>
public sealed record DocumentTexts(string? RawText, string? RawHtml, string CleanText);

/// <summary>What a later stage reported about a document (see <c>DocumentOutcome</c> in the ingestion contract).</summary>
/// <param name="Status">Processed or failed, or null when only the anchor changed.</param>
/// <param name="Anchor">The anchor as the timeline decided it, or null when the outcome carries none.</param>
/// <param name="AnchorDecidedAt">When the timeline decided the anchor (UTC ticks); orders anchor updates.</param>
public sealed record DocumentOutcomeRecord(string DocumentId, long Revision, string? Status, string? Error, int Facts,
    AnchorCopy? Anchor, long AnchorDecidedAt);

/// <summary>The anchor date columns, as the timeline (the anchor's owner) decided them.</summary>
public sealed record AnchorCopy(string? Date, string? Granularity, string Basis, string Reason);

/// <summary>The documents table (what was read from the input and the local pipeline status) and the documents' texts.</summary>
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
        // Outcomes pushed back by the later stages (revision and anchor_decided_at order them), the
        // reader's language and fallback flag, and the story sketch index that finds same-story
        // candidates by lookup. Documents stored before this step enter the index when reprocessed.
        new(3, """
            ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE documents ADD COLUMN anchor_decided_at BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE documents ADD COLUMN fact_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE documents ADD COLUMN language TEXT;
            ALTER TABLE documents ADD COLUMN main_text_fallback INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE story_sketches (
                shingle BIGINT NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents(id),
                PRIMARY KEY (shingle, document_id)
            );
            CREATE INDEX story_sketches_document ON story_sketches (document_id)
            """),
        // What the page says of itself besides its text: the author line and the publication date
        // it declares, prints or writes in its address. Documents stored before this step get them
        // when reprocessed.
        new(4, """
            ALTER TABLE documents ADD COLUMN byline TEXT;
            ALTER TABLE documents ADD COLUMN publication_date TEXT;
            ALTER TABLE documents ADD COLUMN publication_date_source TEXT
            """),
        // The pipeline counts read status and duplicate_of of every document. Both columns lie after
        // the article's texts in the row, and SQLite reaches them only by walking each text's chain of
        // overflow pages, so a count read the whole store (22,000 pages at 5,000 documents) and the
        // ingestion rate fell with every poll of /pipeline. An index holding both answers it alone.
        new(5, """
            DROP INDEX IF EXISTS documents_status;
            CREATE INDEX documents_status_duplicate ON documents (status, duplicate_of)
            """),
        // The texts move to a table of their own. SQLite writes a whole row again on every UPDATE,
        // and a document's row is updated four or five times after it is stored (the story
        // fingerprint, the hand-off, the outcomes of the later stages): with the texts inside, each
        // update read the article's overflow pages back and wrote them again. The texts are written
        // once, when the document is stored or derived again, and read only where a text is needed.
        new(6, """
            CREATE TABLE document_texts (
                document_id TEXT PRIMARY KEY REFERENCES documents(id),
                raw_text TEXT,
                raw_html TEXT,
                clean_text TEXT NOT NULL
            );
            INSERT INTO document_texts (document_id, raw_text, raw_html, clean_text)
                SELECT id, raw_text, raw_html, clean_text FROM documents;
            ALTER TABLE documents DROP COLUMN raw_text;
            ALTER TABLE documents DROP COLUMN raw_html;
            ALTER TABLE documents DROP COLUMN clean_text
            """),
    ];

    private const string Columns = "id, external_id, content_hash, title, url, source, published_at, anchor_date, anchor_granularity, anchor_basis, candidate_years, anchor_reason, status, error, duplicate_of, received_at, language, main_text_fallback, byline, publication_date, publication_date_source";
    private const string SelectColumns = Columns + ", same_story_as, revision, fact_count";

    /// <summary>How many earlier documents sharing sketch shingles are compared by fingerprint, most shared first.</summary>
    private const int SameStoryCandidates = 50;

    /// <summary>
    /// Documents read per sketch shingle, the earliest stored first (ids are time-ordered): a shingle
    /// shared by many documents, such as a story reprinted again and again, would otherwise make every
    /// new reprint read a posting list that grows with the store. The earliest are the ones a new
    /// document links to.
    /// </summary>
    private const int PostingsPerShingle = 32;

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

    public static void Insert(DbConnection connection, DbTransaction transaction, StoredDocument d, DocumentTexts texts) =>
        Insert(connection, transaction, d, texts, fingerprint: null, sameStoryAs: null);

    /// <summary>
    /// Stores a new original document (not a copy of one held) with its story fingerprint, its link to the first stored
    /// document telling the same story, if any, and its sketch; returns the link. The same rows as storing the document
    /// and then linking it (<see cref="LinkSameStory(DbConnection, DbTransaction, string, StoryPrint)"/>), without
    /// writing the document's row a second time: the candidates never include the document itself, so they can be read
    /// before it is stored.
    /// </summary>
    public static string? InsertWithStory(DbConnection connection, DbTransaction transaction, StoredDocument d, DocumentTexts texts, StoryPrint story)
    {
        var sameStoryAs = SameStoryAs(connection, transaction, d.Id, story);
        Insert(connection, transaction, d, texts, story.Fingerprint, sameStoryAs);
        InsertSketch(connection, transaction, d.Id, story.Sketch);
        return sameStoryAs;
    }

    private static void Insert(DbConnection connection, DbTransaction transaction, StoredDocument d, DocumentTexts texts, ulong? fingerprint,
        string? sameStoryAs)
    {
        connection.Execute($"""
            INSERT INTO documents ({Columns}, fingerprint, same_story_as)
            VALUES (@id, @external_id, @content_hash, @title, @url, @source, @published_at, @anchor_date, @anchor_granularity,
                    @anchor_basis, @candidate_years, @anchor_reason, @status, @error, @duplicate_of, @received_at, @language, @fallback,
                    @byline, @publication_date, @publication_date_source, @fingerprint, @same)
            """,
            transaction, ("@fingerprint", fingerprint?.ToString("x16")), ("@same", sameStoryAs),
            ("@id", d.Id), ("@external_id", d.ExternalId), ("@content_hash", d.ContentHash), ("@title", d.Title),
            ("@url", d.Url), ("@source", d.Source), ("@published_at", d.PublishedAt),
            ("@anchor_date", d.AnchorDate), ("@anchor_granularity", d.AnchorGranularity), ("@anchor_basis", d.AnchorBasis),
            ("@candidate_years", DbExtensions.JoinNumbers(d.CandidateYears)), ("@anchor_reason", d.AnchorReason), ("@status", d.Status),
            ("@error", d.Error), ("@duplicate_of", d.DuplicateOf), ("@received_at", d.ReceivedAt),
            ("@language", d.Language), ("@fallback", d.MainTextFallback ? 1 : 0),
            ("@byline", d.Byline), ("@publication_date", d.PublicationDate), ("@publication_date_source", d.PublicationDateSource));
        connection.Execute("""
            INSERT INTO document_texts (document_id, raw_text, raw_html, clean_text) VALUES (@id, @raw_text, @raw_html, @clean_text)
            """,
            transaction, ("@id", d.Id), ("@raw_text", texts.RawText), ("@raw_html", texts.RawHtml), ("@clean_text", texts.CleanText));
    }

    /// <summary>The raw input as submitted, to derive the document again.</summary>
    public static (string? Text, string? Html) RawInput(DbConnection connection, DbTransaction transaction, string id) =>
        connection.Query("SELECT raw_text, raw_html FROM document_texts WHERE document_id = @id", r => (r.StringOrNull(0), r.StringOrNull(1)), transaction, ("@id", id)).Single();

    /// <summary>The clean text of a stored document (stored with it, in the same transaction).</summary>
    public string CleanText(string id)
    {
        using var connection = store.Open();
        return connection.Query("SELECT clean_text FROM document_texts WHERE document_id = @id", r => r.GetString(0), null, ("@id", id)).Single();
    }

    /// <summary>
    /// Replaces what was derived from the raw input and queues the document again as a new hand-off:
    /// outcomes of the earlier one are ignored from now on. Returns the new revision.
    /// </summary>
    public static long Rederive(DbConnection connection, DbTransaction transaction, StoredDocument d, string cleanText)
    {
        connection.Execute("UPDATE document_texts SET clean_text = @clean_text WHERE document_id = @id", transaction,
            ("@id", d.Id), ("@clean_text", cleanText));
        return connection.Query("""
            UPDATE documents SET content_hash = @content_hash, title = @title, source = @source,
                anchor_date = @anchor_date, anchor_granularity = @anchor_granularity, anchor_basis = @anchor_basis,
                candidate_years = @candidate_years, anchor_reason = @anchor_reason, status = @status, error = NULL,
                language = @language, main_text_fallback = @fallback,
                byline = @byline, publication_date = @publication_date, publication_date_source = @publication_date_source,
                revision = revision + 1, anchor_decided_at = 0, fact_count = 0
            WHERE id = @id
            RETURNING revision
            """,
            r => r.Long(0),
            transaction,
            ("@id", d.Id), ("@content_hash", d.ContentHash), ("@title", d.Title), ("@source", d.Source),
            ("@anchor_date", d.AnchorDate), ("@anchor_granularity", d.AnchorGranularity), ("@anchor_basis", d.AnchorBasis),
            ("@candidate_years", DbExtensions.JoinNumbers(d.CandidateYears)), ("@anchor_reason", d.AnchorReason), ("@status", d.Status),
            ("@language", d.Language), ("@fallback", d.MainTextFallback ? 1 : 0),
            ("@byline", d.Byline), ("@publication_date", d.PublicationDate), ("@publication_date_source", d.PublicationDateSource)).Single();
    }

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

    /// <summary>
    /// Entities took the hand-off. Only a queued document moves: the timeline's outcome may have
    /// arrived first, and a settled document must not move back.
    /// </summary>
    public static void MarkHandedOff(DbConnection connection, DbTransaction transaction, string id) =>
        connection.Execute("UPDATE documents SET status = @handed_off WHERE id = @id AND status = @queued",
            transaction, ("@id", id), ("@handed_off", LocalStatus.HandedOff), ("@queued", LocalStatus.Queued));

    /// <summary>Entities refused the hand-off for good: the document fails here, with the reason.</summary>
    public static void MarkRefused(DbConnection connection, DbTransaction transaction, string id, string error) =>
        connection.Execute("UPDATE documents SET status = @failed, error = @error WHERE id = @id",
            transaction, ("@id", id), ("@failed", LocalStatus.Failed), ("@error", error));

    /// <summary>
    /// Keeps what a later stage reported, idempotently: only an outcome of the current hand-off
    /// counts; a status settles a pending document once (a repeat, or a late outcome, cannot move it
    /// back); an anchor replaces only an anchor decided earlier. Returns whether anything changed.
    /// Outcomes delivered at the same time share one commit.
    /// </summary>
    public bool RecordOutcome(DocumentOutcomeRecord outcome) => store.InSharedTransaction((connection, transaction) => RecordOutcome(connection, transaction, outcome));

    /// <summary>
    /// Several outcomes in one shared transaction, each in a savepoint of its own: answers, in
    /// order, whether each changed anything, or why it could not be recorded.
    /// </summary>
    public IReadOnlyList<SharedWorkOutcome<bool>> RecordOutcomes(IReadOnlyList<DocumentOutcomeRecord> outcomes) =>
        store.InSharedTransactionEach(outcomes.Select(outcome =>
            (Func<DbConnection, DbTransaction, bool>)((connection, transaction) => RecordOutcome(connection, transaction, outcome))).ToList());

    private static bool RecordOutcome(DbConnection connection, DbTransaction transaction, DocumentOutcomeRecord outcome)
    {
        if (outcome is { Status: { } settled, Anchor: { } decided })
        {
            return RecordStatusAndAnchor(connection, transaction, outcome, settled, decided);
        }
        var changed = 0;
        if (outcome.Status is { } status)
        {
            changed += connection.Execute("""
                UPDATE documents SET status = @status, error = @error, fact_count = @facts
                WHERE id = @id AND revision = @revision AND duplicate_of IS NULL AND status IN (@queued, @handed_off)
                """,
                transaction, ("@id", outcome.DocumentId), ("@revision", outcome.Revision), ("@status", status), ("@error", outcome.Error),
                ("@facts", outcome.Facts), ("@queued", LocalStatus.Queued), ("@handed_off", LocalStatus.HandedOff));
        }
        if (outcome.Anchor is { } anchor)
        {
            changed += connection.Execute("""
                UPDATE documents SET anchor_date = @date, anchor_granularity = @granularity, anchor_basis = @basis, anchor_reason = @reason,
                    anchor_decided_at = @decided_at
                WHERE id = @id AND revision = @revision AND duplicate_of IS NULL AND anchor_decided_at < @decided_at
                """,
                transaction, ("@id", outcome.DocumentId), ("@revision", outcome.Revision), ("@date", anchor.Date),
                ("@granularity", anchor.Granularity), ("@basis", anchor.Basis), ("@reason", anchor.Reason), ("@decided_at", outcome.AnchorDecidedAt));
        }
        return changed > 0;
    }

    /// <summary>
    /// The timeline's report that a document is processed carries its status and its anchor: one
    /// write of the row for both, rather than one statement (and one write of the row) each. Each
    /// part keeps its own condition, as the two statements above do: the status settles only a
    /// pending document, the anchor replaces only one decided earlier; every right-hand side reads
    /// the row as it was before the statement, on both engines.
    /// </summary>
    private static bool RecordStatusAndAnchor(DbConnection connection, DbTransaction transaction, DocumentOutcomeRecord outcome, string status,
        AnchorCopy anchor) =>
        connection.Execute("""
            UPDATE documents SET
                status = CASE WHEN status IN (@queued, @handed_off) THEN @status ELSE status END,
                error = CASE WHEN status IN (@queued, @handed_off) THEN @error ELSE error END,
                fact_count = CASE WHEN status IN (@queued, @handed_off) THEN @facts ELSE fact_count END,
                anchor_date = CASE WHEN anchor_decided_at < @decided_at THEN @date ELSE anchor_date END,
                anchor_granularity = CASE WHEN anchor_decided_at < @decided_at THEN @granularity ELSE anchor_granularity END,
                anchor_basis = CASE WHEN anchor_decided_at < @decided_at THEN @basis ELSE anchor_basis END,
                anchor_reason = CASE WHEN anchor_decided_at < @decided_at THEN @reason ELSE anchor_reason END,
                anchor_decided_at = CASE WHEN anchor_decided_at < @decided_at THEN @decided_at ELSE anchor_decided_at END
            WHERE id = @id AND revision = @revision AND duplicate_of IS NULL
                AND (status IN (@queued, @handed_off) OR anchor_decided_at < @decided_at)
            """,
            transaction, ("@id", outcome.DocumentId), ("@revision", outcome.Revision), ("@status", status), ("@error", outcome.Error),
            ("@facts", outcome.Facts), ("@queued", LocalStatus.Queued), ("@handed_off", LocalStatus.HandedOff),
            ("@date", anchor.Date), ("@granularity", anchor.Granularity), ("@basis", anchor.Basis), ("@reason", anchor.Reason),
            ("@decided_at", outcome.AnchorDecidedAt)) > 0;

    public bool IsEmpty()
    {
        using var connection = store.Open();
        return connection.ScalarLong("SELECT COUNT(*) FROM documents") == 0;
    }

    public const string CountsStatement =
        $"SELECT CASE WHEN duplicate_of IS NULL THEN status ELSE '{DocumentStatus.Duplicate}' END, COUNT(*) FROM documents GROUP BY 1";

    /// <summary>
    /// Counts of original documents (not duplicates) by local status, and of duplicates: one
    /// aggregate over the index of (status, duplicate_of), never a read of the documents themselves.
    /// </summary>
    public (Dictionary<string, int> ByStatus, int Duplicates) Counts()
    {
        using var connection = store.Open();
        var rows = connection.Query(CountsStatement, r => (Status: r.GetString(0), Count: r.Int(1)));
        var byStatus = rows.Where(r => r.Status != DocumentStatus.Duplicate).ToDictionary(r => r.Status, r => r.Count);
        return (byStatus, rows.Where(r => r.Status == DocumentStatus.Duplicate).Sum(r => r.Count));
    }

    private static StoredDocument? Find(DbConnection connection, DbTransaction? transaction, string where, string value) =>
        connection.Query($"SELECT {SelectColumns} FROM documents WHERE {where}", Map, transaction, ("@v", value)).FirstOrDefault();

    private static StoredDocument Map(DbDataReader r) => new(
        r.GetString(0), r.StringOrNull(1), r.GetString(2), r.GetString(3), r.StringOrNull(4), r.StringOrNull(5),
        r.StringOrNull(6), r.StringOrNull(7), r.StringOrNull(8), r.GetString(9),
        r.Numbers(10),
        r.GetString(11), r.GetString(12), r.StringOrNull(13), r.StringOrNull(14), r.GetString(15))
    {
        Language = r.StringOrNull(16),
        MainTextFallback = r.Int(17) != 0,
        Byline = r.StringOrNull(18),
        PublicationDate = r.StringOrNull(19),
        PublicationDateSource = r.StringOrNull(20),
        SameStoryAs = r.StringOrNull(21),
        Revision = r.Long(22),
        FactCount = r.Int(23),
    };

    /// <summary>
    /// Records a document's story fingerprint and links it to the first stored document telling the
    /// same story, if any. Candidates come from the sketch index (earlier documents sharing sketch
    /// shingles, at most <see cref="PostingsPerShingle"/> read per shingle, those sharing most first,
    /// at most <see cref="SameStoryCandidates"/>), so the cost does not grow with the store; the
    /// fingerprint decides among them.
    /// </summary>
    public static string? LinkSameStory(DbConnection connection, DbTransaction transaction, string id, string cleanText) =>
        LinkSameStory(connection, transaction, id, StoryFingerprint.OfFolded(VietnameseText.Fold(cleanText)));

    /// <summary>As <see cref="LinkSameStory(DbConnection, DbTransaction, string, string)"/>, with the text's story print already worked out.</summary>
    public static string? LinkSameStory(DbConnection connection, DbTransaction transaction, string id, StoryPrint story)
    {
        // A document just stored has no sketch to replace.
        InsertSketch(connection, transaction, id, story.Sketch);
        var sameStoryAs = SameStoryAs(connection, transaction, id, story);
        connection.Execute("UPDATE documents SET fingerprint = @fingerprint, same_story_as = @same WHERE id = @id", transaction,
            ("@id", id), ("@fingerprint", story.Fingerprint.ToString("x16")), ("@same", sameStoryAs));
        return sameStoryAs;
    }

    /// <summary>The first stored original telling the same story as the document <paramref name="id"/>, other than itself.</summary>
    private static string? SameStoryAs(DbConnection connection, DbTransaction transaction, string id, StoryPrint story)
    {
        var (fingerprint, sketch) = story;
        string? sameStoryAs = null;
        if (sketch.Count > 0)
        {
            // One bounded read of the index per shingle, all in one statement.
            var parameters = new List<(string Name, object? Value)> { ("@id", id), ("@candidates", SameStoryCandidates), ("@per_shingle", PostingsPerShingle) };
            var postings = new List<string>(sketch.Count);
            for (var i = 0; i < sketch.Count; i++)
            {
                parameters.Add(($"@s{i}", ToSigned(sketch[i])));
                postings.Add($"""
                    SELECT document_id FROM (SELECT document_id FROM story_sketches WHERE shingle = @s{i} AND document_id <> @id
                                             ORDER BY document_id LIMIT @per_shingle) p{i}
                    """);
            }
            sameStoryAs = connection.Query($"""
                    SELECT d.id, d.fingerprint, d.received_at FROM documents d
                    JOIN (SELECT document_id, COUNT(*) AS shared FROM ({string.Join(" UNION ALL ", postings)}) posting
                          GROUP BY document_id ORDER BY shared DESC, document_id LIMIT @candidates) c ON c.document_id = d.id
                    WHERE d.duplicate_of IS NULL AND d.fingerprint IS NOT NULL
                    """,
                    r => (Id: r.GetString(0), Fingerprint: ulong.Parse(r.GetString(1), System.Globalization.NumberStyles.HexNumber), ReceivedAt: r.GetString(2)),
                    transaction, [.. parameters])
                .Where(d => StoryFingerprint.IsSameStory(d.Fingerprint, fingerprint))
                .OrderBy(d => d.ReceivedAt, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)
                .FirstOrDefault().Id;
        }
        return sameStoryAs;
    }

    /// <summary>
    /// Stores a document's story fingerprint and sketch (replacing earlier ones), leaving its link
    /// as it is: a reprocessed document is indexed anew, for the documents that come after it.
    /// </summary>
    public static ulong IndexStory(DbConnection connection, DbTransaction transaction, string id, StoryPrint story)
    {
        connection.Execute("UPDATE documents SET fingerprint = @fingerprint WHERE id = @id", transaction,
            ("@id", id), ("@fingerprint", story.Fingerprint.ToString("x16")));
        ReplaceSketch(connection, transaction, id, story.Sketch);
        return story.Fingerprint;
    }

    private static void ReplaceSketch(DbConnection connection, DbTransaction transaction, string id, IReadOnlyList<ulong> sketch)
    {
        connection.Execute("DELETE FROM story_sketches WHERE document_id = @id", transaction, ("@id", id));
        InsertSketch(connection, transaction, id, sketch);
    }

    private static void InsertSketch(DbConnection connection, DbTransaction transaction, string id, IReadOnlyList<ulong> sketch) =>
        connection.InsertRows(transaction, "story_sketches", ["shingle", "document_id"],
            sketch.Select(shingle => new object?[] { ToSigned(shingle), id }).ToList());

    /// <summary>Both engines store 64-bit signed integers: the hash's bits, read as signed.</summary>
    private static long ToSigned(ulong value) => unchecked((long)value);
}
