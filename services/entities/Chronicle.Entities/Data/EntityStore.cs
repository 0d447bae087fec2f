using Chronicle.Contracts;
using Chronicle.Storage;
using Chronicle.Text;
using System.Data.Common;

namespace Chronicle.Entities.Data;

public sealed record EntityRecord(string Id, string Type, string Name, IReadOnlyList<string> Aliases, int MentionCount);

public sealed record DocumentStateRecord(string DocumentId, string Status, string? Error);

/// <summary>Where a document stands in this stage: the words of <see cref="DocumentStatus"/> it stores and reports.</summary>
public static class StageStatus
{
    /// <summary>Analysed; its facts are in the outbox for the timeline.</summary>
    public const string Pending = DocumentStatus.Pending;
    /// <summary>The timeline stored its facts.</summary>
    public const string Processed = DocumentStatus.Processed;
    public const string Failed = DocumentStatus.Failed;
}

/// <summary>Canonical entities, their aliases, the mentions that support them, and the documents seen.</summary>
public sealed class EntityStore(Database store)
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, """
            CREATE TABLE entities (
                id TEXT PRIMARY KEY,
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                folded_name TEXT NOT NULL
            );
            CREATE INDEX entities_type ON entities (type);
            CREATE TABLE aliases (
                entity_id TEXT NOT NULL REFERENCES entities(id),
                alias TEXT NOT NULL,
                folded_alias TEXT NOT NULL,
                PRIMARY KEY (entity_id, alias)
            );
            CREATE TABLE documents (
                document_id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                status TEXT NOT NULL,
                error TEXT,
                received_at TEXT NOT NULL
            );
            CREATE TABLE mentions (
                document_id TEXT NOT NULL REFERENCES documents(document_id),
                entity_id TEXT NOT NULL REFERENCES entities(id),
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                PRIMARY KEY (document_id, entity_id, span_start)
            );
            CREATE INDEX mentions_entity ON mentions (entity_id)
            """),
        Outbox.Schema,
        // The ingestion hand-off each document came with, returned in the outcome reported for it.
        new(2, "ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
        // One row per document and entity, its spans together, instead of one per mention: the
        // reads count an entity's mentions and nothing reads a span on its own, while each row
        // stored cost about 7 µs (its B-tree, two foreign keys and the entity index), 64 rows a
        // document against about 20 now. The count sits in the entity index, so counting reads
        // only the index. A store from before keeps every mention, spans in start order.
        new(3, """
            CREATE TABLE entity_mentions (
                document_id TEXT NOT NULL REFERENCES documents(document_id),
                entity_id TEXT NOT NULL REFERENCES entities(id),
                mention_count INTEGER NOT NULL,
                spans TEXT NOT NULL,
                PRIMARY KEY (document_id, entity_id)
            );
            INSERT INTO entity_mentions (document_id, entity_id, mention_count, spans)
                SELECT document_id, entity_id, COUNT(*),
                       string_agg(CAST(span_start AS TEXT) || '-' || CAST(span_end AS TEXT), ',' ORDER BY span_start)
                FROM mentions GROUP BY document_id, entity_id;
            DROP TABLE mentions;
            CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, mention_count)
            """),
    ];

    /// <summary>An entity's mentions over every document: the sum of its rows' counts, read from the entity index.</summary>
    private const string MentionCountOf = "(SELECT COALESCE(SUM(m.mention_count), 0) FROM entity_mentions m WHERE m.entity_id = e.id)";

    public Database Store => store;

    /// <summary>The entities and aliases known committed to this store (see <see cref="StoredNames"/>).</summary>
    public StoredNames Stored { get; } = new();

    public static DocumentStateRecord? FindDocument(DbConnection connection, DbTransaction transaction, string documentId, out string? contentHash)
    {
        var row = connection.Query(
            "SELECT document_id, status, error, content_hash FROM documents WHERE document_id = @id",
            r => (State: new DocumentStateRecord(r.GetString(0), r.GetString(1), r.StringOrNull(2)), Hash: r.GetString(3)),
            transaction, ("@id", documentId)).FirstOrDefault();
        contentHash = row.Hash;
        return row.State;
    }

    /// <summary>
    /// Records a document (again), dropping the mentions of an earlier version. With
    /// <paramref name="mayBeStored"/> false the caller has just found no row of the document in this
    /// transaction, so it has no mentions to drop either (they reference the row).
    /// </summary>
    public static void UpsertDocument(DbConnection connection, DbTransaction transaction, string documentId, string contentHash, long revision,
        string status, string? error, bool mayBeStored = true)
    {
        if (mayBeStored)
        {
            connection.Execute("DELETE FROM entity_mentions WHERE document_id = @id", transaction, ("@id", documentId));
        }
        connection.Execute("""
            INSERT INTO documents (document_id, content_hash, revision, status, error, received_at) VALUES (@id, @hash, @revision, @status, @error, @now)
            ON CONFLICT (document_id) DO UPDATE SET content_hash = @hash, revision = @revision, status = @status, error = @error
            """,
            transaction, ("@id", documentId), ("@hash", contentHash), ("@revision", revision), ("@status", status), ("@error", error),
            ("@now", DateTimeOffset.UtcNow.ToString("O")));
    }

    /// <summary>The ingestion hand-off a document was last analysed from (0 when unknown).</summary>
    public static long Revision(DbConnection connection, DbTransaction transaction, string documentId) =>
        connection.ScalarLong("SELECT revision FROM documents WHERE document_id = @id", transaction, ("@id", documentId));

    public static void SetDocumentStatus(DbConnection connection, DbTransaction transaction, string documentId, string status, string? error) =>
        connection.Execute("UPDATE documents SET status = @status, error = @error WHERE document_id = @id",
            transaction, ("@id", documentId), ("@status", status), ("@error", error));

    /// <summary>
    /// Stores what one document names: entities not yet known, the aliases they were written as and
    /// the document's mentions, a few multi-row statements in all. Rows already stored are kept as
    /// they are (the first name an entity was stored with stays its name); those in
    /// <paramref name="stored"/> are known committed and not sent at all.
    /// </summary>
    public static void AddAll(DbConnection connection, DbTransaction transaction, string documentId, DocumentEntities named,
        StoredNames? stored = null)
    {
        connection.InsertRows(transaction, "entities", ["id", "type", "name", "folded_name"],
            named.Entities.Where(e => stored?.HasEntity(e.Id) != true)
                .Select(e => new object?[] { e.Id, e.Type, e.Name, VietnameseText.Fold(e.Name) }).ToList(),
            "ON CONFLICT (id) DO NOTHING");
        connection.InsertRows(transaction, "aliases", ["entity_id", "alias", "folded_alias"],
            named.Aliases.Where(a => stored?.HasAlias(a.EntityId, a.Alias) != true)
                .Select(a => new object?[] { a.EntityId, a.Alias, VietnameseText.Fold(a.Alias) }).ToList(),
            "ON CONFLICT DO NOTHING");
        connection.InsertRows(transaction, "entity_mentions", ["document_id", "entity_id", "mention_count", "spans"],
            named.Mentions.Select(m => new object?[] { documentId, m.EntityId, m.Spans.Count, SpansText(m.Spans) }).ToList(),
            "ON CONFLICT DO NOTHING");
    }

    /// <summary>An entity's spans in one document as stored: 'start-end' pairs in reading order, comma-joined ('10-23,40-53').</summary>
    public static string SpansText(IEnumerable<(int Start, int End)> spans) =>
        string.Join(',', spans.Select(s => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.Start}-{s.End}")));

    /// <summary>Reads a column written by <see cref="SpansText"/>.</summary>
    public static List<(int Start, int End)> ParseSpans(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var dash = pair.IndexOf('-');
            return (int.Parse(pair.AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(pair.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();

    /// <summary>The spans of every mention of an entity in a document, in reading order (empty when none).</summary>
    public IReadOnlyList<(int Start, int End)> MentionSpans(string documentId, string entityId)
    {
        using var connection = store.Open();
        var spans = connection.Query("SELECT spans FROM entity_mentions WHERE document_id = @document AND entity_id = @entity",
            r => r.GetString(0), null, ("@document", documentId), ("@entity", entityId)).FirstOrDefault();
        return spans is null ? [] : ParseSpans(spans);
    }

    public IReadOnlyList<DocumentStateRecord> DocumentStates(IReadOnlyCollection<string> documentIds)
    {
        using var connection = store.Open();
        if (documentIds.Count == 0)
        {
            return [];
        }
        var (inIds, parameters) = DbExtensions.InList("@p", documentIds);
        return connection.Query(
            $"SELECT document_id, status, error FROM documents WHERE document_id {inIds}",
            r => new DocumentStateRecord(r.GetString(0), r.GetString(1), r.StringOrNull(2)), null, parameters);
    }

    public Dictionary<string, int> DocumentCounts()
    {
        using var connection = store.Open();
        return connection.Query("SELECT status, COUNT(*) FROM documents GROUP BY status", r => (r.GetString(0), r.Int(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);
    }

    /// <summary>Entities whose name or an alias contains the folded query, most mentioned first.</summary>
    public IReadOnlyList<EntityRecord> Search(string foldedQuery, string? type, int offset, int limit)
    {
        using var connection = store.Open();
        var pattern = "%" + foldedQuery.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var rows = connection.Query($"""
            SELECT e.id, e.type, e.name, {MentionCountOf} AS mention_count
            FROM entities e
            WHERE (@type IS NULL OR e.type = @type)
              AND (e.folded_name LIKE @pattern ESCAPE '\' OR EXISTS (
                    SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.folded_alias LIKE @pattern ESCAPE '\'))
            ORDER BY mention_count DESC, e.name
            LIMIT @limit OFFSET @offset
            """,
            r => (Id: r.GetString(0), Type: r.GetString(1), Name: r.GetString(2), Count: r.Int(3)),
            null, ("@type", type), ("@pattern", pattern), ("@limit", limit), ("@offset", offset));
        return rows.Select(r => new EntityRecord(r.Id, r.Type, r.Name, Aliases(connection, r.Id, r.Name), r.Count)).ToList();
    }

    public EntityRecord? Find(string id)
    {
        using var connection = store.Open();
        return connection.Query(
                $"SELECT id, type, name, {MentionCountOf} FROM entities e WHERE id = @id",
                r => (Id: r.GetString(0), Type: r.GetString(1), Name: r.GetString(2), Count: r.Int(3)), null, ("@id", id))
            .Select(r => new EntityRecord(r.Id, r.Type, r.Name, Aliases(connection, r.Id, r.Name), r.Count))
            .FirstOrDefault();
    }

    private static List<string> Aliases(DbConnection connection, string id, string name) =>
        connection.Query("SELECT alias FROM aliases WHERE entity_id = @id AND alias <> @name ORDER BY alias", r => r.GetString(0), null, ("@id", id), ("@name", name));
}

/// <summary>
/// The entities, aliases and mentions one document adds, gathered in the order they are read so
/// they can be stored together (<see cref="EntityStore.AddAll"/>). A repeat of an entity, alias or
/// mention already gathered is dropped here: the first one stands, as it would in the store.
/// </summary>
public sealed class DocumentEntities
{
    private readonly HashSet<string> _entityIds = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _aliasKeys = [];
    private readonly HashSet<(string, int)> _mentionKeys = [];
    private readonly Dictionary<string, EntityMentions> _mentionsByEntity = new(StringComparer.Ordinal);

    public List<(string Id, string Type, string Name)> Entities { get; } = [];
    public List<(string EntityId, string Alias)> Aliases { get; } = [];
    /// <summary>The mentions by entity, entities in the order first mentioned, each one's spans in reading order.</summary>
    public List<EntityMentions> Mentions { get; } = [];

    /// <summary>An entity (created if new) and the alias it was written as.</summary>
    public void Entity(string id, string type, string name, string alias)
    {
        if (_entityIds.Add(id))
        {
            Entities.Add((id, type, name));
        }
        if (_aliasKeys.Add((id, alias)))
        {
            Aliases.Add((id, alias));
        }
    }

    public void Mention(string entityId, int start, int end)
    {
        if (!_mentionKeys.Add((entityId, start)))
        {
            return;
        }
        if (!_mentionsByEntity.TryGetValue(entityId, out var mentions))
        {
            mentions = new EntityMentions(entityId, []);
            _mentionsByEntity.Add(entityId, mentions);
            Mentions.Add(mentions);
        }
        mentions.Spans.Add((start, end));
    }
}

/// <summary>Where one document mentions one entity: one stored row.</summary>
public sealed record EntityMentions(string EntityId, List<(int Start, int End)> Spans);
