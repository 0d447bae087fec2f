using System.Text.Json.Nodes;
using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Gateway.Errors;
using Chronicle.Gateway.Resilience;
using Chronicle.Gateway.Security;
using Google.Protobuf;
using Grpc.Core;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Chronicle.Gateway.Composite;

/// <summary>
/// GET /api/v1/people/{id}: a person in one answer — the entity (entities.GetEntity), its roles
/// with the current one (timeline.GetRoles; current = the held or acting post with the most recent lastSeen) and recent events
/// (timeline.ListEvents?entity=). The three calls run in parallel through the resilience
/// pipelines; when a service fails the answer is still 200 with <c>partial: true</c> and a
/// <c>missing</c> list naming what is absent and why. Whole failures: 404 when the person is
/// unknown, and the mapped status when nothing at all could be read.
/// </summary>
public static class PeopleApi
{
    public const string Path = "/api/v1/people/{id}";
    private const int RecentEvents = 10;
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static void AddPeopleComposite(this IHostApplicationBuilder builder) =>
        builder.Services.AddSingleton<ServiceChannels>();

    public static void MapPeopleApi(this WebApplication app)
    {
        var budget = app.Configuration.GetValue("Gateway:Composite:Timeout", TimeSpan.FromSeconds(5));
        app.MapGet(Path, (string id, HttpContext context, ServiceChannels services, CallPipelines calls) => GetPersonAsync(id, context, services, calls, budget))
            .RequireAuthorization(GatewayPolicies.Reads)
            .ExcludeFromDescription();
    }

    private sealed record Part(string Name, string Service, Task<IMessage> Call);

    private static async Task<IResult> GetPersonAsync(string id, HttpContext context, ServiceChannels services, CallPipelines calls, TimeSpan budget)
    {
        // The whole answer has one budget; every call's deadline falls inside it, so the gateway
        // answers (partially if need be) before the client gives up.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(budget);
        var token = timeout.Token;

        Part[] parts =
        [
            new("entity", "entities", Call(calls, "entities", (deadline, ct) => services.Entities.GetEntityAsync(new GetEntityRequest { Id = id }, deadline: deadline, cancellationToken: ct).ResponseAsync, token)),
            new("roles", "timeline", Call(calls, "timeline", (deadline, ct) => services.Timeline.GetRolesAsync(new GetRolesRequest { EntityId = id }, deadline: deadline, cancellationToken: ct).ResponseAsync, token)),
            new("recentEvents", "timeline", Call(calls, "timeline", (deadline, ct) => services.Timeline.ListEventsAsync(new ListEventsRequest { Entity = id, Page = new PageRequest { Size = 100 } }, deadline: deadline, cancellationToken: ct).ResponseAsync, token)),
        ];
        try
        {
            await Task.WhenAll(parts.Select(part => part.Call));
        }
        catch
        {
            // Each part is looked at below.
        }
        context.RequestAborted.ThrowIfCancellationRequested();

        var missing = new JsonArray();
        var statuses = new List<int>();
        foreach (var part in parts.Where(part => !part.Call.IsCompletedSuccessfully))
        {
            var (status, detail) = Describe(part.Call.Exception?.GetBaseException(), part.Service);
            if (part.Name == "entity" && status == StatusCodes.Status404NotFound)
            {
                return ProblemResponses.Result(context, status, ProblemResponses.TitleFor(status), $"No person has the id '{id}'.");
            }
            statuses.Add(status);
            missing.Add(new JsonObject { ["part"] = part.Name, ["service"] = part.Service, ["status"] = status, ["detail"] = detail });
        }
        if (statuses.Count == parts.Length)
        {
            var status = statuses.Contains(StatusCodes.Status503ServiceUnavailable) ? StatusCodes.Status503ServiceUnavailable : statuses[0];
            if (status is 503 or 504)
            {
                context.Response.Headers.RetryAfter = "5";
            }
            return ProblemResponses.Result(context, status, ProblemResponses.TitleFor(status),
                "Neither the entities nor the timeline service answered; nothing about this person can be shown right now.",
                new Dictionary<string, object?> { ["missing"] = missing });
        }

        var roles = parts[1].Call.IsCompletedSuccessfully ? ((GetRolesResponse)parts[1].Call.Result).Items.ToList() : null;
        var events = parts[2].Call.IsCompletedSuccessfully ? ((ListEventsResponse)parts[2].Call.Result).Items : null;
        // The current post is one held (or held acting): a post left ('nguyên', 'cố') or only put forward is history.
        var current = roles?.Where(role => role.LastSeen is not null && role.Qualifier is "" or "acting")
            .OrderByDescending(role => role.LastSeen, StringComparer.Ordinal).FirstOrDefault();
        var answer = new JsonObject
        {
            ["id"] = id,
            ["entity"] = parts[0].Call.IsCompletedSuccessfully ? ToJson(parts[0].Call.Result) : null,
            ["currentRole"] = current is null ? null : ToJson(current),
            ["roles"] = roles is null ? null : new JsonArray(roles.Select(role => ToJson(role)).ToArray()),
            ["recentEvents"] = events is null ? null : new JsonArray(events
                .OrderByDescending(item => item.Date, StringComparer.Ordinal)
                .Take(RecentEvents)
                .Select(item => ToJson(item)).ToArray()),
            ["partial"] = missing.Count > 0,
            ["missing"] = missing,
        };
        return Results.Text(answer.ToJsonString(), "application/json");
    }

