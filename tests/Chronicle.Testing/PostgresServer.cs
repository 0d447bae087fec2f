using System.Diagnostics;
using Npgsql;

namespace Chronicle.Testing;

/// <summary>
/// A real PostgreSQL server for tests. Uses CHRONICLE_TEST_POSTGRES (a base connection string)
/// when set, as CI does; otherwise starts a throwaway cluster with deploy/postgres.sh, which
/// installs PostgreSQL from the Debian packages when it is missing, and stops it at exit.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> BaseConnectionString = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        using (var connection = new NpgsqlConnection(BaseConnectionString.Value + ";Database=postgres"))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return $"{BaseConnectionString.Value};Database={name}";
    }

    private static string Start()
    {
        var configured = Environment.GetEnvironmentVariable("CHRONICLE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"chronicle-pg-{Environment.ProcessId}");
        var port = LoopbackPorts.Free();
        var script = Path.Combine(RepositoryRoot.Path, "deploy", "postgres.sh");
        var output = Run(script, "start", directory, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", directory);
        return output.Trim().Split('\n')[^1];
    }

    private static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy/postgres.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
        }
        return stdout.Result;
    }
}
