extern alias ingestion;

using Chronicle.Storage;
using Microsoft.Data.Sqlite;
using ingestion::Chronicle.Ingestion.Data;

namespace Chronicle.Services.Tests;

/// <summary>
/// The pipeline counts are polled by dashboards and producers, so they must not read the documents'
/// rows: a count read from the table reads every row of the store.
/// </summary>
public sealed class PipelineCountsPlanTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-pipeline-plan-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void The_counts_are_answered_from_an_index_alone()
    {
        using var store = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "ingestion", DocumentStore.Migrations);
        using var connection = store.Open();

        var plan = string.Join(" | ", connection.Query("EXPLAIN QUERY PLAN " + DocumentStore.CountsStatement, r => r.GetString(3)));

        Assert.Contains("USING COVERING INDEX documents_status_duplicate", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_from_before_gets_the_index_and_loses_the_status_only_one()
    {
        using (Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "ingestion",
                   DocumentStore.Migrations.Where(m => m.Version < 5).ToList()))
        {
        }

        using var store = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "ingestion", DocumentStore.Migrations);
        using var connection = store.Open();
        var indexes = connection.Query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));

        Assert.Contains("documents_status_duplicate", indexes);
        Assert.DoesNotContain("documents_status", indexes);
    }
}
