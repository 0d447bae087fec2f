using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Chronicle.Testing;

/// <summary>
/// Starts the three services and the gateway as real processes on free loopback ports, with a
/// temporary data folder, and stops them (whole process trees) when disposed.
/// </summary>
public sealed class SuiteProcesses : IAsyncDisposable
{
    public const string ApiKey = "e2e-key";

    private readonly Dictionary<string, Process> _processes = [];
    private readonly Dictionary<string, (ProcessStartInfo Start, int ReadyPort)> _definitions = [];
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("chronicle-e2e-").FullName;
    private readonly Dictionary<string, System.Text.StringBuilder> _logs = [];

    public Uri Gateway { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    private readonly bool _postgres;
    private readonly Func<string, SuitePorts, IReadOnlyDictionary<string, string>>? _environment;

    private readonly IReadOnlyList<string> _gatewayArguments;

    private SuiteProcesses(bool postgres, Func<string, SuitePorts, IReadOnlyDictionary<string, string>>? environment, IReadOnlyList<string>? gatewayArguments)
    {
        _postgres = postgres;
        _environment = environment;
        _gatewayArguments = gatewayArguments ?? [];
    }

    /// <param name="postgres">Store in PostgreSQL (one fresh database per service) instead of SQLite.</param>
    /// <param name="environment">
    /// When given, each process is configured only by the environment this returns (as a
    /// container would be), instead of the launcher's command-line settings.
    /// </param>
    /// <param name="gatewayArguments">Further settings for the gateway, as '--Key=value'.</param>
    public static async Task<SuiteProcesses> StartAsync(
        bool postgres = false,
        Func<string, SuitePorts, IReadOnlyDictionary<string, string>>? environment = null,
        IReadOnlyList<string>? gatewayArguments = null)
    {
        var suite = new SuiteProcesses(postgres, environment, gatewayArguments);
        try
        {
            await suite.StartAllAsync();
        }
        catch
        {
            await suite.DisposeAsync();
            throw;
        }
        return suite;
    }

    private async Task StartAllAsync()
    {
        var ports = Enumerable.Range(0, 8).Select(_ => FreePort()).ToArray();
        var (ingestion, entities, timeline) = (ports[0], ports[1], ports[2]);
        _ports = new SuitePorts(
            new Dictionary<string, int> { ["ingestion"] = ingestion, ["entities"] = entities, ["timeline"] = timeline },
            new Dictionary<string, int> { ["ingestion"] = ports[3], ["entities"] = ports[4], ["timeline"] = ports[5], ["gateway"] = ports[6] },
            _dataDirectory);
        string Grpc(int port) => $"http://127.0.0.1:{port}";

        // The timeline asks entities only about ids it holds nothing of; it starts first all the same.
        // Entities and the timeline report outcomes back to ingestion through their outboxes, so
        // ingestion starting last only delays those reports.
        await StartServiceAsync("timeline", "services/timeline/Chronicle.Timeline", ports[2], ports[5], [$"--Services:Entities={Grpc(entities)}", $"--Services:Ingestion={Grpc(ingestion)}"]);
        await StartServiceAsync("entities", "services/entities/Chronicle.Entities", ports[1], ports[4], [$"--Services:Timeline={Grpc(timeline)}", $"--Services:Ingestion={Grpc(ingestion)}"]);
        await StartServiceAsync("ingestion", "services/ingestion/Chronicle.Ingestion", ports[0], ports[3], [$"--Services:Entities={Grpc(entities)}"]);

        var gatewayPort = ports[6];
        Start("gateway", "gateway/Chronicle.Gateway", gatewayPort,
        [
            $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{gatewayPort}",
            $"--ReverseProxy:Clusters:ingestion:Destinations:primary:Address={Grpc(ingestion)}",
            $"--ReverseProxy:Clusters:entities:Destinations:primary:Address={Grpc(entities)}",
            $"--ReverseProxy:Clusters:timeline:Destinations:primary:Address={Grpc(timeline)}",
            // Health probes go to each service's HTTP/1.1 port; gRPC pass-through gets its own port.
            $"--ReverseProxy:Clusters:ingestion:Destinations:primary:Health=http://127.0.0.1:{ports[3]}",
            $"--ReverseProxy:Clusters:entities:Destinations:primary:Health=http://127.0.0.1:{ports[4]}",
            $"--ReverseProxy:Clusters:timeline:Destinations:primary:Health=http://127.0.0.1:{ports[5]}",
            $"--Gateway:GrpcUrl=http://127.0.0.1:{ports[7]}",
            .. _gatewayArguments,
        ]);
        Gateway = new Uri($"http://127.0.0.1:{gatewayPort}");
        await WaitReadyAsync("gateway", gatewayPort);
        Client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(30) };
    }

