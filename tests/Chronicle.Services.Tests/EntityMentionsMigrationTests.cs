extern alias entities;

using Chronicle.Storage;
using entities::Chronicle.Entities.Data;

namespace Chronicle.Services.Tests;

/// <summary>
/// The entities stage stores one row per document and entity with its spans together (entities
/// migration 3) instead of one row per mention. A store from before keeps every mention: the
/// counts read the same, and each span is still there.
/// </summary>
public abstract partial class StoreStatementsTests
{
    [Fact]
    public void A_store_from_before_keeps_every_mention_count_and_span()
    {
        using (var old = OpenStore("entities", EntityStore.Migrations.Where(m => m.Version < 3).ToList()))
        {
            old.InTransaction((connection, transaction) =>
            {
                connection.Execute("""
                    INSERT INTO documents (document_id, content_hash, status, received_at) VALUES
                        ('doc-1', 'hash-1', 'processed', '2024-01-01'), ('doc-2', 'hash-2', 'processed', '2024-01-02')
                    """, transaction);
                connection.Execute("""
                    INSERT INTO entities (id, type, name, folded_name) VALUES
                        ('per_x', 'person', 'Trần Văn Khải', 'tran van khai'), ('org_y', 'organization', 'Sở Xây dựng', 'so xay dung')
                    """, transaction);
                // Written out of order on purpose: the spans come back in start order.
                connection.Execute("""
                    INSERT INTO mentions (document_id, entity_id, span_start, span_end) VALUES
                        ('doc-1', 'per_x', 80, 93), ('doc-1', 'per_x', 4, 17), ('doc-1', 'org_y', 30, 41),
                        ('doc-2', 'per_x', 12, 25)
                    """, transaction);
                return 0;
            });
        }

        using var store = OpenStore("entities", EntityStore.Migrations);
        var entities = new EntityStore(store);
        Assert.Equal(3, entities.Find("per_x")!.MentionCount);
        Assert.Equal(1, entities.Find("org_y")!.MentionCount);
        Assert.Equal([(4, 17), (80, 93)], entities.MentionSpans("doc-1", "per_x"));
        Assert.Equal([(12, 25)], entities.MentionSpans("doc-2", "per_x"));
        Assert.Equal(["per_x", "org_y"], entities.Search("", null, 0, 10).Select(e => e.Id));
    }

    [Fact]
    public void A_document_stores_one_row_per_entity_with_its_spans_in_reading_order_and_a_new_version_replaces_them()
    {
        using var store = OpenStore("entities", EntityStore.Migrations);
        var named = new DocumentEntities();
        named.Entity("per_x", "person", "Trần Văn Khải", "Trần Văn Khải");
        named.Entity("org_y", "organization", "Sở Xây dựng", "Sở Xây dựng");
        named.Mention("per_x", 50, 63);
        named.Mention("org_y", 20, 31);
        named.Mention("per_x", 5, 18);
        named.Mention("per_x", 50, 63);
        store.InTransaction((connection, transaction) =>
        {
            EntityStore.UpsertDocument(connection, transaction, "doc-1", "hash-1", 1, StageStatus.Pending, null);
            EntityStore.AddAll(connection, transaction, "doc-1", named);
            return 0;
        });

        var entities = new EntityStore(store);
        using (var connection = store.Open())
        {
            Assert.Equal(2, connection.ScalarLong("SELECT COUNT(*) FROM entity_mentions"));
        }
        Assert.Equal([(50, 63), (5, 18)], entities.MentionSpans("doc-1", "per_x"));
        Assert.Equal(2, entities.Find("per_x")!.MentionCount);

        // The document again, changed: its earlier mentions go.
        var changed = new DocumentEntities();
        changed.Entity("per_x", "person", "Trần Văn Khải", "Trần Văn Khải");
        changed.Mention("per_x", 7, 20);
        store.InTransaction((connection, transaction) =>
        {
            EntityStore.UpsertDocument(connection, transaction, "doc-1", "hash-2", 2, StageStatus.Pending, null);
            EntityStore.AddAll(connection, transaction, "doc-1", changed);
            return 0;
        });
        Assert.Equal(1, entities.Find("per_x")!.MentionCount);
        Assert.Equal(0, entities.Find("org_y")!.MentionCount);
        Assert.Equal([(7, 20)], entities.MentionSpans("doc-1", "per_x"));
    }
}
