using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronicle.Gateway.Composite;
using Chronicle.Gateway.Proxy;
using Scalar.AspNetCore;
using Yarp.ReverseProxy;

namespace Chronicle.Gateway.OpenApi;

public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>
    /// /openapi/v1.json: the proto-generated contract plus the gateway's own composite answers;
    /// /docs: Scalar's interactive reference over it (same origin, so "try it" goes through the gateway).
    /// </summary>
    public static void MapGatewayOpenApi(this WebApplication app)
    {
        var document = new Lazy<string>(() => Build(app.Services).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        app.MapGet(DocumentPath, () => Results.Text(document.Value, "application/json"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapScalarApiReference("/docs", options => options
                .WithTitle("Chronicle REST API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                // Fonts from the page's own origin only: the docs CSP allows nothing else.
                .DisableDefaultFonts())
            .AllowAnonymous();
    }

    public static JsonObject Build(IServiceProvider services)
    {
        var routes = services.GetRequiredService<IProxyStateLookup>().GetRoutes().Select(route => route.Config).ToList();
        int SuccessStatus(string method, string path) =>
            routes.FirstOrDefault(route => route.Match.Path == path && route.Match.Methods?.Contains(method) == true)?
                .Metadata?.TryGetValue(RestContractTransforms.SuccessStatusCodeKey, out var status) == true
                ? int.Parse(status, CultureInfo.InvariantCulture)
                : StatusCodes.Status200OK;
        JsonObject paths = PeopleApi.OpenApiPaths(), schemas = PeopleApi.OpenApiSchemas();
        foreach (var (path, item) in DocumentBatchOpenApi.Paths())
        {
            paths[path] = item?.DeepClone();
        }
        foreach (var (name, schema) in DocumentBatchOpenApi.Schemas())
        {
            schemas[name] = schema?.DeepClone();
        }
        return ProtoOpenApi.Build(SuccessStatus, paths, schemas);
    }
}
