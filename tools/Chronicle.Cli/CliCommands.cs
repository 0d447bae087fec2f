using System.CommandLine;
using System.Text.Json.Nodes;

namespace Chronicle.Cli;

/// <summary>The commands: person, holders, events, doc, ingest and export; each answers as a table or, with --json, as JSON.</summary>
internal static class CliCommands
{
    public static RootCommand Build(TextReader input, TextWriter output, TextWriter errors)
    {
        var gatewayOption = new Option<string?>("--gateway") { Description = $"Gateway URL (else CHRONICLE_GATEWAY, the config file, or {CliSettings.DefaultGateway})", Recursive = true };
        var keyOption = new Option<string?>("--key") { Description = "Write key for ingest (else CHRONICLE_API_KEY or the config file)", Recursive = true };
        var jsonOption = new Option<bool>("--json") { Description = "Print the gateway's JSON instead of a table", Recursive = true };

        var root = new RootCommand("chronicle: look up timelines, ingest articles and export them through a Chronicle gateway");
        root.Options.Add(gatewayOption);
        root.Options.Add(keyOption);
        root.Options.Add(jsonOption);

        // Runs a command with a client, turning the suite's answers into exit codes and messages.
        void Handle(Command command, Func<ParseResult, GatewayClient, bool, CancellationToken, Task<int>> run) =>
            command.SetAction(async (parse, cancellation) =>
            {
                try
                {
                    using var client = new GatewayClient(CliSettings.Resolve(parse.GetValue(gatewayOption), parse.GetValue(keyOption)));
                    return await run(parse, client, parse.GetValue(jsonOption), cancellation);
                }
                catch (CliException error)
                {
                    await errors.WriteLineAsync(error.Message);
                    return error.ExitCode;
                }
                catch (GatewayException error)
                {
                    await errors.WriteLineAsync($"The gateway answered {(int)error.Status}: {error.Message}");
                    return error.Status == System.Net.HttpStatusCode.NotFound ? ExitCodes.NotFound : ExitCodes.Failed;
                }
            });

        // chronicle person NAME
        var personName = new Argument<string>("name") { Description = "A person's name or id (case and diacritics optional)" };
        var person = new Command("person", "A person's posts (with qualifier and dates) and events") { personName };
        Handle(person, async (parse, client, json, cancellation) =>
        {
            var found = await FindPersonAsync(client, parse.GetValue(personName)!, cancellation);
            var id = Uri.EscapeDataString(found.Text("id"));
            var roles = await client.GetAsync($"/api/v1/entities/{id}/roles?page.size=500", cancellation);
            var timeline = await client.GetAsync($"/api/v1/entities/{id}/timeline?page.size=500", cancellation);
            if (json)
            {
                await output.WriteLineAsync(new JsonObject { ["entity"] = found.DeepClone(), ["roles"] = roles.DeepClone(), ["timeline"] = timeline.DeepClone() }.ToJsonString(Json.Indented));
                return ExitCodes.Ok;
            }
            await output.WriteLineAsync($"{found.Text("name")} ({found.Text("id")})\n");
            TextTable.Write(output, ["post", "from", "to", "qualifier", "evidence", "conflicts"], roles.Items().Select(role => (IReadOnlyList<string>)
            [
                role.Text("role"), First(role.Text("startedAt"), role.Text("firstSeen")), First(role.Text("endedAt"), role.Text("lastSeen"), "…"),
                role.Text("qualifier"), role.Items("observations").Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join("; ", (role["conflicts"] as JsonArray ?? []).Select(node => node?.ToString())),
            ]));
            await output.WriteLineAsync();
            TextTable.Write(output, ["date", "event", "quote"], timeline.Items().Where(item => item.Text("kind") != "role").Select(item => (IReadOnlyList<string>)
                [item.Text("date"), item.Text("text"), item.Items("evidence").FirstOrDefault().Text("quote")]));
            return ExitCodes.Ok;
        });

        // chronicle holders POST [--on DATE]
        var postName = new Argument<string>("post") { Description = "A post, e.g. 'truong ban doi ngoai trung uong'" };
        var onOption = new Option<string?>("--on") { Description = "Who held it on this day (YYYY-MM-DD)" };
        var holders = new Command("holders", "The succession of a post, or who held it on a day") { postName, onOption };
        Handle(holders, async (parse, client, json, cancellation) =>
        {
            var post = Uri.EscapeDataString(parse.GetValue(postName)!);
            if (parse.GetValue(onOption) is { } on)
            {
                var answer = await client.GetAsync($"/api/v1/positions/holders-on?role={post}&date={Uri.EscapeDataString(on)}", cancellation);
                if (json)
                {
                    await output.WriteLineAsync(answer.ToJsonString(Json.Indented));
                    return ExitCodes.Ok;
                }
                TextTable.Write(output, ["person", "certainty", "reason"], answer.Items().Select(item => (IReadOnlyList<string>)
                    [item.Text("person"), item.Text("certainty"), item.Text("reason")]));
                return ExitCodes.Ok;
            }
            var succession = await client.GetAsync($"/api/v1/positions/holders?role={post}&page.size=500", cancellation);
            if (json)
            {
                await output.WriteLineAsync(succession.ToJsonString(Json.Indented));
                return ExitCodes.Ok;
            }
            TextTable.Write(output, ["person", "from", "to", "handover", "known from", "conflicts"], succession.Items().Select(item => (IReadOnlyList<string>)
            [
                item["acting"]?.GetValue<bool>() == true ? $"{item.Text("person")} (acting)" : item.Text("person"),
                First(item.Text("startedAt"), item.Text("firstSeen")), First(item.Text("endedAt"), item.Text("lastSeen"), "…"),
                item.Text("handoverFrom").Length > 0 ? $"{item.Text("handoverFrom")} – {item.Text("handoverTo")}" : "",
                item.Text("knownFrom"), string.Join("; ", (item["conflicts"] as JsonArray ?? []).Select(node => node?.ToString())),
            ]));
            return ExitCodes.Ok;
        });

        // chronicle events --from --to
        var fromOption = new Option<string?>("--from") { Description = "Earliest date, at any granularity (2022, 2022-01, 2022-01-11)" };
        var toOption = new Option<string?>("--to") { Description = "Latest date, at any granularity" };
        var entityOption = new Option<string?>("--entity") { Description = "Only events of this entity id" };
        var events = new Command("events", "Events in a date range") { fromOption, toOption, entityOption };
        Handle(events, async (parse, client, json, cancellation) =>
        {
            var query = new List<string> { "page.size=500" };
            AddQuery(query, "from", parse.GetValue(fromOption));
            AddQuery(query, "to", parse.GetValue(toOption));
            AddQuery(query, "entity", parse.GetValue(entityOption));
            var answer = await client.GetAsync("/api/v1/events?" + string.Join('&', query), cancellation);
            if (json)
            {
                await output.WriteLineAsync(answer.ToJsonString(Json.Indented));
                return ExitCodes.Ok;
            }
            TextTable.Write(output, ["date", "event", "place", "participants", "documents"], answer.Items().Select(item => (IReadOnlyList<string>)
            [
                item.Text("date"), item.Text("name"), item.Text("place"),
                string.Join(", ", (item["participants"] as JsonArray ?? []).Select(node => node?.ToString())),
                (item["documentIds"] as JsonArray ?? []).Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ]));
            return ExitCodes.Ok;
        });

        // chronicle doc ID
        var documentId = new Argument<string>("id") { Description = "The document id" };
        var doc = new Command("doc", "A document: status, anchor date and its basis, clean text") { documentId };
        Handle(doc, async (parse, client, json, cancellation) =>
        {
            var answer = await client.GetAsync($"/api/v1/documents/{Uri.EscapeDataString(parse.GetValue(documentId)!)}", cancellation);
            if (json)
            {
                await output.WriteLineAsync(answer.ToJsonString(Json.Indented));
                return ExitCodes.Ok;
            }
            foreach (var field in new[] { "id", "title", "status", "error", "publishedAt", "anchorDate", "anchorGranularity", "anchorBasis", "anchorReason", "url", "source", "externalId" })
            {
                if (answer.Text(field) is { Length: > 0 } value)
                {
                    await output.WriteLineAsync($"{field,-18} {value}");
                }
            }
            if (answer["candidateYears"] is JsonArray { Count: > 0 } years)
            {
                await output.WriteLineAsync($"{"candidateYears",-18} {string.Join(", ", years.Select(year => year?.ToString()))}");
            }
            await output.WriteLineAsync();
            await output.WriteLineAsync(answer.Text("cleanText"));
            return answer.Text("status") == "failed" ? ExitCodes.Failed : ExitCodes.Ok;
        });

        // chronicle ingest PATH…
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or '-' for standard input", Arity = ArgumentArity.OneOrMore };
        var concurrencyOption = new Option<int>("--concurrency") { Description = "Articles in flight at once", DefaultValueFactory = _ => 4 };
        var journalOption = new Option<string?>("--journal") { Description = "A file recording stored externalIds; a rerun skips them without asking" };
        var ingest = new Command("ingest", "Submit articles (text, HTML, JSON or JSON lines with metadata) and report what was stored")
            { paths, concurrencyOption, journalOption };
        Handle(ingest, async (parse, client, json, cancellation) =>
        {
            if (string.IsNullOrEmpty(client.Settings.ApiKey))
            {
                throw new CliException(ExitCodes.Usage, "Ingesting needs the write key: pass --key, set CHRONICLE_API_KEY, or put apiKey in the config file.");
            }
            var items = IngestInputs.Read(parse.GetValue(paths)!, input).ToList();
            var progress = new IngestProgress(errors, items.Count);
            var ingester = new Ingester(client, Math.Clamp(parse.GetValue(concurrencyOption), 1, 32), 100, parse.GetValue(journalOption), progress.Report);
            var summary = await ingester.RunAsync(items, cancellation);
            progress.Finish();
            if (json)
            {
                await output.WriteLineAsync(new JsonObject
                {
                    ["accepted"] = summary.Accepted, ["duplicates"] = summary.Duplicates, ["refused"] = summary.Refused, ["skipped"] = summary.Skipped,
                    ["failures"] = new JsonArray(summary.Failures.Select(failure => (JsonNode)new JsonObject
                        { ["origin"] = failure.Item.Origin, ["externalId"] = failure.Item.ExternalId, ["error"] = failure.Detail }).ToArray()),
                }.ToJsonString(Json.Indented));
            }
            else
            {
                await output.WriteLineAsync($"{items.Count} articles: {summary.Accepted} accepted, {summary.Duplicates} already stored, {summary.Skipped} skipped by the journal, {summary.Refused} refused");
                foreach (var failure in summary.Failures)
                {
                    await output.WriteLineAsync($"  refused {failure.Item.Origin} ({failure.Item.ExternalId}): {failure.Detail}");
                }
            }
            return summary.Failed ? ExitCodes.Failed : ExitCodes.Ok;
        });

        // chronicle export --format … [--person] [--post]
        var formatOption = new Option<string>("--format") { Description = "timelinejs, vis, csv or jsonl", Required = true };
        formatOption.AcceptOnlyFromAmong(Exports.Formats);
        var exportPerson = new Option<string?>("--person") { Description = "Export this person's posts and events" };
        var exportPost = new Option<string?>("--post") { Description = "Export this post's holders" };
        var outOption = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var export = new Command("export", "Export facts with their evidence (quote, date basis, document, source URL) per row")
            { formatOption, exportPerson, exportPost, fromOption, toOption, outOption };
        Handle(export, async (parse, client, json, cancellation) =>
        {
            var collector = new ExportCollector(client);
            var rows = new List<ExportRow>();
            var titles = new List<string>();
            if (parse.GetValue(exportPerson) is { } personQuery)
            {
                var found = await FindPersonAsync(client, personQuery, cancellation);
                rows.AddRange(await collector.PersonAsync(found, cancellation));
                titles.Add(found.Text("name"));
            }
            if (parse.GetValue(exportPost) is { } post)
            {
                rows.AddRange(await collector.PostAsync(post, cancellation));
                titles.Add(post);
            }
            if (titles.Count == 0)
            {
                rows.AddRange(await collector.EventsAsync(parse.GetValue(fromOption), parse.GetValue(toOption), cancellation));
                titles.Add("Events");
            }
            var text = Exports.Write(parse.GetValue(formatOption)!, "Chronicle: " + string.Join(", ", titles), rows);
            if (parse.GetValue(outOption) is { } file)
            {
                await File.WriteAllTextAsync(file, text, cancellation);
                await errors.WriteLineAsync($"{rows.Count} facts written to {file}");
            }
            else
            {
                await output.WriteAsync(text);
            }
            return ExitCodes.Ok;
        });

        root.Subcommands.Add(person);
        root.Subcommands.Add(holders);
        root.Subcommands.Add(events);
        root.Subcommands.Add(doc);
        root.Subcommands.Add(ingest);
        root.Subcommands.Add(export);
        return root;
    }

