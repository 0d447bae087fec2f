using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// Feeds a long run of articles through the gateway and prints how fast the whole pipeline
/// processes them, chunk by chunk: a chunk's rate is its size over the time between the moments
/// the suite's processed count crossed its start and its end. A pipeline whose cost grows with
/// what it already holds shows as a last chunk slower than the first.
///
///   dotnet Chronicle.LoadDriver.dll ingest --gateway http://127.0.0.1:8280 --corpus trends-politics.json
///       [--api-key KEY] [--documents 20000] [--chunk 1000] [--concurrency 4] [--backlog 200] [--max-minutes 60]
///
/// Articles cycle through the corpus; each copy starts with a sentence of its own (its number in letters) so that its content hash
/// differs and it is processed as a new document. They are sent as text without a publication
/// date or address, the case that leaves the most articles to be dated by the timeline.
/// </summary>
internal static class IngestRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = IngestOptions.Parse(args);
        var articles = LoadCorpus(options.Corpus);
        using var client = new HttpClient { BaseAddress = options.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        var run = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var start = await PipelineAsync(client);
        Console.WriteLine(FormattableString.Invariant(
            $"ingest: {options.Documents} documents from {articles.Count} articles, chunks of {options.Chunk}, {options.Concurrency} senders, backlog ≤ {options.Backlog}, {Environment.ProcessorCount} cores; {start.Processed} already processed"));

        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromMinutes(options.MaxMinutes);
        var next = -1;
        var submitted = 0;
        var refused = 0;
        var settled = start.Processed + start.Failed;
        using var stop = new CancellationTokenSource();

        async Task SendAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                if (Volatile.Read(ref submitted) - Volatile.Read(ref refused) - (Volatile.Read(ref settled) - start.Processed - start.Failed) >= options.Backlog)
                {
                    await Task.Delay(50);
                    continue;
                }
                var index = Interlocked.Increment(ref next);
                if (index >= options.Documents)
                {
                    return;
                }
                var article = articles[index % articles.Count];
                var body = new
                {
                    text = $"{article.Title}\n\nBản lưu mã {LetterCode(index)}. {article.Text}",
                    externalId = $"bench-{run}-{index}",
                };
                while (true)
                {
                    using var response = await client.PostAsJsonAsync("/api/v1/documents", body);
                    if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
                    {
                        var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                        await Task.Delay(wait);
                        continue;
                    }
                    // A refused or duplicate submission is never processed: the run does not wait for it.
                    if (!response.IsSuccessStatusCode || (await response.Content.ReadAsStringAsync()).Contains("\"duplicate\"", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref refused);
                    }
                    Interlocked.Increment(ref submitted);
                    break;
                }
            }
        }

        var senders = Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(SendAsync)).ToList();
        var rates = new List<double>();
        var chunkStartedAt = TimeSpan.Zero;
        var chunkStartCount = 0;
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var counts = await PipelineAsync(client);
            Volatile.Write(ref settled, counts.Processed + counts.Failed);
            var done = counts.Processed + counts.Failed - start.Processed - start.Failed;
            var expected = options.Documents - Volatile.Read(ref refused);
            while (done - chunkStartCount >= options.Chunk || (done >= expected && done > chunkStartCount))
            {
                var size = Math.Min(options.Chunk, done - chunkStartCount);
                var seconds = (clock.Elapsed - chunkStartedAt).TotalSeconds;
                var rate = size / seconds;
                rates.Add(rate);
                Console.WriteLine(FormattableString.Invariant(
                    $"chunk {rates.Count,3}: documents {chunkStartCount + 1,6}–{chunkStartCount + size,6}  {rate,7:0.00} docs/s  ({seconds:0} s; total {counts.Processed} processed, {counts.Failed} failed, {counts.Pending} pending)"));
                chunkStartCount += size;
                chunkStartedAt = clock.Elapsed;
            }
            if (done >= expected || clock.Elapsed > deadline)
            {
                break;
            }
        }
        stop.Cancel();
        await Task.WhenAll(senders);

        if (rates.Count == 0)
        {
            Console.WriteLine($"no chunk of {options.Chunk} documents completed within {options.MaxMinutes} minutes");
            return 1;
        }
        Console.WriteLine(FormattableString.Invariant(
            $"first chunk {rates[0]:0.00} docs/s, last chunk {rates[^1]:0.00} docs/s: last/first ×{rates[^1] / rates[0]:0.00}; {chunkStartCount} documents in {clock.Elapsed.TotalSeconds:0} s, {refused} refused or duplicate{(clock.Elapsed > deadline ? " (stopped at the time limit)" : "")}"));
        return 0;
    }

    /// <summary>The copy's number in letters: digits could be read as a year or a day by the date rules.</summary>
    private static string LetterCode(int index)
    {
        var letters = new System.Text.StringBuilder();
        do
        {
            letters.Insert(0, (char)('a' + index % 26));
            index /= 26;
        }
        while (index > 0);
        return letters.ToString();
    }

    private sealed record Article(string Title, string Text);

    private sealed record Counts(int Accepted, int Pending, int Processed, int Failed);

    private static List<Article> LoadCorpus(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => new Article(a.GetProperty("title").GetString() ?? "", a.GetProperty("text").GetString() ?? ""))
            .Where(a => a.Text.Length > 0)
            .ToList();
    }

    private static async Task<Counts> PipelineAsync(HttpClient client)
    {
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/api/v1/pipeline");
                if (response.IsSuccessStatusCode)
                {
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    int Read(string name) => json.RootElement.TryGetProperty(name, out var value) ? value.GetInt32() : 0;
                    return new Counts(Read("accepted"), Read("pending"), Read("processed"), Read("failed"));
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private sealed record IngestOptions(Uri Gateway, string Corpus, string ApiKey, int Documents, int Chunk, int Concurrency, int Backlog, double MaxMinutes)
    {
        public static IngestOptions Parse(string[] args)
        {
            string? Value(string name)
            {
                var index = Array.IndexOf(args, name);
                return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
            }
            int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
            return new IngestOptions(
                new Uri(Value("--gateway") ?? "http://127.0.0.1:8080"),
                Value("--corpus") ?? throw new ArgumentException("Give the articles as --corpus FILE (a JSON file with an 'articles' array of title and text)."),
                Value("--api-key") ?? Environment.GetEnvironmentVariable("CHRONICLE_API_KEY") ?? "chronicle-local-key",
                Number("--documents", 20_000), Number("--chunk", 1000), Number("--concurrency", 4), Number("--backlog", 200),
                Value("--max-minutes") is { } minutes ? double.Parse(minutes, CultureInfo.InvariantCulture) : 60);
        }
    }
}
