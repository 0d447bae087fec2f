using System.Text.Json.Nodes;

namespace Chronicle.Gateway.OpenApi;

/// <summary>
/// POST /api/v1/documents:batch in the OpenAPI document. The ingestion service answers it with
/// a route of its own (JSON transcoding takes neither a bare array nor NDJSON), so it is not
/// generated from the protos; the gateway routes it like any other write.
/// </summary>
public static class DocumentBatchOpenApi
{
    public const string Path = "/api/v1/documents:batch";

    public static JsonObject Paths() => new()
    {
        [Path] = new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["operationId"] = "Ingestion_SubmitDocumentBatch",
                ["tags"] = new JsonArray("Ingestion"),
                ["summary"] = "Many articles at once (up to 500, within the body limit): each accepted, duplicate, or refused with the reason; "
                    + "400/413 store nothing, 429 (full backlog) comes with Retry-After",
                ["requestBody"] = new JsonObject
                {
                    ["required"] = true,
                    ["content"] = new JsonObject
                    {
                        ["application/json"] = new JsonObject
                        {
                            ["schema"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/chronicle.ingestion.v1.SubmitDocumentRequest" } },
                        },
                        ["application/x-ndjson"] = new JsonObject
                        {
                            ["schema"] = new JsonObject { ["type"] = "string", ["description"] = "One SubmitDocumentRequest JSON object per line" },
                        },
                    },
                },
                ["responses"] = new JsonObject
                {
                    ["200"] = ProtoOpenApi.Json("Every item's outcome, in the order sent", new JsonObject { ["$ref"] = "#/components/schemas/chronicle.ingestion.v1.IngestDocumentsResponse" }),
                    ["default"] = ProtoOpenApi.ProblemResponse(),
                },
            },
        },
    };

    public static JsonObject Schemas() => new()
    {
        ["chronicle.ingestion.v1.IngestDocumentsResponse"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["items"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["index"] = new JsonObject { ["type"] = "integer" },
                            ["status"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("accepted", "duplicate", "refused") },
                            ["id"] = new JsonObject { ["type"] = "string" },
                            ["duplicateOf"] = new JsonObject { ["type"] = "string", ["nullable"] = true },
                            ["sameStoryAs"] = new JsonObject { ["type"] = "string", ["nullable"] = true },
                            ["error"] = new JsonObject { ["type"] = "string" },
                        },
                    },
                },
                ["accepted"] = new JsonObject { ["type"] = "integer" },
                ["duplicates"] = new JsonObject { ["type"] = "integer" },
                ["refused"] = new JsonObject { ["type"] = "integer" },
            },
        },
    };
}
