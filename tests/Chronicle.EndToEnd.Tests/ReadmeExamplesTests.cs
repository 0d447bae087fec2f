using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Testing;

namespace Chronicle.EndToEnd.Tests;

/// <summary>
/// Runs every curl example of the README (its ```console blocks) against the real suite with the
/// sample articles in, as the launcher starts it: each must answer as the README says (2xx, or
/// the status after its '# →'), every entity id and every "key": "text" an expectation shows must
/// be in that answer (so the README's ids are found by searching, as a user finds them; elided
/// values, '…', are not checked), a list must not be
/// empty unless it asks for failures, and every route the examples call with an id must answer
/// 404 problem+json for an id nobody has. The README cannot drift from the code.
/// </summary>
public sealed partial class ReadmeExamplesTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const string ReadmeKey = "chronicle-local-key";
    private const string ReadmeGateway = "http://127.0.0.1:8080";
    private const string UnknownPerson = "per_nobody-by-that-name";

    private SuiteProcesses _suite = null!;

    public async Task InitializeAsync() => _suite = await SuiteProcesses.StartAsync();

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task Every_readme_example_answers_as_the_readme_says()
    {
        await SubmitSamplesAsync();
        await _suite.WaitForPipelineAsync(TimeSpan.FromSeconds(120));

        var examples = Examples(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")));
        Assert.True(examples.Count >= 15, $"Only {examples.Count} curl examples found in the README.");
        string? documentId = null;
        var failures = new List<string>();
        foreach (var example in examples)
        {
            var (method, url, body) = example.Request;
            if (url.Contains("{id}", StringComparison.Ordinal))
            {
                url = url.Replace("{id}", documentId ?? throw new InvalidOperationException("An example uses {id} before any document was submitted."), StringComparison.Ordinal);
            }
            var (status, text, _) = await SendAsync(method, url, body);
            var expected = example.ExpectedStatus ?? (method == "POST" && url.EndsWith("/api/v1/documents", StringComparison.Ordinal) ? 202 : 200);
            var what = $"{example.Line}  →  {status} {Shorten(text)}";
            output.WriteLine(what);
            if (status != expected)
            {
                failures.Add($"expected {expected}: {what}");
                continue;
            }
            var answer = JsonDocument.Parse(text).RootElement;
            if (method == "POST" && url.EndsWith("/api/v1/documents", StringComparison.Ordinal))
            {
                documentId = answer.GetProperty("id").GetString();
            }
            foreach (var id in example.ExpectedIds.Where(id => !text.Contains($"\"{id}\"", StringComparison.Ordinal)))
            {
                failures.Add($"{id} (named after '# →') not in the answer: {what}");
            }
            foreach (var pair in example.ExpectedPairs.Where(pair => !text.Contains(pair, StringComparison.Ordinal)))
            {
                failures.Add($"{pair} (shown after '# →') not in the answer: {what}");
            }
            if (method == "GET" && answer.TryGetProperty("items", out var items) && items.GetArrayLength() == 0 && !url.Contains("status=failed", StringComparison.Ordinal))
            {
                failures.Add($"empty list: {what}");
            }
        }
        Assert.True(failures.Count == 0, "README examples that do not answer as written:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_route_the_readme_calls_with_an_id_answers_404_problem_json_for_an_unknown_one()
    {
        var routes = Examples(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")))
            .Where(e => e.Request.Method == "GET")
            .Select(e => EntityId().Replace(e.Request.Url.Replace("{id}", "0000000000000000", StringComparison.Ordinal), UnknownPerson))
            .Where(url => url.Contains(UnknownPerson, StringComparison.Ordinal) || url.Contains("0000000000000000", StringComparison.Ordinal))
            .Append($"{ReadmeGateway}/api/v1/people/{UnknownPerson}")
            .Append($"{ReadmeGateway}/api/v1/events?entity={UnknownPerson}")
            .Append($"{ReadmeGateway}/api/v1/positions/holders?role=truong%20ban%20khong%20co%20that")
            .Distinct()
            .ToList();
        Assert.Contains(routes, r => r.EndsWith("/roles", StringComparison.Ordinal));

        var failures = new List<string>();
        foreach (var url in routes)
        {
            var (status, text, type) = await SendAsync("GET", url, null);
            output.WriteLine($"GET {url} → {status} {type}");
            if (status != 404 || type != "application/problem+json")
            {
                failures.Add($"GET {url} → {status} {type}: {Shorten(text)}");
            }
        }
        Assert.True(failures.Count == 0, "Routes that do not answer 404 problem+json for an unknown id:\n" + string.Join("\n", failures));
    }

    /// <summary>The sample articles, submitted as the launcher's first start ingests them.</summary>
    private async Task SubmitSamplesAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples")).Order(StringComparer.Ordinal))
        {
            var content = File.ReadAllText(file);
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                await _suite.SubmitAsync(new { html = content, source = "sample", externalId = "sample:" + Path.GetFileName(file) });
            }
            else if (file.EndsWith(".txt", StringComparison.Ordinal))
            {
                await _suite.SubmitAsync(new { text = content, source = "sample", externalId = "sample:" + Path.GetFileName(file) });
            }
        }
    }

    private async Task<(int Status, string Text, string? ContentType)> SendAsync(string method, string readmeUrl, string? body)
    {
        var url = _suite.Gateway + readmeUrl[(ReadmeGateway.Length + 1)..];
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        if (method != "GET")
        {
            request.Headers.Add("X-Api-Key", SuiteProcesses.ApiKey);
        }
        using var response = await _suite.Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private sealed record Example(
        string Line, (string Method, string Url, string? Body) Request, int? ExpectedStatus, IReadOnlyList<string> ExpectedIds, IReadOnlyList<string> ExpectedPairs);

    /// <summary>
    /// The curl commands of the README's ```console blocks: continued lines joined, comments
    /// dropped; a '# → ...' line right after a command is what it answers (a status, ids).
    /// </summary>
    private static List<Example> Examples(string readme)
    {
        var examples = new List<Example>();
        foreach (Match block in ConsoleBlock().Matches(readme))
        {
            var lines = block.Groups[1].Value.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (!line.StartsWith("curl ", StringComparison.Ordinal))
                {
                    continue;
                }
                while (line.EndsWith('\\') && i + 1 < lines.Length)
                {
                    line = line[..^1] + " " + lines[++i].Trim();
                }
                int? status = null;
                var ids = new List<string>();
                var pairs = new List<string>();
                if (i + 1 < lines.Length && lines[i + 1].Trim() is var next && next.StartsWith("# →", StringComparison.Ordinal))
                {
                    var expectation = next["# →".Length..];
                    // An answer shown over several comment lines continues with JSON, not words.
                    while (i + 2 < lines.Length && ContinuedAnswer().IsMatch(lines[i + 2].Trim()))
                    {
                        expectation += " " + lines[i + 2].Trim()[1..];
                        i++;
                    }
                    status = StatusAtStart().Match(expectation) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                    ids.AddRange(EntityId().Matches(expectation).Select(id => id.Value));
                    // As the gateway writes JSON: no space after the colon.
                    pairs.AddRange(KeyAndText().Matches(expectation).Where(p => !p.Value.Contains('…')).Select(p => $"\"{p.Groups[1].Value}\":\"{p.Groups[2].Value}\""));
                }
                examples.Add(new Example(line, Parse(line), status, ids, pairs));
            }
        }
        return examples;
    }

    /// <summary>Method, URL and body of one curl command line (single quotes as in a shell; '#' outside them starts a comment).</summary>
    private static (string Method, string Url, string? Body) Parse(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var inWord = false;
        foreach (var c in command)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (!quoted && char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                }
                word.Clear();
                inWord = false;
            }
            else if (!quoted && c == '#' && !inWord)
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }

        string? method = null, url = null, body = null;
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s":
                    break;
                case "-X":
                    method = words[++i];
                    break;
                case "-H":
                    var header = words[++i];
                    if (header.StartsWith("X-Api-Key:", StringComparison.Ordinal))
                    {
                        Assert.Equal(ReadmeKey, header["X-Api-Key:".Length..].Trim());
                    }
                    break;
                case "-d":
                    body = words[++i];
                    break;
                default:
                    url = words[i].StartsWith(ReadmeGateway + "/", StringComparison.Ordinal)
                        ? words[i]
                        : throw new InvalidOperationException($"'{words[i]}' in '{command}' is neither an option the test knows nor a URL of the local gateway.");
                    break;
            }
        }
        return (method ?? (body is null ? "GET" : "POST"), url ?? throw new InvalidOperationException($"No URL in '{command}'."), body);
    }

    [GeneratedRegex(@"```console\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    [GeneratedRegex(@"^\s*(\d{3})\b")]
    private static partial Regex StatusAtStart();

    [GeneratedRegex(@"^#\s+[""{\[]")]
    private static partial Regex ContinuedAnswer();

    [GeneratedRegex(@"""(\w+)"": ""([^""]*)""")]
    private static partial Regex KeyAndText();

    [GeneratedRegex(@"\b(?:per|org|pos|leg|evt|plc)_[a-z0-9-]+")]
    private static partial Regex EntityId();
}
