extern alias entities;
extern alias ingestion;

using Chronicle.Storage;
using Chronicle.Testing;
using Chronicle.Text;
using Chronicle.Text.Fingerprints;
using Microsoft.Data.Sqlite;
using entities::Chronicle.Entities.Data;
using ingestion::Chronicle.Ingestion.Data;

namespace Chronicle.Services.Tests;

public sealed class SqliteStoreStatementsTests : StoreStatementsTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-store-statements-").FullName;

    protected override Database OpenStore(string service, IReadOnlyList<Migration> migrations) =>
        Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, service, migrations);

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

public sealed class PostgresStoreStatementsTests : StoreStatementsTests
{
    private readonly string _ingestion = PostgresServer.CreateDatabase("statements_ingestion");
    private readonly string _entities = PostgresServer.CreateDatabase("statements_entities");

    protected override Database OpenStore(string service, IReadOnlyList<Migration> migrations) =>
        Database.Open(new StorageOptions(StorageProvider.Postgres, service == "ingestion" ? _ingestion : _entities), Path.GetTempPath(), service, migrations);
}

/// <summary>
/// The rows a document adds, written a few statements at a time, on both engines: the entities
/// stage's entities, aliases and mentions, and ingestion's story sketch and same-story link (and the
/// move of ingestion's texts out of the documents' rows, in DocumentTextsMigrationTests.cs).
/// </summary>
public abstract partial class StoreStatementsTests : IDisposable
{
    protected abstract Database OpenStore(string service, IReadOnlyList<Migration> migrations);

    public virtual void Dispose()
    {
    }

    [Fact]
    public void Entities_aliases_and_mentions_are_stored_once_each_and_a_known_entity_keeps_its_name()
    {
        var store = OpenStore("entities", EntityStore.Migrations);
        var first = new DocumentEntities();
        first.Entity("per_a", "person", "Lê Hoài Trung", "Lê Hoài Trung");
        first.Mention("per_a", 10, 23);
        var second = new DocumentEntities();
        // The same person under another spelling, twice, a repeated mention and a new position.
        second.Entity("per_a", "person", "Lê Hoà Trung", "Lê Hoà Trung");
        second.Entity("per_a", "person", "Lê Hoà Trung", "Lê Hoà Trung");
        second.Mention("per_a", 5, 18);
        second.Mention("per_a", 5, 18);
        second.Mention("per_a", 40, 53);
        second.Entity("pos_b", "position", "Trưởng Ban Đối ngoại Trung ương", "Trưởng Ban Đối ngoại Trung ương");
        second.Mention("pos_b", 60, 90);

        store.InTransaction((connection, transaction) =>
        {
            EntityStore.UpsertDocument(connection, transaction, "doc-1", "hash-1", 1, StageStatus.Pending, null);
            EntityStore.AddAll(connection, transaction, "doc-1", first);
            EntityStore.UpsertDocument(connection, transaction, "doc-2", "hash-2", 1, StageStatus.Pending, null);
            EntityStore.AddAll(connection, transaction, "doc-2", second);
            return 0;
        });

        var entities = new EntityStore(store);
        var person = entities.Find("per_a")!;
        Assert.Equal("Lê Hoài Trung", person.Name);
        Assert.Equal(["Lê Hoà Trung"], person.Aliases);
        Assert.Equal(3, person.MentionCount);
        Assert.Equal(1, entities.Find("pos_b")!.MentionCount);
    }

    [Fact]
    public void Names_known_stored_are_not_sent_again_and_every_row_reads_as_before()
    {
        var store = OpenStore("entities", EntityStore.Migrations);
        var entities = new EntityStore(store);
        var first = new DocumentEntities();
        first.Entity("per_a", "person", "Trần Thị Mai", "Trần Thị Mai");
        first.Entity("org_b", "organization", "Sở Giao thông", "Sở Giao thông");
        first.Mention("per_a", 0, 12);
        first.Mention("org_b", 20, 33);
        store.InTransaction((connection, transaction) =>
        {
            EntityStore.UpsertDocument(connection, transaction, "doc-1", "hash-1", 1, StageStatus.Pending, null, mayBeStored: false);
            EntityStore.AddAll(connection, transaction, "doc-1", first, entities.Stored);
            return 0;
        });
        entities.Stored.Remember(first);
        Assert.Equal((2, 2), entities.Stored.Count);

        // The same person under another name (a known id keeps its first name either way), a new spelling as alias,
        // and an organisation known stored.
        var second = new DocumentEntities();
        second.Entity("per_a", "person", "Trần T. Mai", "Trần T. Mai");
        second.Entity("org_b", "organization", "Sở Giao thông", "Sở Giao thông");
        second.Mention("per_a", 3, 14);
        second.Mention("per_a", 40, 52);
        second.Mention("org_b", 60, 73);
        store.InTransaction((connection, transaction) =>
        {
            EntityStore.UpsertDocument(connection, transaction, "doc-2", "hash-2", 1, StageStatus.Pending, null, mayBeStored: false);
            EntityStore.AddAll(connection, transaction, "doc-2", second, entities.Stored);
            return 0;
        });

        var person = entities.Find("per_a")!;
        Assert.Equal("Trần Thị Mai", person.Name);
        Assert.Equal(["Trần T. Mai"], person.Aliases);
        Assert.Equal(3, person.MentionCount);
        Assert.Equal(2, entities.Find("org_b")!.MentionCount);
        Assert.Equal([(3, 14), (40, 52)], entities.MentionSpans("doc-2", "per_a"));
    }

