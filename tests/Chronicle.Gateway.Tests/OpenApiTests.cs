using System.Net;
using System.Text.Json;
using Chronicle.Gateway.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;

namespace Chronicle.Gateway.Tests;

/// <summary>The OpenAPI document, the docs page, and both against the live route table.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_document_and_the_live_route_table_list_the_same_rest_calls()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(OpenApiExtensions.DocumentPath));

        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();
        var proxied = gateway.Services.GetRequiredService<IProxyStateLookup>().GetRoutes()
            .Select(route => route.Config)
            .Where(route => route.Metadata?.GetValueOrDefault("Protocol") != "grpc")
            .SelectMany(route => (route.Match.Methods ?? ["GET"]).Select(method => $"{method} {route.Match.Path}"));
        var answeredByTheGateway = gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => $"{method} {endpoint.RoutePattern.RawText}"));
        var routed = proxied.Concat(answeredByTheGateway).ToHashSet();

        Assert.Empty(routed.Except(documented));
        Assert.Empty(documented.Except(routed));
    }

    [Fact]
    public async Task Internal_methods_are_neither_documented_nor_routed()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient();
        var text = await client.GetStringAsync(OpenApiExtensions.DocumentPath);
        var grpcRoutes = string.Join(" ", gateway.Services.GetRequiredService<IProxyStateLookup>().GetRoutes().Select(route => route.Config.Match.Path));

        foreach (var method in new[] { "AnalyzeDocument", "RecordDocumentFacts", "GetDocumentStates", "GetStageCounts", "GetDocumentAnchor" })
        {
            Assert.DoesNotContain(method, text);
            Assert.DoesNotContain(method, grpcRoutes);
        }
    }

    [Fact]
    public async Task The_document_describes_parameters_bodies_and_answers()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(OpenApiExtensions.DocumentPath));
        var paths = document.RootElement.GetProperty("paths");

        var events = paths.GetProperty("/api/v1/events").GetProperty("get");
        var names = events.GetProperty("parameters").EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString()).ToList();
        Assert.Equal(["from", "to", "entity", "page.size", "page.token"], names);
        Assert.Equal("#/components/schemas/chronicle.timeline.v1.ListEventsResponse",
            events.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());

        var submit = paths.GetProperty("/api/v1/documents").GetProperty("post");
        Assert.True(submit.GetProperty("responses").TryGetProperty("202", out _));
        Assert.True(submit.TryGetProperty("requestBody", out _));
        var roles = paths.GetProperty("/api/v1/entities/{entity_id}/roles").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(parameter => (parameter.GetProperty("name").GetString(), parameter.GetProperty("in").GetString())).ToList();
        Assert.Contains(("entity_id", "path"), roles);
        Assert.Contains(("asOf", "query"), roles);
        Assert.True(document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("chronicle.gateway.Person", out _));
    }

    [Fact]
    public async Task The_docs_page_answers_with_its_own_content_security_policy()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?> { ["Gateway:ReadsRequireKey"] = "true" });
        using var client = gateway.CreateClient();

        var page = await client.GetAsync("/docs/");
        if (page.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect)
        {
            page = await client.GetAsync(page.Headers.Location);
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", await page.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
    }
}
