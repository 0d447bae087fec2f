using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Testing;
using Xunit.Abstractions;

namespace Chronicle.EndToEnd.Tests;

/// <summary>
/// Ingests the five seed articles from ../shared (when present) with no publication date and
/// counts how many facts of eval/seeds-gold.json come back through the REST contract.
/// </summary>
public sealed class SeedAcceptanceTests(SuiteFixture fixture, ITestOutputHelper output) : IClassFixture<SuiteFixture>
{
    [SkippableFact]
    public async Task Seed_facts_come_back()
    {
        var shared = RepositoryRoot.Shared;
        Skip.If(shared is null, "../shared/seeds is not beside the checkout: seed acceptance not run.");
        var suite = fixture.Suite;
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "eval", "seeds-gold.json")));
        var documentIds = new Dictionary<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            documentIds[Path.GetFileName(file)] = await suite.SubmitAsync(new { text = File.ReadAllText(file), externalId = Path.GetFileName(file) });
        }
        await suite.WaitForPipelineAsync(TimeSpan.FromSeconds(120));

        var report = new List<(string Article, string Fact, bool Found)>();
        foreach (var (article, expected) in gold.RootElement.GetProperty("articles").EnumerateObject().Select(p => (p.Name, p.Value)))
        {
            var document = await suite.GetJsonAsync($"/api/v1/documents/{documentIds[article]}");
            var anchor = document.GetProperty("anchorDate").ValueKind == JsonValueKind.String ? document.GetProperty("anchorDate").GetString() : null;
            report.Add((article, $"event date {expected.GetProperty("event_date").GetString()} (got {anchor ?? "unknown"})",
                anchor == expected.GetProperty("event_date").GetString()));
        }
        foreach (var role in gold.RootElement.GetProperty("roles").EnumerateArray())
        {
            var person = role.GetProperty("person").GetString()!;
            var date = role.GetProperty("date").GetString()!;
            var title = role.GetProperty("role").GetString()!;
            var roles = await RolesOfAsync(suite, person);
            var found = roles.Any(r => Fold(r.GetProperty("role").GetString()!) == Fold(title)
                && r.GetProperty("observations").EnumerateArray().Any(o => o.GetProperty("date").ValueKind == JsonValueKind.String && o.GetProperty("date").GetString() == date));
            report.Add((role.GetProperty("article").GetString()!, $"{person} — {title} on {date}", found));
        }
        var events = (await suite.GetJsonAsync("/api/v1/events?page.size=500")).GetProperty("items").EnumerateArray().ToList();
        foreach (var expected in gold.RootElement.GetProperty("events").EnumerateArray())
        {
            var date = expected.GetProperty("date").GetString();
            var found = events.Any(e => e.GetProperty("date").ValueKind == JsonValueKind.String && e.GetProperty("date").GetString() == date
                && (!expected.TryGetProperty("chair", out var chair) || (e.GetProperty("chair").ValueKind == JsonValueKind.String && e.GetProperty("chair").GetString() == chair.GetString())));
            report.Add((expected.GetProperty("article").GetString()!, $"event on {date}: {expected.GetProperty("name").GetString()}", found));
        }
        foreach (var expected in gold.RootElement.GetProperty("legal_documents").EnumerateArray())
        {
            var number = expected.GetProperty("id").GetString()!;
            var found = (await suite.GetJsonAsync($"/api/v1/entities?type=legal_document&q={Uri.EscapeDataString(number)}")).GetProperty("items").GetArrayLength() > 0;
            report.Add((expected.GetProperty("article").GetString()!, $"document {number}", found));
        }

        foreach (var derived in gold.RootElement.GetProperty("derived").EnumerateArray())
        {
            var question = derived.GetProperty("question").GetString()!;
            if (derived.GetProperty("answer").ValueKind != JsonValueKind.Array)
            {
                report.Add(("derived", question, await RankChangeAnsweredAsync(suite)));
                continue;
            }
            var role = question.Split('\'')[1];
            var holders = (await suite.GetJsonAsync($"/api/v1/positions/holders?role={Uri.EscapeDataString(role)}")).GetProperty("items").EnumerateArray().ToList();
            var expectedOrder = derived.GetProperty("answer").EnumerateArray().Select(a => a.GetProperty("person").GetString()!).ToList();
            var seenOrder = holders.Where(h => expectedOrder.Contains(h.GetProperty("person").GetString()!)).Select(h => h.GetProperty("person").GetString()!).ToList();
            var sightingsMatch = derived.GetProperty("answer").EnumerateArray().All(a =>
                holders.FirstOrDefault(h => h.GetProperty("person").GetString() == a.GetProperty("person").GetString()) is { ValueKind: JsonValueKind.Object } h
                && h.GetProperty("firstSeen").GetString() == a.GetProperty("seen")[0].GetString()
                && h.GetProperty("lastSeen").GetString() == a.GetProperty("seen")[a.GetProperty("seen").GetArrayLength() - 1].GetString());
            report.Add(("derived", question, seenOrder.SequenceEqual(expectedOrder) && sightingsMatch));
        }

        var unwanted = new List<string>();
        foreach (var name in new[] { "Tô Lâm", "Trump", "Putin", "Lee Jae Myung", "Sanae Takaichi", "Đỗ Hùng Việt", "Phạm Minh Chính", "Nguyễn Minh Vũ" })
        {
            if ((await RolesOfAsync(suite, name)).Count > 0)
            {
                unwanted.Add($"roles for {name}");
            }
        }
        if ((await suite.GetJsonAsync("/api/v1/events?from=2026")).GetProperty("items").GetArrayLength() > 0)
        {
            unwanted.Add("events dated 2026");
        }

        var summary = new StringBuilder();
        summary.AppendLine(CultureInfo.InvariantCulture, $"Seed facts found: {report.Count(r => r.Found)} of {report.Count}");
        foreach (var (article, fact, found) in report)
        {
            summary.AppendLine(CultureInfo.InvariantCulture, $"  [{(found ? "x" : " ")}] {article[..3]} {fact}");
        }
        summary.AppendLine(CultureInfo.InvariantCulture, $"Boilerplate facts that must not appear: {(unwanted.Count == 0 ? "none" : string.Join(", ", unwanted))}");
        output.WriteLine(summary.ToString());
        Console.WriteLine(summary.ToString());

        Assert.Empty(unwanted);
        // Every fact comes back: those of articles whose year is written, and those of undated
        // articles (002, 004) that the timeline dates from what it knows.
        var missing = report.Where(r => !r.Found).Select(r => $"{r.Article[..3]} {r.Fact}").ToList();
        Assert.True(missing.Count == 0, "Missing seed facts:\n" + string.Join("\n", missing));
    }

    /// <summary>Lê Hoài Trung: Central Committee member until 2023-01-13, Secretariat member from 2023-11-24.</summary>
    private static async Task<bool> RankChangeAnsweredAsync(SuiteProcesses suite)
    {
        var roles = await RolesOfAsync(suite, "Lê Hoài Trung");
        JsonElement? Role(string name) => roles.FirstOrDefault(r => Fold(r.GetProperty("role").GetString()!) == Fold(name)) is { ValueKind: JsonValueKind.Object } r ? r : null;
        return Role("Ủy viên Trung ương Đảng") is { } member && Role("Bí thư Trung ương Đảng") is { } secretary
            && member.GetProperty("lastSeen").GetString() == "2023-01-13"
            && secretary.GetProperty("firstSeen").GetString() == "2023-11-24";
    }

    private static async Task<List<JsonElement>> RolesOfAsync(SuiteProcesses suite, string person)
    {
        var matches = (await suite.GetJsonAsync($"/api/v1/entities?type=person&q={Uri.EscapeDataString(person)}")).GetProperty("items").EnumerateArray()
            .Where(e => Fold(e.GetProperty("name").GetString()!) == Fold(person))
            .ToList();
        var roles = new List<JsonElement>();
        foreach (var match in matches)
        {
            roles.AddRange((await suite.GetJsonAsync($"/api/v1/entities/{match.GetProperty("id").GetString()}/roles")).GetProperty("items").EnumerateArray());
        }
        return roles;
    }

    /// <summary>Case- and diacritics-blind comparison, done here independently of the code under test.</summary>
    private static string Fold(string value)
    {
        var decomposed = value.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Join(' ', new string(kept.ToArray()).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
