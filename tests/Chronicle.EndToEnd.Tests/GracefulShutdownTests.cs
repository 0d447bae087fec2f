using Chronicle.Testing;

namespace Chronicle.EndToEnd.Tests;

/// <summary>SIGTERM, as Kubernetes sends it: each host stops cleanly and what it accepted is sent after the restart.</summary>
public sealed class GracefulShutdownTests
{
    private const int Documents = 20;

    /// <summary>The grace period an orchestrator gives (the manifests give 35 s; the hosts' own timeout is 20 s).</summary>
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(35);

    private static string Article(int i) => $"""
        Đoàn công tác số {i} thăm tỉnh

        Ngày {i % 27 + 1}/4/2023, tại Hà Nội, Thứ trưởng Bộ Ngoại giao tiếp đoàn công tác số {i}.
        """;

    [Fact]
    public async Task Services_stopped_with_sigterm_exit_cleanly_and_lose_nothing_accepted()
    {
        await using var suite = await SuiteProcesses.StartAsync();

        // Entities stops first: ingestion accepts the documents and keeps them in its outbox.
        Assert.Equal(0, await suite.TerminateAsync("entities", GracePeriod));
        var ids = new List<string>();
        for (var i = 0; i < Documents; i++)
            ids.Add(await suite.SubmitAsync(new { text = Article(i), externalId = $"sigterm-{i}" }));

        // Ingestion stops while its outbox dispatcher is retrying the hand-off.
        Assert.Equal(0, await suite.TerminateAsync("ingestion", GracePeriod));
        await suite.RestartAsync("ingestion");
        await suite.RestartAsync("entities");
        var counts = await suite.WaitForPipelineAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(Documents, counts.GetProperty("processed").GetInt32());
        foreach (var id in ids)
            Assert.Equal("processed", (await suite.GetJsonAsync($"/api/v1/documents/{id}")).GetProperty("status").GetString());
    }
}
