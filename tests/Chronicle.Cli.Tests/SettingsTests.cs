namespace Chronicle.Cli.Tests;

public sealed class SettingsTests
{
    [Fact]
    public void Flags_win_over_the_environment_which_wins_over_the_config_file()
    {
        var config = Path.GetTempFileName();
        try
        {
            File.WriteAllText(config, """{"gateway": "http://file:1", "apiKey": "from-file"}""");
            var environment = new Dictionary<string, string?> { ["CHRONICLE_CONFIG"] = config };
            Assert.Equal(("http://file:1/", "from-file"), Read(null, null, environment));

            environment["CHRONICLE_GATEWAY"] = "http://env:2";
            environment["CHRONICLE_API_KEY"] = "from-env";
            Assert.Equal(("http://env:2/", "from-env"), Read(null, null, environment));
            Assert.Equal(("http://flag:3/", "from-flag"), Read("http://flag:3", "from-flag", environment));
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void Without_settings_the_local_gateway_is_used_and_a_bad_address_is_a_usage_error()
    {
        var empty = new Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["XDG_CONFIG_HOME"] = Path.Combine(Path.GetTempPath(), "no-such-config") };
        Assert.Equal((CliSettings.DefaultGateway + "/", null), Read(null, null, empty));
        var error = Assert.Throws<CliException>(() => Read("ftp://x", null, empty));
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    private static (string, string?) Read(string? gateway, string? key, Dictionary<string, string?> environment)
    {
        var settings = CliSettings.Resolve(gateway, key, name => environment.GetValueOrDefault(name));
        return (settings.Gateway.ToString(), settings.ApiKey);
    }
}
