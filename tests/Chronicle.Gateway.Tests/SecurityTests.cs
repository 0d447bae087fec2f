using System.Net;
using System.Net.Http.Json;
using Chronicle.Gateway.Security;

namespace Chronicle.Gateway.Tests;

/// <summary>Keys, tokens, the fallback policy, rate limits, size limits, CORS and security headers.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task Write_without_key_is_401_problem_json()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = "Ngày 1/1/2024, ..." });

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "X-Api-Key");
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Write_with_a_wrong_key_is_401()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient("not-the-key");

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = "x" });

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "does not hold a valid key");
    }

    [Fact]
    public async Task A_key_stored_as_its_sha256_hash_opens_writes()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?>
        {
            ["CHRONICLE_API_KEY"] = "",
            ["Gateway:ApiKeyHashes:0"] = ApiKeyValidator.HashHex("hashed-secret"),
        });
        using var client = gateway.CreateClient("hashed-secret");

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = "x" });

        // Past authorization: the service behind is down, so the answer is the proxy's 503.
        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "ingestion");
    }

    [Fact]
    public async Task Without_any_key_configured_writes_are_closed_not_open()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?> { ["CHRONICLE_API_KEY"] = "" });
        using var client = gateway.CreateClient("anything");

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = "x" });

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Writes are closed");
    }

    [Fact]
    public async Task A_bearer_token_is_refused_when_no_jwt_authority_is_configured()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = JsonContent.Create(new { text = "x" }) };
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        var response = await client.SendAsync(request);

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "no JWT authority");
    }

    [Fact]
    public async Task Reads_are_open_by_default_and_keyed_when_configured()
    {
        using (var open = new GatewayHost())
        using (var client = open.CreateClient())
        {
            await GatewayHost.AssertProblemAsync(await client.GetAsync("/api/v1/events"), HttpStatusCode.ServiceUnavailable, "timeline");
        }

        using var keyed = new GatewayHost(new Dictionary<string, string?> { ["Gateway:ReadsRequireKey"] = "true" });
        using var anonymous = keyed.CreateClient();
        using var withKey = keyed.CreateClient(GatewayHost.Key);
        await GatewayHost.AssertProblemAsync(await anonymous.GetAsync("/api/v1/events"), HttpStatusCode.Unauthorized, "X-Api-Key");
        await GatewayHost.AssertProblemAsync(await withKey.GetAsync("/api/v1/events"), HttpStatusCode.ServiceUnavailable, "timeline");
    }

    [Fact]
    public async Task A_route_that_names_no_policy_is_closed()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:forgotten:ClusterId"] = "timeline",
            ["ReverseProxy:Routes:forgotten:Match:Path"] = "/api/v1/forgotten",
        });
        using var client = gateway.CreateClient();

        var response = await client.GetAsync("/api/v1/forgotten");

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "X-Api-Key");
    }

    [Fact]
    public async Task Too_many_calls_from_one_address_are_429_with_retry_after()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?>
        {
            ["Gateway:RateLimits:PerAddress:Permits"] = "2",
            ["Gateway:RateLimits:PerAddress:Seconds"] = "3600",
        });
        using var client = gateway.CreateClient();

        await client.GetAsync("/api/v1/events");
        await client.GetAsync("/api/v1/events");
        var response = await client.GetAsync("/api/v1/events");

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.TooManyRequests, "Too many requests from this address");
        Assert.NotNull(response.Headers.RetryAfter);
        // Health probes are never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_key_has_its_own_bucket_apart_from_the_address()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?>
        {
            ["Gateway:RateLimits:PerAddress:Permits"] = "1",
            ["Gateway:RateLimits:PerAddress:Seconds"] = "3600",
            ["Gateway:RateLimits:PerKey:Permits"] = "3",
            ["Gateway:RateLimits:PerKey:Seconds"] = "3600",
        });
        using var anonymous = gateway.CreateClient();
        using var keyed = gateway.CreateClient(GatewayHost.Key);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/api/v1/events")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/api/v1/events")).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await keyed.GetAsync("/api/v1/events")).StatusCode);
        }
        await GatewayHost.AssertProblemAsync(await keyed.GetAsync("/api/v1/events"), HttpStatusCode.TooManyRequests, "from this key");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_problem_json()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?> { ["Gateway:Limits:MaxRequestBodyBytes"] = "1000" });
        using var client = gateway.CreateClient(GatewayHost.Key);

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = new string('a', 5000) });

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "limit is 1000");
    }

    [Fact]
    public async Task Headers_over_the_limit_are_431_problem_json()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?> { ["Gateway:Limits:MaxRequestHeadersBytes"] = "2000" });
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Padding", new string('p', 3000));

        var response = await client.GetAsync("/api/v1/events");

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "limit is 2000");
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient();

        var response = await client.GetAsync("/api/v1/events");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Cors_answers_the_configured_web_origin_only()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?> { ["Gateway:Cors:Origins:0"] = "https://chronicle.example" });
        using var client = gateway.CreateClient();

        async Task<HttpResponseMessage> PreflightAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/documents");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
            return await client.SendAsync(request);
        }

        var allowed = await PreflightAsync("https://chronicle.example");
        var other = await PreflightAsync("https://elsewhere.example");

        Assert.Equal("https://chronicle.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Unknown_route_is_404_problem_json()
    {
        using var gateway = new GatewayHost();
        using var client = gateway.CreateClient();

        var response = await client.GetAsync("/api/v1/nothing-here");

        await GatewayHost.AssertProblemAsync(response, HttpStatusCode.NotFound, "/api/v1/nothing-here");
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_key_even_when_reads_need_one()
    {
        using var gateway = new GatewayHost(new Dictionary<string, string?> { ["Gateway:ReadsRequireKey"] = "true" });
        using var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
