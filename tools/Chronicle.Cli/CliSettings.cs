using System.Text.Json;

namespace Chronicle.Cli;

/// <summary>
/// Where the gateway is and the write key, from (first wins) the command line, the environment
/// (CHRONICLE_GATEWAY, CHRONICLE_API_KEY), then a config file: CHRONICLE_CONFIG, or
/// ~/.config/chronicle/config.json, holding {"gateway": "...", "apiKey": "..."}.
/// </summary>
internal sealed record CliSettings(Uri Gateway, string? ApiKey)
{
    public const string DefaultGateway = "http://127.0.0.1:8080";

    public static CliSettings Resolve(string? gatewayFlag, string? keyFlag, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var file = ReadConfigFile(environment);
        var gateway = FirstNonEmpty(gatewayFlag, environment("CHRONICLE_GATEWAY"), file?.Gateway) ?? DefaultGateway;
        var key = FirstNonEmpty(keyFlag, environment("CHRONICLE_API_KEY"), file?.ApiKey);
        if (!Uri.TryCreate(gateway, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException(ExitCodes.Usage, $"The gateway address '{gateway}' is not an http(s) URL; pass --gateway http://host:port.");
        }
        return new CliSettings(uri, key);
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    private sealed record ConfigFile(string? Gateway, string? ApiKey);

    private static ConfigFile? ReadConfigFile(Func<string, string?> environment)
    {
        var path = environment("CHRONICLE_CONFIG");
        if (string.IsNullOrEmpty(path))
        {
            var home = environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var configHome = environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".config");
            path = Path.Combine(configHome, "chronicle", "config.json");
            if (!File.Exists(path))
            {
                return null;
            }
        }
        try
        {
            return JsonSerializer.Deserialize<ConfigFile>(File.ReadAllText(path), Json.Options);
        }
        catch (Exception error) when (error is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Usage, $"The config file {path} could not be read: {error.Message}");
        }
    }
}

/// <summary>Exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some work failed (an item refused, a document failed).</summary>
    public const int Failed = 1;
    public const int Usage = 2;
    /// <summary>No gateway answered at the address.</summary>
    public const int Unreachable = 3;
    public const int NotFound = 4;
}

internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };
    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
    public static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