    private async Task StartServiceAsync(string name, string project, int grpcPort, int httpPort, string[] extra)
    {
        Start(name, project, httpPort,
        [
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpcPort}",
            $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{httpPort}",
            .. extra,
        ]);
        await WaitReadyAsync(name, httpPort);
    }

    private SuitePorts _ports = null!;

    private void Start(string name, string project, int readyPort, string[] arguments)
    {
        if (_environment is not null)
        {
            arguments = [];
        }
        var assembly = Path.GetFileName(project);
        var dll = Path.Combine(RepositoryRoot.Path, project, "bin", RepositoryRoot.Configuration, "net10.0", assembly + ".dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the solution first: {dll} is missing.");
        }
        // From its build folder, so the host finds its appsettings.json as it does when deployed.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["CHRONICLE_DATA_DIR"] = _dataDirectory;
        start.Environment["CHRONICLE_API_KEY"] = ApiKey;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in _environment?.Invoke(name, _ports) ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        if (_postgres && name != "gateway")
        {
            start.Environment["Storage__Provider"] = "Postgres";
            start.Environment["ConnectionStrings__Chronicle"] = PostgresServer.CreateDatabase("e2e_" + name);
        }

        _definitions[name] = (start, readyPort);
        _logs[name] = new System.Text.StringBuilder();
        Launch(name);
    }

    private void Launch(string name)
    {
        var log = _logs[name];
        var process = new Process { StartInfo = _definitions[name].Start };
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes[name] = process;
    }

    /// <summary>The names of the processes: timeline, entities, ingestion, gateway.</summary>
    public IReadOnlyCollection<string> Names => _definitions.Keys;

    /// <summary>Kills a process at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync(string name)
    {
        var process = _processes[name];
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>
    /// Asks a process to stop (SIGTERM), as an orchestrator does, and returns its exit code; throws
    /// if it has not exited after <paramref name="patience"/>.
    /// </summary>
    public async Task<int> TerminateAsync(string name, TimeSpan patience)
    {
        var process = _processes[name];
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!))
        {
            await kill!.WaitForExitAsync();
        }
        try
        {
            await process.WaitForExitAsync().WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{name} was still running {patience.TotalSeconds:F0} s after SIGTERM:\n{Log(name)}");
        }
        return process.ExitCode;
    }

    /// <summary>Starts a killed process again with the same ports and data, and waits until it is ready.</summary>
    public async Task RestartAsync(string name)
    {
        _processes[name].Dispose();
        Launch(name);
        await WaitReadyAsync(name, _definitions[name].ReadyPort);
    }

    private async Task WaitReadyAsync(string name, int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_processes[name].HasExited)
            {
                throw new InvalidOperationException($"{name} exited during start-up:\n{Log(name)}");
            }
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer while the process warms up.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{name} was not ready on port {port} within 60 s:\n{Log(name)}");
    }

    public string Log(string name)
    {
        var log = _logs[name];
        lock (log)
        {
            return log.ToString();
        }
    }

    /// <summary>Posts a document with the key and returns its id.</summary>
    public async Task<string> SubmitAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", ApiKey);
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Submit answered {(int)response.StatusCode}: {text}");
        }
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The id of the person of exactly this name, found through the search.</summary>
    public async Task<string> PersonIdAsync(string name)
    {
        var found = await GetJsonAsync($"/api/v1/entities?type=person&q={Uri.EscapeDataString(name)}");
        return found.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }

    /// <summary>Waits until nothing is pending in the pipeline; returns the final counts.</summary>
    public async Task<JsonElement> WaitForPipelineAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement counts;
        do
        {
            counts = await GetJsonAsync("/api/v1/pipeline");
            if (counts.GetProperty("pending").GetInt32() == 0)
            {
                return counts;
            }
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Still pending after {timeout}: {counts}\n--- entities ---\n{Log("entities")}\n--- timeline ---\n{Log("timeline")}");
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            // A 5xx is a bug: show what the services logged.
            var logs = (int)response.StatusCode >= 500 ? string.Join("\n", _logs.Keys.Select(name => $"--- {name} ---\n{Log(name)}")) : "";
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {text}\n{logs}");
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        foreach (var process in _processes.Values.Reverse())
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                // Already gone.
            }
            process.Dispose();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static int FreePort() => Chronicle.Testing.LoopbackPorts.Free();
}

/// <summary>The loopback ports and data folder of a running suite, for configuring it from outside.</summary>
/// <param name="Grpc">HTTP/2 port of each service.</param>
/// <param name="Http">HTTP/1.1 port of each service and of the gateway.</param>
public sealed record SuitePorts(IReadOnlyDictionary<string, int> Grpc, IReadOnlyDictionary<string, int> Http, string DataDirectory);
