extern alias timeline;

using Chronicle.Storage;
using Microsoft.Data.Sqlite;
using timeline::Chronicle.Timeline.Data;

using static Chronicle.Services.Tests.DatingRequests;

namespace Chronicle.Services.Tests;

/// <summary>
/// Which sightings count as evidence for dating other documents: those of a document that writes
/// its own date, substantive and not an end. The mark is kept on each row when it is recorded, and
/// a store recorded before the mark existed gets it from its migration.
/// </summary>
public sealed class DatingEvidenceTests : IDisposable
{
    private const string Rank = "Ủy viên Trung ương Đảng";
    private const string PersonId = "per_tran_van_thu";

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-evidence-").FullName;

    private static readonly IReadOnlyList<Migration> All = DatingStore.Migrations;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Database Open(IReadOnlyList<Migration> migrations) =>
        Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "timeline", migrations);

    private static List<string> EvidenceDocuments(Database store)
    {
        using var connection = store.Open();
        return connection.Query("SELECT DISTINCT document_id FROM role_observations WHERE evidence = 1 ORDER BY document_id", r => r.GetString(0));
    }

    [Fact]
    public void A_date_found_by_re_dating_is_not_evidence_for_other_documents()
    {
        var timeline = new DatingStore(Open(All));

        // As in the re-dating tests: sightings around mid-March 2023 and a higher rank from 2024 on date the
        // undated article to 2023.
        timeline.Record(Dated("written-a", "2023-01-01", Rank));
        timeline.Record(Dated("written-b", "2023-03-10", Rank));
        timeline.Record(Dated("written-c", "2023-06-01", Rank));
        timeline.Record(Dated("written-higher", "2024-01-10", "Ủy viên Bộ Chính trị"));
        timeline.Record(Undated("undated", month: 3, day: 15, Rank, [2022, 2023, 2024]));
        timeline.Dating.RedateAllLater();
        timeline.Drain();

        Assert.Equal("2023-03-15", timeline.AnchorOf("undated"));
        Assert.Equal(["written-a", "written-b", "written-c", "written-higher"], EvidenceDocuments(timeline.Store));
        using var connection = timeline.Store.Open();
        var sightings = DatingEvidence.For(connection, null, [PersonId], 3, 16, [2023]);
        Assert.NotEmpty(sightings);
        Assert.DoesNotContain(sightings, s => s.DocumentId == "undated");
    }

    [Fact]
    public void A_store_recorded_before_the_mark_gets_it_from_its_migration()
    {
        var before = Open([.. All.Where(m => m.Version < 310)]);
        using (var connection = before.Open())
        {
            foreach (var (document, basis) in new[] { ("written", "written"), ("undated", "unknown"), ("inferred", "inferred") })
            {
                connection.Execute("""
                    INSERT INTO documents (document_id, content_hash, title, anchor_basis, recorded_at, text_basis)
                    VALUES (@doc, @doc, 't', @basis, '2024-01-01T00:00:00Z', @basis)
                    """, null, ("@doc", document), ("@basis", basis));
                foreach (var (qualifier, aspect) in new[] { ("", "held"), ("former", "held"), ("", "ended") })
                {
                    connection.Execute("""
                        INSERT INTO role_observations (document_id, person_id, person_name, role, role_key, title, organization, qualifier,
                                                       date, granularity, date_low, date_high, span_start, span_end, quote, aspect)
                        VALUES (@doc, @person, 'Trần Văn Thử', @role, 'key', @role, '', @qualifier,
                                '2023-01-01', 'day', '2023-01-01', '2023-01-01', 0, 1, 'q', @aspect)
                        """, null, ("@doc", document), ("@person", PersonId), ("@role", Rank), ("@qualifier", qualifier), ("@aspect", aspect));
                }
            }
        }
        SqliteConnection.ClearAllPools();

        var after = Open(All);

        using var reading = after.Open();
        var marked = reading.Query("SELECT document_id, qualifier, aspect FROM role_observations WHERE evidence = 1",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)));
        Assert.Equal([("written", "", "held")], marked);
    }
}
