using Chronicle.FaultTest;
using Chronicle.Testing;
using Xunit.Abstractions;

namespace Chronicle.EndToEnd.Tests;

/// <summary>
/// The fault test (tests/Chronicle.FaultTest) at CI size: nothing acknowledged is lost or doubled
/// while every process is SIGKILLed and restarted during the submissions.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_every_process_during_submissions_loses_and_doubles_nothing()
    {
        await using var suite = await SuiteProcesses.StartAsync(gatewayArguments: FaultRun.GatewayArguments);
        var progress = new StringWriter();

        var report = await FaultRun.RunAsync(suite, new FaultRunOptions(Documents: 300, KillsPerProcess: 2), progress);

        output.WriteLine(progress.ToString());
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        Assert.Equal(8, report.Kills.Count);
        Assert.Empty(report.Lost);
        Assert.Empty(report.Duplicated);
        Assert.Empty(report.Unexpected);
    }
}
