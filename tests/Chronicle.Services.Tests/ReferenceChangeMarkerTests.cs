extern alias timeline;

using Chronicle.Storage;
using Chronicle.Timeline.Knowledge;
using Microsoft.Data.Sqlite;
using timeline::Chronicle.Timeline.Data;

namespace Chronicle.Services.Tests;

/// <summary>
/// The reference table is read for every undated document, so its terms are kept between reads
/// and read again only when the table's change number moves: every write raises it, whichever
/// process sharing the database wrote.
/// </summary>
public sealed class ReferenceChangeMarkerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-reference-marker-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Database Open() =>
        Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "timeline", DatingStore.Migrations);

    private static readonly OfficeTerm Correction =
        new("Bộ trưởng Bộ Thử nghiệm", "Lê Văn Mẫu", "2031-02-01", null, false, "a correction");

    [Fact]
    public void Reads_with_no_change_between_give_the_terms_kept()
    {
        var reference = new ReferenceStore(Open());
        reference.SeedShipped();

        var first = reference.All();

        Assert.Equal(OfficeHolderTable.Shipped.Count, first.Count);
        Assert.Same(first, reference.All());
    }

    [Fact]
    public void A_correction_written_through_another_process_is_read_at_once()
    {
        // Two stores over one database, as two replicas sharing it.
        var reader = new ReferenceStore(Open());
        var writer = new ReferenceStore(Open());
        reader.SeedShipped();
        var before = reader.All();

        writer.Put(Correction);

        var after = reader.All();
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Contains(after, term => term.Person == Correction.Person && term.Start == Correction.Start);
    }

    [Fact]
    public void Dating_inside_a_transaction_reads_a_correction_made_before_it()
    {
        var database = Open();
        var reference = new ReferenceStore(database);
        reference.SeedShipped();
        reference.All();

        new ReferenceStore(Open()).Put(Correction with { End = "2032-05-01" });

        var terms = database.InTransaction((connection, transaction) => reference.All(connection, transaction));
        Assert.Contains(terms, term => term.Person == Correction.Person && term.End == "2032-05-01");
    }

    [Fact]
    public void A_correction_of_a_row_read_before_replaces_it()
    {
        var reference = new ReferenceStore(Open());
        reference.SeedShipped();
        reference.Put(Correction);
        Assert.Contains(reference.All(), term => term.Person == Correction.Person && term.End is null);

        reference.Put(Correction with { End = "2033-01-01" });

        var corrected = Assert.Single(reference.All(), term => term.Person == Correction.Person);
        Assert.Equal("2033-01-01", corrected.End);
    }
}
