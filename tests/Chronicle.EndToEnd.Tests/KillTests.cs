using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Testing;
using Xunit.Abstractions;

namespace Chronicle.EndToEnd.Tests;

/// <summary>
/// Nothing acknowledged is lost or doubled while every process is killed (SIGKILL) and restarted
/// during a run of submissions: a reduced, Jepsen-style check of the outbox hand-offs.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    private const int Documents = 120;
    private static readonly string[] Given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Lâm", "Minh", "Nam", "Phong", "Quang"];
    private static readonly string[] Middle = ["Văn", "Hữu", "Đức", "Minh"];

    /// <summary>A unique minister per document, so each document's fact can be counted in the timeline.</summary>
    private static string Person(int i) =>
        $"{Surnames[i % Surnames.Length]} {Middle[i / Surnames.Length % Middle.Length]} {Given[i / (Surnames.Length * Middle.Length) % Given.Length]}";

    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Phạm", "Hoàng", "Vũ", "Đặng"];

    private static string Article(int i) => $"""
        Bộ trưởng tiếp đoàn công tác số {i}

        Ngày {i % 27 + 1}/3/2023, tại Hà Nội, Bộ trưởng Bộ Ngoại giao {Person(i)} tiếp đoàn công tác số {i}.

        Hai bên trao đổi về hợp tác trong thời gian tới.
        """;

    [Fact]
    public async Task Killing_every_process_during_submissions_loses_and_doubles_nothing()
    {
        await using var suite = await SuiteProcesses.StartAsync();
        var acknowledged = new Dictionary<int, string>();
        var indeterminate = 0;

        var sending = Task.Run(async () =>
        {
            for (var i = 0; i < Documents; i++)
            {
                // Retried with the same external id until acknowledged: a retry of a stored document returns it.
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents")
                        {
                            Content = JsonContent.Create(new { text = Article(i), externalId = $"kill-{i}" }),
                        };
                        request.Headers.Add("X-Api-Key", SuiteProcesses.ApiKey);
                        using var response = await suite.Client.SendAsync(request);
                        if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            acknowledged[i] = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
                            break;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref indeterminate);
                    }
                    if (attempt > 200)
                    {
                        throw new TimeoutException($"Document {i} was never acknowledged.");
                    }
                    await Task.Delay(100);
                }
                // Paced, so that the kills below fall while submissions are under way.
                await Task.Delay(30);
            }
        });

        var random = new Random(7);
        foreach (var name in new[] { "entities", "timeline", "ingestion", "gateway", "entities", "timeline", "ingestion", "gateway" })
        {
            await Task.Delay(random.Next(200, 900));
            await suite.KillAsync(name);
            await Task.Delay(random.Next(100, 400));
            await suite.RestartAsync(name);
        }
        await sending;
        var counts = await suite.WaitForPipelineAsync(TimeSpan.FromSeconds(120));

        var lost = new List<int>();
        var doubled = new List<int>();
        foreach (var (i, id) in acknowledged)
        {
            var document = await suite.GetJsonAsync($"/api/v1/documents/{id}");
            var personId = (await suite.GetJsonAsync($"/api/v1/entities?type=person&q={Uri.EscapeDataString(Person(i))}"))
                .GetProperty("items").EnumerateArray().FirstOrDefault(e => e.GetProperty("name").GetString() == Person(i));
            if (document.GetProperty("status").GetString() != "processed" || personId.ValueKind != JsonValueKind.Object)
            {
                lost.Add(i);
                continue;
            }
            var observations = (await suite.GetJsonAsync($"/api/v1/entities/{personId.GetProperty("id").GetString()}/roles"))
                .GetProperty("items").EnumerateArray().SelectMany(r => r.GetProperty("observations").EnumerateArray()).Count();
            if (observations > 1)
            {
                doubled.Add(i);
            }
            else if (observations == 0)
            {
                lost.Add(i);
            }
        }
        var unexpected = counts.GetProperty("accepted").GetInt32() - acknowledged.Values.Distinct().Count();

        var summary = $"{Documents} sent, {acknowledged.Count} acknowledged, {indeterminate} indeterminate attempts retried; " +
            $"lost {lost.Count}, duplicated {doubled.Count}, unexpected {unexpected}";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(Documents, acknowledged.Count);
        Assert.Empty(lost);
        Assert.Empty(doubled);
        Assert.Equal(0, unexpected);
    }
}
