extern alias timeline;

using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Storage;
using Chronicle.Testing;
using Microsoft.Data.Sqlite;
using timeline::Chronicle.Timeline.Data;

using static Chronicle.Services.Tests.DatingRequests;

namespace Chronicle.Services.Tests;

public sealed class SqliteRedatingScopeTests : RedatingScopeTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-redating-").FullName;

    protected override Database OpenStore() =>
        Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "timeline", TimelineMigrations);

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

public sealed class PostgresRedatingScopeTests : RedatingScopeTests
{
    private readonly string _connectionString = PostgresServer.CreateDatabase("redating");

    protected override Database OpenStore() =>
        Database.Open(new StorageOptions(StorageProvider.Postgres, _connectionString), Path.GetTempPath(), "timeline", TimelineMigrations);
}

/// <summary>
/// Which undated documents the background re-dating reads again after new evidence: only those
/// the evidence can change, a capped number per pass, and none lost. The timeline's own classes
/// on a real store (SQLite and PostgreSQL), with the worker's steps called one by one.
/// </summary>
public abstract class RedatingScopeTests : IDisposable
{
    protected static readonly IReadOnlyList<Migration> TimelineMigrations = DatingStore.Migrations;

    private const string Rank = "Ủy viên Trung ương Đảng";
    private const string HigherRank = "Ủy viên Bộ Chính trị";

    private readonly DatingStore _timeline;
    private readonly DocumentDating _dating;

    protected RedatingScopeTests()
    {
        _timeline = new DatingStore(OpenStore());
        _dating = _timeline.Dating;
    }

    protected abstract Database OpenStore();

    public virtual void Dispose()
    {
    }

    private void Record(RecordDocumentFactsRequest request) => _timeline.Record(request);

    private List<string> Drain() => _timeline.Drain();

    private string? AnchorOf(string documentId) => _timeline.AnchorOf(documentId);

    [Fact]
    public void Dating_a_recorded_document_answers_the_anchor_its_row_holds()
    {
        // The report to ingestion is made from this answer, not from the row read back: the two must agree
        // whether the text dated the document, dating inferred its year, left it open, or had nothing to go by.
        // Sightings on either side of mid-March 2023 and the higher rank from 2024 on date a mid-March article to 2023.
        var inferred = Undated("inferred", month: 3, day: 15, Rank, [2022, 2023, 2024]);
        var open = Undated("open", month: 8, day: 10, "Bí thư Chi bộ thôn", [2021, 2022]);
        var noDay = Undated("no-day", month: 0, day: 0, Rank);
        var noAnchor = new RecordDocumentFactsRequest { DocumentId = "no-anchor", ContentHash = "hash-no-anchor", Title = "t", Revision = 3 };
        var month = Dated("month", "2023-04", Rank);
        month.Anchor.Date.Granularity = "month";
        month.Anchor.Reason = "the month its heading gives";
        var again = Dated("again", "2023-02-02", Rank);
        again.Revision = 1;
        var repeated = Undated("again", month: 3, day: 16, Rank, [2022, 2023, 2024]);
        repeated.Revision = 2;

        foreach (var request in new[] { Dated("a", "2023-01-01", Rank), Dated("b", "2023-06-01", Rank), Dated("higher", "2024-01-10", HigherRank), inferred, open, noDay, noAnchor, month, again, repeated })
        {
            var dated = _timeline.RecordAndDate(request);
            var (revision, stored) = _timeline.StoredAnchor(request.DocumentId);
            Assert.Equal(request.Revision, revision);
            Assert.Equal(stored, dated.Anchor);
        }
        Assert.Equal("inferred", _timeline.StoredAnchor("inferred").Anchor.Basis);
        Assert.Equal("inferred", _timeline.StoredAnchor("again").Anchor.Basis);
    }

    [Fact]
    public void Recording_answers_the_evidence_rows_it_stored_and_whether_it_replaced_an_earlier_recording()
    {
        // Dated by its text: a sighting on the anchor's day, one its own sentence dates to a month, a former holder
        // (not evidence), one whose term ended (not evidence), and a second person on the anchor's day.
        var dated = Dated("d", "2023-05-04", Rank);
        dated.Roles.Add(new RoleFact
        {
            Person = new EntityRef { Id = "per_tran_van_thu", Name = Person }, Role = HigherRank, Title = HigherRank,
            Date = new PartialDate { Value = "2023-02", Granularity = "month" }, DateBasis = "sentence",
            Evidence = new Evidence { DocumentId = "d", Start = 20, End = 40, Quote = "tháng 2 năm 2023" },
        });
        dated.Roles.Add(new RoleFact
        {
            Person = new EntityRef { Id = "per_le_thi_mau", Name = "Lê Thị Mẫu" }, Role = Rank, Title = Rank, Qualifier = "nguyên",
            Evidence = new Evidence { DocumentId = "d", Start = 50, End = 60, Quote = "nguyên ủy viên" },
        });
        dated.Roles.Add(new RoleFact
        {
            Person = new EntityRef { Id = "per_le_thi_mau", Name = "Lê Thị Mẫu" }, Role = HigherRank, Title = HigherRank, Aspect = "ended",
            Evidence = new Evidence { DocumentId = "d", Start = 70, End = 80, Quote = "thôi giữ chức" },
        });
        dated.Roles.Add(new RoleFact
        {
            Person = new EntityRef { Id = "per_pham_van_mot", Name = "Phạm Văn Một" }, Role = Rank, Title = Rank,
            Evidence = new Evidence { DocumentId = "d", Start = 90, End = 99, Quote = "ủy viên" },
        });

        var first = _timeline.RecordAnswering(dated);
        var rows = _timeline.EvidenceRows("d");
        Assert.False(first.Replaced);
        Assert.Equal(5, first.Facts);
        Assert.Equal(3, rows.Count);
        Assert.Equal(rows, first.Evidence);

        // The same hand-off again replaces the recording, and answers the same sightings.
        var again = _timeline.RecordAnswering(dated);
        Assert.True(again.Replaced);
        Assert.Equal(rows, again.Evidence);
        Assert.Equal(rows, _timeline.EvidenceRows("d"));

        // An undated document keeps no evidence; its entries in the undated index are written once, and a second
        // recording (which replaces the first) leaves them as one set, not two.
        var undated = Undated("u", month: 3, day: 15, Rank, [2022, 2023, 2024]);
        var undatedFirst = _timeline.RecordAnswering(undated);
        Assert.False(undatedFirst.Replaced);
        Assert.Empty(undatedFirst.Evidence);
        Assert.Equal(1, _timeline.UndatedEntries("u"));
        Assert.True(_timeline.RecordAnswering(undated).Replaced);
        Assert.Equal(1, _timeline.UndatedEntries("u"));
    }

