using Chronicle.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Tests;

/// <summary>
/// A claim walks the waiting messages oldest first and stops at its limit, so its cost does not
/// grow with the backlog; messages backed off or held by another dispatcher are passed over.
/// </summary>
public sealed class OutboxClaimOrderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-claim-order-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Database Open() => Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "claims", [Outbox.Schema]);

    [Fact]
    public void A_claim_reads_the_waiting_messages_in_id_order_without_sorting_them()
    {
        using var database = Open();
        using var connection = database.Open();

        var plan = connection.Query("EXPLAIN QUERY PLAN " + Outbox.OldestClaimable, r => r.GetString(3), null,
            ("@now", DateTimeOffset.UtcNow.ToString("O")), ("@limit", 1));

        Assert.Contains(plan, step => step.Contains("outbox_waiting", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_passes_over_messages_backed_off_or_held_elsewhere_to_the_oldest_claimable()
    {
        using var database = Open();
        var outbox = new Outbox(database, new OutboxSignal());
        foreach (var key in new[] { "held", "backed-off", "first-free", "second-free" })
        {
            database.InTransaction((c, t) =>
            {
                Outbox.Enqueue(c, t, key, [1, 2, 3]);
                return 0;
            });
        }
        Assert.Equal("held", outbox.Claim("replica-a", 1, TimeSpan.FromHours(1)).Single().Key);
        var failed = outbox.Claim("replica-b", 1, TimeSpan.FromMinutes(1)).Single();
        Assert.Equal("backed-off", failed.Key);
        outbox.Retry(failed.Id, "stage down", TimeSpan.FromHours(1));

        Assert.Equal("first-free", outbox.Claim("replica-b", 1, TimeSpan.FromMinutes(1)).Single().Key);
        Assert.Equal("second-free", outbox.Claim("replica-b", 1, TimeSpan.FromMinutes(1)).Single().Key);
        Assert.Empty(outbox.Claim("replica-b", 1, TimeSpan.FromMinutes(1)));
    }
}
