using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chronicle.Gateway.Tests;

/// <summary>
/// The real gateway (its Program and appsettings.json) on a test server, with settings
/// overridden per test: by default every cluster points at a loopback port where nothing listens.
/// </summary>
public sealed class GatewayHost : IDisposable
{
    public const string Key = "test-key";
    private readonly WebApplicationFactory<Program> _factory;

    public GatewayHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}";
        var all = new Dictionary<string, string?>
        {
            ["CHRONICLE_API_KEY"] = Key,
            ["Gateway:GrpcUrl"] = "",
        };
        foreach (var cluster in new[] { "ingestion", "entities", "timeline" })
        {
            all[$"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address"] = closed;
            all[$"ReverseProxy:Clusters:{cluster}:Destinations:primary:Health"] = closed;
        }
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            all[name] = value;
        }
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (name, value) in all)
            {
                builder.UseSetting(name, value);
            }
            if (services is not null)
            {
                builder.ConfigureServices(services);
            }
        });
    }

    /// <summary>Settings that point one cluster at a backend's h2c and HTTP/1.1 ports.</summary>
    public static Dictionary<string, string?> Cluster(string cluster, Backend backend) => new()
    {
        [$"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address"] = backend.GrpcAddress,
        [$"ReverseProxy:Clusters:{cluster}:Destinations:primary:Health"] = backend.HttpAddress,
    };

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient(string? key = null)
    {
        var client = _factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        return client;
    }

    public HttpMessageHandler CreateHandler() => _factory.Server.CreateHandler();

    public void Dispose() => _factory.Dispose();

    /// <summary>
    /// A loopback port nothing listens on now, for a closed destination or a backend to bind. Taken below
    /// the ephemeral range: a port handed out for port 0 can be taken as the local end of another test
    /// assembly's outgoing connection before the backend binds it.
    /// </summary>
    public static int ClosedPort() => Chronicle.Testing.LoopbackPorts.Free();

    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, problem.RootElement.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("traceId").GetString()));
        return problem.RootElement.Clone();
    }
}