    private static async Task<IMessage> Call<T>(CallPipelines calls, string service, Func<DateTime, CancellationToken, Task<T>> call, CancellationToken token)
        where T : IMessage =>
        await calls.CallAsync(service, call, token);

    private static (int Status, string Detail) Describe(Exception? exception, string service) => exception switch
    {
        RpcException rpc => (GrpcStatusMapping.ToHttp(rpc.StatusCode), $"The {service} service answered {rpc.StatusCode}: {rpc.Status.Detail}"),
        BrokenCircuitException => (StatusCodes.Status503ServiceUnavailable, $"The {service} service failed repeatedly; calls to it are paused for a moment (circuit open)."),
        TimeoutRejectedException or OperationCanceledException => (StatusCodes.Status504GatewayTimeout, $"The {service} service did not answer in time."),
        HttpRequestException => (StatusCodes.Status503ServiceUnavailable, $"The {service} service cannot be reached."),
        _ => (StatusCodes.Status502BadGateway, $"The {service} service call failed: {exception?.Message}"),
    };

    private static JsonNode? ToJson(IMessage message) => JsonNode.Parse(Formatter.Format(message));

    /// <summary>The composite route in the OpenAPI document (it is not generated from a proto).</summary>
    public static JsonObject OpenApiPaths() => new()
    {
        [Path] = new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["operationId"] = "Gateway_GetPerson",
                ["tags"] = new JsonArray("People"),
                ["summary"] = "A person: entity, roles with the current one, recent events; partial when a service is down",
                ["parameters"] = new JsonArray(new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }),
                ["responses"] = new JsonObject
                {
                    ["200"] = OpenApi.ProtoOpenApi.Json("The person; partial: true with the missing parts when a service failed",
                        new JsonObject { ["$ref"] = "#/components/schemas/chronicle.gateway.Person" }),
                    ["default"] = OpenApi.ProtoOpenApi.ProblemResponse(),
                },
            },
        },
    };

    public static JsonObject OpenApiSchemas() => new()
    {
        ["chronicle.gateway.Person"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "string" },
                ["entity"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/chronicle.entities.v1.Entity" }), ["nullable"] = true },
                ["currentRole"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/chronicle.timeline.v1.RoleHistory" }), ["nullable"] = true },
                ["roles"] = new JsonObject { ["type"] = "array", ["nullable"] = true, ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/chronicle.timeline.v1.RoleHistory" } },
                ["recentEvents"] = new JsonObject { ["type"] = "array", ["nullable"] = true, ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/chronicle.timeline.v1.Event" } },
                ["partial"] = new JsonObject { ["type"] = "boolean" },
                ["missing"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["part"] = new JsonObject { ["type"] = "string" }, ["service"] = new JsonObject { ["type"] = "string" },
                            ["status"] = new JsonObject { ["type"] = "integer" }, ["detail"] = new JsonObject { ["type"] = "string" },
                        },
                    },
                },
            },
        },
    };
}
