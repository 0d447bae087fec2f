extern alias timeline;

using Chronicle.Storage;
using Chronicle.Testing;
using Chronicle.Timeline.Knowledge;
using Microsoft.Data.Sqlite;
using timeline::Chronicle.Timeline.Data;

namespace Chronicle.Services.Tests;

public sealed class SqliteReferenceChangeMarkerTests : ReferenceChangeMarkerTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-reference-marker-").FullName;

    protected override Database Open() =>
        Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "timeline", DatingStore.Migrations);

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

public sealed class PostgresReferenceChangeMarkerTests : ReferenceChangeMarkerTests
{
    private readonly string _connectionString = PostgresServer.CreateDatabase("reference_marker");

    protected override Database Open() =>
        Database.Open(new StorageOptions(StorageProvider.Postgres, _connectionString), Path.GetTempPath(), "timeline", DatingStore.Migrations);
}

/// <summary>
/// The reference table is read for every undated document, so its terms are kept between reads
/// and read again only when the table's change number moves: every write raises it, whichever
/// process sharing the database wrote (two stores over one database stand for two replicas).
/// </summary>
public abstract class ReferenceChangeMarkerTests : IDisposable
{
    protected abstract Database Open();

    public virtual void Dispose()
    {
    }

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
