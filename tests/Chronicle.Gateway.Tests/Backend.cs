using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chronicle.Gateway.Tests;

/// <summary>
/// A small real service on two loopback ports, shaped like ours: h2c for gRPC and REST (as the
/// transcoded routes answer), HTTP/1.1 for /health/ready. It can be stopped and started again on
/// the same ports, as a crashed and restarted process would be.
/// </summary>
public sealed class Backend : IAsyncDisposable
{
    private WebApplication? _app;

    public int GrpcPort { get; } = GatewayHost.ClosedPort();

    public int HttpPort { get; } = GatewayHost.ClosedPort();

    public string GrpcAddress => $"http://127.0.0.1:{GrpcPort}";

    public string HttpAddress => $"http://127.0.0.1:{HttpPort}";

    /// <summary>Requests received, by path (REST and gRPC alike).</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public int HitsOf(string path) => Hits.TryGetValue(path, out var count) ? count : 0;

    /// <summary>Statuses a path answers before it answers normally again, as a struggling service would.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<int>> Failures { get; } = new();

    public void FailNext(string path, int status, int times = 1)
    {
        var queue = Failures.GetOrAdd(path, _ => new ConcurrentQueue<int>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(status);
        }
    }

    /// <summary>The HTTP version of the last request, by path.</summary>
    public ConcurrentDictionary<string, string> Protocols { get; } = new();

    /// <summary>The grpc-timeout header of the last request, by path.</summary>
    public ConcurrentDictionary<string, string> GrpcTimeouts { get; } = new();

    public static async Task<Backend> StartAsync()
    {
        var backend = new Backend();
        await backend.StartAgainAsync();
        return backend;
    }

    public async Task StartAgainAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test folder holds the gateway's appsettings.json (its Kestrel endpoints): not ours.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(System.Net.IPAddress.Loopback, GrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(System.Net.IPAddress.Loopback, HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(this);
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            Hits.AddOrUpdate(path, 1, (_, count) => count + 1);
            GrpcTimeouts[path] = context.Request.Headers["grpc-timeout"].ToString();
            Protocols[path] = context.Request.Protocol;
            if (Failures.TryGetValue(path, out var queue) && queue.TryDequeue(out var status))
            {
                // The google.rpc.Status body JSON transcoding answers with.
                context.Response.StatusCode = status;
                await context.Response.WriteAsJsonAsync(new { code = 14, message = "injected failure", details = Array.Empty<object>() });
                return;
            }
            await next(context);
        });
        app.MapGet("/health/ready", () => "Healthy");
        app.MapGet("/api/v1/entities", () => Results.Json(new { items = new[] { new { id = StubEntities.PersonId, name = "Lê Hoài Trung", type = "person" } } }));
        app.MapGet("/api/v1/events", async (HttpContext context) =>
        {
            if (context.Request.Query["from"] == "slow")
            {
                await Task.Delay(TimeSpan.FromMinutes(5), context.RequestAborted);
            }
            return Results.Json(new { items = new[] { new { id = "evt_1", name = "Hội nghị", date = "2022-01-11", granularity = "day" } }, page = new { nextToken = "" } });
        });
        app.MapPost("/api/v1/reference/holders", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            return Results.Json(new { echoed = await reader.ReadToEndAsync() });
        });
        app.MapGrpcService<StubEntities>();
        app.MapGrpcService<StubTimeline>();
        await app.StartAsync();
        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
