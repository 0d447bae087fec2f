using Chronicle.Testing;
using static Chronicle.Deploy.Tests.Kustomize;

namespace Chronicle.Deploy.Tests;

/// <summary>The rules every rendered overlay follows: probes, limits, non-root, pinned images, secrets only in Secrets, one door.</summary>
public sealed class ManifestPolicyTests
{
    public static TheoryData<string> Overlays => new() { "dev", "prod" };

    private static List<Dictionary<string, object?>> Rendered(string overlay) =>
        Render(System.IO.Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "overlays", overlay));

    private static IEnumerable<Dictionary<string, object?>> OfKind(List<Dictionary<string, object?>> objects, string kind) =>
        objects.Where(o => Kind(o) == kind);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_object_renders_with_kind_name_and_namespace(string overlay)
    {
        var objects = Rendered(overlay);

        Assert.NotEmpty(objects);
        Assert.All(objects, o =>
        {
            Assert.False(string.IsNullOrEmpty((string?)o["apiVersion"]));
            Assert.False(string.IsNullOrEmpty(Name(o)));
            if (Kind(o) != "Namespace")
            {
                Assert.Equal("chronicle", Path(o, "metadata", "namespace"));
            }
        });
        Assert.Equal(["entities", "gateway", "ingestion", "timeline"], OfKind(objects, "Deployment").Select(Name).Order());
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_container_has_probes_limits_and_a_pinned_image(string overlay)
    {
        foreach (var deployment in OfKind(Rendered(overlay), "Deployment"))
        {
            foreach (var container in Containers(deployment))
            {
                var what = $"{overlay}/{Name(deployment)}";
                Assert.True(container.ContainsKey("livenessProbe"), what);
                Assert.True(container.ContainsKey("readinessProbe"), what);
                Assert.True(container.ContainsKey("startupProbe"), what);
                Assert.NotNull(Path(container, "resources", "requests", "cpu"));
                Assert.NotNull(Path(container, "resources", "requests", "memory"));
                Assert.NotNull(Path(container, "resources", "limits", "cpu"));
                Assert.NotNull(Path(container, "resources", "limits", "memory"));
                var image = (string)container["image"]!;
                Assert.Contains(':', image);
                Assert.DoesNotContain(":latest", image);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Pods_run_as_non_root_on_a_read_only_root_filesystem(string overlay)
    {
        foreach (var deployment in OfKind(Rendered(overlay), "Deployment"))
        {
            Assert.Equal("true", Path(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot")?.ToString()?.ToLowerInvariant());
            foreach (var container in Containers(deployment))
            {
                Assert.Equal("true", Path(container, "securityContext", "readOnlyRootFilesystem")?.ToString()?.ToLowerInvariant());
                Assert.Equal("false", Path(container, "securityContext", "allowPrivilegeEscalation")?.ToString()?.ToLowerInvariant());
                Assert.Contains("ALL", List(Path(container, "securityContext", "capabilities", "drop")).Select(c => c?.ToString()));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Grace_period_covers_the_pre_stop_pause_and_the_host_shutdown_timeout(string overlay)
    {
        var objects = Rendered(overlay);
        var shutdown = int.Parse((string)Path(OfKind(objects, "ConfigMap").Single(c => Name(c) == "chronicle-shared-config"), "data", "Chronicle__ShutdownTimeoutSeconds")!,
            System.Globalization.CultureInfo.InvariantCulture);
        foreach (var deployment in OfKind(objects, "Deployment"))
        {
            var grace = Convert.ToInt32(Path(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds"), System.Globalization.CultureInfo.InvariantCulture);
            var preStop = Containers(deployment).Max(c => Convert.ToInt32(Path(c, "lifecycle", "preStop", "sleep", "seconds") ?? 0, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(grace > preStop + shutdown, $"{Name(deployment)}: {grace} s grace for {preStop} s pause + {shutdown} s shutdown");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void No_credential_stands_in_a_config_map(string overlay)
    {
        string[] secretWords = ["key", "password", "secret", "token", "connectionstrings"];
        foreach (var configMap in OfKind(Rendered(overlay), "ConfigMap"))
        {
            foreach (var (key, value) in Map(configMap["data"]) ?? [])
            {
                Assert.DoesNotContain(secretWords, word => key.Contains(word, StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain("Password=", value?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Only_the_gateway_is_exposed_and_traffic_is_denied_by_default(string overlay)
    {
        var objects = Rendered(overlay);

        Assert.All(OfKind(objects, "Service"), service => Assert.Equal("ClusterIP", Path(service, "spec", "type")));
        var backends = OfKind(objects, "Ingress")
            .SelectMany(i => List(Path(i, "spec", "rules")))
            .SelectMany(r => List(Path(Map(r)!, "http", "paths")))
            .Select(p => Path(Map(p)!, "backend", "service", "name"))
            .Distinct();
        Assert.Equal(["gateway"], backends);
        var denyAll = OfKind(objects, "NetworkPolicy").Single(p => Name(p) == "default-deny");
        Assert.Empty(Map(Path(denyAll, "spec", "podSelector")) ?? []);
        Assert.Equal(["Egress", "Ingress"], List(Path(denyAll, "spec", "policyTypes")).Select(t => (string)t!).Order());
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_deployment_has_a_disruption_budget_and_named_service_ports(string overlay)
    {
        var objects = Rendered(overlay);
        foreach (var deployment in OfKind(objects, "Deployment"))
        {
            Assert.Contains(OfKind(objects, "PodDisruptionBudget"), pdb => Name(pdb) == Name(deployment));
            var service = OfKind(objects, "Service").Single(s => Name(s) == Name(deployment));
            Assert.All(List(Path(service, "spec", "ports")), port => Assert.False(string.IsNullOrEmpty((string?)Map(port)!["name"])));
        }
    }

    [Fact]
    public void Dev_stores_in_sqlite_on_a_volume_with_one_replica()
    {
        var objects = Rendered("dev");
        foreach (var name in new[] { "ingestion", "entities", "timeline" })
        {
            var deployment = OfKind(objects, "Deployment").Single(d => Name(d) == name);
            var data = List(Path(deployment, "spec", "template", "spec", "volumes")).Select(v => Map(v)!).Single(v => (string)v["name"]! == "data");
            Assert.Equal($"{name}-data", Path(data, "persistentVolumeClaim", "claimName"));
            Assert.False(data.ContainsKey("emptyDir"));
            Assert.Equal("1", Path(deployment, "spec", "replicas")?.ToString());
            Assert.Contains(OfKind(objects, "PersistentVolumeClaim"), pvc => Name(pvc) == $"{name}-data");
        }
    }

    [Fact]
    public void Prod_stores_in_postgres_from_the_secret_and_scales()
    {
        var objects = Rendered("prod");
        Assert.DoesNotContain(objects, o => Kind(o) == "Secret");
        foreach (var name in new[] { "ingestion", "entities", "timeline" })
        {
            var config = OfKind(objects, "ConfigMap").Single(c => Name(c) == $"{name}-config");
            Assert.Equal("Postgres", Path(config, "data", "Storage__Provider"));
            var deployment = OfKind(objects, "Deployment").Single(d => Name(d) == name);
            var env = List(Containers(deployment).Single()["env"]).Select(e => Map(e)!).Single(e => (string)e["name"]! == "ConnectionStrings__Chronicle");
            Assert.Equal("chronicle-secrets", Path(env, "valueFrom", "secretKeyRef", "name"));
        }
        foreach (var deployment in OfKind(objects, "Deployment"))
        {
            // The autoscaler owns the count: a number here would be re-applied over its decision.
            Assert.Null(Path(deployment, "spec", "replicas"));
            var autoscaler = Assert.Single(OfKind(objects, "HorizontalPodAutoscaler"), h =>
                (string?)Path(h, "spec", "scaleTargetRef", "kind") == "Deployment" && (string?)Path(h, "spec", "scaleTargetRef", "name") == Name(deployment));
            var min = Convert.ToInt32(Path(autoscaler, "spec", "minReplicas"), System.Globalization.CultureInfo.InvariantCulture);
            var max = Convert.ToInt32(Path(autoscaler, "spec", "maxReplicas"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(min >= 2 && max > min, $"{Name(deployment)}: {min}..{max} replicas");
        }
    }

    /// <summary>
    /// Every address a host's appsettings.json points at loopback (listeners, peers, health probe
    /// targets) is set for the cluster by the container's environment; inside a pod a loopback
    /// default is a listener nobody reaches or a peer that is not there.
    /// </summary>
    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_loopback_address_of_a_host_is_overridden_for_the_cluster(string overlay)
    {
        var objects = Rendered(overlay);
        foreach (var deployment in OfKind(objects, "Deployment"))
        {
            var environment = EnvironmentNames(objects, Containers(deployment).Single());
            var settings = System.IO.Path.Combine(RepositoryRoot.Path, HostProjects[Name(deployment)], "appsettings.json");
            foreach (var (key, value) in Flatten(System.Text.Json.JsonDocument.Parse(File.ReadAllText(settings)).RootElement, ""))
            {
                if (value.Contains("127.0.0.1", StringComparison.Ordinal) || value.Contains("localhost", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(environment.TryGetValue(key.Replace(":", "__", StringComparison.Ordinal), out var set),
                        $"{overlay}/{Name(deployment)}: {key} stays {value} (from {settings}); set it in the ConfigMap");
                    Assert.DoesNotContain("127.0.0.1", set);
                    Assert.DoesNotContain("localhost", set, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Gateway_destinations_are_service_ports_of_the_right_protocol(string overlay)
    {
        var objects = Rendered(overlay);
        var gateway = OfKind(objects, "ConfigMap").Single(c => Name(c) == "gateway-config");
        var destinations = (Map(gateway["data"]) ?? []).Where(p => p.Key.StartsWith("ReverseProxy__Clusters__", StringComparison.Ordinal)
            && (p.Key.EndsWith("__Address", StringComparison.Ordinal) || p.Key.EndsWith("__Health", StringComparison.Ordinal))).ToList();
        Assert.Equal(6, destinations.Count);
        foreach (var (key, value) in destinations)
        {
            var uri = new Uri((string)value!);
            var service = OfKind(objects, "Service").Single(s => Name(s) == uri.Host);
            var port = List(Path(service, "spec", "ports")).Select(p => Map(p)!)
                .Single(p => Convert.ToInt32(p["port"], System.Globalization.CultureInfo.InvariantCulture) == uri.Port);
            // Forwarding is HTTP/2 only (the grpc port); active health probes speak HTTP/1.1 (the http port).
            Assert.Equal(key.EndsWith("__Address", StringComparison.Ordinal) ? "grpc" : "http", port["name"]);
        }
        var gatewayPorts = List(Path(OfKind(objects, "Service").Single(s => Name(s) == "gateway"), "spec", "ports")).Select(p => (string)Map(p)!["name"]!);
        Assert.Equal(["grpc", "http"], gatewayPorts.Order());
    }

    private static readonly Dictionary<string, string> HostProjects = new()
    {
        ["ingestion"] = "services/ingestion/Chronicle.Ingestion",
        ["entities"] = "services/entities/Chronicle.Entities",
        ["timeline"] = "services/timeline/Chronicle.Timeline",
        ["gateway"] = "gateway/Chronicle.Gateway",
    };

    /// <summary>The variables a container gets (ConfigMap values; Secret references as their name), case-insensitive as .NET reads them.</summary>
    private static Dictionary<string, string> EnvironmentNames(List<Dictionary<string, object?>> objects, Dictionary<string, object?> container)
    {
        var environment = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in List(container.GetValueOrDefault("envFrom")).Select(e => (string?)Path(Map(e)!, "configMapRef", "name")))
        {
            var configMap = OfKind(objects, "ConfigMap").Single(c => Name(c) == reference);
            foreach (var (key, value) in Map(configMap["data"]) ?? [])
            {
                environment[key] = value?.ToString() ?? "";
            }
        }
        foreach (var variable in List(container.GetValueOrDefault("env")).Select(e => Map(e)!))
        {
            environment[(string)variable["name"]!] = variable.GetValueOrDefault("value")?.ToString() ?? "(from a Secret)";
        }
        return environment;
    }

    private static IEnumerable<(string Key, string Value)> Flatten(System.Text.Json.JsonElement element, string prefix) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Flatten(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}:{p.Name}")),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => Flatten(e, $"{prefix}:{i}")),
        System.Text.Json.JsonValueKind.String => [(prefix, element.GetString()!)],
        _ => [],
    };
}
