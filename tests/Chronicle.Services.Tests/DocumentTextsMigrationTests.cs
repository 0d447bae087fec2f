extern alias ingestion;

using System.Data.Common;
using Chronicle.Storage;
using ingestion::Chronicle.Ingestion.Data;

namespace Chronicle.Services.Tests;

/// <summary>
/// The documents' texts live in a table of their own (ingestion migration 6), so the updates that
/// follow a document through the pipeline rewrite only its small row. A store from before moves its
/// texts there, on both engines, and keeps every other column as it was.
/// </summary>
public abstract partial class StoreStatementsTests
{
    private static readonly string[] TextColumns = ["raw_text", "raw_html", "clean_text"];

    /// <summary>Longer than a SQLite page many times over: the text spans a chain of overflow pages.</summary>
    private static readonly string LongArticle = string.Concat(Enumerable.Repeat(Articles.MinisterProfile + "\n", 40));

    [Fact]
    public void A_store_from_before_moves_its_texts_and_keeps_every_other_column()
    {
        List<Dictionary<string, object?>> before;
        using (var old = OpenStore("ingestion", DocumentStore.Migrations.Where(m => m.Version < 6).ToList()))
        {
            old.InTransaction((connection, transaction) =>
            {
                StoreBeforeTheMove(connection, transaction, "doc-text", Articles.OutletReport, null, Articles.OutletReport, duplicateOf: null);
                StoreBeforeTheMove(connection, transaction, "doc-html", null, $"<html><body><p>{LongArticle}</p></body></html>", LongArticle, duplicateOf: null);
                StoreBeforeTheMove(connection, transaction, "doc-copy", Articles.OutletReport, null, Articles.OutletReport, duplicateOf: "doc-text");
                connection.Execute("""
                    UPDATE documents SET status = 'processed', fact_count = 7, revision = 2, anchor_decided_at = 42,
                        fingerprint = '00ff00ff00ff00ff', same_story_as = 'doc-html', language = 'vi', byline = 'Minh Anh'
                    WHERE id = 'doc-text'
                    """, transaction);
                return 0;
            });
            using var connection = old.Open();
            before = Rows(connection, "SELECT * FROM documents ORDER BY id");
        }

        using var store = OpenStore("ingestion", DocumentStore.Migrations);
        using (var connection = store.Open())
        {
            var after = Rows(connection, """
                SELECT d.*, t.raw_text, t.raw_html, t.clean_text FROM documents d JOIN document_texts t ON t.document_id = d.id ORDER BY d.id
                """);
            Assert.Equal(before.Count, after.Count);
            for (var i = 0; i < before.Count; i++)
            {
                Assert.Equal(before[i].OrderBy(c => c.Key), after[i].OrderBy(c => c.Key));
            }
            Assert.Equal(3, connection.ScalarLong("SELECT COUNT(*) FROM document_texts"));
            Assert.Empty(ColumnNames(connection, "documents").Intersect(TextColumns));
        }

        var raw = store.InTransaction((connection, transaction) => DocumentStore.RawInput(connection, transaction, "doc-html"));
        Assert.Equal(((string?)null, $"<html><body><p>{LongArticle}</p></body></html>"), raw);
        var documents = new DocumentStore(store);
        Assert.Equal(LongArticle, documents.CleanText("doc-html"));
        var moved = documents.Find("doc-text")!;
        Assert.Equal((LocalStatus.Processed, 7, 2L, "doc-html", "Minh Anh"), (moved.Status, moved.FactCount, moved.Revision, moved.SameStoryAs, moved.Byline));
        Assert.Equal("doc-text", documents.Find("doc-copy")!.DuplicateOf);
    }

    [Fact]
    public void A_document_stored_after_the_move_keeps_its_texts_apart_and_gets_a_new_clean_text_when_derived_again()
    {
        using var store = OpenStore("ingestion", DocumentStore.Migrations);
        var document = new StoredDocument("doc-new", null, "hash-new", "", null, null, null, null, null, "unknown", [], "",
            LocalStatus.Queued, null, null, "2024-01-01T00:00:00.0000000+00:00");
        store.InTransaction((connection, transaction) =>
        {
            DocumentStore.Insert(connection, transaction, document, new DocumentTexts(Articles.OtherOutletReport, null, Articles.OtherOutletReport));
            return 0;
        });
        var revision = store.InTransaction((connection, transaction) =>
            DocumentStore.Rederive(connection, transaction, document, Articles.MinisterProfile));

        var documents = new DocumentStore(store);
        Assert.Equal(2L, revision);
        Assert.Equal(Articles.MinisterProfile, documents.CleanText("doc-new"));
        var raw = store.InTransaction((connection, transaction) => DocumentStore.RawInput(connection, transaction, "doc-new"));
        Assert.Equal((Articles.OtherOutletReport, (string?)null), raw);
    }

    /// <summary>A document as the store before migration 6 held it: texts and all in its row.</summary>
    private static void StoreBeforeTheMove(DbConnection connection, DbTransaction transaction, string id, string? rawText, string? rawHtml,
        string cleanText, string? duplicateOf) =>
        connection.Execute("""
            INSERT INTO documents (id, external_id, content_hash, title, raw_text, raw_html, clean_text, url, source, published_at,
                anchor_date, anchor_granularity, anchor_basis, candidate_years, anchor_reason, status, duplicate_of, received_at)
            VALUES (@id, @external_id, 'hash', 'Tiêu đề', @raw_text, @raw_html, @clean_text, 'https://example.vn/a', 'Báo mẫu', '2024-03-05',
                '2024-03-05', 'day', 'published', '2024', 'given', 'queued', @duplicate_of, '2024-03-05T08:00:00.0000000+00:00')
            """,
            transaction, ("@id", id), ("@external_id", "ext-" + id), ("@raw_text", rawText), ("@raw_html", rawHtml), ("@clean_text", cleanText),
            ("@duplicate_of", duplicateOf));

    private static List<Dictionary<string, object?>> Rows(DbConnection connection, string sql) =>
        connection.Query(sql, r => Enumerable.Range(0, r.FieldCount)
            .ToDictionary(r.GetName, i => r.IsDBNull(i) ? null : r.GetValue(i)));

    private static List<string> ColumnNames(DbConnection connection, string table)
    {
        using var command = connection.Command($"SELECT * FROM {table} WHERE 1 = 0");
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }
}