    /// <summary>A person by id (per_…) or by name: the exact name when several match, else the most mentioned.</summary>
    private static async Task<JsonObject> FindPersonAsync(GatewayClient client, string query, CancellationToken cancellation)
    {
        if (query.StartsWith("per_", StringComparison.Ordinal))
        {
            return await client.GetAsync($"/api/v1/entities/{Uri.EscapeDataString(query)}", cancellation);
        }
        var answer = await client.GetAsync($"/api/v1/entities?q={Uri.EscapeDataString(query)}&type=person&page.size=20", cancellation);
        var candidates = answer.Items().ToList();
        return candidates.FirstOrDefault(candidate => Names.Fold(candidate.Text("name")) == Names.Fold(query))
            ?? candidates.FirstOrDefault()
            ?? throw new CliException(ExitCodes.NotFound, $"No person matches '{query}'.");
    }

    private static string First(params string[] values) => values.FirstOrDefault(value => value.Length > 0) ?? "";

    private static void AddQuery(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}

/// <summary>Progress on standard error: one rewritten line on a terminal, a line every 50 articles otherwise.</summary>
internal sealed class IngestProgress(TextWriter errors, int total)
{
    private int _done;
    private int _refused;
    private readonly bool _terminal = ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected;

    public void Report(IngestOutcome outcome)
    {
        _done++;
        if (outcome.Status == "refused")
        {
            _refused++;
        }
        if (_terminal)
        {
            errors.Write($"\r{_done}/{total} submitted, {_refused} refused ");
        }
        else if (_done % 50 == 0 || _done == total)
        {
            errors.WriteLine($"{_done}/{total} submitted, {_refused} refused");
        }
    }

    public void Finish()
    {
        if (_terminal && _done > 0)
        {
            errors.WriteLine();
        }
    }
}
