extern alias timeline;

using Chronicle.Storage;
using Microsoft.Data.Sqlite;
using timeline::Chronicle.Timeline.Data;

namespace Chronicle.Services.Tests;

/// <summary>
/// The indexes of role_observations after every migration, on a new store and on one created
/// before the two unneeded ones were dropped: every index a statement reads through is there, and
/// those two are gone in both.
/// </summary>
public sealed class RoleObservationIndexesTests : IDisposable
{
    private static readonly IReadOnlyList<Migration> TimelineMigrations = [.. FactStore.Migrations, .. DatingEvidence.Migrations];

    private static readonly string[] Expected =
        ["role_observations_document", "role_observations_evidence", "role_observations_holding", "role_observations_person_date"];

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-role-indexes-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void A_new_store_has_the_indexes_the_statements_read_through()
    {
        using var store = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "timeline", TimelineMigrations);

        Assert.Equal(Expected, Indexes(store));
    }

    [Fact]
    public void A_store_from_before_loses_the_two_unneeded_indexes()
    {
        var before = TimelineMigrations.Where(m => m.Version < 320).ToList();
        using (var old = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "timeline", before))
        {
            Assert.Contains("role_observations_person", Indexes(old));
            Assert.Contains("role_observations_role", Indexes(old));
        }

        using var store = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "timeline", TimelineMigrations);

        Assert.Equal(Expected, Indexes(store));
    }

    private static List<string> Indexes(Database store)
    {
        using var connection = store.Open();
        return connection.Query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'role_observations' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            r => r.GetString(0));
    }
}
