namespace Chronicle.Timeline.Data;

/// <summary>At start: the shipped reference rows are in the table and every undated document is dated with them.</summary>
public sealed class TimelineStartup(ReferenceStore reference, DocumentDating dating) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        reference.SeedShipped();
        dating.RedateAll();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