    [Fact]
    public void A_name_not_remembered_after_a_rolled_back_transaction_is_stored_by_the_next_document()
    {
        var store = OpenStore("entities", EntityStore.Migrations);
        var entities = new EntityStore(store);
        var named = new DocumentEntities();
        named.Entity("per_c", "person", "Phạm Văn Đức", "Phạm Văn Đức");
        named.Mention("per_c", 0, 12);
        // The work fails after storing the names: nothing commits, and the names are not remembered
        // (the analysis remembers them only once its transaction has committed).
        Assert.Throws<InvalidOperationException>(() => store.InTransaction<int>((connection, transaction) =>
        {
            EntityStore.UpsertDocument(connection, transaction, "doc-1", "hash-1", 1, StageStatus.Pending, null, mayBeStored: false);
            EntityStore.AddAll(connection, transaction, "doc-1", named, entities.Stored);
            throw new InvalidOperationException("the commit never comes");
        }));
        Assert.Equal((0, 0), entities.Stored.Count);
        Assert.Null(entities.Find("per_c"));

        store.InTransaction((connection, transaction) =>
        {
            EntityStore.UpsertDocument(connection, transaction, "doc-2", "hash-2", 1, StageStatus.Pending, null, mayBeStored: false);
            EntityStore.AddAll(connection, transaction, "doc-2", named, entities.Stored);
            return 0;
        });
        Assert.Equal(1, entities.Find("per_c")!.MentionCount);
    }

    [Fact]
    public void The_known_names_start_again_empty_when_full()
    {
        var known = new StoredNames(capacity: 3);
        var first = new DocumentEntities();
        first.Entity("per_a", "person", "A", "A");
        first.Entity("per_b", "person", "B", "B");
        known.Remember(first);
        Assert.True(known.HasEntity("per_a"));
        Assert.True(known.HasAlias("per_b", "B"));
        Assert.False(known.HasEntity("per_c"));

        var second = new DocumentEntities();
        second.Entity("per_c", "person", "C", "C");
        second.Entity("per_d", "person", "D", "D");
        known.Remember(second);
        Assert.False(known.HasEntity("per_a"));
        Assert.True(known.HasEntity("per_d"));
        Assert.Equal((2, 2), known.Count);
    }

    [Fact]
    public void Reprints_link_to_the_first_stored_report_even_when_more_share_a_shingle_than_are_read()
    {
        var store = OpenStore("ingestion", DocumentStore.Migrations);
        var links = new List<string?>();
        // More reprints than the postings read per shingle, and one story of its own at the end.
        for (var i = 0; i < 45; i++)
        {
            links.Add(Store(store, $"doc-{i:D3}", i % 2 == 0 ? Articles.OutletReport : Articles.OtherOutletReport, i));
        }
        var unrelated = Store(store, "doc-999", Articles.MinisterProfile, 999);

        Assert.Null(links[0]);
        Assert.All(links.Skip(1), link => Assert.Equal("doc-000", link));
        Assert.Null(unrelated);
        Assert.Equal("doc-000", new DocumentStore(store).Find("doc-044")!.SameStoryAs);
    }

    [Fact]
    public void Storing_with_the_story_writes_what_storing_and_then_linking_writes()
    {
        var linked = OpenStore("ingestion", DocumentStore.Migrations);
        var together = OpenStore("ingestion_together", DocumentStore.Migrations);
        var texts = new[] { Articles.OutletReport, Articles.MinisterProfile, Articles.OtherOutletReport, Articles.OutletReport, Articles.MinisterProfile };

        for (var i = 0; i < texts.Length; i++)
        {
            Store(linked, $"doc-{i:D3}", texts[i], i);
            Store(together, $"doc-{i:D3}", texts[i], i, withStory: true);
        }

        Assert.Equal(Rows(linked), Rows(together));
        Assert.Equal("doc-000", new DocumentStore(together).Find("doc-002")!.SameStoryAs);
        Assert.Equal("doc-001", new DocumentStore(together).Find("doc-004")!.SameStoryAs);
        Assert.Null(new DocumentStore(together).Find("doc-001")!.SameStoryAs);
    }

    /// <summary>Every document's fingerprint and link, and every sketch row, in one order.</summary>
    private static List<string> Rows(Database store)
    {
        using var connection = store.Open();
        return
        [
            .. connection.Query("SELECT id, fingerprint, same_story_as FROM documents ORDER BY id",
                r => $"{r.GetString(0)} {r.StringOrNull(1)} {r.StringOrNull(2)}"),
            .. connection.Query("SELECT document_id, shingle FROM story_sketches ORDER BY document_id, shingle",
                r => $"{r.GetString(0)} {r.Long(1)}"),
        ];
    }

    private static string? Store(Database store, string id, string text, int order, bool withStory = false) =>
        store.InTransaction((connection, transaction) =>
        {
            var receivedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(order).ToString("O");
            var document = new StoredDocument(id, null, "hash-" + id, "", null, null, null, null, null,
                "unknown", [], "", LocalStatus.Queued, null, null, receivedAt);
            var texts = new DocumentTexts(text, null, text);
            if (withStory)
            {
                return DocumentStore.InsertWithStory(connection, transaction, document, texts,
                    StoryFingerprint.OfFolded(VietnameseText.Fold(text)));
            }
            DocumentStore.Insert(connection, transaction, document, texts);
            return DocumentStore.LinkSameStory(connection, transaction, id, text);
        });
}
