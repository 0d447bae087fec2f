using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Testing;

namespace Chronicle.FaultTest;

/// <param name="Documents">How many documents to submit, each with its own external id.</param>
/// <param name="KillsPerProcess">How many times each service and the gateway is SIGKILLed and restarted.</param>
/// <param name="Senders">Clients submitting at once.</param>
/// <param name="Seed">Seeds the kill schedule, so a run can be repeated.</param>
/// <param name="AcknowledgementLog">When set, every acknowledgement is appended here as it arrives ('number id').</param>
public sealed record FaultRunOptions(
    int Documents,
    int KillsPerProcess,
    int Senders = 4,
    int Seed = 7,
    string? AcknowledgementLog = null);

/// <summary>What the check found, Jepsen-style.</summary>
/// <param name="Lost">Acknowledged, but not processed or not in the timeline.</param>
/// <param name="Duplicated">Counted more than once in the timeline, or stored twice.</param>
/// <param name="Unexpected">Stored but never sent.</param>
/// <param name="Recovered">Never acknowledged (every attempt failed or timed out) but stored and processed.</param>
public sealed record FaultRunReport(
    int Sent,
    int Acknowledged,
    int IndeterminateAttempts,
    IReadOnlyList<int> Lost,
    IReadOnlyList<int> Duplicated,
    IReadOnlyList<int> Unexpected,
    IReadOnlyList<int> Recovered,
    IReadOnlyList<string> Kills,
    TimeSpan Elapsed)
{
    public override string ToString() =>
        $"{Sent} sent, {Acknowledged} acknowledged, {IndeterminateAttempts} indeterminate attempts, {Kills.Count} kills, " +
        $"{Elapsed.TotalSeconds:F0} s: lost {Lost.Count}, duplicated {Duplicated.Count}, unexpected {Unexpected.Count}, recovered {Recovered.Count}";
}

/// <summary>
/// Submits documents through the gateway while a driver SIGKILLs and restarts every process at
/// moments spread over the submissions, then waits for quiet and checks every document.
/// </summary>
public static class FaultRun
{
    private const int AttemptsPerDocument = 8;

    /// <summary>
    /// The run measures loss and duplication, not throttling: the gateway's rate limits are raised
    /// so that the check's reads are not refused.
    /// </summary>
    public static readonly IReadOnlyList<string> GatewayArguments =
    [
        "--Gateway:RateLimits:PerKey:Permits=1000000",
        "--Gateway:RateLimits:PerAddress:Permits=1000000",
    ];
    private static readonly string[] Processes = ["entities", "timeline", "ingestion", "gateway"];

