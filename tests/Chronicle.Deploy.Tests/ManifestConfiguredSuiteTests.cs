using System.Text.Json;
using Chronicle.Testing;
using static Chronicle.Deploy.Tests.Kustomize;

namespace Chronicle.Deploy.Tests;

/// <summary>
/// The real suite, configured only by what an overlay gives each container: the environment of
/// its rendered ConfigMaps and Secret references (dev: SQLite in the data folder; prod:
/// PostgreSQL). Cluster addresses are mapped to loopback ports; nothing else is set.
/// </summary>
public sealed class ManifestConfiguredSuiteTests
{
    private const string Article = """
        Ngày 29/12/2020, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2020 tại Hà Nội.

        Trưởng Ban Đối ngoại Trung ương, Ủy viên Trung ương Đảng Hoàng Bình Quân chủ trì hội nghị.
        """;

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Suite_configured_like_the_manifests_processes_a_document(string overlay)
    {
        var objects = Render(System.IO.Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "overlays", overlay));
        var configMaps = objects.Where(o => Kind(o) == "ConfigMap")
            .ToDictionary(Name, o => (Map(o["data"]) ?? []).ToDictionary(p => p.Key, p => p.Value?.ToString() ?? ""));
        var deployments = objects.Where(o => Kind(o) == "Deployment").ToDictionary(Name);

        IReadOnlyDictionary<string, string> Environment(string name, SuitePorts ports)
        {
            var container = Containers(deployments[name]).Single();
            var environment = new Dictionary<string, string>();
            foreach (var reference in List(container["envFrom"]).Select(e => (string)Path(Map(e)!, "configMapRef", "name")!))
            {
                foreach (var (key, value) in configMaps[reference])
                {
                    environment[key] = ToLoopback(value, name, ports);
                }
            }
            foreach (var variable in List(container.GetValueOrDefault("env")).Select(e => Map(e)!))
            {
                var secretKey = (string)Path(variable, "valueFrom", "secretKeyRef", "key")!;
                environment[(string)variable["name"]!] = secretKey == "api-key"
                    ? SuiteProcesses.ApiKey
                    : PostgresServer.CreateDatabase("k8s_" + name);
            }
            return environment;
        }

        await using var suite = await SuiteProcesses.StartAsync(environment: Environment);
        var id = await suite.SubmitAsync(new { text = Article });
        await suite.WaitForPipelineAsync(TimeSpan.FromSeconds(60));

        var document = await suite.GetJsonAsync($"/api/v1/documents/{id}");
        var roles = await suite.GetJsonAsync($"/api/v1/entities/{await suite.PersonIdAsync("Hoàng Bình Quân")}/roles");
        Assert.Equal("processed", document.GetProperty("status").GetString());
        Assert.Contains(roles.GetProperty("items").EnumerateArray(), r =>
            r.GetProperty("role").GetString() == "Trưởng Ban Đối ngoại Trung ương" && r.GetProperty("firstSeen").GetString() == "2020-12-29");
    }

    /// <summary>Cluster addresses (0.0.0.0 listeners, service DNS names of both ports, the /data volume) on this machine.</summary>
    private static string ToLoopback(string value, string name, SuitePorts ports)
    {
        value = value.Replace("http://0.0.0.0:8081", $"http://127.0.0.1:{ports.Grpc.GetValueOrDefault(name)}", StringComparison.Ordinal)
            .Replace("http://0.0.0.0:8080", $"http://127.0.0.1:{ports.Http[name]}", StringComparison.Ordinal);
        foreach (var (service, port) in ports.Grpc)
        {
            value = value.Replace($"http://{service}:8081", $"http://127.0.0.1:{port}", StringComparison.Ordinal);
        }
        foreach (var (service, port) in ports.Http)
        {
            value = value.Replace($"http://{service}:8080", $"http://127.0.0.1:{port}", StringComparison.Ordinal);
        }
        return value == "/data" ? ports.DataDirectory : value;
    }
}
