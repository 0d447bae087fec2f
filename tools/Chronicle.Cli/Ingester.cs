using System.Net;
using System.Text.Json.Nodes;

namespace Chronicle.Cli;

internal sealed record IngestOutcome(IngestItem Item, string Status, string? Id, string? Detail);

internal sealed record IngestSummary(int Accepted, int Duplicates, int Refused, int Skipped, IReadOnlyList<IngestOutcome> Failures)
{
    public bool Failed => Refused > 0;
}

/// <summary>
/// Submits articles. Uses POST /api/v1/documents:batch when the gateway has it (one answer per
/// item, in order) and otherwise the single-document POST, a few at a time. A journal file, when
/// given, records each externalId the suite has stored, so a rerun skips those without asking.
/// </summary>
internal sealed class Ingester(GatewayClient gateway, int concurrency, int batchSize, string? journalPath, Action<IngestOutcome> onOutcome)
{
    private bool? _batchAvailable;
    private readonly object _journalLock = new();

    public async Task<IngestSummary> RunAsync(IEnumerable<IngestItem> items, CancellationToken cancellation)
    {
        var done = ReadJournal();
        var outcomes = new List<IngestOutcome>();
        var skipped = 0;
        var pending = new List<IngestItem>();
        foreach (var item in items)
        {
            if (done.Contains(item.ExternalId))
            {
                skipped++;
                Report(new IngestOutcome(item, "skipped", null, "in the journal"), outcomes);
                continue;
            }
            pending.Add(item);
            if (pending.Count == batchSize)
            {
                await SubmitAsync(pending, outcomes, cancellation);
                pending.Clear();
            }
        }
        if (pending.Count > 0)
        {
            await SubmitAsync(pending, outcomes, cancellation);
        }
        return new IngestSummary(
            outcomes.Count(outcome => outcome.Status == "accepted"),
            outcomes.Count(outcome => outcome.Status == "duplicate"),
            outcomes.Count(outcome => outcome.Status == "refused"),
            skipped,
            outcomes.Where(outcome => outcome.Status == "refused").ToList());
    }

    private async Task SubmitAsync(List<IngestItem> chunk, List<IngestOutcome> outcomes, CancellationToken cancellation)
    {
        if (_batchAvailable != false && chunk.Count > 1 && await TryBatchAsync(chunk, outcomes, cancellation))
        {
            return;
        }
        await Parallel.ForEachAsync(chunk, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellation },
            async (item, token) => Report(await SubmitOneAsync(item, token), outcomes));
    }

    private async Task<bool> TryBatchAsync(List<IngestItem> chunk, List<IngestOutcome> outcomes, CancellationToken cancellation)
    {
        JsonObject answer;
        try
        {
            answer = await gateway.PostAsync("/api/v1/documents:batch", chunk.Select(item => item.Body).ToArray(), cancellation);
        }
        catch (GatewayException error) when (error.Status is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            _batchAvailable = false;
            return false;
        }
        _batchAvailable = true;
        var answered = answer.Items().ToDictionary(item => (int?)item["index"] ?? -1);
        for (var index = 0; index < chunk.Count; index++)
        {
            Report(answered.TryGetValue(index, out var result)
                ? new IngestOutcome(chunk[index], result.Text("status"), result.Text("id"), result.Text("error") is { Length: > 0 } detail ? detail : result.Text("duplicateOf"))
                : new IngestOutcome(chunk[index], "refused", null, "the batch answer has no entry for this item"), outcomes);
        }
        return true;
    }

    private async Task<IngestOutcome> SubmitOneAsync(IngestItem item, CancellationToken cancellation)
    {
        try
        {
            var answer = await gateway.PostAsync("/api/v1/documents", item.Body, cancellation);
            return new IngestOutcome(item, answer.Text("status") is { Length: > 0 } status ? status : "accepted", answer.Text("id"), answer.Text("duplicateOf"));
        }
        catch (GatewayException error) when (error.Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            return new IngestOutcome(item, "refused", null, $"{(int)error.Status}: {error.Message}");
        }
        catch (GatewayException error)
        {
            throw new CliException(ExitCodes.Usage, $"The gateway refused the write key ({error.Message}). Pass it with --key, CHRONICLE_API_KEY or the config file.");
        }
    }

    private void Report(IngestOutcome outcome, List<IngestOutcome> outcomes)
    {
        lock (outcomes)
        {
            outcomes.Add(outcome);
            if (outcome.Status is "accepted" or "duplicate")
            {
                AppendJournal(outcome.Item.ExternalId);
            }
            onOutcome(outcome);
        }
    }

    private HashSet<string> ReadJournal() =>
        journalPath is not null && File.Exists(journalPath)
            ? File.ReadLines(journalPath).Where(line => line.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];

    private void AppendJournal(string externalId)
    {
        if (journalPath is null)
        {
            return;
        }
        lock (_journalLock)
        {
            File.AppendAllText(journalPath, externalId + "\n");
        }
    }
}
