using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Contracts.Ingestion.V1;
using Chronicle.Ingestion.Pipeline;
using Google.Protobuf;

namespace Chronicle.Ingestion.Apis;

/// <summary>
/// POST /api/v1/documents:batch — many articles in one request, as a JSON array of the objects
/// POST /api/v1/documents takes, or as NDJSON (Content-Type application/x-ndjson, one object per
/// line). Answers 200 with each item's outcome in order (accepted, duplicate, or refused with the
/// reason). A body that cannot be read as documents is 400 and a batch over the limit 413, with
/// nothing stored; a full backlog is 429 with Retry-After. JSON transcoding cannot take a bare
/// array or NDJSON, hence a route of its own.
/// </summary>
public static class DocumentBatchApi
{
    public const string Path = "/api/v1/documents:batch";

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static WebApplication MapDocumentBatchApi(this WebApplication app)
    {
        app.MapPost(Path, Ingest);
        return app;
    }

    private static async Task<IResult> Ingest(HttpRequest request, DocumentBatch batch)
    {
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        }
        var ndjson = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() is "application/x-ndjson" or "application/ndjson" or "application/jsonl";
        var (items, error) = ndjson ? ReadLines(body) : ReadArray(body);
        if (error is not null)
        {
            return Problem(StatusCodes.Status400BadRequest, error + " Nothing was stored.");
        }
        try
        {
            if (items!.Count == 0)
            {
                return Problem(StatusCodes.Status400BadRequest, "The batch is empty: send at least one document.");
            }
            var response = batch.Submit(items);
            return Results.Text(Formatter.Format(response), "application/json", Encoding.UTF8);
        }
        catch (BatchRefusedException refused) when (refused.RetryAfter is { } after)
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, refused.Message + " Nothing was stored.");
        }
        catch (BatchRefusedException refused)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, refused.Message + " Nothing was stored.");
        }
    }

    private static (List<SubmitDocumentRequest>? Items, string? Error) ReadArray(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return (null, $"The body is not JSON ({exception.Message}). Send a JSON array of documents, or NDJSON with Content-Type application/x-ndjson.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return (null, $"The body is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}; send an array of documents such as [{{\"text\": \"…\"}}].");
            }
            var items = new List<SubmitDocumentRequest>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (ReadItem(element.GetRawText(), items.Count) is var (item, error) && error is not null)
                {
                    return (null, error);
                }
                items.Add(item!);
            }
            return (items, null);
        }
    }

    private static (List<SubmitDocumentRequest>? Items, string? Error) ReadLines(string body)
    {
        var items = new List<SubmitDocumentRequest>();
        foreach (var line in body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (ReadItem(line, items.Count) is var (item, error) && error is not null)
            {
                return (null, error);
            }
            items.Add(item!);
        }
        return (items, null);
    }

    private static (SubmitDocumentRequest? Item, string? Error) ReadItem(string json, int index)
    {
        try
        {
            return (Parser.Parse<SubmitDocumentRequest>(json), null);
        }
        catch (Exception exception) when (exception is InvalidProtocolBufferException or InvalidJsonException)
        {
            return (null, $"Item {index} is not a document ({exception.Message}); each takes text or html, and optionally url, source, publishedAt, externalId.");
        }
    }

    private static IResult Problem(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: status switch
        {
            400 => "Bad request",
            413 => "Payload too large",
            429 => "Too many requests",
            _ => null,
        });
}
