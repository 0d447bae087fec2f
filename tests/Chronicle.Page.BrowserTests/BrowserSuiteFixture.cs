using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Testing;
using Microsoft.Playwright;

namespace Chronicle.Page.BrowserTests;

/// <summary>
/// The suite as four real processes with the repository's sample articles ingested, and one
/// headless Chromium. Chromium is Debian's (/usr/bin/chromium, or CHRONICLE_CHROMIUM), launched
/// with the flags this closed network needs; Playwright gives each context a fresh profile.
/// </summary>
public sealed class BrowserSuiteFixture : IAsyncLifetime
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHRONICLE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why the tests cannot run here, or null. Under CI a missing browser fails instead of skipping.</summary>
    public static string? SkipReason =>
        File.Exists(ChromiumPath) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); the browser tests are skipped outside CI.";

    /// <summary>Where screenshots go: CHRONICLE_SCREENSHOTS, else .artifacts/screenshots in the repository.</summary>
    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("CHRONICLE_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(RepositoryRoot.Path, ".artifacts", "screenshots");

    public SuiteProcesses Suite { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }
        Suite = await SuiteProcesses.StartAsync();
        await IngestSamplesAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    private async Task IngestSamplesAsync()
    {
        var samples = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"))
            .Where(file => file.EndsWith(".txt", StringComparison.Ordinal) || file.EndsWith(".html", StringComparison.Ordinal))
            .ToList();
        foreach (var sample in samples)
        {
            var content = await File.ReadAllTextAsync(sample);
            var body = sample.EndsWith(".html", StringComparison.Ordinal)
                ? (object)new { html = content, source = "samples", externalId = Path.GetFileName(sample) }
                : new { text = content, source = "samples", externalId = Path.GetFileName(sample) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = JsonContent.Create(body) };
            request.Headers.Add("X-Api-Key", SuiteProcesses.ApiKey);
            using var response = await Suite.Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }
        // Wait until every article is through every stage, so the page has facts to show.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var pipeline = await Suite.Client.GetFromJsonAsync<JsonElement>("/api/v1/pipeline");
            if (pipeline.GetProperty("pending").GetInt32() == 0 && pipeline.GetProperty("processed").GetInt32() >= samples.Count)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The samples were not processed in time: {pipeline}");
            }
            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Suite is not null)
        {
            await Suite.DisposeAsync();
        }
    }
}
