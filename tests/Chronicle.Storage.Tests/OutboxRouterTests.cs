using Chronicle.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Chronicle.Storage.Tests;

/// <summary>
/// One outbox with a side route (a stage reporting back to ingestion beside its main hand-off):
/// each message reaches its own destination under its own key, and a destination that is down
/// holds back only its own messages.
/// </summary>
public sealed class OutboxRouterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-router-").FullName;
    private readonly Database _database;

    public OutboxRouterTests() =>
        _database = Database.Open(new StorageOptions(StorageProvider.Sqlite, null), _directory, "router", [Outbox.Schema]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private OutboxDispatcher Dispatcher(IOutboxDelivery delivery) =>
        new(new Outbox(_database, new OutboxSignal()), new OutboxSignal(), delivery, _database,
            Options.Create(new OutboxOptions()), NullLogger<OutboxDispatcher>.Instance);

    private void Enqueue(params (string Key, byte Payload)[] messages) => _database.InTransaction((c, t) =>
    {
        foreach (var (key, payload) in messages)
        {
            Outbox.Enqueue(c, t, key, [payload]);
        }
        return 0;
    });

    [Fact]
    public async Task Each_message_reaches_its_route_under_its_own_key()
    {
        var (main, ingestion) = (new Stage(), new Stage());
        var router = new OutboxRouter(main, [new OutboxSideRoute("ingestion", ingestion)]);
        Enqueue(("doc-1", 1), (OutboxSideRoute.Key("ingestion", "doc-1"), 2), ("doc-2", 3));

        await Dispatcher(router).DrainAsync(CancellationToken.None);

        // Order is promised within a key only: the dispatcher's workers may take doc-1 and doc-2 apart and finish either first.
        Assert.Equal([("doc-1", (byte)1), ("doc-2", (byte)3)], main.Delivered.Order());
        Assert.Equal([("doc-1", (byte)2)], ingestion.Delivered);
        Assert.Equal(["doc-1", "doc-2"], main.Completed.Order());
        Assert.Equal(["doc-1"], ingestion.Completed);
    }

    [Fact]
    public async Task A_route_that_is_down_holds_back_only_its_own_messages()
    {
        var (main, ingestion) = (new Stage { Down = true }, new Stage());
        var router = new OutboxRouter(main, [new OutboxSideRoute("ingestion", ingestion)]);
        Enqueue(("doc-1", 1), (OutboxSideRoute.Key("ingestion", "doc-1"), 2));
        var dispatcher = Dispatcher(router);

        // A pass stops at the main stage's failure and backs that message off (longer each time);
        // a following pass finds the side route's message due.
        for (var pass = 0; pass < 10 && ingestion.Delivered.Count == 0; pass++)
        {
            await dispatcher.DrainAsync(CancellationToken.None);
        }

        Assert.Empty(main.Delivered);
        Assert.Equal([("doc-1", (byte)2)], ingestion.Delivered);
        Assert.Equal(1, new Outbox(_database, new OutboxSignal()).PendingCount());
    }

    /// <summary>A next stage that records what it was sent, or is down.</summary>
    private sealed class Stage : IOutboxDelivery
    {
        public bool Down { get; init; }

        public List<(string Key, byte Payload)> Delivered { get; } = [];

        public List<string> Completed { get; } = [];

        public Task<(DeliveryResult Result, string? Error)> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (Down)
            {
                return Task.FromResult<(DeliveryResult, string?)>((DeliveryResult.RetryLater, "unavailable"));
            }
            lock (Delivered)
            {
                Delivered.Add((message.Key, message.Payload[0]));
            }
            return Task.FromResult<(DeliveryResult, string?)>((DeliveryResult.Delivered, null));
        }

        public void OnDelivered(OutboxMessage message, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction) =>
            Completed.Add(message.Key);

        public void OnParked(OutboxMessage message, string error, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
        {
        }
    }
}
