using Chronicle.Testing;
namespace Chronicle.EndToEnd.Tests;

/// <summary>One running suite per test class: starting four processes is the slow part.</summary>
public class SuiteFixture : IAsyncLifetime
{
    public SuiteProcesses Suite { get; private set; } = null!;

    protected virtual bool Postgres => false;

    public async Task InitializeAsync() => Suite = await SuiteProcesses.StartAsync(Postgres);

    public async Task DisposeAsync() => await Suite.DisposeAsync();
}

/// <summary>The same suite storing in PostgreSQL.</summary>
public sealed class PostgresSuiteFixture : SuiteFixture
{
    protected override bool Postgres => true;
}