    public static async Task<FaultRunReport> RunAsync(SuiteProcesses suite, FaultRunOptions options, TextWriter progress, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var acknowledged = new ConcurrentDictionary<int, string>();
        var indeterminate = 0;
        using var log = options.AcknowledgementLog is null ? null : new StreamWriter(options.AcknowledgementLog, append: false) { AutoFlush = true };
        using var http = new HttpClient { BaseAddress = suite.Gateway, Timeout = TimeSpan.FromSeconds(10) };

        var next = -1;
        var completed = 0;
        var gate = new SubmissionGate(options.Documents);
        var senders = Enumerable.Range(0, options.Senders).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < options.Documents)
            {
                await gate.WaitUntilOpenAsync(i, cancellation);
                var (id, failures) = await SubmitAsync(http, i, cancellation);
                Interlocked.Add(ref indeterminate, failures);
                if (id is not null)
                {
                    acknowledged[i] = id;
                    if (log is not null)
                    {
                        lock (log)
                        {
                            log.WriteLine($"{i} {id}");
                        }
                    }
                }
                Interlocked.Increment(ref completed);
            }
        }, cancellation)).ToArray();

        var kills = await KillDuringSubmissionsAsync(suite, options, () => Volatile.Read(ref completed), gate, progress, cancellation);
        await Task.WhenAll(senders);
        progress.WriteLine($"[{clock.Elapsed:mm\\:ss}] submissions done: {acknowledged.Count} of {options.Documents} acknowledged; waiting for quiet");

        var counts = await suite.WaitForPipelineAsync(TimeSpan.FromMinutes(5 + options.Documents / 500));
        progress.WriteLine($"[{clock.Elapsed:mm\\:ss}] quiet: {counts}; checking every document");

        var stored = await StoredDocumentsAsync(suite);
        var lost = new ConcurrentBag<int>();
        var duplicated = new ConcurrentBag<int>();
        var recovered = new ConcurrentBag<int>();
        var checkedCount = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Documents), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellation }, async (i, token) =>
        {
            var copies = stored.GetValueOrDefault(i) ?? [];
            var processed = copies.Count(c => c.Status == "processed");
            var observations = processed == 0 ? 0 : await ObservationsAsync(suite, FaultDocuments.Person(i));
            if (acknowledged.ContainsKey(i))
            {
                if (processed == 0 || observations == 0)
                {
                    lost.Add(i);
                }
            }
            else if (processed > 0)
            {
                recovered.Add(i);
            }
            if (copies.Count > 1 || observations > 1)
            {
                duplicated.Add(i);
            }
            if (Interlocked.Increment(ref checkedCount) % 2000 == 0)
            {
                progress.WriteLine($"[{clock.Elapsed:mm\\:ss}] checked {checkedCount} of {options.Documents}");
            }
        });
        var unexpected = stored.Keys.Where(i => i < 0 || i >= options.Documents).ToList();

        return new FaultRunReport(
            options.Documents,
            acknowledged.Count,
            indeterminate,
            [.. lost.Order()],
            [.. duplicated.Order()],
            unexpected,
            [.. recovered.Order()],
            kills,
            clock.Elapsed);
    }

    /// <summary>
    /// Posts one document until it is acknowledged or the attempts run out. A retry carries the
    /// same external id, so a document stored by an attempt whose answer was lost comes back as
    /// itself. Throttling (429) and a service marked down (503) are waited out, not counted.
    /// </summary>
    private static async Task<(string? Id, int Failures)> SubmitAsync(HttpClient http, int i, CancellationToken cancellation)
    {
        var failures = 0;
        for (var attempt = 0; failures < AttemptsPerDocument; attempt++)
        {
            TimeSpan? wait = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents")
                {
                    Content = JsonContent.Create(new { text = FaultDocuments.Text(i), externalId = FaultDocuments.ExternalId(i) }),
                };
                request.Headers.Add("X-Api-Key", SuiteProcesses.ApiKey);
                using var response = await http.SendAsync(request, cancellation);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellation);
                    return (body.GetProperty("id").GetString(), failures);
                }
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                {
                    wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(500);
                }
                else if ((int)response.StatusCode < 500)
                {
                    throw new InvalidOperationException($"Document {i} was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellation)}");
                }
                else
                {
                    failures++;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
            {
                // Refused connection, reset or timeout: the document may or may not have been stored.
                failures++;
            }
            await Task.Delay(wait ?? TimeSpan.FromMilliseconds(Math.Min(4000, 100 * (1 << Math.Min(failures, 6)))), cancellation);
        }
        return (null, failures);
    }

    /// <summary>
    /// Kills each process <see cref="FaultRunOptions.KillsPerProcess"/> times. The documents are cut
    /// into one segment per kill (and one after); kill k falls at a random point inside segment k,
    /// while submissions are under way, and the next segment opens only when the killed process
    /// is back. So every kill lands mid-flight whatever the machine's speed, and the submissions
    /// of the rest of the segment meet the process down or restarting.
    /// </summary>
    private static async Task<List<string>> KillDuringSubmissionsAsync(
        SuiteProcesses suite, FaultRunOptions options, Func<int> completedSoFar, SubmissionGate gate, TextWriter progress, CancellationToken cancellation)
    {
        var random = new Random(options.Seed);
        var schedule = Enumerable.Range(0, options.KillsPerProcess).SelectMany(_ => Processes.OrderBy(_ => random.Next())).ToList();
        var segment = options.Documents / (schedule.Count + 1);
        var kills = new List<string>();
        gate.OpenBelow(schedule.Count == 0 ? options.Documents : segment);
        for (var k = 0; k < schedule.Count; k++)
        {
            var moment = segment * k + random.Next(segment / 4, Math.Max(segment / 4 + 1, segment * 3 / 4));
            while (completedSoFar() < moment)
            {
                await Task.Delay(5, cancellation);
            }
            var name = schedule[k];
            await suite.KillAsync(name);
            var down = TimeSpan.FromMilliseconds(random.Next(100, 1500));
            await Task.Delay(down, cancellation);
            await suite.RestartAsync(name);
            gate.OpenBelow(k + 1 == schedule.Count ? options.Documents : segment * (k + 2));
            var note = $"{name} killed after {moment} documents, down {down.TotalMilliseconds:F0} ms";
            kills.Add(note);
            progress.WriteLine($"kill {k + 1}/{schedule.Count}: {note}");
        }
        return kills;
    }

    /// <summary>Holds senders back at a document number until the kill driver opens the way.</summary>
    private sealed class SubmissionGate(int documents)
    {
        private int _limit;
        private TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OpenBelow(int limit)
        {
            TaskCompletionSource opened;
            lock (this)
            {
                _limit = Math.Min(limit, documents);
                opened = _opened;
                _opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            opened.SetResult();
        }

        public async Task WaitUntilOpenAsync(int document, CancellationToken cancellation)
        {
            while (true)
            {
                Task opened;
                lock (this)
                {
                    if (document < _limit)
                    {
                        return;
                    }
                    opened = _opened.Task;
                }
                await opened.WaitAsync(cancellation);
            }
        }
    }

    private sealed record StoredDocument(string Id, string Status);

    /// <summary>Every stored document, by the number in its title (-1 for a title that is not ours).</summary>
    private static async Task<Dictionary<int, List<StoredDocument>>> StoredDocumentsAsync(SuiteProcesses suite)
    {
        var stored = new Dictionary<int, List<StoredDocument>>();
        var token = "";
        do
        {
            var page = await suite.GetJsonAsync($"/api/v1/documents?page.size=500&page.token={Uri.EscapeDataString(token)}");
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                if (item.TryGetProperty("duplicateOf", out var duplicateOf) && duplicateOf.ValueKind == JsonValueKind.String)
                {
                    // Same content sent again: answered with the first document, nothing stored twice.
                    continue;
                }
                var number = FaultDocuments.NumberOf(item.GetProperty("title").GetString() ?? "") ?? -1;
                if (!stored.TryGetValue(number, out var copies))
                {
                    stored[number] = copies = [];
                }
                copies.Add(new StoredDocument(item.GetProperty("id").GetString()!, item.GetProperty("status").GetString()!));
            }
            token = page.GetProperty("page").GetProperty("nextToken").GetString() ?? "";
        }
        while (token.Length > 0);
        return stored;
    }

    /// <summary>How many times the timeline counts the person's post.</summary>
    private static async Task<int> ObservationsAsync(SuiteProcesses suite, string person)
    {
        var found = (await suite.GetJsonAsync($"/api/v1/entities?type=person&q={Uri.EscapeDataString(person)}"))
            .GetProperty("items").EnumerateArray().Where(e => e.GetProperty("name").GetString() == person).ToList();
        var total = 0;
        foreach (var entity in found)
        {
            total += (await suite.GetJsonAsync($"/api/v1/entities/{entity.GetProperty("id").GetString()}/roles"))
                .GetProperty("items").EnumerateArray().SelectMany(r => r.GetProperty("observations").EnumerateArray()).Count();
        }
        return total;
    }
}
