using System.Diagnostics;
using System.Globalization;
using System.Net;

// Measures one REST call three ways in one run — straight to the service, through the gateway,
// through nginx — and prints requests/s, p50 and p99 for each and their ratios. A program, not a
// test: its figures depend on the machine. deploy/bench-gateway.sh measures the same with wrk, in
// interleaved rounds; this is the way without wrk.
//
//   dotnet Chronicle.LoadDriver.dll --direct http://127.0.0.1:5213 --gateway http://127.0.0.1:8180
//       --nginx http://127.0.0.1:8190 [--path /api/v1/events] [--seconds 10] [--concurrency 32] [--warmup 2]
//
// All three are called alike, over HTTP/1.1 with keep-alive: --direct is the service's HTTP/1.1
// port, the one nginx proxies to (nginx speaks HTTP/2 to an upstream only for gRPC).
//
// With "ingest" as its first argument it measures ingestion instead (see IngestRun.cs).

if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestRun.RunAsync(args);
}

var options = Options.Parse(args);
var targets = new List<(string Name, Uri Base, Version Version)>();
if (options.Direct is { } direct) targets.Add(("direct", direct, HttpVersion.Version11));
if (options.Gateway is { } gateway) targets.Add(("gateway", gateway, HttpVersion.Version11));
if (options.Nginx is { } nginx) targets.Add(("nginx", nginx, HttpVersion.Version11));
if (targets.Count == 0)
{
    Console.Error.WriteLine("Give at least one of --direct, --gateway, --nginx (see the comment at the top of Program.cs).");
    return 2;
}

Console.WriteLine($"GET {options.Path} — {options.Concurrency} concurrent clients, {options.Seconds} s each after {options.Warmup} s warm-up, {Environment.ProcessorCount} cores");
var results = new List<Result>();
foreach (var (name, baseAddress, version) in targets)
{
    var result = await MeasureAsync(name, new Uri(baseAddress, options.Path), version, options);
    results.Add(result);
    Console.WriteLine(result);
}

var baseline = results[0];
Console.WriteLine();
foreach (var result in results.Skip(1))
{
    Console.WriteLine(FormattableString.Invariant(
        $"{result.Name} / {baseline.Name}: throughput ×{result.RequestsPerSecond / baseline.RequestsPerSecond:0.00}, p50 ×{result.P50 / baseline.P50:0.00}, p99 ×{result.P99 / baseline.P99:0.00}"));
}
if (results.FirstOrDefault(r => r.Name == "gateway") is { } g && results.FirstOrDefault(r => r.Name == "nginx") is { } n)
{
    Console.WriteLine(FormattableString.Invariant(
        $"gateway / nginx: throughput ×{g.RequestsPerSecond / n.RequestsPerSecond:0.00}, p50 ×{g.P50 / n.P50:0.00}, p99 ×{g.P99 / n.P99:0.00}"));
}
return results.Any(r => r.Errors > 0 && r.Ok == 0) ? 1 : 0;

static async Task<Result> MeasureAsync(string name, Uri uri, Version version, Options options)
{
    using var handler = new SocketsHttpHandler
    {
        EnableMultipleHttp2Connections = true,
        MaxConnectionsPerServer = options.Concurrency,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    };
    using var client = new HttpClient(handler) { DefaultRequestVersion = version, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact, Timeout = TimeSpan.FromSeconds(30) };

    await RunAsync(client, uri, options.Concurrency, TimeSpan.FromSeconds(options.Warmup), record: false);
    var (latencies, errors, elapsed, statuses) = await RunAsync(client, uri, options.Concurrency, TimeSpan.FromSeconds(options.Seconds), record: true);
    latencies.Sort();
    double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
    return new Result(name, latencies.Count, errors, latencies.Count / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99), statuses);
}

static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed, string Statuses)> RunAsync(HttpClient client, Uri uri, int concurrency, TimeSpan duration, bool record)
{
    var stop = Stopwatch.StartNew();
    var perWorker = new List<double>[concurrency];
    var errors = 0;
    var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
    {
        var latencies = perWorker[worker] = new List<double>(100_000);
        while (stop.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, count) => count + 1);
                if (response.IsSuccessStatusCode)
                {
                    if (record) latencies.Add(elapsed);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }));
    var text = string.Join(", ", statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}: {pair.Value}"));
    return (perWorker.SelectMany(list => list).ToList(), errors, stop.Elapsed, text);
}

internal sealed record Result(string Name, int Ok, int Errors, double RequestsPerSecond, double P50, double P99, string Statuses)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-14} {RequestsPerSecond,9:0} req/s   p50 {P50,7:0.00} ms   p99 {P99,7:0.00} ms   ok {Ok}, errors {Errors} ({Statuses})");
}

internal sealed record Options(Uri? Direct, Uri? Gateway, Uri? Nginx, string Path, int Seconds, int Concurrency, int Warmup)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
        Uri? Address(string name) => Value(name) is { } text ? new Uri(text) : null;
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new Options(Address("--direct"), Address("--gateway"), Address("--nginx"), Value("--path") ?? "/api/v1/events",
            Number("--seconds", 10), Number("--concurrency", 32), Number("--warmup", 2));
    }
}