    [Fact]
    public void New_evidence_re_reads_only_the_undated_documents_whose_days_it_can_change()
    {
        // Dated sightings on either side of mid-March 2023 and a higher rank from 2024 on, then two
        // undated articles naming the person at the lower rank, written in 2022, 2023 or 2024.
        Record(Dated("a", "2023-01-01", Rank));
        Record(Dated("b", "2023-06-01", Rank));
        Record(Dated("higher", "2024-01-10", HigherRank));
        Record(Undated("march", month: 3, day: 15, Rank, [2022, 2023, 2024]));
        Record(Undated("august", month: 8, day: 10, Rank, [2022, 2023, 2024]));
        Drain();

        // A sighting between the first two: it can only change the days from 1 January to 1 June 2023.
        Record(Dated("c", "2023-03-10", Rank));
        var reread = Drain();

        Assert.Equal(["march"], reread);
        // 2024 is excluded by the higher rank; of 2022 and 2023, the year nearer the dated sightings.
        Assert.Equal("2023-03-15", AnchorOf("march"));
        Assert.Equal("2023-08-10", AnchorOf("august"));

        // Re-dating everything from scratch gives the same answers: nothing was missed.
        _dating.RedateAllLater();
        Assert.Equal(["august", "march"], Drain().Order());
        Assert.Equal("2023-03-15", AnchorOf("march"));
        Assert.Equal("2023-08-10", AnchorOf("august"));
    }

    [Fact]
    public void A_sighting_on_dates_already_seen_re_reads_nothing()
    {
        Record(Dated("a", "2023-01-01", Rank));
        Record(Dated("b", "2023-06-01", Rank));
        Record(Undated("march", month: 3, day: 15, Rank, [2022, 2023, 2024]));
        Record(Undated("june", month: 6, day: 2, Rank, [2022, 2023, 2024]));
        Drain();

        // Another report of 1 June 2023 at the same rank: no day is nearer to it than to the first.
        Record(Dated("b-again", "2023-06-01", Rank));

        Assert.Empty(Drain());
    }

    [Fact]
    public void Later_evidence_still_re_dates_an_earlier_document()
    {
        Record(Undated("u1", month: 3, day: 15, HigherRank));
        Assert.Null(AnchorOf("u1"));

        Record(Dated("d1", "2022-11-20", Rank));
        Drain();

        // Still the lower rank in November 2022, so not yet the higher one on 15 March 2022.
        Assert.Equal("2023-03-15", AnchorOf("u1"));
    }

    [Fact]
    public void A_document_without_candidate_years_is_re_read_only_for_a_person_it_gives_a_rank()
    {
        Record(Undated("ranked", month: 3, day: 15, HigherRank, candidateYears: []));
        Record(Undated("unranked", month: 3, day: 15, "Bí thư Tỉnh ủy Thử nghiệm", candidateYears: []));
        Drain();

        Record(Dated("d1", "2022-11-20", Rank));
        var reread = Drain();

        Assert.Contains("ranked", reread);
        Assert.DoesNotContain("unranked", reread);
    }

    [Fact]
    public void A_pass_re_dates_at_most_its_cap_and_leaves_the_rest_queued()
    {
        for (var i = 0; i < 5; i++)
        {
            Record(Undated($"u{i}", month: 3, day: 15, HigherRank));
        }
        Drain();
        _dating.RedateAllLater();
        Assert.Equal(1, _dating.QueueDocumentsOfQueuedPeople(500));

        var first = _dating.RedateQueuedDocuments(2, CancellationToken.None);
        var second = _dating.RedateQueuedDocuments(2, CancellationToken.None);
        var third = _dating.RedateQueuedDocuments(2, CancellationToken.None);

        Assert.Equal(2, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Single(third);
        Assert.Equal(["u0", "u1", "u2", "u3", "u4"], first.Concat(second).Concat(third).Order());
        Assert.Empty(_dating.RedateQueuedDocuments(2, CancellationToken.None));
    }
}
