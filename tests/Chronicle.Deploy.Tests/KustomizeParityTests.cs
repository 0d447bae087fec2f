using System.Diagnostics;
using System.Text.Json;
using Chronicle.Testing;
using static Chronicle.Deploy.Tests.Kustomize;

namespace Chronicle.Deploy.Tests;

/// <summary>
/// The test renderer against the real kustomize ('kubectl kustomize'), where kubectl is
/// installed: both must produce the same objects, so the policy and schema tests check what a
/// cluster would receive. Reported as skipped, not passed, on machines without kubectl.
/// </summary>
public sealed class KustomizeParityTests
{
    [KubectlTheory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Renderer_agrees_with_kubectl_kustomize(string overlay)
    {
        var directory = System.IO.Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "overlays", overlay);
        var expected = Canonical(Parse(Kubectl("kustomize", directory)));
        var actual = Canonical(Render(directory));

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (id, json) in expected)
        {
            Assert.True(json == actual[id], $"{overlay} {id} differs.\nkubectl kustomize: {json}\nrenderer:          {actual[id]}");
        }
    }

    /// <summary>Each object as JSON with sorted keys, by kind and name.</summary>
    private static Dictionary<string, string> Canonical(List<Dictionary<string, object?>> objects) =>
        objects.ToDictionary(o => $"{Kind(o)}/{Name(o)}", o => JsonSerializer.Serialize(Sorted(o)));

    private static object? Sorted(object? value) => value switch
    {
        Dictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        // Lists of named items are maps keyed by name to the API server (volumes, ports, env, ...):
        // strategic merge may reorder them, which changes nothing.
        List<object?> list when list.Count > 0 && list.All(i => Map(i)?.ContainsKey("name") == true) =>
            list.OrderBy(i => Map(i)!["name"]?.ToString(), StringComparer.Ordinal).Select(Sorted).ToList(),
        List<object?> list => list.Select(Sorted).ToList(),
        _ => value,
    };

    private static string Kubectl(params string[] arguments)
    {
        var start = new ProcessStartInfo(KubectlTheoryAttribute.Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"kubectl {string.Join(' ', arguments)} failed: {stderr.Result}");
        return stdout;
    }
}

/// <summary>A theory that runs where kubectl is on PATH and is reported as skipped elsewhere.</summary>
public sealed class KubectlTheoryAttribute : TheoryAttribute
{
    public static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => System.IO.Path.Combine(d, "kubectl"))
        .FirstOrDefault(File.Exists);

    public KubectlTheoryAttribute()
    {
        if (Path is null)
        {
            Skip = "kubectl is not installed: the renderer is not compared with kustomize here (deploy/k8s-check.sh says so too).";
        }
    }
}
