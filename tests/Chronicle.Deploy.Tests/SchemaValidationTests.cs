using System.Diagnostics;
using System.Text.Json;
using Chronicle.Testing;
using Xunit.Abstractions;

namespace Chronicle.Deploy.Tests;

/// <summary>
/// The rendered overlays against the Kubernetes API schemas, offline, with the npm package
/// kubernetes-models (deploy/k8s/validate; installed from its lock file on first use).
/// </summary>
public sealed class SchemaValidationTests(ITestOutputHelper output)
{
    private static readonly string ValidatorDirectory = Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "validate");
    private static readonly Lazy<string?> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Every_rendered_object_matches_the_api_schema(string overlay)
    {
        Assert.True(Installed.Value is null, Installed.Value);
        var objects = Kustomize.Render(Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "overlays", overlay));

        var (exitCode, report) = Run("node", ["validate.mjs"], JsonSerializer.Serialize(objects));
        Assert.True(exitCode != -1, report);

        output.WriteLine(report);
        Assert.True(exitCode == 0, report);
        Assert.Contains($"{objects.Count} valid, 0 invalid", report);
    }

    /// <summary>Null when the validator is ready; otherwise why not.</summary>
    private static string? Install()
    {
        if (Directory.Exists(Path.Combine(ValidatorDirectory, "node_modules", "kubernetes-models")))
        {
            return null;
        }
        var (exitCode, log) = Run("npm", ["ci", "--no-audit", "--no-fund"], null);
        return exitCode == 0 ? null : $"npm ci failed in {ValidatorDirectory} (node and npm are needed):\n{log}";
    }

    private static (int ExitCode, string Output) Run(string program, string[] arguments, string? input)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ValidatorDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"'{program}' could not be started ({e.Message}). The schema validation needs Node.js 18 or later with npm on PATH (CI has them; on Debian: apt-get install nodejs npm).");
        }
        using var _ = process;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
