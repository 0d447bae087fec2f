using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Google.Api;
using Google.Protobuf.Reflection;

namespace Chronicle.Gateway.OpenApi;

/// <summary>
/// The OpenAPI document of the public REST contract, generated from the same proto descriptors
/// the services transcode from (their google.api.http options), so it cannot drift from what
/// the services answer. Methods without an http option are internal and absent.
/// </summary>
public static partial class ProtoOpenApi
{
    /// <summary>Every service of the suite, as compiled into Chronicle.Contracts.</summary>
    public static readonly IReadOnlyList<Google.Protobuf.Reflection.ServiceDescriptor> Services =
    [
        Contracts.Ingestion.V1.Ingestion.Descriptor,
        Contracts.Entities.V1.Entities.Descriptor,
        Contracts.Timeline.V1.Timeline.Descriptor,
    ];

    public sealed record RestMethod(string HttpMethod, string Path, MethodDescriptor Method, string? Body);

    /// <summary>The REST calls the contract declares: verb and path template as written in the protos.</summary>
    public static IEnumerable<RestMethod> RestMethods() =>
        from service in Services
        from method in service.Methods
        let rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http)
        where rule is not null && rule.PatternCase != HttpRule.PatternOneofCase.None
        select rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => new RestMethod("GET", rule.Get, method, null),
            HttpRule.PatternOneofCase.Post => new RestMethod("POST", rule.Post, method, rule.Body),
            HttpRule.PatternOneofCase.Put => new RestMethod("PUT", rule.Put, method, rule.Body),
            HttpRule.PatternOneofCase.Delete => new RestMethod("DELETE", rule.Delete, method, null),
            HttpRule.PatternOneofCase.Patch => new RestMethod("PATCH", rule.Patch, method, rule.Body),
            _ => throw new NotSupportedException($"{method.FullName}: custom http patterns are not described."),
        };

    /// <param name="successStatus">The status a call answers with on success (default 200).</param>
    /// <param name="extraPaths">Paths the gateway answers itself (composite answers).</param>
    public static JsonObject Build(Func<string, string, int> successStatus, JsonObject extraPaths, JsonObject extraSchemas)
    {
        var schemas = new JsonObject();
        var paths = new JsonObject();
        foreach (var rest in RestMethods())
        {
            var pathParameters = PathParameter().Matches(rest.Path).Select(match => match.Groups[1].Value).ToHashSet();
            var parameters = new JsonArray();
            foreach (var name in pathParameters)
            {
                parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
            }
            if (rest.Body is null)
            {
                foreach (var (name, protoName, field) in QueryFields(rest.Method.InputType, "", ""))
                {
                    if (!pathParameters.Contains(protoName))
                    {
                        parameters.Add(new JsonObject
                        {
                            ["name"] = name, ["in"] = "query", ["required"] = false, ["schema"] = FieldSchema(field, schemas),
                        });
                    }
                }
            }
            var status = successStatus(rest.HttpMethod, rest.Path).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var operation = new JsonObject
            {
                ["operationId"] = rest.Method.Service.Name + "_" + rest.Method.Name,
                ["tags"] = new JsonArray(rest.Method.Service.Name),
                ["summary"] = Summary(rest.Method),
                ["parameters"] = parameters,
                ["responses"] = new JsonObject
                {
                    [status] = Json("Success", MessageRef(rest.Method.OutputType, schemas)),
                    ["default"] = ProblemResponse(),
                },
            };
            if (rest.Body is not null)
            {
                operation["requestBody"] = new JsonObject
                {
                    ["required"] = true,
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = MessageRef(rest.Method.InputType, schemas) } },
                };
            }
            if (rest.HttpMethod != "GET")
            {
                operation["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["bearer"] = new JsonArray() });
            }
            var item = paths[rest.Path] as JsonObject ?? new JsonObject();
            item[rest.HttpMethod.ToLowerInvariant()] = operation;
            paths[rest.Path] = item;
        }
        foreach (var (path, item) in extraPaths)
        {
            paths[path] = item?.DeepClone();
        }
        foreach (var (name, schema) in extraSchemas)
        {
            schemas[name] = schema?.DeepClone();
        }
        schemas["Problem"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "RFC 9457 problem details; every error of the gateway.",
            ["properties"] = new JsonObject
            {
                ["type"] = Type("string"), ["title"] = Type("string"), ["status"] = Type("integer"),
                ["detail"] = Type("string"), ["instance"] = Type("string"), ["traceId"] = Type("string"),
            },
        };
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "Chronicle REST API",
                ["version"] = "v1",
                ["description"] = "Evidence-linked chronology of Vietnamese news. Reads are open unless the gateway says otherwise; writes need X-Api-Key (or a bearer token when configured). Errors are application/problem+json with a traceId.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Api-Key" },
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
            },
        };
    }

    public static JsonObject ProblemResponse() => new()
    {
        ["description"] = "An error, as problem+json",
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } } },
    };

    public static JsonObject Json(string description, JsonNode schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
    };

    /// <summary>Query parameters of a GET: scalar fields by their JSON names, nested messages dotted (page.size).</summary>
    /// <remarks>Path templates name fields as the proto does (entity_id); queries go by JSON name (asOf).</remarks>
    private static IEnumerable<(string Name, string ProtoName, FieldDescriptor Field)> QueryFields(MessageDescriptor message, string prefix, string protoPrefix)
    {
        foreach (var field in message.Fields.InFieldNumberOrder())
        {
            if (field.FieldType == FieldType.Message && !IsWrapper(field.MessageType))
            {
                foreach (var nested in QueryFields(field.MessageType, prefix + field.JsonName + ".", protoPrefix + field.Name + "."))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return (prefix + field.JsonName, protoPrefix + field.Name, field);
            }
        }
    }

    private static JsonObject MessageRef(MessageDescriptor message, JsonObject schemas)
    {
        if (!schemas.ContainsKey(message.FullName))
        {
            schemas[message.FullName] = null; // reserve first: messages may refer to themselves
            var properties = new JsonObject();
            foreach (var field in message.Fields.InFieldNumberOrder())
            {
                properties[field.JsonName] = FieldSchema(field, schemas);
            }
            schemas[message.FullName] = new JsonObject { ["type"] = "object", ["properties"] = properties };
        }
        return new JsonObject { ["$ref"] = "#/components/schemas/" + message.FullName };
    }

    private static JsonNode FieldSchema(FieldDescriptor field, JsonObject schemas)
    {
        JsonObject single = field.FieldType switch
        {
            FieldType.String => Type("string"),
            FieldType.Bool => Type("boolean"),
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 or FieldType.UInt32 or FieldType.Fixed32 => Type("integer", "int32"),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64 => Type("string", "int64"),
            FieldType.Double or FieldType.Float => Type("number"),
            FieldType.Bytes => Type("string", "byte"),
            FieldType.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(field.EnumType.Values.Select(value => (JsonNode)value.Name).ToArray()) },
            FieldType.Message when IsWrapper(field.MessageType) => Wrapper(field.MessageType),
            FieldType.Message => MessageRef(field.MessageType, schemas),
            _ => Type("string"),
        };
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = single } : single;
    }

    private static bool IsWrapper(MessageDescriptor message) => message.File.Package == "google.protobuf" && message.Name.EndsWith("Value", StringComparison.Ordinal);

    private static JsonObject Wrapper(MessageDescriptor message)
    {
        var schema = FieldSchema(message.FindFieldByName("value"), []).AsObject();
        schema["nullable"] = true;
        return schema;
    }

    private static JsonObject Type(string type, string? format = null) =>
        format is null ? new JsonObject { ["type"] = type } : new JsonObject { ["type"] = type, ["format"] = format };

    private static string Summary(MethodDescriptor method) => method.Name;

    [GeneratedRegex(@"\{([^}=]+)(=[^}]*)?\}")]
    private static partial Regex PathParameter();
}
