using System.Text.Json.Nodes;
using Chronicle.Testing;

namespace Chronicle.Cli.Tests;

/// <summary>The suite as four real processes, with the repository's samples ingested through the command line itself.</summary>
public sealed class CliSuiteFixture : IAsyncLifetime
{
    public SuiteProcesses Suite { get; private set; } = null!;

    public (int Exit, string Output, string Errors) FirstIngest { get; private set; }

    public async Task InitializeAsync()
    {
        Suite = await SuiteProcesses.StartAsync();
        FirstIngest = await CommandsAgainstSuiteTests.RunAsync(Suite, "ingest", Path.Combine(RepositoryRoot.Path, "samples"), "--key", SuiteProcesses.ApiKey);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while ((await CommandsAgainstSuiteTests.PipelineAsync(Suite))["pending"]!.GetValue<int>() > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync() => await Suite.DisposeAsync();
}

public sealed class CommandsAgainstSuiteTests(CliSuiteFixture fixture) : IClassFixture<CliSuiteFixture>
{
    internal static async Task<(int Exit, string Output, string Errors)> RunAsync(SuiteProcesses? suite, params string[] arguments)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        string[] withGateway = suite is null ? arguments : [.. arguments, "--gateway", suite.Gateway.ToString()];
        var exit = await CliCommands.Build(TextReader.Null, output, errors).Parse(withGateway).InvokeAsync();
        return (exit, output.ToString(), errors.ToString());
    }

    internal static async Task<JsonObject> PipelineAsync(SuiteProcesses suite) =>
        JsonNode.Parse(await suite.Client.GetStringAsync("/api/v1/pipeline"))!.AsObject();

    [Fact]
    public void Ingest_submits_every_sample_and_summarises()
    {
        var (exit, output, errors) = fixture.FirstIngest;
        Assert.True(exit == ExitCodes.Ok, errors);
        Assert.Contains("10 articles: 10 accepted", output, StringComparison.Ordinal);
        Assert.Contains("10/10 submitted, 0 refused", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_journal_lets_a_rerun_skip_what_is_stored()
    {
        var folder = Directory.CreateTempSubdirectory("chronicle-cli-journal-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "one.txt"), "Ngày 2/4/2024, tại Đà Nẵng, Chủ tịch UBND thành phố Lê Trung Chinh tiếp đoàn doanh nghiệp Nhật Bản.");
            var journal = Path.Combine(folder, "journal.txt");
            var first = await RunAsync(fixture.Suite, "ingest", Path.Combine(folder, "one.txt"), "--key", SuiteProcesses.ApiKey, "--journal", journal);
            Assert.True(first.Exit == ExitCodes.Ok, first.Errors);
            Assert.Contains("1 accepted", first.Output, StringComparison.Ordinal);
            var again = await RunAsync(fixture.Suite, "ingest", Path.Combine(folder, "one.txt"), "--key", SuiteProcesses.ApiKey, "--journal", journal);
            Assert.True(again.Exit == ExitCodes.Ok, again.Errors);
            Assert.Contains("0 accepted, 0 already stored, 1 skipped by the journal", again.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_refused_article_makes_the_exit_code_non_zero_and_is_named()
    {
        var refused = await RunAsync(fixture.Suite, "ingest", "-", "--key", SuiteProcesses.ApiKey);
        // Standard input is empty here: an article with no text is refused by the suite.
        Assert.Equal(ExitCodes.Failed, refused.Exit);
        Assert.Contains("refused stdin", refused.Output, StringComparison.Ordinal);

        var withoutKey = await RunAsync(fixture.Suite, "ingest", Path.Combine(RepositoryRoot.Path, "samples"));
        Assert.Equal(ExitCodes.Usage, withoutKey.Exit);
        Assert.Contains("write key", withoutKey.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_holders_events_and_doc_answer_as_tables_or_json()
    {
        var person = await RunAsync(fixture.Suite, "person", "le hoai trung");
        Assert.True(person.Exit == ExitCodes.Ok, person.Errors);
        Assert.Contains("Lê Hoài Trung", person.Output, StringComparison.Ordinal);
        Assert.Contains("Trưởng Ban Đối ngoại Trung ương", person.Output, StringComparison.Ordinal);

        var json = await RunAsync(fixture.Suite, "person", "le hoai trung", "--json");
        var roles = JsonNode.Parse(json.Output)!["roles"]!["items"]!.AsArray();
        Assert.NotEmpty(roles);

        var holders = await RunAsync(fixture.Suite, "holders", "truong ban doi ngoai trung uong", "--on", "2023-03-01");
        Assert.True(holders.Exit == ExitCodes.Ok, holders.Errors);
        Assert.Contains("Lê Hoài Trung", holders.Output, StringComparison.Ordinal);

        var events = await RunAsync(fixture.Suite, "events", "--from", "2022", "--to", "2024", "--json");
        Assert.NotEmpty(JsonNode.Parse(events.Output)!["items"]!.AsArray());

        var documentId = (string)JsonNode.Parse(json.Output)!["roles"]!["items"]![0]!["observations"]![0]!["documentId"]!;
        var doc = await RunAsync(fixture.Suite, "doc", documentId);
        Assert.True(doc.Exit == ExitCodes.Ok, doc.Errors);
        Assert.Contains("anchorBasis", doc.Output, StringComparison.Ordinal);

        var missing = await RunAsync(fixture.Suite, "doc", "ffffffffffffffffffffffffffffffff");
        Assert.Equal(ExitCodes.NotFound, missing.Exit);
    }

    [Fact]
    public async Task Export_writes_a_person_timeline_with_evidence_on_every_row()
    {
        var timeline = await RunAsync(fixture.Suite, "export", "--format", "timelinejs", "--person", "le hoai trung");
        Assert.True(timeline.Exit == ExitCodes.Ok, timeline.Errors);
        var events = JsonNode.Parse(timeline.Output)!["events"]!.AsArray();
        Assert.NotEmpty(events);
        Assert.All(events, item => Assert.Contains("<blockquote>", (string)item!["text"]!["text"]!, StringComparison.Ordinal));

        var csv = await RunAsync(fixture.Suite, "export", "--format", "csv", "--post", "truong ban doi ngoai trung uong");
        var lines = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => line.StartsWith("holder,truong ban doi ngoai trung uong,Lê Hoài Trung,", StringComparison.Ordinal) && line.Contains("Lê Hoài Trung", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gateway_that_is_not_running_gives_a_clear_message_and_exit_code_3()
    {
        var port = LoopbackPorts.Free();
        var (exit, _, errors) = await RunAsync(null, "person", "x", "--gateway", $"http://127.0.0.1:{port}");
        Assert.Equal(ExitCodes.Unreachable, exit);
        Assert.Contains("No Chronicle gateway answers", errors, StringComparison.Ordinal);
        Assert.Contains("deploy/run.sh", errors, StringComparison.Ordinal);
    }
}
