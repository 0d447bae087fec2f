using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronicle.Cli;

/// <summary>One article to submit, shaped as POST /api/v1/documents takes it.</summary>
internal sealed record IngestItem(string Origin, string? Text, string? Html, string? Url, string? Source, string? PublishedAt, string ExternalId)
{
    public object Body => new { text = Text, html = Html, url = Url, source = Source, publishedAt = PublishedAt, externalId = ExternalId };
}

/// <summary>
/// Reads files, folders (recursively) and '-' (standard input) into articles: .txt as text,
/// .html/.htm as HTML, .json as one record, an array of records or {"articles": [...]}, and
/// .jsonl/.ndjson as one record a line. A record names its text (text, content or body) or html,
/// and may carry url, title, published/publishedAt/date, source and externalId/id. Every article
/// gets an externalId (its own, else its url, else a hash of its content), so a second run
/// stores nothing twice: the suite answers a known externalId as it did the first time.
/// </summary>
internal static class IngestInputs
{
    private static readonly string[] FolderExtensions = [".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson"];

    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths, TextReader standardInput)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var item in FromContent("stdin", null, standardInput.ReadToEnd()))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => FolderExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var item in FromFile(file))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in FromFile(path))
                {
                    yield return item;
                }
            }
            else
            {
                throw new CliException(ExitCodes.Usage, $"'{path}' is neither a file nor a folder (use '-' for standard input).");
            }
        }
    }

    private static IEnumerable<IngestItem> FromFile(string path) =>
        FromContent(path, Path.GetExtension(path).ToLowerInvariant(), File.ReadAllText(path));

    internal static IEnumerable<IngestItem> FromContent(string origin, string? extension, string content)
    {
        var start = content.AsSpan().TrimStart();
        var kind = extension switch
        {
            ".json" => "json",
            ".jsonl" or ".ndjson" => "jsonl",
            ".html" or ".htm" => "html",
            ".txt" => "text",
            // Standard input (or an unknown extension) says what it is by its first character.
            _ when start.StartsWith("[") => "json",
            _ when start.StartsWith("{") => content.Trim().Contains('\n') && !LooksLikeOneJsonValue(content) ? "jsonl" : "json",
            _ when start.StartsWith("<") => "html",
            _ => "text",
        };
        return kind switch
        {
            "json" => FromJson(origin, content),
            "jsonl" => FromJsonLines(origin, content),
            "html" => [new IngestItem(origin, null, content, null, null, null, ContentId(content))],
            _ => [new IngestItem(origin, content, null, null, null, null, ContentId(content))],
        };
    }

    private static bool LooksLikeOneJsonValue(string content)
    {
        try
        {
            JsonNode.Parse(content);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<IngestItem> FromJson(string origin, string content)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(content);
        }
        catch (JsonException error)
        {
            throw new CliException(ExitCodes.Usage, $"{origin} is not valid JSON: {error.Message}");
        }
        var records = root switch
        {
            JsonArray array => array,
            JsonObject { } wrapper when wrapper["articles"] is JsonArray articles => articles,
            JsonObject { } wrapper when wrapper["documents"] is JsonArray documents => documents,
            JsonObject single => new JsonArray(single.DeepClone()),
            _ => throw new CliException(ExitCodes.Usage, $"{origin}: expected a record, an array of records or {{\"articles\": [...]}}."),
        };
        var index = 0;
        foreach (var record in records)
        {
            yield return FromRecord($"{origin}[{index++}]", record as JsonObject
                ?? throw new CliException(ExitCodes.Usage, $"{origin}[{index - 1}] is not a JSON object."));
        }
    }

    private static IEnumerable<IngestItem> FromJsonLines(string origin, string content)
    {
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            JsonObject record;
            try
            {
                record = JsonNode.Parse(line) as JsonObject ?? throw new CliException(ExitCodes.Usage, $"{origin}:{lineNumber} is not a JSON object.");
            }
            catch (JsonException error)
            {
                throw new CliException(ExitCodes.Usage, $"{origin}:{lineNumber} is not valid JSON: {error.Message}");
            }
            yield return FromRecord($"{origin}:{lineNumber}", record);
        }
    }

    internal static IngestItem FromRecord(string origin, JsonObject record)
    {
        string? Field(params string[] names) =>
            names.Select(name => record[name]).OfType<JsonValue>().Select(value => value.ToString()).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

        var text = Field("text", "content", "body", "cleanText");
        var html = Field("html");
        if (text is null && html is null)
        {
            throw new CliException(ExitCodes.Usage, $"{origin} has no text, content, body or html.");
        }
        // The contract has no title field: a title the text does not open with becomes its first line.
        var title = Field("title");
        if (text is not null && title is not null && !text.TrimStart().StartsWith(title, StringComparison.Ordinal))
        {
            text = title + "\n\n" + text;
        }
        var url = Field("url", "link");
        var externalId = Field("externalId", "external_id", "id") ?? url ?? ContentId(text ?? html!);
        return new IngestItem(origin, text, text is null ? html : null, url, Field("source"),
            Field("publishedAt", "published_at", "published", "date"), externalId);
    }

    /// <summary>An id for an article that has none: the same content always gets the same id.</summary>
    internal static string ContentId(string content) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.Trim())))[..32];
}
