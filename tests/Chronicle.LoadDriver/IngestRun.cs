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
///       [--watch timeline=PID,entities=PID,...] [--batch 1]
///
/// With --batch N (N > 1) each sender posts N documents at a time to POST /api/v1/documents:batch
/// instead of one per POST /api/v1/documents.
///
/// Before the run it times the same libraries the services call (cleaning, the anchor date,
/// extraction) in this one process over the run's first documents (two rounds of the corpus, the
/// same mix of articles as the whole run), for the end-to-end/in-process ratio.
/// With --watch it samples each named process's resident memory every second and prints the peak
/// (the kernel's high-water mark, VmHWM, when the process is still there at the end).
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
            $"ingest: {options.Documents} documents from {articles.Count} articles, chunks of {options.Chunk}, {options.Concurrency} senders{(options.Batch > 1 ? $" of batches of {options.Batch}" : "")}, backlog ≤ {options.Backlog}, {Environment.ProcessorCount} cores; {start.Processed} already processed"));
        // The copies differ only by their first sentence, so whole rounds of the corpus are the run's mix of articles:
        // two rounds (or the run, if shorter) give the in-process rate without taking the run's time.
        var sample = Math.Min(options.Documents, 2 * articles.Count);
        var inProcess = InProcessRate.Measure(Enumerable.Range(0, sample).Select(index => DocumentText(articles, index)).ToList());
        Console.WriteLine(inProcess);
        var memory = new PeakMemory(options.Watch);
        var cpu = new CpuPerDocument(options.Watch);
        cpu.Mark(0);

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
                if (options.Batch > 1)
                {
                    if (!await SendBatchAsync())
                    {
                        return;
                    }
                    continue;
                }
                var index = Interlocked.Increment(ref next);
                if (index >= options.Documents)
                {
                    return;
                }
                var body = new { text = DocumentText(articles, index), externalId = $"bench-{run}-{index}" };
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

        // With --batch, each sender posts the next documents together to POST /api/v1/documents:batch.
        async Task<bool> SendBatchAsync()
        {
            var first = Interlocked.Add(ref next, options.Batch) - options.Batch + 1;
            var indexes = Enumerable.Range(first, Math.Max(0, Math.Min(options.Batch, options.Documents - first))).ToList();
            if (indexes.Count == 0)
            {
                return false;
            }
            var body = indexes.Select(index => new { text = DocumentText(articles, index), externalId = $"bench-{run}-{index}" }).ToList();
            while (true)
            {
                using var response = await client.PostAsJsonAsync("/api/v1/documents:batch", body);
                if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                    continue;
                }
                var notProcessed = indexes.Count;
                if (response.IsSuccessStatusCode)
                {
                    using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    notProcessed = answer.RootElement.GetProperty("duplicates").GetInt32() + answer.RootElement.GetProperty("refused").GetInt32();
                }
                // Refused and duplicate items are never processed: the run does not wait for them.
                Interlocked.Add(ref refused, notProcessed);
                Interlocked.Add(ref submitted, indexes.Count);
                return true;
            }
        }

        var senders = Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(SendAsync)).ToList();
        var rates = new List<double>();
        var fullChunks = new List<double>();
        var chunkStartedAt = TimeSpan.Zero;
        var chunkStartCount = 0;
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            memory.Sample();
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
                if (size == options.Chunk)
                {
                    fullChunks.Add(rate);
                }
                Console.WriteLine(FormattableString.Invariant(
                    $"chunk {rates.Count,3}: documents {chunkStartCount + 1,6}–{chunkStartCount + size,6}  {rate,7:0.00} docs/s  ({seconds:0} s; total {counts.Processed} processed, {counts.Failed} failed, {counts.Pending} pending)"));
                if (cpu.Watching)
                {
                    // The mark counts what was processed by now, which may run past the chunk's end.
                    cpu.Mark(done);
                    Console.WriteLine($"           cpu ms per document: {cpu.LastChunk()}");
                }
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
        // A last chunk cut short by the end of the run is not a rate of the same size: the last full one is.
        var full = fullChunks.Count > 0 ? fullChunks : rates;
        var endToEnd = chunkStartCount / clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"first {options.Chunk} documents {full[0]:0.00} docs/s, last full {options.Chunk} {full[^1]:0.00} docs/s: last/first ×{full[^1] / full[0]:0.00}; {chunkStartCount} documents in {clock.Elapsed.TotalSeconds:0} s, {refused} refused or duplicate{(clock.Elapsed > deadline ? " (stopped at the time limit)" : "")}"));
        Console.WriteLine(FormattableString.Invariant(
            $"end to end {endToEnd:0.00} docs/s over the run; in one process {inProcess.AllCoresRate:0.00} docs/s on {Environment.ProcessorCount} threads ({inProcess.OneThreadRate:0.00} on one): end to end / in process ×{endToEnd / inProcess.AllCoresRate:0.000}"));
        memory.Sample();
        Console.WriteLine(memory);
        if (cpu.Watching)
        {
            Console.WriteLine(cpu.Summary(inProcess.OneThreadCpuMilliseconds));
        }
        return 0;
    }

    /// <summary>The text of copy number <paramref name="index"/>: its article, with a sentence of its own so its hash differs.</summary>
    private static string DocumentText(List<Article> articles, int index)
    {
        var article = articles[index % articles.Count];
        return $"{article.Title}\n\nBản lưu mã {LetterCode(index)}. {article.Text}";
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

    private sealed record IngestOptions(
        Uri Gateway, string Corpus, string ApiKey, int Documents, int Chunk, int Concurrency, int Backlog, double MaxMinutes,
        IReadOnlyList<(string Name, int Pid)> Watch, int Batch)
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
                Value("--max-minutes") is { } minutes ? double.Parse(minutes, CultureInfo.InvariantCulture) : 60,
                (Value("--watch") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(pair => pair.Split('='))
                    .Select(parts => (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture)))
                    .ToList(),
                Math.Max(1, Number("--batch", 1)));
        }
    }
}
