extern alias entities;
extern alias ingestion;
extern alias timeline;

using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Contracts.Timeline.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Chronicle.Services.Tests;

/// <summary>
/// The three services on in-memory test servers, wired to each other as in production
/// (ingestion → entities → timeline over gRPC), each with its own SQLite files in a temp folder.
/// </summary>
public sealed class InMemorySuite : IAsyncDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("chronicle-tests-").FullName;

    public InMemorySuite()
    {
        // The services call each other both ways (hand-offs one way; outcomes back to ingestion, and
        // "is this an entity?"): each route is added once every server exists, before any starts.
        var timelineDownstreams = new Dictionary<string, IServiceChannel>();
        var entitiesDownstreams = new Dictionary<string, IServiceChannel>();
        Timeline = new ServiceFactory<timeline::Program>(_dataDirectory, timelineDownstreams);
        Entities = new ServiceFactory<entities::Program>(_dataDirectory, entitiesDownstreams);
        Ingestion = new ServiceFactory<ingestion::Program>(_dataDirectory, new() { ["entities.test"] = Entities });
        timelineDownstreams["entities.test"] = Entities;
        timelineDownstreams["ingestion.test"] = Ingestion;
        entitiesDownstreams["timeline.test"] = Timeline;
        entitiesDownstreams["ingestion.test"] = Ingestion;
    }

    public ServiceFactory<timeline::Program> Timeline { get; }
    public ServiceFactory<entities::Program> Entities { get; }
    public ServiceFactory<ingestion::Program> Ingestion { get; }

    public Ingestion.IngestionClient IngestionClient => new(Ingestion.Channel);
    public Contracts.Entities.V1.Entities.EntitiesClient EntitiesClient => new(Entities.Channel);
    public Contracts.Timeline.V1.Timeline.TimelineClient TimelineClient => new(Timeline.Channel);

    /// <summary>Waits until every accepted document has gone through every stage.</summary>
    public async Task<PipelineCounts> WaitForPipelineAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        PipelineCounts counts;
        do
        {
            counts = await IngestionClient.GetPipelineAsync(new GetPipelineRequest());
            if (counts.Pending == 0)
            {
                return counts;
            }
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Pipeline still pending: {counts}");
    }

    public async ValueTask DisposeAsync()
    {
        await Ingestion.DisposeAsync();
        await Entities.DisposeAsync();
        await Timeline.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on the way down; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>One service host on TestServer; its outgoing gRPC calls go to the test servers named by host in <paramref name="downstreams"/>.</summary>
public sealed class ServiceFactory<TProgram>(string dataDirectory, Dictionary<string, IServiceChannel> downstreams)
    : WebApplicationFactory<TProgram>, IServiceChannel where TProgram : class
{
    private GrpcChannel? _channel;

    public GrpcChannel Channel => _channel ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    public HttpMessageHandler CreateHandler() => Server.CreateHandler();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CHRONICLE_DATA_DIR", dataDirectory);
        builder.UseSetting("Services:Entities", "http://entities.test");
        builder.UseSetting("Services:Timeline", "http://timeline.test");
        builder.UseSetting("Services:Ingestion", "http://ingestion.test");
        builder.ConfigureTestServices(services =>
        {
            if (downstreams.Count > 0)
            {
                services.ConfigureAll<HttpClientFactoryOptions>(options =>
                    options.HttpMessageHandlerBuilderActions.Add(handler => handler.PrimaryHandler = new HostRoutingHandler(downstreams)));
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        _channel?.Dispose();
        base.Dispose(disposing);
    }
}

public interface IServiceChannel
{
    HttpMessageHandler CreateHandler();
}

/// <summary>
/// Sends each request to the in-memory server its host names (entities.test, timeline.test,
/// ingestion.test). The servers are reached on first use, not when the handler is built: the
/// services call each other both ways, and starting one must not start the others in a circle.
/// </summary>
public sealed class HostRoutingHandler(Dictionary<string, IServiceChannel> servers) : HttpMessageHandler
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<HttpMessageInvoker>> _invokers = new(
        servers.Select(s => KeyValuePair.Create(s.Key, new Lazy<HttpMessageInvoker>(() => new HttpMessageInvoker(s.Value.CreateHandler())))));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invokers.TryGetValue(request.RequestUri!.Host, out var invoker)
            ? invoker.Value.SendAsync(request, cancellationToken)
            : throw new HttpRequestException($"No in-memory server for {request.RequestUri.Host}");
}
