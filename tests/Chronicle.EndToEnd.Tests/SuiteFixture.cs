namespace Chronicle.EndToEnd.Tests;

/// <summary>One running suite per test class: starting four processes is the slow part.</summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    public SuiteProcesses Suite { get; private set; } = null!;

    public async Task InitializeAsync() => Suite = await SuiteProcesses.StartAsync();

    public async Task DisposeAsync() => await Suite.DisposeAsync();
}
